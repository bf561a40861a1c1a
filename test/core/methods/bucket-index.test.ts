import fc from "fast-check";
import { bucketIndex, countBelowIndexed } from "../../../src/core/methods/bucket-index";
import { countBelow } from "../../../src/core/methods/sorted-search";

const sortedOf = (...values: number[]): Float64Array => Float64Array.from(values).sort();

describe("countBelowIndexed", () => {
  const sorted = sortedOf(10, 20, 20, 30);
  const index = bucketIndex(sorted);

  test.each([
    // value, strictly below
    [5, 0],
    [10, 0],
    [15, 1],
    [20, 1],
    [30, 3],
    [35, 4],
  ])("place %p", (value, below) => {
    expect(countBelowIndexed(index, value)).toBe(below);
  });

  test("single entry", () => {
    const single = bucketIndex(sortedOf(7));

    expect(countBelowIndexed(single, 7)).toBe(0);
    expect(countBelowIndexed(single, 8)).toBe(1);
  });

  test("empty list counts 0", () => {
    expect(countBelowIndexed(bucketIndex(new Float64Array(0)), 1)).toBe(0);
  });

  test("zero and negative zero are equal", () => {
    const zeros = bucketIndex(sortedOf(-1, -0, 0, 1));

    // countBelow compares with <, so -0 and 0 are both at index 1.
    expect(countBelowIndexed(zeros, 0)).toBe(1);
    expect(countBelowIndexed(zeros, -0)).toBe(1);
  });

  test("infinite entries and values", () => {
    const infinite = bucketIndex(sortedOf(Number.NEGATIVE_INFINITY, 0, 5, Number.POSITIVE_INFINITY));

    // A range that is not finite puts every entry in one bucket, so placing is a plain binary search.
    expect(countBelowIndexed(infinite, Number.NEGATIVE_INFINITY)).toBe(0);
    expect(countBelowIndexed(infinite, 3)).toBe(2);
    expect(countBelowIndexed(infinite, Number.POSITIVE_INFINITY)).toBe(3);
    expect(countBelowIndexed(bucketIndex(sortedOf(0, 1)), Number.POSITIVE_INFINITY)).toBe(2);
    expect(countBelowIndexed(bucketIndex(sortedOf(0, 1)), Number.NEGATIVE_INFINITY)).toBe(0);
  });

  test("range wider than the largest double", () => {
    // 1e308 − (−1e308) overflows to Infinity, so the index falls back to one bucket.
    const wide = bucketIndex(sortedOf(-1e308, 0, 1e308));

    expect(countBelowIndexed(wide, 0)).toBe(1);
    expect(countBelowIndexed(wide, 1e308)).toBe(2);
  });

  test("agrees with countBelow on any list and value", () => {
    const finite = fc.double({ noNaN: true, min: -1e6, max: 1e6 });
    const anyNumber = fc.oneof(finite, fc.integer({ min: -20, max: 20 }), fc.double({ noNaN: true }));
    fc.assert(
      fc.property(fc.array(fc.oneof(finite, fc.integer({ min: -5, max: 5 }))), anyNumber, (values, value) => {
        const list = Float64Array.from(values).sort();
        const index = bucketIndex(list);
        expect(countBelowIndexed(index, value)).toBe(countBelow(list, value));
        for (const entry of list) expect(countBelowIndexed(index, entry)).toBe(countBelow(list, entry));
      }),
      { seed: 20261130, numRuns: 300 },
    );
  });
});

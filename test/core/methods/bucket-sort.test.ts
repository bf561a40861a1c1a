import fc from "fast-check";
import { bucketSortInto, sortBuffers } from "../../../src/core/methods/bucket-sort";

/** The engine's sort of a copy, the result `bucketSortInto` must equal. */
const engineSorted = (values: readonly number[]): Float64Array => Float64Array.from(values).sort();

const bucketSorted = (values: readonly number[]): Float64Array => {
  const buffers = sortBuffers(values.length);
  buffers.present.set(values);
  return bucketSortInto(buffers.present.subarray(0, values.length), buffers);
};

describe("bucketSortInto", () => {
  test("short list sorts ascending", () => {
    expect(Array.from(bucketSorted([3, 1, 2]))).toEqual([1, 2, 3]);
  });

  test("long spread list matches engine sort", () => {
    // 1,000 values is above the length where the bucket sort takes over from the engine's.
    const values = Array.from({ length: 1000 }, (_, index) => ((index * 7919) % 1000) / 10 - 20);
    expect(bucketSorted(values)).toEqual(engineSorted(values));
  });

  test("few distinct values match engine sort", () => {
    // Whole numbers 0–20, many ties per value, as in a count column.
    const values = Array.from({ length: 2000 }, (_, index) => (index * 13) % 21);
    expect(bucketSorted(values)).toEqual(engineSorted(values));
  });

  test("one outlier crowds one bucket", () => {
    // Every value but the last falls in bucket 0, which then needs the engine's sort.
    const values = [...Array.from({ length: 999 }, (_, index) => (index * 31) % 97), 1e12];
    expect(bucketSorted(values)).toEqual(engineSorted(values));
  });

  test("negative zero stays before zero", () => {
    const values = [...Array.from({ length: 500 }, (_, index) => (index % 5) - 2), -0, 0, -0];
    const sorted = bucketSorted(values);
    expect(sorted).toEqual(engineSorted(values));
    const firstZero = sorted.indexOf(0);
    expect(Object.is(sorted[firstZero], -0)).toBe(true);
    expect(Object.is(sorted[firstZero + 4], 0)).toBe(true);
  });

  test("infinite values match engine sort", () => {
    const values = [...Array.from({ length: 500 }, (_, index) => index), Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY];
    expect(bucketSorted(values)).toEqual(engineSorted(values));
  });

  test("all equal values stay as they are", () => {
    const values = new Array<number>(600).fill(4.5);
    expect(bucketSorted(values)).toEqual(engineSorted(values));
  });

  test("buffers are reused across lists", () => {
    const buffers = sortBuffers(1000);
    const first = Array.from({ length: 1000 }, (_, index) => 1000 - index);
    const second = Array.from({ length: 400 }, (_, index) => (index * 17) % 400);
    buffers.present.set(first);
    expect(bucketSortInto(buffers.present.subarray(0, first.length), buffers)).toEqual(engineSorted(first));
    buffers.present.set(second);
    expect(bucketSortInto(buffers.present.subarray(0, second.length), buffers)).toEqual(engineSorted(second));
  });

  test("matches engine sort on any list", () => {
    const value = fc.oneof(fc.double({ noNaN: true }), fc.integer({ min: -50, max: 50 }), fc.constantFrom(0, -0, 1e-300, -1e300));
    fc.assert(
      fc.property(fc.array(value, { minLength: 0, maxLength: 3000 }), (values) => {
        expect(bucketSorted(values)).toEqual(engineSorted(values));
      }),
      { seed: 20261130, numRuns: 200 },
    );
  });
});

import { everyRow, groupRowsBySegment, scoreByPopulation, scoreEach, sortPresentValues } from "../../../src/core/methods/population";

describe("groupRowsBySegment", () => {
  test("null segments make one group", () => {
    const groups = groupRowsBySegment(3, null);

    expect(groups.map((rows) => Array.from(rows))).toEqual([[0, 1, 2]]);
  });

  test("groups rows in order of first appearance", () => {
    const groups = groupRowsBySegment(5, Int32Array.of(7, -1, 7, 3, -1));

    expect(groups.map((rows) => Array.from(rows))).toEqual([[0, 2], [1, 4], [3]]);
  });

  test("wrong segment count throws", () => {
    expect(() => groupRowsBySegment(3, Int32Array.of(0, 1))).toThrow(/got 2 for 3 rows/);
  });
});

describe("sortPresentValues", () => {
  test("drops missing values and sorts numerically", () => {
    const sorted = sortPresentValues(Float64Array.of(10, Number.NaN, 9, 100), everyRow(4));

    expect(Array.from(sorted)).toEqual([9, 10, 100]);
  });

  test("takes only the given rows", () => {
    expect(Array.from(sortPresentValues(Float64Array.of(3, 2, 1), Int32Array.of(0, 2)))).toEqual([1, 3]);
  });
});

describe("scoreByPopulation", () => {
  test("builds one scorer per population", () => {
    const populations: number[][] = [];
    const scores = scoreByPopulation(Float64Array.of(1, 5, 2, Number.NaN), groupRowsBySegment(4, Int32Array.of(0, 1, 0, 1)), (sorted) => {
      populations.push(Array.from(sorted));
      return (value) => value - (sorted[0] as number);
    });

    expect(populations).toEqual([[1, 2], [5]]);
    // Each value minus its population's minimum: 1 − 1, 5 − 5, 2 − 1; the blank stays missing.
    expect(Array.from(scores)).toEqual([0, 0, 1, Number.NaN]);
  });
});

describe("scoreEach", () => {
  test("skips missing values", () => {
    expect(Array.from(scoreEach(Float64Array.of(1, Number.NaN), (value) => value * 10))).toEqual([10, Number.NaN]);
  });
});

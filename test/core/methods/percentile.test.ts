import fc from "fast-check";
import { everyRow, groupRowsBySegment, sortPresentValues } from "../../../src/core/methods/population";
import { percentileRankSorted, percentileScores } from "../../../src/core/methods/percentile";

const column = (...values: number[]): Float64Array => Float64Array.from(values);

describe("percentileRankSorted", () => {
  const population = column(10, 20, 30, 40, 50);

  test("higher is better counts lower values", () => {
    // 3 of the 4 others (10, 20, 30) are lower: 3 / 4 × 100 = 75.
    expect(percentileRankSorted(population, 40, "higher")).toBe(75);
  });

  test("lower is better counts higher values", () => {
    // 1 of the 4 others (50) is higher: 1 / 4 × 100 = 25.
    expect(percentileRankSorted(population, 40, "lower")).toBe(25);
  });

  test("best and worst reach the ends", () => {
    // 50 beats all 4 others: 4 / 4 × 100 = 100; 10 beats none: 0 / 4 × 100 = 0.
    expect(percentileRankSorted(population, 50, "higher")).toBe(100);
    expect(percentileRankSorted(population, 10, "higher")).toBe(0);
    expect(percentileRankSorted(population, 10, "lower")).toBe(100);
  });

  test("population of one scores 50", () => {
    expect(percentileRankSorted(column(7), 7, "higher")).toBe(50);
    expect(percentileRankSorted(column(7), 7, "lower")).toBe(50);
  });

  test("value outside the population throws", () => {
    expect(() => percentileRankSorted(population, 35, "higher")).toThrow(RangeError);
  });
});

describe("percentileScores", () => {
  test("ties share one score", () => {
    const scores = percentileScores(column(10, 20, 20, 30), "higher", [everyRow(4)]);

    // n = 4, so each step is 1 / 3. 10: none lower → 0. 20 and 20: one lower (10) → 1 / 3 × 100.
    // 30: three lower → 3 / 3 × 100 = 100.
    expect(Array.from(scores)).toEqual([0, (1 / 3) * 100, (1 / 3) * 100, 100]);
  });

  test("ties share one score when lower is better", () => {
    const scores = percentileScores(column(10, 20, 20, 30), "lower", [everyRow(4)]);

    // 10: three higher → 100. 20: one higher (30) → 1 / 3 × 100. 30: none higher → 0.
    expect(Array.from(scores)).toEqual([100, (1 / 3) * 100, (1 / 3) * 100, 0]);
  });

  test("matches PERCENTRANK.INC without rounding", () => {
    const scores = percentileScores(column(1, 2, 3, 4), "higher", [everyRow(4)]);

    // Excel: PERCENTRANK.INC({1,2,3,4}, 2) = 0.333 after rounding to 3 digits; unrounded 1 / 3.
    expect(scores[1]).toBe((1 / 3) * 100);
  });

  test("missing values stay missing and leave the population", () => {
    const scores = percentileScores(column(10, Number.NaN, 30, 20), "higher", [everyRow(4)]);

    // The population is 10, 20, 30 (n = 3): 10 → 0 / 2, 20 → 1 / 2 × 100 = 50, 30 → 2 / 2 × 100.
    expect(Array.from(scores)).toEqual([0, Number.NaN, 100, 50]);
  });

  test("segments rank within their own rows", () => {
    const groups = groupRowsBySegment(5, Int32Array.of(0, 1, 0, 1, 0));
    const scores = percentileScores(column(1, 100, 2, 300, 3), "higher", groups);

    // Segment 0 is 1, 2, 3: 0 / 2, 1 / 2, 2 / 2 → 0, 50, 100. Segment 1 is 100, 300: 0 / 1, 1 / 1 → 0, 100.
    expect(Array.from(scores)).toEqual([0, 0, 50, 100, 100]);
  });

  test("segment of one scores 50", () => {
    const groups = groupRowsBySegment(3, Int32Array.of(0, 0, 1));
    const scores = percentileScores(column(5, 6, 1000), "higher", groups);

    // 1000 is alone in segment 1, so it scores 50 rather than 100.
    expect(scores[2]).toBe(50);
  });

  test("all missing gives all NaN", () => {
    const scores = percentileScores(column(Number.NaN, Number.NaN), "higher", [everyRow(2)]);

    expect(Array.from(scores)).toEqual([Number.NaN, Number.NaN]);
  });

  test("agrees with percentileRankSorted row by row", () => {
    // Few distinct values give many ties; segments 0–2 give several populations, some of one row.
    const value = fc.oneof(fc.integer({ min: -3, max: 3 }), fc.double({ min: -50, max: 50, noNaN: true }), fc.constant(Number.NaN));
    const row = fc.tuple(value, fc.integer({ min: 0, max: 2 }));
    fc.assert(
      fc.property(fc.array(row, { minLength: 1 }), fc.constantFrom("higher" as const, "lower" as const), (rows, direction) => {
        const values = Float64Array.from(rows, ([cell]) => cell);
        const groups = groupRowsBySegment(rows.length, Int32Array.from(rows, ([, segment]) => segment));
        const scores = percentileScores(values, direction, groups);
        for (const members of groups) {
          const sorted = sortPresentValues(values, members);
          for (const member of members) {
            const cell = values[member] as number;
            const expected = Number.isNaN(cell) ? Number.NaN : percentileRankSorted(sorted, cell, direction);
            expect(scores[member]).toBe(expected);
          }
        }
      }),
      { seed: 20261130, numRuns: 300 },
    );
  });
});

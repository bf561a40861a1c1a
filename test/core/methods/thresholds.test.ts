import { assertBreakpoints, thresholdsScore, thresholdsScores, type Breakpoint } from "../../../src/core/methods/thresholds";

const points: Breakpoint[] = [
  [0, 0],
  [10, 50],
  [20, 100],
];

describe("thresholdsScore", () => {
  test("interpolates between breakpoints", () => {
    // Between (10, 50) and (20, 100): 50 + (15 − 10) ÷ (20 − 10) × (100 − 50) = 50 + 25 = 75.
    expect(thresholdsScore(15, points)).toBe(75);
    // Between (0, 0) and (10, 50): 0 + 4 / 10 × 50 = 20.
    expect(thresholdsScore(4, points)).toBe(20);
  });

  test("hits breakpoints exactly", () => {
    expect(thresholdsScore(10, points)).toBe(50);
    expect(thresholdsScore(0, points)).toBe(0);
    expect(thresholdsScore(20, points)).toBe(100);
  });

  test("is flat beyond the ends", () => {
    expect(thresholdsScore(-5, points)).toBe(0);
    expect(thresholdsScore(99, points)).toBe(100);
  });

  test("descending scores reward lower values", () => {
    // Escalations: 0 → 100, 5 → 0. At 2: 100 + 2 / 5 × (0 − 100) = 60.
    expect(thresholdsScore(2, [[0, 100], [5, 0]])).toBe(60);
  });

  test("repeated value steps to the later score", () => {
    const step: Breakpoint[] = [[0, 0], [10, 20], [10, 80], [20, 100]];

    // At 10 the later breakpoint (10, 80) applies; at 15: 80 + 5 / 10 × 20 = 90.
    expect(thresholdsScore(10, step)).toBe(80);
    expect(thresholdsScore(15, step)).toBe(90);
    // Just below 10 it still climbs towards 20: 0 + 9 / 10 × 20 = 18.
    expect(thresholdsScore(9, step)).toBe(18);
  });

  test("single breakpoint is flat", () => {
    expect(thresholdsScore(-1, [[5, 70]])).toBe(70);
    expect(thresholdsScore(9, [[5, 70]])).toBe(70);
  });
});

describe("thresholdsScores", () => {
  test("keeps missing rows missing", () => {
    const scores = thresholdsScores(Float64Array.of(15, Number.NaN), { kind: "thresholds", points });

    expect(Array.from(scores)).toEqual([75, Number.NaN]);
  });
});

describe("assertBreakpoints", () => {
  test("rejects empty breakpoints", () => {
    expect(() => assertBreakpoints([])).toThrow(/at least one/);
  });

  test("rejects unsorted breakpoints", () => {
    expect(() => assertBreakpoints([[10, 50], [0, 0]])).toThrow(/points\[1\]/);
  });

  test("rejects non-finite breakpoints", () => {
    expect(() => assertBreakpoints([[0, Number.NaN]])).toThrow(/finite/);
  });
});

import { scaleScore, scaleScores } from "../../../src/core/methods/scale";

describe("scaleScore", () => {
  test("CSAT higher is better", () => {
    // (4 − 1) ÷ (5 − 1) × 100 = 3 / 4 × 100 = 75.
    expect(scaleScore(4, 1, 5, "higher")).toBe(75);
  });

  test("lower is better mirrors the score", () => {
    // 100 − 75 = 25.
    expect(scaleScore(4, 1, 5, "lower")).toBe(25);
  });

  test("NPS spans −100 to 100", () => {
    // (−20 − (−100)) ÷ (100 − (−100)) × 100 = 80 / 200 × 100 = 40.
    expect(scaleScore(-20, -100, 100, "higher")).toBe(40);
  });

  test("clamps off the scale", () => {
    expect(scaleScore(7, 1, 5, "higher")).toBe(100);
    expect(scaleScore(0, 1, 5, "higher")).toBe(0);
    expect(scaleScore(7, 1, 5, "lower")).toBe(0);
  });

  test("high not above low throws", () => {
    expect(() => scaleScore(3, 5, 5, "higher")).toThrow(RangeError);
    expect(() => scaleScore(3, 5, 1, "higher")).toThrow(/low 5, high 1/);
  });
});

describe("scaleScores", () => {
  test("keeps missing rows missing", () => {
    const scores = scaleScores(Float64Array.of(Number.NaN, 3), { kind: "scale", low: 1, high: 5 }, "higher");

    // (3 − 1) ÷ 4 × 100 = 50.
    expect(Array.from(scores)).toEqual([Number.NaN, 50]);
  });
});

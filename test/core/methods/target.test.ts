import { targetScore, targetScores } from "../../../src/core/methods/target";

describe("targetScore", () => {
  test("floor below target rewards higher values", () => {
    // (60 − 20) ÷ (100 − 20) × 100 = 40 / 80 × 100 = 50.
    expect(targetScore(60, 20, 100)).toBe(50);
  });

  test("floor above target rewards lower values", () => {
    // Response hours, floor 48, target 4: (15 − 48) ÷ (4 − 48) × 100 = −33 / −44 × 100 = 75.
    expect(targetScore(15, 48, 4)).toBe(75);
  });

  test("clamps beyond floor and target", () => {
    expect(targetScore(120, 20, 100)).toBe(100);
    expect(targetScore(0, 20, 100)).toBe(0);
    expect(targetScore(1, 48, 4)).toBe(100);
    expect(targetScore(72, 48, 4)).toBe(0);
  });

  test("floor equal to target throws", () => {
    expect(() => targetScore(5, 10, 10)).toThrow(RangeError);
  });
});

describe("targetScores", () => {
  test("keeps missing rows missing", () => {
    const scores = targetScores(Float64Array.of(20, Number.NaN, 100), { kind: "target", floor: 20, target: 100 });

    expect(Array.from(scores)).toEqual([0, Number.NaN, 100]);
  });
});

import { fixedBounds, minMaxScore, minMaxScores } from "../../../src/core/methods/minmax";
import { everyRow, groupRowsBySegment } from "../../../src/core/methods/population";

const column = (...values: number[]): Float64Array => Float64Array.from(values);

describe("minMaxScore", () => {
  test("higher is better", () => {
    // (25 − 10) ÷ (50 − 10) × 100 = 15 / 40 × 100 = 37.5.
    expect(minMaxScore(25, 10, 50, "higher")).toBe(37.5);
  });

  test("lower is better", () => {
    // (50 − 25) ÷ (50 − 10) × 100 = 25 / 40 × 100 = 62.5.
    expect(minMaxScore(25, 10, 50, "lower")).toBe(62.5);
  });

  test("clamps outside the bounds", () => {
    expect(minMaxScore(60, 10, 50, "higher")).toBe(100);
    expect(minMaxScore(0, 10, 50, "higher")).toBe(0);
    expect(minMaxScore(60, 10, 50, "lower")).toBe(0);
  });

  test("equal bounds score 50", () => {
    expect(minMaxScore(10, 10, 10, "higher")).toBe(50);
    expect(minMaxScore(10, 10, 10, "lower")).toBe(50);
  });
});

describe("minMaxScores", () => {
  test("uses the population min and max", () => {
    const scores = minMaxScores(column(10, 50, 25, Number.NaN), { kind: "minmax" }, "higher", [everyRow(4)]);

    // min 10, max 50: 10 → 0, 50 → 100, 25 → 15 / 40 × 100 = 37.5; the blank stays missing.
    expect(Array.from(scores)).toEqual([0, 100, 37.5, Number.NaN]);
  });

  test("uses fixed bounds when both are given", () => {
    const scores = minMaxScores(column(10, 50, 25), { kind: "minmax", min: 0, max: 100 }, "higher", [everyRow(3)]);

    // Bounds 0–100 ignore the population: the score is the value itself.
    expect(Array.from(scores)).toEqual([10, 50, 25]);
  });

  test("fixed bounds with lower is better", () => {
    const scores = minMaxScores(column(20), { kind: "minmax", min: 0, max: 80 }, "lower", [everyRow(1)]);

    // (80 − 20) ÷ (80 − 0) × 100 = 75.
    expect(scores[0]).toBe(75);
  });

  test("one bound alone falls back to the population", () => {
    const scores = minMaxScores(column(10, 30), { kind: "minmax", min: 0 }, "higher", [everyRow(2)]);

    // Population 10–30: 10 → 0 and 30 → 100, not 10 / 30 of the way from 0.
    expect(Array.from(scores)).toEqual([0, 100]);
  });

  test("segments use their own min and max", () => {
    const groups = groupRowsBySegment(4, Int32Array.of(0, 0, 1, 1));
    const scores = minMaxScores(column(0, 10, 100, 300), { kind: "minmax" }, "higher", groups);

    // Segment 0 spans 0–10 and segment 1 spans 100–300, so each has a 0 and a 100.
    expect(Array.from(scores)).toEqual([0, 100, 0, 100]);
  });

  test("equal population scores 50", () => {
    const scores = minMaxScores(column(4, 4), { kind: "minmax" }, "higher", [everyRow(2)]);

    expect(Array.from(scores)).toEqual([50, 50]);
  });
});

describe("fixedBounds", () => {
  test("min above max throws", () => {
    expect(() => fixedBounds({ kind: "minmax", min: 10, max: 0 })).toThrow(/min 10, max 0/);
  });
});

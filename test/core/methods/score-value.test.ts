import { scoreRatioValue, scoreValue } from "../../../src/core/methods/score-value";
import type { RatioMethod } from "../../../src/core/model";

/** 2024-10-31 as an Excel serial day number: DATE(2024,10,31) = 45596. */
const AS_OF_SERIAL = 45596;

describe("scoreValue with population methods", () => {
  test("counts the value into the population", () => {
    // Population 10, 20, 30, 40, 50 with 40 added: 3 of the 4 others are lower, 3 / 4 × 100 = 75.
    expect(scoreValue(40, { kind: "percentile" }, "higher", [10, 20, 30, 50], null)).toEqual({ score: 75 });
  });

  test("does not count a listed value twice", () => {
    // 40 is already in the population, so n stays 5: 3 / 4 × 100 = 75, not 3 / 5 × 100.
    expect(scoreValue(40, { kind: "percentile" }, "higher", [10, 20, 30, 40, 50], null)).toEqual({ score: 75 });
  });

  test("matches a listed value by its reading", () => {
    // "40" in the population reads as 40, so n stays 5 here too.
    expect(scoreValue(40, { kind: "percentile" }, "higher", [10, 20, 30, "40", 50], null)).toEqual({ score: 75 });
  });

  test("leaves unreadable population cells out", () => {
    // Population 10 and 30, plus the value 20 (n = 3): one of two others lower, 1 / 2 × 100 = 50.
    expect(scoreValue(20, { kind: "percentile" }, "higher", [10, "N/A", "lots", { error: "#N/A" }, 30], null)).toEqual({ score: 50 });
  });

  test("lower is better", () => {
    // 40 against 10, 20, 30, 50: only 50 is worse (higher), 1 / 4 × 100 = 25.
    expect(scoreValue(40, { kind: "percentile" }, "lower", [10, 20, 30, 50], null)).toEqual({ score: 25 });
  });

  test("empty population scores 50", () => {
    expect(scoreValue(7, { kind: "percentile" }, "higher", [], null)).toEqual({ score: 50 });
  });

  test("null population is reported", () => {
    expect(scoreValue(7, { kind: "percentile" }, "higher", null, null)).toEqual({ issue: "no-population" });
    expect(scoreValue(7, { kind: "zscore" }, "higher", null, null)).toEqual({ issue: "no-population" });
    expect(scoreValue(7, { kind: "minmax" }, "higher", null, null)).toEqual({ issue: "no-population" });
  });

  test("zscore against the population", () => {
    const result = scoreValue(6, { kind: "zscore" }, "higher", [2, 4], null);

    // Population 2, 4, 6: mean 4, sample sd 2, z = 1; Φ(1) = 0.8413447460685429 (Python math.erfc).
    expect(result).toHaveProperty("score");
    expect((result as { score: number }).score).toBeCloseTo(84.1344746068543, 12);
  });

  test("minmax with fixed bounds needs no population", () => {
    // (25 − 0) ÷ (100 − 0) × 100 = 25.
    expect(scoreValue(25, { kind: "minmax", min: 0, max: 100 }, "higher", null, null)).toEqual({ score: 25 });
  });
});

describe("scoreValue with fixed methods", () => {
  test("target needs no population", () => {
    // (60 − 20) ÷ (100 − 20) × 100 = 50.
    expect(scoreValue(60, { kind: "target", floor: 20, target: 100 }, "higher", null, null)).toEqual({ score: 50 });
  });

  test("reads numeric text", () => {
    // "45%" reads as 0.45: (0.45 − 0) ÷ (1 − 0) × 100 = 45.
    expect(scoreValue("45%", { kind: "scale", low: 0, high: 1 }, "higher", null, null)).toEqual({ score: 45 });
  });

  test("missing markers are missing", () => {
    const method = { kind: "scale", low: 1, high: 5 } as const;

    expect(scoreValue("", method, "higher", null, null)).toEqual({ issue: "missing" });
    expect(scoreValue("N/A", method, "higher", null, null)).toEqual({ issue: "missing" });
    expect(scoreValue({ error: "#N/A" }, method, "higher", null, null)).toEqual({ issue: "missing" });
  });

  test("invalid text is reported", () => {
    expect(scoreValue("lots", { kind: "scale", low: 1, high: 5 }, "higher", null, null)).toEqual({ issue: "invalid-number" });
  });

  test("category labels", () => {
    const method = { kind: "category", scores: { Green: 100, Red: 0 } } as const;

    expect(scoreValue(" GREEN", method, "higher", null, null)).toEqual({ score: 100 });
    expect(scoreValue("Amber", method, "higher", null, null)).toEqual({ issue: "unknown-category" });
    expect(scoreValue(null, method, "higher", null, null)).toEqual({ issue: "missing" });
  });
});

describe("scoreValue with dates", () => {
  const method = { kind: "recency", targetDays: 0, floorDays: 30 } as const;

  test("reads an ISO date", () => {
    // 2024-10-16 is serial 45581, 15 days before 45596: (15 − 30) ÷ (0 − 30) × 100 = 50.
    expect(scoreValue("2024-10-16", method, "higher", null, AS_OF_SERIAL)).toEqual({ score: 50 });
  });

  test("reads a serial date", () => {
    // 45590 is 6 days before 45596: (6 − 30) ÷ (0 − 30) × 100 = 80.
    expect(scoreValue(45590, method, "higher", null, AS_OF_SERIAL)).toEqual({ score: 80 });
  });

  test("ambiguous date text is reported", () => {
    expect(scoreValue("10/16/2024", method, "higher", null, AS_OF_SERIAL)).toEqual({ issue: "invalid-date" });
  });

  test("no as-of date throws", () => {
    expect(() => scoreValue(45590, method, "higher", null, null)).toThrow(/as-of date/);
  });
});

describe("scoreValue with divided ratios", () => {
  const seatUse: RatioMethod = { kind: "ratio", denominator: "Seats", then: { kind: "scale", low: 0, high: 1 } };

  test("scores the ratio by its then method", () => {
    // 0.75 on a 0–1 scale: 75.
    expect(scoreValue(0.75, seatUse, "higher", null, null)).toEqual({ score: 75 });
  });

  test("a #DIV/0! cell is a zero denominator", () => {
    expect(scoreValue({ error: "#DIV/0!" }, seatUse, "higher", null, null)).toEqual({ issue: "zero-denominator" });
    expect(scoreValue("#DIV/0!", seatUse, "higher", null, null)).toEqual({ issue: "zero-denominator" });
  });
});

describe("scoreRatioValue", () => {
  const seatUse: RatioMethod = { kind: "ratio", denominator: "Seats", then: { kind: "scale", low: 0, high: 1 } };
  const seatRank: RatioMethod = { kind: "ratio", denominator: "Seats", then: { kind: "percentile" } };

  test("divides, then scores", () => {
    // 30 / 40 = 0.75 on a 0–1 scale: 75.
    expect(scoreRatioValue(30, 40, seatUse, "higher", null)).toEqual({ score: 75 });
  });

  test("zero denominator is reported", () => {
    expect(scoreRatioValue(30, 0, seatUse, "higher", null)).toEqual({ issue: "zero-denominator" });
  });

  test("invalid cell is reported before the rest", () => {
    expect(scoreRatioValue("many", 0, seatUse, "higher", null)).toEqual({ issue: "invalid-number" });
    expect(scoreRatioValue(30, "few", seatUse, "higher", null)).toEqual({ issue: "invalid-number" });
  });

  test("missing cell is missing", () => {
    expect(scoreRatioValue("", 40, seatUse, "higher", null)).toEqual({ issue: "missing" });
    expect(scoreRatioValue(30, "N/A", seatUse, "higher", null)).toEqual({ issue: "missing" });
  });

  test("ranks against the population's ratios", () => {
    const population = [
      [10, 40],
      [5, 0],
      [40, 40],
    ] as const;

    // Ratios 0.25 and 1 (5 / 0 has none), plus 30 / 40 = 0.75: one of two others lower, 1 / 2 × 100 = 50.
    expect(scoreRatioValue(30, 40, seatRank, "higher", population)).toEqual({ score: 50 });
  });
});

import { InvalidArgumentError } from "../../../src/core/backtest/argument-error";
import { DEFAULT_DECLINE_THRESHOLD, DEFAULT_TREND_PERIODS, trendOf } from "../../../src/core/trend/trend";

describe("trendOf", () => {
  test("defaults", () => {
    expect(DEFAULT_TREND_PERIODS).toBe(4);
    expect(DEFAULT_DECLINE_THRESHOLD).toBe(5);
  });

  test("declining by the change", () => {
    // Change 55 − 62 = −7 ≤ −5. Slope over 70, 65, 62, 55 is −4.8 (see the slope test), above −5.
    const trend = trendOf([70, 65, 62], 55);
    expect(trend.change).toBe(-7);
    expect(trend.slope).toBeCloseTo(-4.8, 12);
    expect(trend.declining).toBe(true);
  });

  test("declining by the slope alone", () => {
    // Change 58 − 60 = −2. Slope over 80, 70, 60, 58: x̄ = 1.5, ȳ = 67,
    // Σ(x − x̄)(y − ȳ) = (−1.5)(13) + (−0.5)(3) + (0.5)(−7) + (1.5)(−9) = −38, ÷ 5 = −7.6 ≤ −5.
    const trend = trendOf([80, 70, 60], 58);
    expect(trend.change).toBe(-2);
    expect(trend.slope).toBeCloseTo(-7.6, 12);
    expect(trend.declining).toBe(true);
  });

  test("a drop equal to the threshold counts", () => {
    // Change 65 − 70 = −5 exactly; slope with two points is −5 too.
    expect(trendOf([70], 65).declining).toBe(true);
  });

  test("a higher threshold clears the flag", () => {
    // Change −7 and slope −4.8 are both above −8.
    expect(trendOf([70, 65, 62], 55, { threshold: 8 }).declining).toBe(false);
  });

  test("a window of 2 uses the last two snapshots", () => {
    // Slope over 62, 55 is −7.
    expect(trendOf([70, 65, 62], 55, { periods: 2 }).slope).toBeCloseTo(-7, 12);
  });

  test("rising account is not declining", () => {
    // Change 60 − 52 = 8. Slope over 40, 45, 52, 60: ȳ = 49.25,
    // Σ(x − x̄)(y − ȳ) = (−1.5)(−9.25) + (−0.5)(−4.25) + (0.5)(2.75) + (1.5)(10.75) = 33.5, ÷ 5 = 6.7.
    expect(trendOf([40, 45, 52], 60)).toEqual({ change: 8, slope: expect.closeTo(6.7, 12), declining: false });
  });

  test("no history gives nulls and no flag", () => {
    expect(trendOf([], 55)).toEqual({ change: null, slope: null, declining: false });
    expect(trendOf([null, null], null)).toEqual({ change: null, slope: null, declining: false });
  });

  test("no current composite still fits the earlier slope", () => {
    // Slope over 70, 60 and a null: points (0, 70), (1, 60) give −10.
    const trend = trendOf([70, 60], null);
    expect(trend.change).toBeNull();
    expect(trend.slope).toBeCloseTo(-10, 12);
    expect(trend.declining).toBe(true);
  });

  test("negative threshold throws", () => {
    expect(() => trendOf([70], 60, { threshold: -1 })).toThrow(InvalidArgumentError);
    expect(() => trendOf([70], 60, { threshold: Number.NaN })).toThrow(/threshold/);
  });
});

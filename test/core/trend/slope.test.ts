import { InvalidArgumentError } from "../../../src/core/backtest/argument-error";
import { slopePerPeriod } from "../../../src/core/trend/slope";

describe("slopePerPeriod", () => {
  test("hand-computed least squares", () => {
    // x = 0..3, mean 1.5; y = 70, 65, 62, 55, mean 63.
    // Σ(x − x̄)(y − ȳ) = (−1.5)(7) + (−0.5)(2) + (0.5)(−1) + (1.5)(−8) = −24; Σ(x − x̄)² = 5.
    // Slope = −24 ÷ 5 = −4.8 points per period.
    expect(slopePerPeriod([70, 65, 62, 55], 4)).toBeCloseTo(-4.8, 12);
  });

  test("uses only the last N snapshots", () => {
    // The window is the last 4, the same series as above.
    expect(slopePerPeriod([10, 99, 70, 65, 62, 55], 4)).toBeCloseTo(-4.8, 12);
  });

  test("a null inside the window keeps its period", () => {
    // Points (0, 70), (2, 62), (3, 55): x̄ = 5/3, ȳ = 187/3.
    // Σ(x − x̄)(y − ȳ) = (−5/3)(23/3) + (1/3)(−1/3) + (4/3)(−22/3) = −204/9; Σ(x − x̄)² = 42/9.
    // Slope = −204 ÷ 42 = −4.857142…
    expect(slopePerPeriod([70, null, 62, 55], 4)).toBeCloseTo(-204 / 42, 12);
  });

  test("a shorter series uses what it has", () => {
    // Two points, 60 then 66: slope 6.
    expect(slopePerPeriod([60, 66], 4)).toBeCloseTo(6, 12);
  });

  test("flat series has slope 0", () => {
    expect(slopePerPeriod([50, 50, 50], 3)).toBe(0);
  });

  test("fewer than two points gives null", () => {
    expect(slopePerPeriod([null, null, 55], 3)).toBeNull();
    expect(slopePerPeriod([80, null, null, 55], 2)).toBeNull();
    expect(slopePerPeriod([], 4)).toBeNull();
  });

  test("adding a constant changes nothing", () => {
    expect(slopePerPeriod([80, 72, 75, 60], 4)).toBeCloseTo(slopePerPeriod([20, 12, 15, 0], 4) ?? Number.NaN, 12);
  });

  test("window below 2 throws", () => {
    expect(() => slopePerPeriod([1, 2, 3], 1)).toThrow(InvalidArgumentError);
    expect(() => slopePerPeriod([1, 2, 3], 2.5)).toThrow(/periods/);
  });
});

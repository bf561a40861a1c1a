import { errorFunction } from "simple-statistics";
import { standardNormalCdf } from "../../../src/core/methods/normal-cdf";

describe("standardNormalCdf", () => {
  test("zero is exactly one half", () => {
    expect(standardNormalCdf(0)).toBe(0.5);
    expect(standardNormalCdf(-0)).toBe(0.5);
  });

  // References: Python 3 `0.5 * math.erfc(-z / math.sqrt(2))`, which calls the C library's erfc.
  test.each([
    [1, 0.8413447460685429],
    [2, 0.9772498680518208],
    [3, 0.9986501019683699],
    [0.5, 0.6914624612740131],
    [-1.96, 0.024997895148220435],
  ])("Φ(%p) matches the C library", (z, expected) => {
    expect(Math.abs(standardNormalCdf(z) - expected)).toBeLessThan(1e-15);
  });

  test("far tail stays relatively close", () => {
    // Python: Φ(−7.5) = 3.19089167291092e-14 and Φ(−8) = 6.220960574271819e-16. The continued
    // fraction beyond |z| ≈ 7.07 is good to about 1e-8 relative, far below a score's precision.
    expect(standardNormalCdf(-7.5) / 3.19089167291092e-14).toBeCloseTo(1, 7);
    expect(standardNormalCdf(-8) / 6.220960574271819e-16).toBeCloseTo(1, 7);
  });

  test("saturates far out", () => {
    expect(standardNormalCdf(-40)).toBe(0);
    expect(standardNormalCdf(40)).toBe(1);
  });

  test("is symmetric", () => {
    for (const z of [0.1, 0.7, 1.3, 2.9, 6.5, 7.2]) {
      expect(standardNormalCdf(z) + standardNormalCdf(-z)).toBeCloseTo(1, 15);
    }
  });

  test("agrees with simple-statistics errorFunction", () => {
    // errorFunction is accurate to about 1.2e-7, so Φ(z) = (1 + erf(z / √2)) / 2 differs by less than 1e-7.
    for (let z = -6; z <= 6; z += 0.25) {
      const fromErf = (1 + errorFunction(z / Math.SQRT2)) / 2;
      expect(Math.abs(standardNormalCdf(z) - fromErf)).toBeLessThan(1e-7);
    }
  });
});

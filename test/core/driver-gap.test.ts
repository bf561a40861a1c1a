import { driverOf } from "../../src/core/driver";
import { gapOf, roundUpToTenth } from "../../src/core/gap";
import { DEFAULT_BANDS } from "../../src/core/model";

const equal = [0.25, 0.25, 0.25, 0.25] as const;

describe("driver", () => {
  test("largest weighted shortfall below 70", () => {
    // Shortfalls × 0.25: Satisfaction 20, Adoption 5, Outcomes 40 → Outcomes
    expect(driverOf([80, 50, 65, 30], equal, 70)).toBe("Outcomes");
  });

  test("weights change which shortfall is largest", () => {
    // Satisfaction 0.6·(70−50) = 12 beats Outcomes 0.1·(70−30) = 4
    expect(driverOf([80, 50, 65, 30], [0.2, 0.6, 0.1, 0.1], 70)).toBe("Satisfaction");
  });

  test("ties go to the earlier pillar", () => {
    // Engagement and Adoption both fall 20 short with equal weights.
    expect(driverOf([50, 90, 50, 90], equal, 70)).toBe("Engagement");
  });

  test("no pillar below the threshold means no driver", () => {
    expect(driverOf([70, 85, 90, 100], equal, 70)).toBeNull();
  });

  test("a pillar with no data is never the driver", () => {
    expect(driverOf([null, 60, 90, 90], equal, 70)).toBe("Satisfaction");
  });

  test("a zero-weight pillar is never the driver", () => {
    expect(driverOf([10, 60, 90, 90], [0, 0.5, 0.25, 0.25], 70)).toBe("Satisfaction");
  });
});

describe("gap", () => {
  test("points to reach Watch from At risk", () => {
    // (40 − 34) ÷ 0.25 = 24
    expect(gapOf(34, 12, 0.25, DEFAULT_BANDS)).toEqual({ points: 24, nextBand: "watch", reachable: true });
  });

  test("points to reach Healthy from Watch round up to 0.1", () => {
    // (70 − 55.01) ÷ 0.3 = 49.9666… → 50.0
    expect(gapOf(55.01, 20, 0.3, DEFAULT_BANDS)?.points).toBe(50);
    // (70 − 60) ÷ 0.3 = 33.333… → 33.4
    expect(gapOf(60, 20, 0.3, DEFAULT_BANDS)?.points).toBe(33.4);
  });

  test("out of reach through one pillar", () => {
    // (40 − 20) ÷ 0.25 = 80, but Outcomes at 30 can gain only 70.
    expect(gapOf(20, 30, 0.25, DEFAULT_BANDS)).toEqual({ points: 80, nextBand: "watch", reachable: false });
  });

  test("exactly the remaining headroom is reachable", () => {
    // (40 − 20) ÷ 0.25 = 80 = 100 − 20
    expect(gapOf(20, 20, 0.25, DEFAULT_BANDS)?.reachable).toBe(true);
  });

  test("no gap in the top band", () => {
    expect(gapOf(75, 50, 0.25, DEFAULT_BANDS)).toBeNull();
  });

  test("rounding ignores floating-point dust", () => {
    expect(roundUpToTenth(22.000000000000004)).toBe(22);
    expect(roundUpToTenth(22.01)).toBe(22.1);
  });
});

import { assessAccount, type AssessmentSettings } from "../../src/core/account";
import { DEFAULT_BANDS } from "../../src/core/model";

const settings: AssessmentSettings = {
  weights: [0.25, 0.25, 0.25, 0.25],
  bands: DEFAULT_BANDS,
  policy: "redistribute",
  minCoverage: 0.5,
};

describe("account assessment", () => {
  test("at risk account names its driver and gap", () => {
    // Composite (80 + 30 + 20 + 6) / 4 = 34 → At risk. Outcomes falls 64 short, the most.
    // Gap to Watch: (40 − 34) ÷ 0.25 = 24; Outcomes can gain 94, so reachable.
    const account = assessAccount([80, 30, 20, 6], settings);
    expect(account.composite).toBeCloseTo(34, 10);
    expect(account.band).toBe("atRisk");
    expect(account.driver).toBe("Outcomes");
    expect(account.gap).toEqual({ points: 24, nextBand: "watch", reachable: true });
    // E 80 is high while A 20 and O 6 are low: Talk without results, then Champion only.
    expect(account.explanation).toBe("At risk (34): look at Outcomes first (6; +24 pts there reaches Watch). Talk without results. Champion only.");
  });

  test("out of reach gap is said in words", () => {
    // Composite 0.25·(10 + 10 + 10 + 10) = 10; driver Engagement (ties go first);
    // gap (40 − 10) ÷ 0.25 = 120 > 100 − 10 = 90.
    const account = assessAccount([10, 10, 10, 10], settings);
    expect(account.gap?.reachable).toBe(false);
    expect(account.explanation).toBe("At risk (10): look at Engagement first (10), though Engagement alone cannot lift it to Watch. Drifting.");
  });

  test("healthy account with a weak pillar has no gap", () => {
    // Composite (90 + 60 + 85 + 80) / 4 = 78.75 → Healthy; Satisfaction is below 70.
    const account = assessAccount([90, 60, 85, 80], settings);
    expect(account.band).toBe("healthy");
    expect(account.driver).toBe("Satisfaction");
    expect(account.gap).toBeNull();
    expect(account.explanation).toBe("Healthy (79): keep an eye on Satisfaction (60).");
  });

  test("healthy account with every pillar strong", () => {
    expect(assessAccount([90, 80, 75, 70], settings).explanation).toBe("Healthy (79): every pillar with data is at or above 70.");
  });

  test("healthy account with a missing pillar", () => {
    // Redistribute: (90 + 80 + 75) / 3 = 81.67 → Healthy, so nothing is held down.
    expect(assessAccount([90, null, 80, 75], settings).explanation).toBe("Healthy (82): every pillar with data is at or above 70. No data for Satisfaction (coverage 75%).");
  });

  test("missing pillars held down under penalize", () => {
    // Penalize counts Satisfaction as 0 at its full weight: (90 + 0 + 80 + 75) / 4 = 61.25 → Watch,
    // with no pillar that has data below 70, so there is no driver to name.
    const penalizing = { ...settings, policy: "penalize" as const };
    expect(assessAccount([90, null, 80, 75], penalizing).explanation).toBe(
      "Watch (61): every pillar with data is at or above 70, so the missing pillars hold it down. No data for Satisfaction (coverage 75%).",
    );
  });

  test("missing pillars are named with the coverage", () => {
    // (50 + 60) / 2 = 55 → Watch; gap (70 − 55) ÷ 0.5 = 30 on Engagement (shortfall 20 vs 10).
    const account = assessAccount([50, 60, null, null], settings);
    expect(account.explanation).toBe("Watch (55): look at Engagement first (50; +30 pts there reaches Healthy). No data for Adoption and Outcomes (coverage 50%).");
  });

  test("insufficient data says which pillars have data", () => {
    const account = assessAccount([null, 62, null, null], settings);
    expect(account.insufficient).toBe(true);
    expect(account.band).toBeNull();
    expect(account.driver).toBeNull();
    expect(account.explanation).toBe("Insufficient data (coverage 25%, needs 50%): only Satisfaction has data.");
  });

  test("no data at all", () => {
    expect(assessAccount([null, null, null, null], settings).explanation).toBe("Insufficient data (coverage 0%, needs 50%): no pillar has data.");
  });
});

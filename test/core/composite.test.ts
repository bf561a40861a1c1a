import { composite } from "../../src/core/composite";
import type { MissingPolicy } from "../../src/core/model";
import type { PillarScores, PillarVector } from "../../src/core/vector";

const equal: PillarVector<number> = [0.25, 0.25, 0.25, 0.25];

function scoreWith(scores: PillarScores, policy: MissingPolicy, weights = equal, minCoverage = 0.5) {
  return composite({ scores, weights, policy, minCoverage, medians: [60, 60, 60, 60] });
}

describe("composite", () => {
  test("weighted mean when every pillar has data", () => {
    // 0.4·80 + 0.2·60 + 0.2·40 + 0.2·20 = 32 + 12 + 8 + 4 = 56
    const result = scoreWith([80, 60, 40, 20], "redistribute", [0.4, 0.2, 0.2, 0.2]);
    expect(result.score).toBeCloseTo(56, 10);
    expect(result.coverage).toBeCloseTo(1, 10);
  });

  test("redistribute shares the missing weight", () => {
    // Satisfaction missing: (80 + 60 + 40) / 3 = 60; coverage 0.75
    const result = scoreWith([80, null, 60, 40], "redistribute");
    expect(result.score).toBeCloseTo(60, 10);
    expect(result.coverage).toBeCloseTo(0.75, 10);
    expect(result.effectiveWeights[1]).toBe(0);
    expect(result.effectiveWeights[0]).toBeCloseTo(1 / 3, 10);
  });

  test("neutral counts the missing pillar as 50", () => {
    // 0.25·(80 + 50 + 60 + 40) = 57.5
    expect(scoreWith([80, null, 60, 40], "neutral").score).toBeCloseTo(57.5, 10);
  });

  test("penalize counts the missing pillar as 0", () => {
    // 0.25·(80 + 0 + 60 + 40) = 45
    expect(scoreWith([80, null, 60, 40], "penalize").score).toBeCloseTo(45, 10);
  });

  test("median counts the missing pillar as the portfolio median", () => {
    // 0.25·(80 + 60 + 60 + 40) = 60
    expect(scoreWith([80, null, 60, 40], "median").score).toBeCloseTo(60, 10);
  });

  test("median with no portfolio median redistributes", () => {
    const result = composite({ scores: [80, null, 60, 40], weights: equal, policy: "median", minCoverage: 0.5, medians: [70, null, 70, 70] });
    expect(result.score).toBeCloseTo(60, 10);
  });

  test("coverage is the same under every policy", () => {
    const policies: MissingPolicy[] = ["redistribute", "neutral", "penalize", "median"];
    for (const policy of policies) {
      expect(scoreWith([80, null, null, 40], policy).coverage).toBeCloseTo(0.5, 10);
    }
  });

  test("coverage at the minimum still reports a composite", () => {
    // Two of four equal weights: coverage 0.5, exactly the default minimum.
    const result = scoreWith([80, null, null, 40], "redistribute");
    expect(result.insufficient).toBe(false);
    expect(result.score).toBeCloseTo(60, 10);
  });

  test("coverage below the minimum is insufficient data", () => {
    // One of four equal weights: coverage 0.25 < 0.5
    const result = scoreWith([80, null, null, null], "neutral");
    expect(result.insufficient).toBe(true);
    expect(result.score).toBeNull();
    expect(result.coverage).toBeCloseTo(0.25, 10);
  });

  test("coverage follows the weights, not the pillar count", () => {
    // Outcomes carries 0.7 of the weight, so Outcomes alone covers 0.7.
    const result = scoreWith([null, null, null, 30], "redistribute", [0.1, 0.1, 0.1, 0.7]);
    expect(result.coverage).toBeCloseTo(0.7, 10);
    expect(result.score).toBeCloseTo(30, 10);
  });

  test("no data at all is insufficient even with minimum 0", () => {
    expect(scoreWith([null, null, null, null], "redistribute", equal, 0).insufficient).toBe(true);
  });
});

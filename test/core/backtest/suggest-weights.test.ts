import { InvalidArgumentError } from "../../../src/core/backtest/argument-error";
import type { Outcome } from "../../../src/core/backtest/outcome";
import { suggestWeights, type SuggestWeightsInput } from "../../../src/core/backtest/suggest-weights";
import { PILLARS } from "../../../src/core/pillars";
import { syntheticPortfolio } from "./synthetic-portfolio";

const EQUAL_WEIGHTS = [25, 25, 25, 25] as const;

/** Churn driven by 0.6 · Outcomes + 0.4 · Adoption; Engagement and Satisfaction are pure noise. */
function outcomesAndAdoptionPortfolio(seed: number): SuggestWeightsInput {
  const { pillars, outcomes } = syntheticPortfolio({ accounts: 3000, seed, trueWeights: [0, 0, 0.4, 0.6] });
  return { pillars, outcomes, currentWeights: EQUAL_WEIGHTS, minCoverage: 0.5 };
}

describe("suggestWeights", () => {
  const input = outcomesAndAdoptionPortfolio(7);
  const suggestion = suggestWeights(input);

  test("recovers the weights that drive churn", () => {
    // Tolerance: over seeds 1–20 of this generator (n = 3,000), the suggestion was at most
    // 4 points from 0 for Engagement and Satisfaction and at most 3 points from 40 and 60 for
    // Adoption and Outcomes. The bounds below are about twice those deviations.
    const weights = suggestion.suggested;
    expect(weights).not.toBeNull();
    expect(weights?.Engagement).toBeLessThanOrEqual(8);
    expect(weights?.Satisfaction).toBeLessThanOrEqual(8);
    expect(Math.abs((weights?.Adoption ?? 0) - 40)).toBeLessThanOrEqual(6);
    expect(Math.abs((weights?.Outcomes ?? 0) - 60)).toBeLessThanOrEqual(6);
  });

  test("suggested weights are whole points summing to 100", () => {
    const values = PILLARS.map((pillar) => suggestion.suggested?.[pillar] ?? Number.NaN);
    expect(values.every(Number.isInteger)).toBe(true);
    expect(values.reduce((sum, value) => sum + value, 0)).toBe(100);
  });

  test("beats the current weights out of sample", () => {
    const { suggested, current, improvement, noiseLevel, foldsMeasured } = suggestion.outOfSample;
    expect(foldsMeasured).toBe(5);
    expect(suggested).toBeGreaterThan(current ?? 1);
    expect(improvement).toBeCloseTo((suggested ?? 0) - (current ?? 0), 12);
    expect(improvement).toBeGreaterThan(noiseLevel ?? 1);
    expect(suggestion.warnings).toEqual([]);
  });

  test("reports the current weights and in-sample AUCs", () => {
    expect(suggestion.current).toEqual({ Engagement: 25, Satisfaction: 25, Adoption: 25, Outcomes: 25 });
    expect(suggestion.inSample.suggested?.auc).toBeGreaterThan(suggestion.inSample.current?.auc ?? 1);
    // With no missing pillar every account has a composite under any weights.
    expect((suggestion.inSample.current?.churned ?? 0) + (suggestion.inSample.current?.retained ?? 0)).toBe(3000);
  });

  test("each fold fits its own weights", () => {
    expect(suggestion.validation).toEqual({ method: "stratified-k-fold", folds: 5, seed: 1 });
    expect(suggestion.folds).toHaveLength(5);
    for (const fold of suggestion.folds) {
      expect(fold.weights).not.toBeNull();
      expect(fold.suggestedAuc).not.toBeNull();
      expect(fold.currentAuc).not.toBeNull();
    }
  });

  test("same input gives the same suggestion", () => {
    expect(suggestWeights(input)).toEqual(suggestion);
  });

  test("seed changes only the validation", () => {
    const reseeded = suggestWeights(input, { seed: 2 });
    expect(reseeded.suggested).toEqual(suggestion.suggested);
    expect(reseeded.inSample).toEqual(suggestion.inSample);
    expect(reseeded.validation.seed).toBe(2);
  });

  test("changes none of its input", () => {
    const copy = structuredClone(input);
    suggestWeights(input, { refine: false });
    expect(input).toEqual(copy);
  });

  test("without refinement stays on the 5-point grid", () => {
    const coarse = suggestWeights(input, { refine: false });
    for (const pillar of PILLARS) expect((coarse.suggested?.[pillar] ?? 1) % 5).toBe(0);
  });

  test("scale of the current weights changes nothing", () => {
    expect(suggestWeights({ ...input, currentWeights: [1, 1, 1, 1] }, { refine: false })).toEqual(suggestWeights(input, { refine: false }));
  });
});

describe("suggestWeights warnings", () => {
  test("fewer than 20 churned accounts", () => {
    const { pillars, outcomes } = outcomesAndAdoptionPortfolio(3);
    let churnedSoFar = 0;
    const fewChurned = outcomes.map((outcome): Outcome => (outcome === "churned" && churnedSoFar++ >= 15 ? "retained" : outcome));

    const suggestion = suggestWeights({ pillars, outcomes: fewChurned, currentWeights: EQUAL_WEIGHTS, minCoverage: 0.5 });
    expect(suggestion.warnings).toContainEqual({ code: "few-churned", churned: 15, minimum: 20 });
  });

  test("gain within noise when the current weights already fit", () => {
    // Churn is driven by the equal-weight mean, so the current 25/25/25/25 weights are already
    // the best ranking and no fitted weights can gain more than noise out of sample.
    const { pillars, outcomes } = syntheticPortfolio({ accounts: 2000, seed: 5, trueWeights: [0.25, 0.25, 0.25, 0.25] });
    const suggestion = suggestWeights({ pillars, outcomes, currentWeights: EQUAL_WEIGHTS, minCoverage: 0.5 });

    const warning = suggestion.warnings.find((candidate) => candidate.code === "improvement-within-noise");
    expect(warning).toBeDefined();
    expect(suggestion.outOfSample.improvement).toBeLessThan(suggestion.outOfSample.noiseLevel ?? 0);
    // The noise level is max(0.01, SE); with 2,000 accounts the Hanley–McNeil SE is near 0.01.
    expect(suggestion.outOfSample.noiseLevel).toBeGreaterThanOrEqual(0.01);
  });

  test("no churned account gives no suggestion", () => {
    const { pillars } = outcomesAndAdoptionPortfolio(4);
    const suggestion = suggestWeights({ pillars, outcomes: pillars.map((): Outcome => "retained"), currentWeights: EQUAL_WEIGHTS, minCoverage: 0.5 });

    expect(suggestion.suggested).toBeNull();
    expect(suggestion.outOfSample.foldsMeasured).toBe(0);
    expect(suggestion.warnings).toEqual([{ code: "no-churned", accounts: 3000 }]);
  });
});

describe("suggestWeights with missing pillars", () => {
  test("scores only accounts above the minimum coverage", () => {
    const { pillars, outcomes } = syntheticPortfolio({ accounts: 1500, seed: 9, trueWeights: [0, 0, 0.4, 0.6], missingShare: 0.15 });
    const suggestion = suggestWeights({ pillars, outcomes, currentWeights: EQUAL_WEIGHTS, minCoverage: 0.5 });
    const scored = pillars.filter((scores) => scores.filter((score) => score !== null).length >= 2).length;

    // Equal weights: coverage is 0.25 per present pillar, so two present pillars reach 0.5.
    expect((suggestion.inSample.current?.churned ?? 0) + (suggestion.inSample.current?.retained ?? 0)).toBe(scored);
    expect((suggestion.suggested?.Outcomes ?? 0) + (suggestion.suggested?.Adoption ?? 0)).toBeGreaterThanOrEqual(80);
  });
});

describe("suggestWeights arguments", () => {
  const { pillars, outcomes } = syntheticPortfolio({ accounts: 50, seed: 1, trueWeights: [0.25, 0.25, 0.25, 0.25] });

  test("negative current weight throws", () => {
    expect(() => suggestWeights({ pillars, outcomes, currentWeights: [-1, 1, 1, 1], minCoverage: 0.5 })).toThrow(InvalidArgumentError);
  });

  test("all-zero current weights throw", () => {
    expect(() => suggestWeights({ pillars, outcomes, currentWeights: [0, 0, 0, 0], minCoverage: 0.5 })).toThrow(/currentWeights/);
  });

  test("minimum coverage above 1 throws", () => {
    expect(() => suggestWeights({ pillars, outcomes, currentWeights: EQUAL_WEIGHTS, minCoverage: 50 })).toThrow(/minCoverage/);
  });

  test("outcomes of another length throw", () => {
    expect(() => suggestWeights({ pillars, outcomes: outcomes.slice(1), currentWeights: EQUAL_WEIGHTS, minCoverage: 0.5 })).toThrow(/outcomes/);
  });

  test("a grid step that does not divide 100 throws", () => {
    expect(() => suggestWeights({ pillars, outcomes, currentWeights: EQUAL_WEIGHTS, minCoverage: 0.5 }, { step: 7 })).toThrow(/step/);
  });
});

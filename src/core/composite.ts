import type { MissingPolicy } from "./model";
import type { PillarScores, PillarVector } from "./vector";

/** Scores a pillar with no data counts as under the `neutral` and `penalize` policies. */
const NEUTRAL_SCORE = 50;
const PENALTY_SCORE = 0;

/** Tolerance for comparing coverage with the minimum, so 0.1 + 0.2 + 0.2 counts as 0.5. */
const COVERAGE_EPSILON = 1e-9;

/** The composite of one account and how it was formed. */
export interface Composite {
  /** The weighted composite 0–100, or null when coverage is below the minimum. */
  readonly score: number | null;
  /** The share (0–1) of the total pillar weight that had real data. */
  readonly coverage: number;
  /** True when coverage is below the model's minimum, so no composite is reported. */
  readonly insufficient: boolean;
  /** The weight each pillar carried in the composite (0 for a pillar left out). */
  readonly effectiveWeights: PillarVector<number>;
}

/** The inputs of a composite. `weights` must already be normalised to sum to 1. */
export interface CompositeInput {
  readonly scores: PillarScores;
  readonly weights: PillarVector<number>;
  readonly policy: MissingPolicy;
  readonly minCoverage: number;
  /** Portfolio medians per pillar, for the `median` policy; null where no account has data. */
  readonly medians?: PillarScores;
}

/**
 * Combines pillar scores into the composite. Coverage is the weight of the pillars with data.
 * A missing pillar is handled by the policy: `redistribute` shares its weight among the present
 * pillars, `neutral` counts it as 50, `penalize` as 0, and `median` as the portfolio median of
 * that pillar (redistributed when no account has that pillar). Below the minimum coverage the
 * account is "insufficient data" and the composite is null.
 *
 * @example composite({ scores: [80, null, 60, 40], weights: [0.25, 0.25, 0.25, 0.25], policy: "redistribute", minCoverage: 0.5 })
 *   // score 60 = (80 + 60 + 40) / 3, coverage 0.75
 */
export function composite(input: CompositeInput): Composite {
  return compositeOf(input.scores, input);
}

/** The settings of a composite besides the scores: `CompositeInput` without `scores`. */
export type CompositeSettings = Omit<CompositeInput, "scores">;

/**
 * Combines pillar scores into the composite, exactly as `composite` does, for callers that
 * already hold the settings in one object and score many accounts with it.
 *
 * Cost: O(1); it allocates only the result.
 */
export function compositeOf(scores: PillarScores, settings: CompositeSettings): Composite {
  const coverage = coverageOf(scores, settings.weights);
  const counted = countedWeight(scores, settings);
  const effectiveWeights: PillarVector<number> = [
    effectiveWeight(scores, 0, settings, counted),
    effectiveWeight(scores, 1, settings, counted),
    effectiveWeight(scores, 2, settings, counted),
    effectiveWeight(scores, 3, settings, counted),
  ];
  const score = compositeScore(scores, settings, coverage, counted);
  return { score, coverage, insufficient: score === null, effectiveWeights };
}

/** Returns the share (0–1) of the total pillar weight whose pillars have data. */
export function coverageOf(scores: PillarScores, weights: PillarVector<number>): number {
  // Plain loops with no intermediate arrays or closures, because these run once per account.
  let coverage = 0;
  for (let index = 0; index < weights.length; index++) {
    if (scores[index] !== null) coverage += weights[index] ?? 0;
  }
  return coverage;
}

/** Returns the total weight of the pillars that count in the composite: those with data, and those the policy fills. */
export function countedWeight(scores: PillarScores, settings: CompositeSettings): number {
  let counted = 0;
  for (let index = 0; index < settings.weights.length; index++) {
    if (filledScore(scores, index, settings) !== null) counted += settings.weights[index] ?? 0;
  }
  return counted;
}

/**
 * Returns the composite 0–100, or null when the coverage is below the minimum, as `compositeOf`
 * does, without building the effective weights.
 *
 * @param coverage `coverageOf` the scores
 * @param counted `countedWeight` of the scores
 */
export function compositeScore(scores: PillarScores, settings: CompositeSettings, coverage: number, counted: number): number | null {
  if (coverage === 0 || coverage + COVERAGE_EPSILON < settings.minCoverage) return null;

  let score = 0;
  for (let index = 0; index < settings.weights.length; index++) {
    score += effectiveWeight(scores, index, settings, counted) * (filledScore(scores, index, settings) ?? 0);
  }
  return clampScore(score);
}

/** Returns a pillar's score, or the score the policy counts it as when it has no data; null when it is left out. */
function filledScore(scores: PillarScores, index: number, settings: CompositeSettings): number | null {
  return scores[index] ?? fillFor(settings.policy, settings.medians?.[index] ?? null);
}

/**
 * Returns the weight a pillar carries in the composite. Filled pillars keep their weight, and a
 * pillar left out shares its weight among the counted ones.
 *
 * @param counted `countedWeight` of the scores
 */
export function effectiveWeight(scores: PillarScores, index: number, settings: CompositeSettings, counted: number): number {
  if (counted === 0 || filledScore(scores, index, settings) === null) return 0;

  const weight = settings.weights[index] ?? 0;
  const sharesWeight = settings.policy === "redistribute" || settings.policy === "median";
  return sharesWeight ? weight / counted : weight;
}

function fillFor(policy: MissingPolicy, median: number | null): number | null {
  switch (policy) {
    case "redistribute":
      return null;
    case "neutral":
      return NEUTRAL_SCORE;
    case "penalize":
      return PENALTY_SCORE;
    case "median":
      return median;
  }
}

/** Keeps a score inside 0–100 against floating-point drift such as 100.00000000000001. */
export function clampScore(score: number): number {
  return Math.min(100, Math.max(0, score));
}

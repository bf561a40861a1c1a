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
  const { scores, weights, policy, minCoverage } = input;
  const filled = scores.map((score, index) => score ?? fillFor(policy, input.medians?.[index] ?? null));
  const coverage = sumWhere(weights, (index) => scores[index] !== null);
  const counted = sumWhere(weights, (index) => filled[index] !== null);

  // Filled pillars keep their weight; a pillar left out shares its weight among the counted ones.
  const sharesWeight = policy === "redistribute" || policy === "median";
  const effective = weights.map((weight, index) => {
    if (filled[index] === null || counted === 0) return 0;
    return sharesWeight ? weight / counted : weight;
  });
  const [e = 0, s = 0, a = 0, o = 0] = effective;
  const effectiveWeights: PillarVector<number> = [e, s, a, o];

  const insufficient = coverage === 0 || coverage + COVERAGE_EPSILON < minCoverage;
  if (insufficient) return { score: null, coverage, insufficient, effectiveWeights };

  const score = effective.reduce((sum, weight, index) => sum + weight * (filled[index] ?? 0), 0);
  return { score: clampScore(score), coverage, insufficient, effectiveWeights };
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

function sumWhere(weights: PillarVector<number>, include: (index: number) => boolean): number {
  return weights.reduce((sum, weight, index) => (include(index) ? sum + weight : sum), 0);
}

/** Keeps a score inside 0–100 against floating-point drift such as 100.00000000000001. */
export function clampScore(score: number): number {
  return Math.min(100, Math.max(0, score));
}

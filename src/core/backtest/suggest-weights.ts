import { composite } from "../composite";
import type { BacktestWarning, ValidationMethod } from "../messages/backtest";
import { perPillar, type PerPillar } from "../pillars";
import type { PillarScores, PillarVector } from "../vector";
import { normalizePillarWeights } from "../weights";
import { InvalidArgumentError, requireSameLength } from "./argument-error";
import { estimateChurnAuc, type AucEstimate } from "./auc-estimate";
import { classSizeWarnings } from "./class-size-warnings";
import { RedistributedCompositeScorer } from "./composite-scorer";
import { FoldPairCounter } from "./fold-pair-counts";
import { assignStratifiedFolds, NO_FOLD } from "./folds";
import type { Outcome } from "./outcome";
import { TOTAL_POINTS } from "./weight-grid";
import { WeightSearch } from "./weight-search";

/** The smallest out-of-sample AUC gain worth acting on, whatever the standard error. */
export const MIN_AUC_IMPROVEMENT = 0.01;

/** The data the weights are fitted to, one entry per account in each array. */
export interface SuggestWeightsInput {
  readonly pillars: readonly PillarScores[];
  readonly outcomes: readonly Outcome[];
  /** The model's pillar weights: any non-negative numbers, not all zero. */
  readonly currentWeights: PillarVector<number>;
  /** The model's minimum coverage, 0–1. */
  readonly minCoverage: number;
}

/** Settings of the search and its validation, each with a default. */
export interface SuggestWeightsOptions {
  /** Cross-validation folds, an integer from 2 to 20. Default 5. */
  readonly folds?: number;
  /** Seed of the fold shuffle. Default 1. */
  readonly seed?: number;
  /** Grid step in points, a divisor of 100. Default 5 (1,771 weight vectors). */
  readonly step?: number;
  /** Refine the best grid point by one-point moves. Default true. */
  readonly refine?: boolean;
}

/** One fold of the cross-validation. */
export interface FoldValidation {
  /** Weights fitted on the other folds, in points summing to 100; null when they had no AUC. */
  readonly weights: PerPillar<number> | null;
  /** AUC of those weights on this fold. */
  readonly suggestedAuc: number | null;
  /** AUC of the current weights on this fold. */
  readonly currentAuc: number | null;
}

/** The out-of-sample comparison: mean AUC over the folds where both weights have one. */
export interface OutOfSampleAuc {
  readonly suggested: number | null;
  readonly current: number | null;
  /** suggested − current. */
  readonly improvement: number | null;
  /** The larger of 0.01 and the standard error of the current weights' in-sample AUC. */
  readonly noiseLevel: number | null;
  /** Folds that entered the means. */
  readonly foldsMeasured: number;
}

/** Weights suggested by the data, beside the current ones, with how they were validated. Advice only. */
export interface WeightSuggestion {
  /** Whole points summing to 100; null when no churned or no retained account has a composite. */
  readonly suggested: PerPillar<number> | null;
  /** The current weights scaled to sum to 100, not rounded. */
  readonly current: PerPillar<number>;
  readonly inSample: { readonly suggested: AucEstimate | null; readonly current: AucEstimate | null };
  readonly outOfSample: OutOfSampleAuc;
  readonly folds: readonly FoldValidation[];
  readonly validation: ValidationMethod;
  readonly warnings: readonly BacktestWarning[];
}

/**
 * Suggests pillar weights that maximise the churn AUC of the composite: the probability that a
 * churned account has a lower composite than a retained one. The composite is recomputed as
 * `composite()` does with the `redistribute` policy and the model's minimum coverage, whatever
 * policy the model uses, and the current weights are measured the same way.
 *
 * Method: a search over the weight simplex in `step`-point steps, refined by one-point moves
 * (see `WeightSearch`). The whole procedure is validated by stratified k-fold
 * cross-validation: fitted on k − 1 folds and measured on the held-out fold, for each fold.
 * The suggested weights are the fit on all accounts. A warning says when fewer than 20 churned
 * accounts have a composite, or when the mean out-of-sample gain over the current weights is
 * below the noise level: 0.01 or the Hanley–McNeil standard error of the current weights' AUC,
 * whichever is larger.
 *
 * NOTE: each weight vector's AUC is measured over the accounts it leaves above the minimum
 * coverage, so weights that put little weight on often-missing pillars drop those accounts and
 * are judged on fewer of them. The in-sample estimates report their churned and retained counts
 * so the two can be compared. Penalising dropped accounts in the search would remove the bias.
 *
 * Cost: one O(n log n) sweep per weight vector on the grid, C(100 ÷ step + 3, 3) of them
 * (1,771 at step 5), plus up to 12 per refinement move. n = 7,043 at step 5 took 1.8–3.7 s
 * on a 2-core container under Node 20, and a test bounds it at 15 s.
 *
 * @throws InvalidArgumentError when the arrays differ in length, a current weight is negative
 *   or all are zero, minCoverage is outside 0–1, or an option is out of range
 * @returns the suggestion; pure, so it changes no model
 */
export function suggestWeights(input: SuggestWeightsInput, options: SuggestWeightsOptions = {}): WeightSuggestion {
  const { pillars, outcomes, minCoverage } = input;
  requireSameLength("outcomes", outcomes, pillars.length);
  if (!(minCoverage >= 0 && minCoverage <= 1)) throw new InvalidArgumentError("minCoverage", minCoverage, "a share from 0 to 1");
  const current = normalizeCurrentWeights(input.currentWeights);
  const validation: ValidationMethod = { method: "stratified-k-fold", folds: options.folds ?? 5, seed: options.seed ?? 1 };

  const assignment = assignStratifiedFolds(outcomes, validation.folds, validation.seed);
  const search = new WeightSearch(
    new RedistributedCompositeScorer(pillars, minCoverage),
    new FoldPairCounter(outcomes, assignment, validation.folds),
    { step: options.step ?? 5, refine: options.refine ?? true, currentPoints: toPoints(current) },
  );

  const currentScores = compositesOf(pillars, current, minCoverage);
  const suggestedPoints = search.fit(NO_FOLD);
  const suggestedScores = suggestedPoints === null ? null : compositesOf(pillars, toShares(suggestedPoints), minCoverage);
  const folds = validateByFold(search, { pillars, outcomes, minCoverage, assignment, currentScores, foldCount: validation.folds });
  const inSample = {
    suggested: suggestedScores === null ? null : estimateChurnAuc(suggestedScores, outcomes),
    current: estimateChurnAuc(currentScores, outcomes),
  };
  const outOfSample = compareOutOfSample(folds, inSample.current);

  return {
    suggested: suggestedPoints === null ? null : toPerPillar(suggestedPoints),
    current: toPerPillar(toPoints(current)),
    inSample,
    outOfSample,
    folds,
    validation,
    warnings: [...classSizeWarnings(...countScored(currentScores, outcomes)), ...noiseWarnings(outOfSample)],
  };
}

function normalizeCurrentWeights(weights: PillarVector<number>): PillarVector<number> {
  const normalized = normalizePillarWeights(weights);
  if (!normalized.ok) throw new InvalidArgumentError("currentWeights", weights, "non-negative numbers, not all zero");
  return normalized.value;
}

/** The inputs of the per-fold validation besides the search. */
interface FoldContext {
  readonly pillars: readonly PillarScores[];
  readonly outcomes: readonly Outcome[];
  readonly minCoverage: number;
  readonly assignment: Int32Array;
  readonly currentScores: readonly (number | null)[];
  readonly foldCount: number;
}

/** Fits on all folds but one and measures both weights on that fold, for each fold. */
function validateByFold(search: WeightSearch, context: FoldContext): FoldValidation[] {
  const { pillars, outcomes, minCoverage, assignment, currentScores } = context;
  const validations: FoldValidation[] = [];
  for (let fold = 0; fold < context.foldCount; fold++) {
    const inFold = (scores: readonly (number | null)[]) => scores.map((score, account) => (assignment[account] === fold ? score : null));
    const fitted = search.fit(fold);
    const fittedScores = fitted === null ? null : compositesOf(pillars, toShares(fitted), minCoverage);
    validations.push({
      weights: fitted === null ? null : toPerPillar(fitted),
      suggestedAuc: fittedScores === null ? null : (estimateChurnAuc(inFold(fittedScores), outcomes)?.auc ?? null),
      currentAuc: estimateChurnAuc(inFold(currentScores), outcomes)?.auc ?? null,
    });
  }
  return validations;
}

function compareOutOfSample(folds: readonly FoldValidation[], currentInSample: AucEstimate | null): OutOfSampleAuc {
  const measured = folds.filter((fold) => fold.suggestedAuc !== null && fold.currentAuc !== null);
  if (measured.length === 0) return { suggested: null, current: null, improvement: null, noiseLevel: null, foldsMeasured: 0 };

  const suggested = meanOf(measured.map((fold) => fold.suggestedAuc ?? 0));
  const current = meanOf(measured.map((fold) => fold.currentAuc ?? 0));
  const noiseLevel = Math.max(MIN_AUC_IMPROVEMENT, currentInSample?.standardError ?? 0);
  return { suggested, current, improvement: suggested - current, noiseLevel, foldsMeasured: measured.length };
}

function noiseWarnings(outOfSample: OutOfSampleAuc): BacktestWarning[] {
  const { suggested, current, improvement, noiseLevel } = outOfSample;
  if (suggested === null || current === null || improvement === null || noiseLevel === null) return [];
  if (improvement >= noiseLevel) return [];
  return [{ code: "improvement-within-noise", improvement, noiseLevel, currentAuc: current, suggestedAuc: suggested }];
}

/** Computes every account's composite with `composite()` itself, for the reported AUCs. */
function compositesOf(pillars: readonly PillarScores[], weights: PillarVector<number>, minCoverage: number): (number | null)[] {
  return pillars.map((scores) => composite({ scores, weights, policy: "redistribute", minCoverage }).score);
}

function countScored(scores: readonly (number | null)[], outcomes: readonly Outcome[]): [churned: number, retained: number] {
  let churned = 0;
  let retained = 0;
  scores.forEach((score, account) => {
    if (score === null) return;
    if (outcomes[account] === "churned") churned++;
    if (outcomes[account] === "retained") retained++;
  });
  return [churned, retained];
}

function toPoints(shares: PillarVector<number>): PillarVector<number> {
  const [engagement, satisfaction, adoption, outcomes] = shares;
  return [engagement * TOTAL_POINTS, satisfaction * TOTAL_POINTS, adoption * TOTAL_POINTS, outcomes * TOTAL_POINTS];
}

function toShares(points: PillarVector<number>): PillarVector<number> {
  const [engagement, satisfaction, adoption, outcomes] = points;
  return [engagement / TOTAL_POINTS, satisfaction / TOTAL_POINTS, adoption / TOTAL_POINTS, outcomes / TOTAL_POINTS];
}

function toPerPillar(weights: PillarVector<number>): PerPillar<number> {
  return perPillar((_, index) => weights[index] ?? 0);
}

function meanOf(values: readonly number[]): number {
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

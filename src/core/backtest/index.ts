// Outcomes
export { readOutcome, readOutcomeColumn, guessOutcomePolarity } from "./outcome";
export type { Outcome, OutcomePolarity, OutcomeOptions, OutcomeColumn } from "./outcome";

// AUC
export { churnAuc, countChurnPairsSorted } from "./auc";
export { aucStandardError } from "./auc-standard-error";
export { estimateChurnAuc, type AucEstimate } from "./auc-estimate";

// Backtest report
export { backtest, type BacktestInput, type BacktestCounts, type BacktestReport } from "./backtest";
export { churnByBand, type BandChurn, type ChurnByBand } from "./band-churn";
export { liftOf, type Lift } from "./lift";
export { classSizeWarnings, MIN_CHURNED_ACCOUNTS } from "./class-size-warnings";

// Suggested weights
export { suggestWeights, MIN_AUC_IMPROVEMENT } from "./suggest-weights";
export type { SuggestWeightsInput, SuggestWeightsOptions, WeightSuggestion, FoldValidation, OutOfSampleAuc } from "./suggest-weights";
export { assignStratifiedFolds, NO_FOLD, MAX_FOLDS } from "./folds";
export { simplexGrid, type PointWeights } from "./weight-grid";
export { seededRandom } from "./seeded-random";

// Errors
export { InvalidArgumentError } from "./argument-error";

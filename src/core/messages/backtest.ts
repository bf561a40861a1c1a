import { DEFAULT_BANDS, type Bands } from "../model";

/**
 * Warnings of the backtest and of the suggested weights, as values keyed by `code`, and the one
 * formatter that words them for every surface.
 */

/** Fewer churned accounts than a backtest needs for AUC and churn rates to be trusted. */
export interface FewChurnedWarning {
  readonly code: "few-churned";
  readonly churned: number;
  readonly minimum: number;
}

/** No churned, or no retained, account among the scored accounts with an outcome. */
export interface MissingClassWarning {
  readonly code: "no-churned" | "no-retained";
  /** The scored accounts with a churned or retained outcome. */
  readonly accounts: number;
}

/** Suggested weights whose out-of-sample gain over the current weights is within noise. */
export interface WithinNoiseWarning {
  readonly code: "improvement-within-noise";
  /** Mean out-of-sample AUC of the suggested weights minus that of the current weights. */
  readonly improvement: number;
  /** The larger of 0.01 and the standard error of the current weights' AUC. */
  readonly noiseLevel: number;
  readonly currentAuc: number;
  readonly suggestedAuc: number;
}

/** Any warning of the backtest or of the suggested weights. */
export type BacktestWarning = FewChurnedWarning | MissingClassWarning | WithinNoiseWarning;

/** The reason lift (At-risk churn rate ÷ Healthy churn rate) has no value. */
export type LiftUnavailableReason = "healthy-band-empty" | "at-risk-band-empty" | "no-healthy-churn";

/** The method that validated the suggested weights. */
export interface ValidationMethod {
  readonly method: "stratified-k-fold";
  readonly folds: number;
  readonly seed: number;
}

/**
 * Words a backtest warning as one or two sentences: what was found, the value, and what to do.
 *
 * @example formatBacktestWarning({ code: "few-churned", churned: 12, minimum: 20 })
 *   // "Only 12 churned accounts have a score. With fewer than 20, AUC and churn rates are too noisy to act on, so add more outcome history before relying on them."
 */
export function formatBacktestWarning(warning: BacktestWarning): string {
  switch (warning.code) {
    case "few-churned":
      return `Only ${warning.churned} churned ${plural(warning.churned, "account has", "accounts have")} a score. With fewer than ${warning.minimum}, AUC and churn rates are too noisy to act on, so add more outcome history before relying on them.`;
    case "no-churned":
      return `None of the ${warning.accounts} scored accounts with an outcome churned, so AUC and lift cannot be computed. Check the outcome column and whether a yes in it means churn or renewal.`;
    case "no-retained":
      return `All ${warning.accounts} scored accounts with an outcome churned, so AUC and lift cannot be computed. Check the outcome column and whether a yes in it means churn or renewal.`;
    case "improvement-within-noise":
      return `${describeImprovement(warning)} Keep the current weights unless there is another reason to change them.`;
  }
}

/**
 * Words why lift has no value, with the model's band labels.
 *
 * @example formatLiftUnavailable("no-healthy-churn") // "Lift is not available because no Healthy account churned, so the Healthy churn rate is 0."
 */
export function formatLiftUnavailable(reason: LiftUnavailableReason, bands: Bands = DEFAULT_BANDS): string {
  const { healthy, atRisk } = bands.labels;
  switch (reason) {
    case "healthy-band-empty":
      return `Lift is not available because no scored account with an outcome is ${healthy}.`;
    case "at-risk-band-empty":
      return `Lift is not available because no scored account with an outcome is ${atRisk}.`;
    case "no-healthy-churn":
      return `Lift is not available because no ${healthy} account churned, so the ${healthy} churn rate is 0.`;
  }
}

/**
 * Words how the suggested weights were validated.
 *
 * @example formatValidation({ method: "stratified-k-fold", folds: 5, seed: 1 })
 *   // "Validated by 5-fold cross-validation, stratified by outcome (seed 1): the weights were fitted on 4 folds and the AUC measured on the held-out fold, once for each fold."
 */
export function formatValidation(validation: ValidationMethod): string {
  return `Validated by ${validation.folds}-fold cross-validation, stratified by outcome (seed ${validation.seed}): the weights were fitted on ${validation.folds - 1} folds and the AUC measured on the held-out fold, once for each fold.`;
}

/** Shows an AUC or an AUC difference with three decimals. */
export function formatAuc(value: number): string {
  return value.toFixed(3);
}

function describeImprovement(warning: WithinNoiseWarning): string {
  const auc = `(from ${formatAuc(warning.currentAuc)} to ${formatAuc(warning.suggestedAuc)})`;
  if (warning.improvement <= 0) return `The suggested weights do not raise the out-of-sample AUC ${auc}.`;
  return `The suggested weights raise the out-of-sample AUC by ${formatAuc(warning.improvement)} ${auc}, which is within the noise level of ${formatAuc(warning.noiseLevel)}.`;
}

function plural(count: number, singular: string, pluralForm: string): string {
  return count === 1 ? singular : pluralForm;
}

import { requireSameLength } from "./argument-error";
import { churnAuc } from "./auc";
import { aucStandardError } from "./auc-standard-error";
import type { Outcome } from "./outcome";

/** An AUC with its standard error and the accounts it was computed over. */
export interface AucEstimate {
  /** The probability that a churned account scores lower than a retained one, ties 1/2. */
  readonly auc: number;
  /** Hanley–McNeil standard error of `auc`. */
  readonly standardError: number;
  /** Churned accounts with a score. */
  readonly churned: number;
  /** Retained accounts with a score. */
  readonly retained: number;
}

/**
 * Estimates the churn AUC of one score over the accounts that have both the score and a
 * churned or retained outcome. Accounts with a null score, or an excluded or missing outcome,
 * are left out.
 *
 * Cost: O(n log n).
 *
 * @param scores one score per account, null where the account has none
 * @param outcomes one outcome per account, in the same order
 * @throws InvalidArgumentError when the arrays differ in length
 * @returns the estimate, or null when no scored account churned or none was retained
 * @example estimateChurnAuc([10, 40, null, 30, 50], ["churned", "churned", "churned", "retained", "retained"])
 *   // { auc: 0.75, standardError: 0.2763, churned: 2, retained: 2 }
 */
export function estimateChurnAuc(scores: readonly (number | null)[], outcomes: readonly Outcome[]): AucEstimate | null {
  requireSameLength("outcomes", outcomes, scores.length);

  const churnedScores: number[] = [];
  const retainedScores: number[] = [];
  scores.forEach((score, index) => {
    if (score === null) return;
    if (outcomes[index] === "churned") churnedScores.push(score);
    if (outcomes[index] === "retained") retainedScores.push(score);
  });

  const auc = churnAuc(churnedScores, retainedScores);
  if (auc === null) return null;
  return {
    auc,
    standardError: aucStandardError(auc, churnedScores.length, retainedScores.length),
    churned: churnedScores.length,
    retained: retainedScores.length,
  };
}

import { InvalidArgumentError } from "./argument-error";

/**
 * Estimates the standard error of an AUC from the AUC and the size of each class.
 *
 * Method: Hanley, J. A. & McNeil, B. J. (1982), "The meaning and use of the area under a
 * receiver operating characteristic (ROC) curve", Radiology 143(1):29–36. With c churned and
 * r retained accounts (churned is the class the score should rank low),
 * SE² = (A(1 − A) + (c − 1)(Q1 − A²) + (r − 1)(Q2 − A²)) ÷ (c · r),
 * Q1 = A ÷ (2 − A) and Q2 = 2A² ÷ (1 + A). Q1 and Q2 assume exponential score distributions,
 * so the result is an approximation.
 *
 * Cost: O(1).
 *
 * @param auc the AUC, in [0, 1]
 * @param churned the number of churned accounts, at least 1
 * @param retained the number of retained accounts, at least 1
 * @throws InvalidArgumentError when the AUC is outside [0, 1] or a count is not a positive integer
 * @returns the standard error, 0 or more
 * @example aucStandardError(0.75, 4, 4) // 0.18389: Q1 = 0.6, Q2 = 0.642857, SE² = 0.541071 ÷ 16
 */
export function aucStandardError(auc: number, churned: number, retained: number): number {
  if (!(auc >= 0 && auc <= 1)) throw new InvalidArgumentError("auc", auc, "a number from 0 to 1");
  if (!Number.isInteger(churned) || churned < 1) throw new InvalidArgumentError("churned", churned, "an integer of 1 or more");
  if (!Number.isInteger(retained) || retained < 1) throw new InvalidArgumentError("retained", retained, "an integer of 1 or more");

  const q1 = auc / (2 - auc);
  const q2 = (2 * auc * auc) / (1 + auc);
  const squared = auc * auc;
  const variance = (auc * (1 - auc) + (churned - 1) * (q1 - squared) + (retained - 1) * (q2 - squared)) / (churned * retained);
  return Math.sqrt(Math.max(0, variance));
}

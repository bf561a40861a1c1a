import type { BacktestWarning } from "../messages/backtest";

/** Below this many churned accounts, AUC and churn rates are flagged as too noisy to act on. */
export const MIN_CHURNED_ACCOUNTS = 20;

/**
 * Checks the two outcome classes a backtest compares: no churned accounts, no retained
 * accounts, or fewer than `MIN_CHURNED_ACCOUNTS` churned accounts.
 *
 * @param churned scored accounts that churned, 0 or more
 * @param retained scored accounts that were retained, 0 or more
 * @returns the warnings, empty when both classes are large enough
 * @example classSizeWarnings(12, 300) // [{ code: "few-churned", churned: 12, minimum: 20 }]
 */
export function classSizeWarnings(churned: number, retained: number): BacktestWarning[] {
  const accounts = churned + retained;
  const warnings: BacktestWarning[] = [];
  if (churned === 0) warnings.push({ code: "no-churned", accounts });
  if (retained === 0) warnings.push({ code: "no-retained", accounts });
  if (churned > 0 && churned < MIN_CHURNED_ACCOUNTS) warnings.push({ code: "few-churned", churned, minimum: MIN_CHURNED_ACCOUNTS });
  return warnings;
}

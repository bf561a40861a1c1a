import type { LiftUnavailableReason } from "../messages/backtest";
import type { ChurnByBand } from "./band-churn";

/** Lift, or why it has no value. */
export type Lift =
  | { readonly ratio: number; readonly unavailable: null }
  | { readonly ratio: null; readonly unavailable: LiftUnavailableReason };

/**
 * Computes lift: the At-risk churn rate ÷ the Healthy churn rate. A lift of 3 means At-risk
 * accounts churned three times as often as Healthy ones, and 1 means the bands do not separate
 * churn at all.
 *
 * Cost: O(1).
 *
 * @param byBand churn per band, from `churnByBand`
 * @returns the ratio (0 or more), or the first reason it has none, checked in this order:
 *   the Healthy band is empty, the At-risk band is empty, no Healthy account churned
 * @example liftOf(churnByBand(["healthy", "healthy", "healthy", "healthy", "atRisk", "atRisk"],
 *   ["churned", "retained", "retained", "retained", "churned", "retained"]))
 *   // { ratio: 2, unavailable: null }: (1 ÷ 2) ÷ (1 ÷ 4)
 */
export function liftOf(byBand: ChurnByBand): Lift {
  const healthyRate = byBand.healthy.churnRate;
  const atRiskRate = byBand.atRisk.churnRate;
  if (healthyRate === null) return { ratio: null, unavailable: "healthy-band-empty" };
  if (atRiskRate === null) return { ratio: null, unavailable: "at-risk-band-empty" };
  if (healthyRate === 0) return { ratio: null, unavailable: "no-healthy-churn" };

  return { ratio: atRiskRate / healthyRate, unavailable: null };
}

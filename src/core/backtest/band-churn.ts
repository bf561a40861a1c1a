import type { BandKey } from "../band";
import { requireSameLength } from "./argument-error";
import type { Outcome } from "./outcome";

/** Churn in one band: the band's accounts with a churned or retained outcome, and how many churned. */
export interface BandChurn {
  readonly accounts: number;
  readonly churned: number;
  /** churned ÷ accounts, 0–1, or null when the band has no account with an outcome. */
  readonly churnRate: number | null;
}

/** Churn in each band. */
export type ChurnByBand = Readonly<Record<BandKey, BandChurn>>;

/**
 * Counts the accounts and churned accounts of each band, over the accounts with a band and a
 * churned or retained outcome.
 *
 * Cost: O(n).
 *
 * @param bands each account's band, null for an account without a composite
 * @param outcomes each account's outcome, in the same order
 * @throws InvalidArgumentError when the arrays differ in length
 * @returns the churn of the Healthy, Watch and At-risk bands
 * @example churnByBand(["healthy", "atRisk", "atRisk"], ["retained", "churned", "retained"]).atRisk
 *   // { accounts: 2, churned: 1, churnRate: 0.5 }
 */
export function churnByBand(bands: readonly (BandKey | null)[], outcomes: readonly Outcome[]): ChurnByBand {
  requireSameLength("outcomes", outcomes, bands.length);

  const accounts: Record<BandKey, number> = { healthy: 0, watch: 0, atRisk: 0 };
  const churned: Record<BandKey, number> = { healthy: 0, watch: 0, atRisk: 0 };
  bands.forEach((band, index) => {
    const outcome = outcomes[index];
    if (band === null || (outcome !== "churned" && outcome !== "retained")) return;

    accounts[band]++;
    if (outcome === "churned") churned[band]++;
  });

  return {
    healthy: bandChurn(accounts.healthy, churned.healthy),
    watch: bandChurn(accounts.watch, churned.watch),
    atRisk: bandChurn(accounts.atRisk, churned.atRisk),
  };
}

function bandChurn(accounts: number, churned: number): BandChurn {
  return { accounts, churned, churnRate: accounts === 0 ? null : churned / accounts };
}

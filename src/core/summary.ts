import type { BandKey } from "./band";
import type { Issue } from "./issues";
import { PILLARS, perPillar, type PerPillar, type Pillar } from "./pillars";
import type { PortfolioScores } from "./score";

/** A portfolio at a glance: what the CLI prints and the pane's preview compares. */
export interface PortfolioSummary {
  readonly accounts: number;
  /** Accounts per band, best band first. */
  readonly perBand: readonly { readonly band: BandKey; readonly label: string; readonly count: number }[];
  /** Accounts whose coverage is below the model's minimum. */
  readonly insufficient: number;
  /** The mean of each pillar over the accounts with data; null when no account has that pillar. */
  readonly pillarAverages: PerPillar<number | null>;
  /** How often each pillar is the driver, most frequent first; pillars never the driver are left out. */
  readonly topDrivers: readonly { readonly pillar: Pillar; readonly count: number }[];
  readonly issues: readonly Issue[];
}

const BAND_ORDER: readonly BandKey[] = ["healthy", "watch", "atRisk"];

/** Summarises a scored portfolio: band counts, insufficient-data count, pillar averages and drivers. */
export function summarizePortfolio(portfolio: PortfolioScores): PortfolioSummary {
  const bandCounts: Record<BandKey, number> = { healthy: 0, watch: 0, atRisk: 0 };
  const driverCounts = perPillar(() => 0);
  const sums = perPillar(() => ({ total: 0, count: 0 }));
  let insufficient = 0;

  for (const account of portfolio.accounts) {
    if (account.band === null) insufficient++;
    else bandCounts[account.band]++;
    if (account.driver !== null) driverCounts[account.driver]++;
    account.pillars.forEach((score, index) => {
      const pillar = PILLARS[index];
      if (score === null || pillar === undefined) return;
      sums[pillar].total += score;
      sums[pillar].count++;
    });
  }

  const labels = portfolio.model.bands.labels;
  return {
    accounts: portfolio.size,
    perBand: BAND_ORDER.map((band) => ({ band, label: labels[band], count: bandCounts[band] })),
    insufficient,
    pillarAverages: perPillar((pillar) => (sums[pillar].count === 0 ? null : sums[pillar].total / sums[pillar].count)),
    topDrivers: PILLARS.filter((pillar) => driverCounts[pillar] > 0)
      .map((pillar) => ({ pillar, count: driverCounts[pillar] }))
      .sort((a, b) => b.count - a.count),
    issues: portfolio.issues,
  };
}

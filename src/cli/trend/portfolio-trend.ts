import type { HealthModel, TrendSettings } from "../../core/model";
import { matchSnapshots, trendOf, type SnapshotMatch, type Trend } from "../../core/trend";
import type { PreviousSnapshot } from "./previous-snapshot";

/** One account's trend, with the earlier score its change is measured from. */
export interface AccountTrend extends Trend {
  /** The last earlier health score that is not null; null when every earlier snapshot lacks one. */
  readonly previous: number | null;
}

/** The match of one previous snapshot against the current accounts. */
export interface SnapshotComparison {
  readonly path: string;
  readonly match: SnapshotMatch;
  /** The model the snapshot was scored with, from its Health Model sheet; null when it has none. */
  readonly model: HealthModel | null;
}

/** The trend of every current account against the previous snapshots. */
export interface PortfolioTrend {
  /** One entry per current account, in row order. */
  readonly accounts: readonly AccountTrend[];
  /** One entry per previous snapshot, oldest first. */
  readonly snapshots: readonly SnapshotComparison[];
}

/**
 * Computes each account's trend from earlier snapshots. Accounts are matched by name with
 * `matchSnapshots` (ignoring case and surrounding spaces), and an account missing from a
 * snapshot counts as having no score there, so the slope skips that period.
 *
 * Cost: O(n × s) for n accounts and s snapshots.
 *
 * @param composites each current account's health score, null for insufficient data
 * @param accountNames each current account's name, null where the row has none
 * @param snapshots the previous snapshots, oldest first
 * @param settings the model's trend window and decline threshold
 */
export function portfolioTrend(
  composites: readonly (number | null)[],
  accountNames: readonly (string | null)[],
  snapshots: readonly PreviousSnapshot[],
  settings: TrendSettings,
): PortfolioTrend {
  const comparisons = snapshots.map((snapshot) => ({ path: snapshot.path, match: matchSnapshots(snapshot.keys, accountNames), model: snapshot.model }));
  const earlier = composites.map(() => new Array<number | null>(snapshots.length).fill(null));
  comparisons.forEach(({ match }, snapshotIndex) => {
    const scores = snapshots[snapshotIndex]?.scores ?? [];
    for (const { previous, current } of match.matched) {
      const series = earlier[current];
      if (series !== undefined) series[snapshotIndex] = scores[previous] ?? null;
    }
  });

  const options = { periods: settings.periods, threshold: settings.declineThreshold };
  const accounts = composites.map((composite, index) => {
    const series = earlier[index] ?? [];
    return { ...trendOf(series, composite, options), previous: lastPresent(series) };
  });
  return { accounts, snapshots: comparisons };
}

function lastPresent(series: readonly (number | null)[]): number | null {
  for (let index = series.length - 1; index >= 0; index--) {
    const score = series[index];
    if (score !== null && score !== undefined) return score;
  }
  return null;
}

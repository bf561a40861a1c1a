import type { BandKey } from "../band";
import type { BacktestWarning } from "../messages/backtest";
import { perPillar, type PerPillar } from "../pillars";
import type { PillarScores } from "../vector";
import { InvalidArgumentError, requireSameLength } from "./argument-error";
import { estimateChurnAuc, type AucEstimate } from "./auc-estimate";
import { churnByBand, type ChurnByBand } from "./band-churn";
import { classSizeWarnings } from "./class-size-warnings";
import { liftOf, type Lift } from "./lift";
import type { Outcome } from "./outcome";

/** Scores and outcomes of a portfolio, one entry per account in every array. */
export interface BacktestInput {
  /** Each account's composite, null when it has insufficient data. */
  readonly composites: readonly (number | null)[];
  readonly pillars: readonly PillarScores[];
  /** Each account's band, null exactly where the composite is null. */
  readonly bands: readonly (BandKey | null)[];
  readonly outcomes: readonly Outcome[];
}

/**
 * The split of the accounts. The five counts add up to `accounts`: an excluded or missing outcome
 * comes first, then a churned or retained account without a composite is unscored, and the
 * rest are churned or retained.
 */
export interface BacktestCounts {
  readonly accounts: number;
  /** Churned accounts with a composite. */
  readonly churned: number;
  /** Retained accounts with a composite. */
  readonly retained: number;
  /** Accounts whose outcome is neither churned nor retained, such as "Joined". */
  readonly excluded: number;
  /** Accounts whose outcome cell is blank or a missing marker. */
  readonly missing: number;
  /** Churned or retained accounts without a composite (insufficient data). */
  readonly unscored: number;
}

/** The measure of how well the health model separated churned from retained accounts. */
export interface BacktestReport {
  readonly counts: BacktestCounts;
  /** AUC of the composite over the churned and retained accounts with a composite; null when a class is empty. */
  readonly composite: AucEstimate | null;
  /** AUC of each pillar, each over the churned and retained accounts with that pillar's score. */
  readonly pillars: PerPillar<AucEstimate | null>;
  readonly bands: ChurnByBand;
  readonly lift: Lift;
  /** Indices (0-based, in input order) of the Healthy accounts that churned anyway. */
  readonly healthyChurned: readonly number[];
  readonly warnings: readonly BacktestWarning[];
}

/**
 * Backtests a health model against real churn: the AUC of the composite and of each pillar,
 * the churn rate per band, lift, and the Healthy accounts that churned. AUC here is the
 * probability that a churned account scores lower than a retained one, so 0.5 is chance and 1
 * is perfect. Warns when there is no churned or no retained account, or fewer than 20 churned.
 *
 * Cost: O(n log n) for n accounts.
 *
 * @throws InvalidArgumentError when the arrays differ in length, or a band is null where the
 *   composite is not (or the reverse)
 * @returns the report; pure, so it changes nothing
 * @example backtest({ composites: [80, 30, 75, 20], pillars, bands: ["healthy", "atRisk", "healthy", "atRisk"],
 *   outcomes: ["retained", "churned", "churned", "retained"] }).composite?.auc // 0.5
 */
export function backtest(input: BacktestInput): BacktestReport {
  const { composites, pillars, bands, outcomes } = input;
  requireSameLength("pillars", pillars, composites.length);
  requireSameLength("bands", bands, composites.length);
  requireSameLength("outcomes", outcomes, composites.length);
  requireBandsMatchComposites(bands, composites);

  const counts = countAccounts(composites, outcomes);
  const byBand = churnByBand(bands, outcomes);
  return {
    counts,
    composite: estimateChurnAuc(composites, outcomes),
    pillars: perPillar((_, index) => estimateChurnAuc(pillars.map((scores) => scores[index] ?? null), outcomes)),
    bands: byBand,
    lift: liftOf(byBand),
    healthyChurned: healthyChurnedIndices(bands, outcomes),
    warnings: classSizeWarnings(counts.churned, counts.retained),
  };
}

function requireBandsMatchComposites(bands: readonly (BandKey | null)[], composites: readonly (number | null)[]): void {
  const mismatch = bands.findIndex((band, index) => (band === null) !== (composites[index] === null));
  if (mismatch >= 0) {
    throw new InvalidArgumentError(`bands[${mismatch}]`, bands[mismatch], `null exactly when composites[${mismatch}] is null`);
  }
}

function countAccounts(composites: readonly (number | null)[], outcomes: readonly Outcome[]): BacktestCounts {
  const counts = { accounts: composites.length, churned: 0, retained: 0, excluded: 0, missing: 0, unscored: 0 };
  outcomes.forEach((outcome, index) => {
    if (outcome === "excluded" || outcome === "missing") counts[outcome]++;
    else if (composites[index] === null) counts.unscored++;
    else counts[outcome]++;
  });
  return counts;
}

function healthyChurnedIndices(bands: readonly (BandKey | null)[], outcomes: readonly Outcome[]): number[] {
  const indices: number[] = [];
  bands.forEach((band, index) => {
    if (band === "healthy" && outcomes[index] === "churned") indices.push(index);
  });
  return indices;
}

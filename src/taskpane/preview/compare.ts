import type { AccountAssessment } from "../../core/account";
import type { BandKey } from "../../core/band";
import type { Bands } from "../../core/model";
import { PILLARS, type Pillar } from "../../core/pillars";

/** A band, or null for accounts with insufficient data. */
export type BandOrInsufficient = BandKey | null;

/** The number of accounts in one band under the saved model and under the draft. */
export interface BandCount {
  readonly band: BandOrInsufficient;
  readonly saved: number;
  readonly draft: number;
}

/** One account whose band differs between the saved model and the draft. */
export interface BandChange {
  /** The sheet row number (1-based) of the account. */
  readonly row: number;
  readonly account: string | null;
  readonly from: BandOrInsufficient;
  readonly to: BandOrInsufficient;
  /** The account's revenue, when a revenue column is known and the cell contains a number. */
  readonly revenue: number | null;
  /** The composite under the draft, or null for insufficient data. */
  readonly composite: number | null;
}

/** How often a pillar is the driver under the saved model and under the draft. */
export interface DriverCount {
  readonly pillar: Pillar;
  readonly saved: number;
  readonly draft: number;
}

/** The draft model's effect on the portfolio, compared with the saved model. */
export interface PortfolioPreview {
  readonly accounts: number;
  /** Healthy, Watch, At risk, then Insufficient data. */
  readonly bands: readonly BandCount[];
  /** Accounts that change band, worst move first (largest drop in band), then by sheet row. */
  readonly changes: readonly BandChange[];
  readonly movedUp: number;
  readonly movedDown: number;
  /** The revenue total of the accounts that change band; null without a revenue column. */
  readonly changedRevenue: number | null;
  /** Driver counts in pillar order. */
  readonly drivers: readonly DriverCount[];
}

/** The inputs `comparePortfolios` needs besides the two assessments. */
export interface PreviewContext {
  readonly accountNames: readonly (string | null)[];
  /** Revenue per data row, or null when no revenue column is known. */
  readonly revenue: readonly (number | null)[] | null;
  readonly firstRowNumber: number;
}

const BAND_ORDER: readonly BandOrInsufficient[] = ["healthy", "watch", "atRisk", null];

/** Ranks bands so a higher number is healthier; insufficient data ranks lowest. */
function bandRank(band: BandOrInsufficient): number {
  if (band === null) return 0;
  return { atRisk: 1, watch: 2, healthy: 3 }[band];
}

/**
 * Compares the accounts assessed under the saved model with the same accounts under the draft:
 * accounts per band in each, the accounts that change band with their revenue total, and how often
 * each pillar is the driver.
 *
 * Cost: O(n + c log c) for n accounts of which c change band.
 *
 * @param saved assessments under the saved model, in row order
 * @param draft assessments of the same rows under the draft model
 * @throws RangeError when the two lists differ in length, which is a programming mistake
 */
export function comparePortfolios(saved: readonly AccountAssessment[], draft: readonly AccountAssessment[], context: PreviewContext): PortfolioPreview {
  if (saved.length !== draft.length) throw new RangeError(`comparePortfolios needs assessments of the same rows; received ${saved.length} and ${draft.length}`);

  const bandCounts = new Map<BandOrInsufficient, { saved: number; draft: number }>(BAND_ORDER.map((band) => [band, { saved: 0, draft: 0 }]));
  const driverCounts = new Map<Pillar, { saved: number; draft: number }>(PILLARS.map((pillar) => [pillar, { saved: 0, draft: 0 }]));
  const changes: BandChange[] = [];
  let movedUp = 0;
  let movedDown = 0;

  draft.forEach((after, index) => {
    const before = saved[index];
    if (before === undefined) return;
    countInto(bandCounts, before.band, after.band);
    if (before.driver !== null) bump(driverCounts, before.driver, "saved");
    if (after.driver !== null) bump(driverCounts, after.driver, "draft");
    if (before.band === after.band) return;

    if (bandRank(after.band) > bandRank(before.band)) movedUp++;
    else movedDown++;
    changes.push({
      row: context.firstRowNumber + index,
      account: context.accountNames[index] ?? null,
      from: before.band,
      to: after.band,
      revenue: context.revenue?.[index] ?? null,
      composite: after.composite,
    });
  });

  changes.sort((a, b) => bandRank(a.to) - bandRank(a.from) - (bandRank(b.to) - bandRank(b.from)) || a.row - b.row);
  return {
    accounts: draft.length,
    bands: BAND_ORDER.map((band) => ({ band, ...(bandCounts.get(band) ?? { saved: 0, draft: 0 }) })),
    changes,
    movedUp,
    movedDown,
    changedRevenue: context.revenue === null ? null : changes.reduce((sum, change) => sum + (change.revenue ?? 0), 0),
    drivers: PILLARS.map((pillar) => ({ pillar, ...(driverCounts.get(pillar) ?? { saved: 0, draft: 0 }) })),
  };
}

function countInto(counts: Map<BandOrInsufficient, { saved: number; draft: number }>, before: BandOrInsufficient, after: BandOrInsufficient): void {
  const savedEntry = counts.get(before);
  if (savedEntry) savedEntry.saved++;
  const draftEntry = counts.get(after);
  if (draftEntry) draftEntry.draft++;
}

function bump(counts: Map<Pillar, { saved: number; draft: number }>, pillar: Pillar, side: "saved" | "draft"): void {
  const entry = counts.get(pillar);
  if (entry) entry[side]++;
}

/** Returns the label of a band under a model's bands, or the insufficient-data label for null. */
export function bandText(band: BandOrInsufficient, bands: Bands, insufficientLabel: string): string {
  return band === null ? insufficientLabel : bands.labels[band];
}

import type { HealthModel } from "../../core/model";
import type { CellValue } from "../../core/table";
import { DECLINING_YES, TREND } from "../messages";
import { modelDifferences } from "./model-differences";
import type { AccountTrend, PortfolioTrend, SnapshotComparison } from "./portfolio-trend";

/** How many declining accounts the summary names before it only counts the rest. */
export const MAX_LISTED_DECLINING = 10;

/** Builds one account's trend cells, in `TREND_COLUMNS` order; a missing value is "" so the cell stays blank. */
export function trendCells(trend: AccountTrend): CellValue[] {
  return [trend.previous ?? "", trend.change ?? "", trend.slope ?? "", trend.declining ? DECLINING_YES : ""];
}

/**
 * Formats the trend section of the `score` summary: the window and threshold used and how each
 * previous snapshot matched. For each snapshot come a line when it was scored with another model
 * version or with none recorded, and a line naming the settings that change scores (weights,
 * metrics, bands, policy, coverage) where its model differs from this one. Then come the declining accounts in row order, the first 10 and a count.
 *
 * @param firstRowNumber the sheet row of the first account, to name accounts by row
 */
export function formatTrendSummary(
  trend: PortfolioTrend,
  model: HealthModel,
  composites: readonly (number | null)[],
  accountNames: readonly (string | null)[],
  firstRowNumber: number,
): string[] {
  const heading = TREND.heading(trend.snapshots.length, model.trend.periods, formatNumber(model.trend.declineThreshold, 1));
  const declining = trend.accounts.flatMap((account, index) => (account.declining ? [index] : []));
  const listed = declining.slice(0, MAX_LISTED_DECLINING).map((index) => {
    const account = trend.accounts[index];
    return TREND.decliningAccount(
      firstRowNumber + index,
      accountNames[index] ?? null,
      formatOptional(composites[index] ?? null, (score) => formatNumber(score, 1)),
      formatOptional(account?.change ?? null, (change) => formatSigned(change, 1)),
      formatOptional(account?.slope ?? null, (slope) => formatSigned(slope, 2)),
    );
  });
  const more = declining.length > MAX_LISTED_DECLINING ? [TREND.moreAccounts(declining.length - MAX_LISTED_DECLINING)] : [];

  return [
    heading,
    ...trend.snapshots.map((snapshot) => matchLine(snapshot, composites.length)),
    ...trend.snapshots.flatMap((snapshot) => modelLines(snapshot, model)),
    "",
    TREND.decliningHeading(declining.length),
    ...listed,
    ...more,
  ];
}

function matchLine(snapshot: SnapshotComparison, accounts: number): string {
  const { match } = snapshot;
  const details = [
    TREND.notInSnapshot(match.unmatchedCurrent.length),
    TREND.notInCurrent(match.unmatchedPrevious.length),
    ...(match.duplicatePrevious.length + match.duplicateCurrent.length > 0 ? [TREND.repeated(match.duplicatePrevious.length + match.duplicateCurrent.length)] : []),
    ...(match.blankPrevious + match.blankCurrent > 0 ? [TREND.blankNames(match.blankPrevious + match.blankCurrent)] : []),
  ];
  return `${TREND.matched(snapshot.path, match.matched.length, accounts)}; ${details.join("; ")}`;
}

function modelLines(snapshot: SnapshotComparison, current: HealthModel): string[] {
  const previous = snapshot.model;
  if (previous === null) return [TREND.versionUnknown(snapshot.path)];

  const differences = modelDifferences(previous, current);
  return [
    ...(previous.version === current.version ? [] : [TREND.versionChanged(snapshot.path, previous.version, current.version)]),
    ...(differences.length === 0 ? [] : [TREND.modelChanged(snapshot.path, differences)]),
  ];
}

function formatNumber(value: number, digits: number): string {
  return value.toFixed(digits);
}

function formatOptional(value: number | null, format: (value: number) => string): string {
  return value === null ? TREND.noValue : format(value);
}

/** Shows a change with its sign, so a drop reads "-12.0", a rise "+3.5" and no change "0.0". */
function formatSigned(value: number, digits: number): string {
  const text = value.toFixed(digits);
  if (Number(text) === 0) return (0).toFixed(digits);
  return value > 0 ? `+${text}` : text;
}

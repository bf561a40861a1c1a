import type { Issue } from "../../core/issues";
import type { HealthModel } from "../../core/model";
import { failed, ok, type Result } from "../../core/result";
import { scorePortfolio } from "../../core/score";
import { findColumn, type Table } from "../../core/table";
import { readIsoDate, readLabel } from "../../core/values";
import type { PillarScores } from "../../core/vector";

/**
 * The pillar scores of every account under one metric mapping. Weights (segment weights
 * included), bands, the missing-data policy, the minimum coverage and overrides do not change
 * them, so the Weights view scores the metrics once and recomputes only composites and bands
 * while the user moves a slider.
 */
export interface PillarCache {
  /** Pillar scores per data row, in row order. */
  readonly pillars: readonly PillarScores[];
  /** Portfolio median of each pillar over the accounts with data, for the `median` policy. */
  readonly medians: PillarScores;
  /** The account column's text per row, or null. */
  readonly accountNames: readonly (string | null)[];
  /** Each row's segment as `readLabel` reads it (trimmed, lower-cased), or null without a segment column or value. */
  readonly segmentLabels: readonly (string | null)[];
  /** The as-of date the metrics were scored against, as an Excel serial day; overrides expire against it. */
  readonly asOfSerial: number;
  /** The sheet row number (1-based) of the first data row. */
  readonly firstRowNumber: number;
  /** Cell problems and pillars without a metric, as the core reported them. */
  readonly issues: readonly Issue[];
}

/**
 * Scores a table's metrics once and keeps each account's pillar scores, segment and name.
 * Segment weight sets and overrides are left out of this run: they change no pillar score.
 *
 * Cost: one `scorePortfolio` run, O(n log n) per population-based metric.
 *
 * @returns the cache, or the core's blocking issues (a missing column, no data rows, invalid weights)
 */
export function buildPillarCache(table: Table, model: HealthModel, options: { readonly asOf?: string } = {}): Result<PillarCache> {
  // Segment weight sets and overrides do not change pillar scores, so an invalid set cannot stop the cache.
  const metricsOnly: HealthModel = { ...model, segmentWeights: {}, overrides: [] };
  const scored = scorePortfolio(table, metricsOnly, options.asOf === undefined ? {} : { asOf: options.asOf });
  if (!scored.ok) return failed(scored.issues);
  const asOfSerial = readIsoDate(scored.value.asOf);
  if (typeof asOfSerial !== "number") return failed([{ code: "invalid-field", path: "asOf", value: scored.value.asOf, allowed: "an ISO date such as 2026-11-30" }]);

  const pillars = scored.value.accounts.map((account) => account.pillars);
  return ok({
    pillars,
    medians: pillarMedians(pillars),
    accountNames: scored.value.accountNames,
    segmentLabels: readSegmentLabels(table, model.segmentColumn),
    asOfSerial,
    firstRowNumber: table.firstRowNumber,
    issues: scored.value.issues,
  });
}

/** Reads each row's segment with the core's `readLabel`, the reading `scorePortfolio` matches segment weight sets by. */
function readSegmentLabels(table: Table, segmentColumn: string | null): (string | null)[] {
  const column = segmentColumn === null ? -1 : findColumn(table.headers, segmentColumn);
  return table.rows.map((row) => (column < 0 ? null : readLabel(row[column] ?? null)));
}

/**
 * Returns each pillar's median over the accounts with data, null where no account has that pillar.
 * NOTE: this repeats the rule of the private `pillarMedians` in src/core/score.ts; exporting that
 * one from the core would remove the copy.
 */
export function pillarMedians(pillars: readonly PillarScores[]): PillarScores {
  const [engagement = null, satisfaction = null, adoption = null, outcomes = null] = [0, 1, 2, 3].map((index) => {
    const present = Float64Array.from(pillars.flatMap((scores) => (scores[index] === null || scores[index] === undefined ? [] : [scores[index]]))).sort();
    if (present.length === 0) return null;
    const middle = present.length >> 1;
    return present.length % 2 === 1 ? (present[middle] ?? null) : ((present[middle - 1] ?? 0) + (present[middle] ?? 0)) / 2;
  });
  return [engagement, satisfaction, adoption, outcomes];
}

/**
 * Returns the part of a model that decides pillar scores, as a string key: two models with the
 * same key share a `PillarCache`.
 */
export function pillarCacheKey(model: HealthModel): string {
  return JSON.stringify([model.metrics, model.segmentColumn, model.accountColumn, model.asOf]);
}

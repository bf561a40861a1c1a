import { pillarColumnMedians } from "../../core/assess-portfolio";
import type { Issue } from "../../core/issues";
import type { HealthModel } from "../../core/model";
import type { PillarColumns } from "../../core/pillar-columns";
import { scorePillars } from "../../core/pillar-scoring";
import { failed, ok, type Result } from "../../core/result";
import type { Table } from "../../core/table";
import type { PillarScores } from "../../core/vector";

/**
 * The pillar scores of every account under one metric mapping. Weights (segment weights
 * included), bands, the missing-data policy, the minimum coverage and overrides do not change
 * them, so the Weights view scores the metrics once and recomputes only composites and bands
 * while the user moves a slider.
 */
export interface PillarCache {
  /** Pillar scores per data row, one column per pillar; NaN where a pillar has no data. */
  readonly pillarColumns: PillarColumns;
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
 * Segment weight sets and overrides change no pillar score, so they play no part here.
 *
 * Cost: one `scorePillars` run, O(n log n) per population-based metric.
 *
 * @returns the cache, or the core's blocking issues (a missing column, no data rows)
 */
export function buildPillarCache(table: Table, model: HealthModel, options: { readonly asOf?: string } = {}): Result<PillarCache> {
  const scored = scorePillars(table, model, options.asOf);
  if (!scored.ok) return failed(scored.issues);

  const { pillarColumns, accountNames, segmentLabels, asOfSerial, issues } = scored.value;
  return ok({ pillarColumns, medians: pillarColumnMedians(pillarColumns), accountNames, segmentLabels, asOfSerial, firstRowNumber: table.firstRowNumber, issues });
}

/**
 * Returns the part of a model that decides pillar scores, as a string key: two models with the
 * same key share a `PillarCache`.
 */
export function pillarCacheKey(model: HealthModel): string {
  return JSON.stringify([model.metrics, model.segmentColumn, model.accountColumn, model.asOf]);
}

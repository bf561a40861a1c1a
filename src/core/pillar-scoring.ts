import type { Issue } from "./issues";
import { readNumberColumnsInto, scoreMetricColumn, type MetricColumnBuffers } from "./metric-column";
import { sortBuffersBytes, sortBuffersIn } from "./methods/bucket-sort";
import { groupRowsBySegment, largestGroup, type RowGroups } from "./methods/population";
import type { HealthModel, Metric } from "./model";
import { emptyPillarColumns, pillarColumnsSize, pillarRowsOf, type PillarColumns } from "./pillar-columns";
import { PILLARS } from "./pillars";
import { failed, ok, type Result } from "./result";
import { findColumn, type Table } from "./table";
import { readIsoDate, readLabel } from "./values";
import type { PillarScores } from "./vector";

/** The metric scores of one metric for every account. */
export interface MetricScores {
  readonly metric: Metric;
  /** Score 0–100 per account; NaN where the value is missing or invalid. */
  readonly scores: Float64Array;
  /** The value that was scored (number, ratio or days since the date); NaN where none. */
  readonly values: Float64Array;
}

/**
 * The pillar scores of every account under one metric mapping, with what assessing them needs.
 * Pillar weights, segment weight sets, bands, the missing-data policy, the minimum coverage and
 * overrides change none of it, so the task pane computes it once and reassesses as sliders move.
 */
export interface PillarScoring {
  readonly metrics: readonly MetricScores[];
  /** Pillar scores per data row, one column per pillar; NaN where a pillar has no data. */
  readonly pillarColumns: PillarColumns;
  /** Pillar scores per data row, in row order; null where a pillar has no data. Built from the columns on first read. */
  readonly pillars: readonly PillarScores[];
  /** The account column's text per row, or null where there is no account column or no value. */
  readonly accountNames: readonly (string | null)[];
  /** Each row's segment as `readLabel` reads it, or null without a segment column or value. */
  readonly segmentLabels: readonly (string | null)[];
  /** The as-of date recency metrics were scored against (ISO), and as an Excel serial day. */
  readonly asOf: string;
  readonly asOfSerial: number;
  /** Cell problems (with their rows) and pillars without a metric. */
  readonly issues: readonly Issue[];
}

/**
 * Scores every metric of a table (population methods sort each column once) and combines them
 * into pillar scores, the weighted mean of the metrics present. Cell problems are reported beside
 * the scores, never turned into 0.
 *
 * Cost: O(n log n) per population-based metric, O(n) per other metric.
 *
 * @param asOf the as-of date for recency metrics (ISO); default the model's, else today (UTC)
 * @returns the pillar scores, or the blocking issues: a column the model names that the table
 *   lacks, a table with no data rows, or an invalid as-of date
 */
export function scorePillars(table: Table, model: HealthModel, asOf?: string): Result<PillarScoring> {
  const blocking = checkTable(table, model);
  if (blocking.length > 0) return failed(blocking);

  const date = asOf ?? model.asOf ?? new Date().toISOString().slice(0, 10);
  const asOfSerial = readIsoDate(date);
  if (typeof asOfSerial !== "number") return failed([{ code: "invalid-field", path: "asOf", value: date, allowed: "an ISO date such as 2026-11-30" }]);

  const segmentLabels = readSegmentLabels(table, model.segmentColumn);
  const segments = segmentGroups(segmentLabels, model.segmentColumn !== null);
  const groups = groupRowsBySegment(table.rows.length, segments);
  const buffers = scoringBuffers(table, model.metrics, groups);
  const scored = model.metrics.map((metric, index) => ({
    metric,
    ...scoreMetricColumn({ metric, table, segments, groups, asOfSerial, buffers: buffers.metrics[index] ?? {} }),
  }));
  const issues: Issue[] = scored.flatMap((metric) => metric.issues);
  for (const pillar of PILLARS) {
    if (!model.metrics.some((metric) => metric.pillar === pillar)) issues.push({ code: "pillar-without-metric", pillar });
  }

  const metrics = scored.map(({ metric, scores, values }) => ({ metric, scores, values }));
  const pillarColumns = pillarScoreColumns(metrics, buffers.pillars);
  let pillars: readonly PillarScores[] | null = null;
  return ok({
    metrics,
    pillarColumns,
    // A getter, so the arrays are built only when a caller reads them.
    get pillars(): readonly PillarScores[] {
      pillars ??= pillarRowsOf(pillarColumns);
      return pillars;
    },
    accountNames: readAccountNames(table, model.accountColumn),
    segmentLabels,
    asOf: date,
    asOfSerial,
    issues,
  });
}

/** The buffers a scoring run writes into, allocated once: see `scoringBuffers`. */
interface ScoringBuffers {
  readonly metrics: MetricColumnBuffers[];
  readonly pillars: PillarColumns;
}

/**
 * Allocates the value and score columns of the number metrics, the sort buffers they share and
 * the pillar columns as views of one buffer, and reads the number columns into them in one
 * pass over the rows.
 *
 * Why one buffer: V8 counts typed arrays as memory outside its heap and starts a full garbage
 * collection whenever that memory grows by about 64 MB, which marks the whole table again. A
 * typed array per column triggered one every few columns at 1,000,000 rows, and separate pillar
 * columns a second one per run.
 */
function scoringBuffers(table: Table, metrics: readonly Metric[], groups: RowGroups): ScoringBuffers {
  const size = table.rows.length;
  const readsNumbers = metrics.map((metric) => metric.method.kind !== "category" && metric.method.kind !== "recency" && metric.method.kind !== "ratio");
  const ranks = metrics.map((metric, index) => readsNumbers[index] === true && metric.method.kind === "percentile");
  const columnCount = readsNumbers.filter(Boolean).length + ranks.filter(Boolean).length;
  const sortCapacity = ranks.includes(true) ? largestGroup(groups) : 0;
  const storage = new ArrayBuffer((columnCount + 4) * size * 8 + sortBuffersBytes(sortCapacity));
  const pillars = emptyPillarColumns(size, storage, columnCount * size * 8);
  const scratch = sortCapacity > 0 ? sortBuffersIn(storage, (columnCount + 4) * size * 8, sortCapacity) : undefined;

  let next = 0;
  const column = (): Float64Array => new Float64Array(storage, size * 8 * next++, size);
  const valueColumns = metrics.map((_, index) => (readsNumbers[index] === true ? column() : null));
  const read = metrics.flatMap((metric, index) => {
    const values = valueColumns[index] ?? null;
    return values === null ? [] : [{ column: metric.column, values, index }];
  });
  const readIssues = readNumberColumnsInto(
    table,
    read.map((entry) => entry.column),
    read.map((entry) => entry.values),
  );
  const issuesOf = new Map(read.map((entry, position) => [entry.index, readIssues[position] ?? []]));

  const metricBuffers = metrics.map((_, index): MetricColumnBuffers => {
    const values = valueColumns[index] ?? null;
    const issues = issuesOf.get(index);
    if (values === null || issues === undefined) return {};
    return ranks[index] === true && scratch !== undefined ? { values, readIssues: issues, scores: column(), scratch } : { values, readIssues: issues };
  });
  return { metrics: metricBuffers, pillars };
}

/** Collects the problems that stop scoring: missing columns and an empty table. */
function checkTable(table: Table, model: HealthModel): Issue[] {
  const issues: Issue[] = [];
  const reported = new Set<string>();
  const requireColumn = (column: string | null, path: string): void => {
    if (column === null) return;
    if (findColumn(table.headers, column) < 0) {
      issues.push({ code: "column-not-found", path, column, allowed: table.headers });
      return;
    }
    // A header that appears twice would silently score the first column twice and never the second.
    const key = column.trim().toLowerCase();
    const repeat = table.headers.findIndex((header, index) => index > findColumn(table.headers, column) && header.trim().toLowerCase() === key);
    if (repeat >= 0 && !reported.has(key)) {
      reported.add(key);
      issues.push({ code: "duplicate-header", column, columnNumber: repeat + 1 });
    }
  };

  model.metrics.forEach((metric, index) => {
    requireColumn(metric.column, `metrics[${index}].column`);
    if (metric.method.kind === "ratio") requireColumn(metric.method.denominator, `metrics[${index}].method.denominator`);
  });
  requireColumn(model.accountColumn, "accountColumn");
  requireColumn(model.segmentColumn, "segmentColumn");
  if (table.rows.length === 0) issues.push({ code: "no-data-rows" });
  return issues;
}

/** Reads each row's segment label; all null without a segment column. */
function readSegmentLabels(table: Table, segmentColumn: string | null): (string | null)[] {
  const column = segmentColumn === null ? -1 : findColumn(table.headers, segmentColumn);
  if (column < 0) return new Array<string | null>(table.rows.length).fill(null);
  return table.rows.map((row) => readLabel(row[column]));
}

/** Numbers each row's segment so rows with the same segment share a population; null without a segment column. */
function segmentGroups(labels: readonly (string | null)[], segmented: boolean): Int32Array | null {
  if (!segmented) return null;
  const ids = new Map<string, number>();
  const groups = new Int32Array(labels.length);
  labels.forEach((label, index) => {
    // Rows with no segment form a population of their own instead of joining another segment's.
    const key = label ?? "\u0000blank";
    let id = ids.get(key);
    if (id === undefined) {
      id = ids.size;
      ids.set(key, id);
    }
    groups[index] = id;
  });
  return groups;
}

/** Computes each account's pillar scores into `columns`: per pillar, the weighted mean of the metric scores present (NaN when none). */
function pillarScoreColumns(metrics: readonly MetricScores[], columns: PillarColumns): PillarColumns {
  const size = pillarColumnsSize(columns);
  PILLARS.forEach((pillar, index) => {
    const members = metrics.filter((scored) => scored.metric.pillar === pillar);
    const column = columns[index as 0 | 1 | 2 | 3];
    for (let row = 0; row < size; row++) column[row] = pillarScoreAt(members, row);
  });
  return columns;
}

/** Returns the weighted mean of one row's present metric scores in one pillar, or NaN when none counts. */
function pillarScoreAt(members: readonly MetricScores[], row: number): number {
  let sum = 0;
  let weight = 0;
  for (let member = 0; member < members.length; member++) {
    const { metric, scores } = members[member] as MetricScores;
    const score = scores[row] ?? NaN;
    if (Number.isNaN(score)) continue;
    sum += metric.weight * score;
    weight += metric.weight;
  }
  // A pillar whose present metrics all weigh 0 has nothing to average, so it counts as missing.
  return weight > 0 ? sum / weight : Number.NaN;
}

function readAccountNames(table: Table, accountColumn: string | null): (string | null)[] {
  const column = accountColumn === null ? -1 : findColumn(table.headers, accountColumn);
  return table.rows.map((row) => {
    const cell = column < 0 ? null : row[column];
    if (cell === null || cell === undefined || cell === "") return null;
    return typeof cell === "object" && !(cell instanceof Date) ? cell.error : String(cell).trim();
  });
}

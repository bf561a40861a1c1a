import { assessAccount, type AccountAssessment, type AssessmentSettings } from "./account";
import type { Issue } from "./issues";
import { scoreMetricColumn } from "./metric-column";
import type { HealthModel, Metric } from "./model";
import { PILLARS } from "./pillars";
import { failed, ok, type Result } from "./result";
import { findColumn, type Table } from "./table";
import { readIsoDate, readLabel } from "./values";
import type { PillarScores, PillarVector } from "./vector";
import { normalizePillarWeights } from "./weights";
import { accountKey, activeOverrides, applyOverride } from "./overrides";

/** Options of a scoring run. */
export interface ScoreOptions {
  /** The as-of date for recency metrics (ISO); default: the model's `asOf`, else today (UTC). */
  readonly asOf?: string;
  /** Called every few thousand accounts during the assessment pass, and once at the end. */
  readonly onProgress?: (done: number, total: number) => void;
}

/** The metric scores of one metric for every account. */
export interface MetricScores {
  readonly metric: Metric;
  /** Score 0–100 per account; NaN where the value is missing or invalid. */
  readonly scores: Float64Array;
  /** The value that was scored (number, ratio or days since the date); NaN where none. */
  readonly values: Float64Array;
}

/** A scored portfolio: one assessment per data row, in row order. */
export interface PortfolioScores {
  readonly model: HealthModel;
  readonly size: number;
  readonly metrics: readonly MetricScores[];
  readonly accounts: readonly AccountAssessment[];
  /** The account column's text per row, or null where there is no account column or no value. */
  readonly accountNames: readonly (string | null)[];
  /** Cell problems (with their rows) and pillars without a metric. */
  readonly issues: readonly Issue[];
  /** The as-of date recency metrics were scored against (ISO). */
  readonly asOf: string;
}

const PROGRESS_EVERY = 10_000;

/**
 * Scores every row of a table against a model: metric scores (population methods sort each
 * column once), pillar scores as weighted means of the metrics present, then one assessment per
 * account. Cell problems are reported beside the scores, never turned into 0.
 *
 * Cost: O(n log n) per population-based metric, O(n) per other metric and per account.
 *
 * @returns the scores, or the blocking issues: a column the model names that the table lacks,
 *   invalid pillar weights, or a table with no data rows
 */
export function scorePortfolio(table: Table, model: HealthModel, options: ScoreOptions = {}): Result<PortfolioScores> {
  const blocking = checkTable(table, model);
  if (blocking.length > 0) return failed(blocking);
  const weights = normalizePillarWeights(PILLARS.map((pillar) => model.pillarWeights[pillar]));
  if (!weights.ok) return failed(weights.issues);
  const segmentWeights = normalizeSegmentWeights(model);
  if (!segmentWeights.ok) return failed(segmentWeights.issues);

  const asOf = options.asOf ?? model.asOf ?? new Date().toISOString().slice(0, 10);
  const asOfSerial = readIsoDate(asOf);
  if (typeof asOfSerial !== "number") return failed([{ code: "invalid-field", path: "asOf", value: asOf, allowed: "an ISO date such as 2026-11-30" }]);

  const segments = segmentGroups(table, model.segmentColumn);
  const metrics = model.metrics.map((metric) => ({ metric, ...scoreMetricColumn({ metric, table, segments, asOfSerial }) }));
  const issues: Issue[] = metrics.flatMap((scored) => scored.issues);
  for (const pillar of PILLARS) {
    if (!model.metrics.some((metric) => metric.pillar === pillar)) issues.push({ code: "pillar-without-metric", pillar });
  }

  const pillarColumns = pillarScoreColumns(table.rows.length, metrics);
  const settings: AssessmentSettings = {
    weights: weights.value,
    bands: model.bands,
    policy: model.missingPolicy,
    minCoverage: model.minCoverage,
    ...(model.missingPolicy === "median" ? { medians: pillarMedians(pillarColumns) } : {}),
  };
  const names = accountNames(table, model.accountColumn);
  const rowSettings = settingsPerRow(table, model, settings, segmentWeights.value, issues);
  const assessed = assessAll(pillarColumns, rowSettings, options.onProgress);
  const accounts = applyOverrides(assessed, names, model, asOfSerial, issues);

  return ok({
    model,
    size: table.rows.length,
    metrics: metrics.map(({ metric, scores, values }) => ({ metric, scores, values })),
    accounts,
    accountNames: names,
    issues,
    asOf,
  });
}

/** Collects the problems that stop scoring: missing columns and an empty table. */
function checkTable(table: Table, model: HealthModel): Issue[] {
  const issues: Issue[] = [];
  const requireColumn = (column: string | null, path: string): void => {
    if (column !== null && findColumn(table.headers, column) < 0) {
      issues.push({ code: "column-not-found", path, column, allowed: table.headers });
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

/** Numbers each row's segment so rows with the same segment share a population; null without a segment column. */
function segmentGroups(table: Table, segmentColumn: string | null): Int32Array | null {
  if (segmentColumn === null) return null;
  const column = findColumn(table.headers, segmentColumn);
  const ids = new Map<string, number>();
  const groups = new Int32Array(table.rows.length);
  table.rows.forEach((row, index) => {
    // Rows with no segment form a population of their own instead of joining another segment's.
    const key = readLabel(row[column]) ?? "\u0000blank";
    let id = ids.get(key);
    if (id === undefined) {
      id = ids.size;
      ids.set(key, id);
    }
    groups[index] = id;
  });
  return groups;
}

/** Computes each pillar's score per account: the weighted mean of its metric scores present (NaN when none). */
function pillarScoreColumns(size: number, metrics: readonly MetricScores[]): PillarVector<Float64Array> {
  const [engagement, satisfaction, adoption, outcomes] = PILLARS.map((pillar) => {
    const members = metrics.filter((scored) => scored.metric.pillar === pillar);
    const column = new Float64Array(size);
    for (let row = 0; row < size; row++) {
      let sum = 0;
      let weight = 0;
      for (const { metric, scores } of members) {
        const score = scores[row] ?? NaN;
        if (Number.isNaN(score)) continue;
        sum += metric.weight * score;
        weight += metric.weight;
      }
      // A pillar whose present metrics all weigh 0 has nothing to average, so it counts as missing.
      column[row] = weight > 0 ? sum / weight : NaN;
    }
    return column;
  });
  return [engagement!, satisfaction!, adoption!, outcomes!];
}

/** Returns the portfolio median of each pillar over the accounts with data (null when none). */
function pillarMedians(columns: PillarVector<Float64Array>): PillarScores {
  const [engagement = null, satisfaction = null, adoption = null, outcomes = null] = columns.map((column) => {
    const present = Float64Array.from(column.filter((score) => !Number.isNaN(score))).sort();
    if (present.length === 0) return null;
    const middle = present.length >> 1;
    return present.length % 2 === 1 ? present[middle]! : (present[middle - 1]! + present[middle]!) / 2;
  });
  return [engagement, satisfaction, adoption, outcomes];
}

/** Normalises each segment's weight set, keyed by the segment label as `readLabel` reads it. */
function normalizeSegmentWeights(model: HealthModel): Result<Map<string, { readonly segment: string; readonly weights: PillarVector<number> }>> {
  const sets = new Map<string, { segment: string; weights: PillarVector<number> }>();
  const issues: Issue[] = [];
  for (const [segment, perPillarWeights] of Object.entries(model.segmentWeights)) {
    const normalized = normalizePillarWeights(PILLARS.map((pillar) => perPillarWeights[pillar]), `segmentWeights.${segment}`);
    if (normalized.ok) sets.set(readLabel(segment) ?? segment, { segment, weights: normalized.value });
    else issues.push(...normalized.issues);
  }
  return issues.length === 0 ? ok(sets) : failed(issues);
}

/**
 * Picks each row's assessment settings: the segment's own pillar weights when the model has a
 * set for the row's segment, the model's weights otherwise. Reports weight sets no row uses.
 */
function settingsPerRow(
  table: Table,
  model: HealthModel,
  base: AssessmentSettings,
  segmentWeights: Map<string, { readonly segment: string; readonly weights: PillarVector<number> }>,
  issues: Issue[],
): (row: number) => AssessmentSettings {
  if (segmentWeights.size === 0 || model.segmentColumn === null) return () => base;

  const column = findColumn(table.headers, model.segmentColumn);
  const perSegment = new Map([...segmentWeights].map(([key, { weights }]) => [key, { ...base, weights }]));
  const used = new Set<string>();
  const labels = table.rows.map((row) => {
    const label = readLabel(row[column]);
    if (label !== null) used.add(label);
    return label;
  });
  for (const [key, { segment }] of segmentWeights) {
    if (!used.has(key)) issues.push({ code: "segment-not-found", path: `segmentWeights.${segment}`, value: segment });
  }
  return (row) => {
    const label = labels[row];
    return (label === null || label === undefined ? undefined : perSegment.get(label)) ?? base;
  };
}

/** Applies the overrides active on the as-of date, and reports those that match no account. */
function applyOverrides(
  accounts: AccountAssessment[],
  names: readonly (string | null)[],
  model: HealthModel,
  asOfSerial: number,
  issues: Issue[],
): AccountAssessment[] {
  if (model.overrides.length === 0) return accounts;

  const active = activeOverrides(model.overrides, asOfSerial);
  const matched = new Set<string>();
  const result = accounts.map((account, row) => {
    const name = names[row];
    const override = name === null || name === undefined ? undefined : active.get(accountKey(name));
    if (override === undefined) return account;
    matched.add(accountKey(override.account));
    return applyOverride(account, override, model.bands);
  });
  model.overrides.forEach((override, index) => {
    if (active.has(accountKey(override.account)) && !matched.has(accountKey(override.account))) {
      issues.push({ code: "override-account-not-found", path: `overrides[${index}]`, value: override.account });
    }
  });
  return result;
}

function assessAll(
  columns: PillarVector<Float64Array>,
  settingsFor: (row: number) => AssessmentSettings,
  onProgress: ScoreOptions["onProgress"],
): AccountAssessment[] {
  const [engagement, satisfaction, adoption, outcomes] = columns;
  const size = engagement.length;
  const accounts = new Array<AccountAssessment>(size);
  const value = (column: Float64Array, row: number): number | null => {
    const score = column[row] ?? NaN;
    return Number.isNaN(score) ? null : score;
  };

  for (let row = 0; row < size; row++) {
    const scores: PillarScores = [value(engagement, row), value(satisfaction, row), value(adoption, row), value(outcomes, row)];
    accounts[row] = assessAccount(scores, settingsFor(row));
    if (onProgress && (row + 1) % PROGRESS_EVERY === 0) onProgress(row + 1, size);
  }
  onProgress?.(size, size);
  return accounts;
}

function accountNames(table: Table, accountColumn: string | null): (string | null)[] {
  const column = accountColumn === null ? -1 : findColumn(table.headers, accountColumn);
  return table.rows.map((row) => {
    const cell = column < 0 ? null : row[column];
    if (cell === null || cell === undefined || cell === "") return null;
    return typeof cell === "object" && !(cell instanceof Date) ? cell.error : String(cell).trim();
  });
}

import type { ColumnRole } from "../../core/automap";
import type { Issue } from "../../core/issues";
import type { Direction, HealthModel, Metric, MetricMethod, MethodKind, NumericMethod } from "../../core/model";
import { readMethod } from "../../core/model-sheet";
import { normalizeModel } from "../../core/normalize-model";
import { PILLARS, type Pillar } from "../../core/pillars";
import { failed, ok, type Result } from "../../core/result";

/** A column's role in the pane's mapping; "denominator" marks the divisor of a ratio metric. */
export type MappingRole = "metric" | "account" | "segment" | "outcome" | "denominator" | "ignored";

/** The roles a user can pick from the Role dropdown, in the order it lists them. */
export const PICKABLE_ROLES: readonly MappingRole[] = ["metric", "account", "segment", "outcome", "ignored"];

/** One row of the Map view: a column, its role, its metric when it is one, and a sample of its values. */
export interface ColumnMapping {
  readonly column: string;
  readonly role: MappingRole;
  readonly metric: Metric | null;
  /** The reason auto-mapping gave, shown until the user changes the row. */
  readonly reason: string;
  readonly sample: readonly string[];
  /** For a denominator: the numerator column of its ratio. */
  readonly numeratorOf: string | null;
}

/**
 * Builds the Map view's rows from a model: each header gets the role the model gives it (account,
 * segment, outcome, the metric on that column, or the denominator of a ratio), and the rest are
 * ignored. Reasons and samples come from the auto-mapping proposal.
 */
export function mappingFromModel(headers: readonly string[], model: HealthModel, proposal: readonly ColumnRole[]): ColumnMapping[] {
  return headers.map((column) => {
    const proposed = proposal.find((role) => role.column === column);
    const base = { column, reason: proposed?.reason ?? "", sample: proposed?.sample ?? [], metric: null, numeratorOf: null };
    const metric = model.metrics.find((candidate) => candidate.column === column);
    if (metric !== undefined) return { ...base, role: "metric", metric };
    if (column === model.accountColumn) return { ...base, role: "account" };
    if (column === model.segmentColumn) return { ...base, role: "segment" };
    if (column === model.outcomeColumn) return { ...base, role: "outcome" };

    const ratio = model.metrics.find((candidate) => candidate.method.kind === "ratio" && candidate.method.denominator === column);
    return ratio === undefined ? { ...base, role: "ignored" } : { ...base, role: "denominator", numeratorOf: ratio.column };
  });
}

/**
 * Builds the draft model from the mapping rows: the metrics in column order, and the account,
 * segment and outcome columns. Weights, bands, policy, coverage and the as-of date come from `settings`.
 */
export function modelFromMapping(mapping: readonly ColumnMapping[], settings: HealthModel): HealthModel {
  const columnWith = (role: MappingRole): string | null => mapping.find((row) => row.role === role)?.column ?? null;
  return {
    ...settings,
    accountColumn: columnWith("account"),
    segmentColumn: columnWith("segment"),
    outcomeColumn: columnWith("outcome"),
    metrics: mapping.flatMap((row) => (row.role === "metric" && row.metric !== null ? [row.metric] : [])),
  };
}

/** Returns the pillars no metric feeds, in pillar order. */
export function pillarsWithoutMetric(mapping: readonly ColumnMapping[]): Pillar[] {
  return PILLARS.filter((pillar) => !mapping.some((row) => row.role === "metric" && row.metric?.pillar === pillar));
}

/**
 * Sets a column's role. Account, segment and outcome belong to one column each, so the column
 * that had the role before becomes ignored. A column made a metric gets a percentile metric on
 * Engagement, higher is better, until the user edits it. A ratio that loses its numerator frees
 * its denominator.
 */
export function setColumnRole(mapping: readonly ColumnMapping[], column: string, role: MappingRole): ColumnMapping[] {
  const single = role === "account" || role === "segment" || role === "outcome";
  const updated = mapping.map((row): ColumnMapping => {
    if (row.column === column) {
      const metric = role === "metric" ? (row.metric ?? defaultMetric(column)) : null;
      return { ...row, role, metric, numeratorOf: null, reason: "" };
    }
    if (single && row.role === role) return { ...row, role: "ignored", reason: "" };
    return row;
  });
  return releaseOrphanDenominators(updated);
}

/** Replaces a metric column's metric; a ratio marks its denominator column and frees an earlier one. */
export function setColumnMetric(mapping: readonly ColumnMapping[], column: string, metric: Metric): ColumnMapping[] {
  const denominator = metric.method.kind === "ratio" ? metric.method.denominator : null;
  const updated = mapping.map((row): ColumnMapping => {
    if (row.column === column) return { ...row, role: "metric", metric, numeratorOf: null, reason: "" };
    if (row.column === denominator) return { ...row, role: "denominator", metric: null, numeratorOf: column, reason: "" };
    return row;
  });
  return releaseOrphanDenominators(updated);
}

/**
 * Builds a ratio metric from two columns (numerator ÷ denominator, such as active users ÷ seats),
 * scored by percentile, higher is better, in the given pillar, and maps it.
 */
export function addRatio(mapping: readonly ColumnMapping[], numerator: string, denominator: string, pillar: Pillar): ColumnMapping[] {
  const method: MetricMethod = { kind: "ratio", denominator, then: { kind: "percentile" } };
  return setColumnMetric(mapping, numerator, { column: numerator, pillar, method, direction: "higher", weight: 1 });
}

function releaseOrphanDenominators(mapping: ColumnMapping[]): ColumnMapping[] {
  return mapping.map((row) => {
    if (row.role !== "denominator") return row;
    const numerator = mapping.find((candidate) => candidate.column === row.numeratorOf);
    const method = numerator?.role === "metric" ? numerator.metric?.method : undefined;
    const stillUsed = method?.kind === "ratio" && method.denominator === row.column;
    return stillUsed ? row : { ...row, role: "ignored", numeratorOf: null };
  });
}

/** Returns the metric a column gets when the user first makes it a metric. */
export function defaultMetric(column: string): Metric {
  return { column, pillar: "Engagement", method: { kind: "percentile" }, direction: "higher", weight: 1 };
}

/**
 * Returns a method of another kind with starting parameters for the user to edit. They are target
 * 0 → 100, scale 1–5, thresholds (0, 0) → (100, 100), and tiers 0 / 50 / 100 cut at 40 and 70.
 * Recency starts at 7 → 90 days, a ratio divides by `denominator` and scores by percentile, and a
 * category scores Yes 100 and No 0.
 */
export function defaultMethod(kind: MethodKind, denominator: string | null): MetricMethod {
  const numeric = (): NumericMethod => ({ kind: "percentile" });
  switch (kind) {
    case "percentile":
    case "zscore":
      return { kind };
    case "minmax":
      return { kind };
    case "target":
      return { kind, floor: 0, target: 100 };
    case "thresholds":
      return { kind, points: [[0, 0], [100, 100]] };
    case "tiers":
      return { kind, cuts: [40, 70], points: [0, 50, 100] };
    case "scale":
      return { kind, low: 1, high: 5 };
    case "category":
      return { kind, scores: { Yes: 100, No: 0 } };
    case "recency":
      return { kind, targetDays: 7, floorDays: 90 };
    case "ratio":
      return { kind, denominator: denominator ?? "", then: numeric() };
  }
}

/**
 * Reads a metric's method from the model sheet's Parameters text (`floor=0; target=100`) and checks
 * the whole metric with `normalizeModel`, so the pane accepts exactly what the sheet accepts.
 *
 * @returns the checked metric, or the issues found
 */
export function metricWithParameters(metric: Metric, kind: MethodKind, parameters: string): Result<Metric> {
  const reading = readMethod(kind, parameters);
  if (reading.problems.length > 0) {
    return failed(reading.problems.map((problem): Issue => ({ code: "invalid-parameter", path: "Parameters", value: problem.value, allowed: problem.allowed })));
  }
  return checkedMetric({ ...metric, method: reading.method as unknown as MetricMethod });
}

/** Checks a metric with `normalizeModel`, which also fixes the direction some parameters imply. */
export function checkedMetric(metric: Metric): Result<Metric> {
  const checked = normalizeModel({ metrics: [metric] });
  if (!checked.ok) return failed(checked.issues);
  const [only] = checked.value.metrics;
  return only === undefined ? failed([]) : ok(only);
}

/** Returns a metric with a new direction. */
export function withDirection(metric: Metric, direction: Direction): Metric {
  return { ...metric, direction };
}

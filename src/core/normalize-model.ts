import type { BandKey } from "./band";
import type { Issue, ModelFieldIssue } from "./issues";
import {
  DEFAULT_BANDS,
  DEFAULT_MIN_COVERAGE,
  DEFAULT_MISSING_POLICY,
  DEFAULT_PILLAR_WEIGHTS,
  DEFAULT_TREND,
  METHOD_KINDS,
  NEW_MODEL_FIELDS,
  MISSING_POLICIES,
  type Bands,
  type ChangeLogEntry,
  type Direction,
  type HealthModel,
  type Metric,
  type MetricMethod,
  type MissingPolicy,
  type NumericMethod,
  type TrendSettings,
} from "./model";
import type { Override } from "./overrides";
import { PILLARS, type PerPillar, type Pillar } from "./pillars";
import { failed, ok, type Result } from "./result";
import { readIsoDate } from "./values";

type Loose = Record<string, unknown>;

const NUMERIC_KINDS = ["percentile", "minmax", "target", "thresholds", "tiers", "zscore", "scale"] as const;

/**
 * Validates a loosely written model (parsed JSON, or a model read from the model sheet) and fills
 * in the defaults: pillar weights 25 each, bands 70 / 40, the `redistribute` policy, minimum
 * coverage 0.5, metric weight 1, direction `higher` unless the method's parameters say otherwise.
 * Every problem is collected in one pass, each with the field's JSON path.
 *
 * @returns the complete model, or every issue found
 */
export function normalizeModel(input: unknown): Result<HealthModel> {
  const issues: Issue[] = [];
  if (!isObject(input)) return failed([{ code: "invalid-field", path: "(model)", value: input, allowed: "a JSON object" }]);

  const model: HealthModel = {
    accountColumn: readColumnName(input, "accountColumn", issues),
    segmentColumn: readColumnName(input, "segmentColumn", issues),
    outcomeColumn: readColumnName(input, "outcomeColumn", issues),
    metrics: readMetrics(input["metrics"], issues),
    pillarWeights: readPillarWeights(input["pillarWeights"], issues),
    bands: readBands(input["bands"], issues),
    missingPolicy: readPolicy(input["missingPolicy"], issues),
    minCoverage: readMinCoverage(input["minCoverage"], issues),
    asOf: readAsOf(input["asOf"], issues),
    segmentWeights: readSegmentWeights(input["segmentWeights"], issues),
    overrides: readOverrides(input["overrides"], issues),
    trend: readTrend(input["trend"], issues),
    version: readVersion(input["version"], issues),
    changeLog: readChangeLog(input["changeLog"], issues),
  };
  if (Object.keys(model.segmentWeights).length > 0 && model.segmentColumn === null) {
    issues.push({ code: "missing-field", path: "segmentColumn", value: null, allowed: "the segment column that segmentWeights refers to" });
  }
  return issues.length === 0 ? ok(model) : failed(issues);
}

function isObject(value: unknown): value is Loose {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isBlank(value: unknown): boolean {
  return value === undefined || value === null || value === "";
}

function readColumnName(input: Loose, key: string, issues: Issue[]): string | null {
  const value = input[key];
  if (isBlank(value)) return null;
  if (typeof value === "string" && value.trim() !== "") return value;
  issues.push({ code: "invalid-field", path: key, value, allowed: "a column header, or null" });
  return null;
}

function readNumber(value: unknown, path: string, issues: Issue[], allowed = "a number"): number | null {
  const parsed = typeof value === "string" && value.trim() !== "" ? Number(value) : value;
  if (typeof parsed === "number" && Number.isFinite(parsed)) return parsed;
  issues.push({ code: isBlank(value) ? "missing-field" : "invalid-field", path, value, allowed });
  return null;
}

function readMetrics(value: unknown, issues: Issue[]): Metric[] {
  if (isBlank(value)) return [];
  if (!Array.isArray(value)) {
    issues.push({ code: "invalid-field", path: "metrics", value, allowed: "a list of metrics" });
    return [];
  }

  const metrics: Metric[] = [];
  const seen = new Set<string>();
  value.forEach((entry, index) => {
    const path = `metrics[${index}]`;
    const metric = readMetric(entry, path, issues);
    if (metric === null) return;

    const key = `${metric.pillar}\u0000${metric.column.trim().toLowerCase()}`;
    if (seen.has(key)) issues.push({ code: "duplicate-metric", path, value: metric.column, allowed: "each column at most once per pillar" });
    seen.add(key);
    metrics.push(metric);
  });
  return metrics;
}

function readMetric(entry: unknown, path: string, issues: Issue[]): Metric | null {
  if (!isObject(entry)) {
    issues.push({ code: "invalid-field", path, value: entry, allowed: "an object with column, pillar and method" });
    return null;
  }
  const before = issues.length;

  const column = entry["column"];
  if (typeof column !== "string" || column.trim() === "") {
    issues.push({ code: isBlank(column) ? "missing-field" : "invalid-field", path: `${path}.column`, value: column, allowed: "a column header" });
  }
  const pillar = readPillar(entry["pillar"], `${path}.pillar`, issues);
  const method = readMethod(entry["method"], `${path}.method`, issues);
  const weight = isBlank(entry["weight"]) ? 1 : readWeight(entry["weight"], `${path}.weight`, issues);
  const direction = readDirection(entry["direction"], method, path, issues);

  if (issues.length > before || typeof column !== "string" || pillar === null || method === null || weight === null || direction === null) return null;
  return { column, pillar, method, direction, weight };
}

function readPillar(value: unknown, path: string, issues: Issue[]): Pillar | null {
  const match = typeof value === "string" ? PILLARS.find((pillar) => pillar.toLowerCase() === value.trim().toLowerCase()) : undefined;
  if (match) return match;
  issues.push({ code: isBlank(value) ? "missing-field" : "unknown-pillar", path, value, allowed: PILLARS });
  return null;
}

function readWeight(value: unknown, path: string, issues: Issue[]): number | null {
  const weight = readNumber(value, path, issues, "a number of 0 or more");
  if (weight === null) return null;
  if (weight >= 0) return weight;
  issues.push({ code: "negative-weight", path, value, allowed: "a number of 0 or more" });
  return null;
}

/** Reads a metric's direction; where the method's parameters imply one, an explicit direction must agree. */
function readDirection(value: unknown, method: MetricMethod | null, path: string, issues: Issue[]): Direction | null {
  const implied = method === null ? null : impliedDirection(method);
  if (isBlank(value)) return implied ?? "higher";
  if (value !== "higher" && value !== "lower") {
    issues.push({ code: "unknown-direction", path: `${path}.direction`, value, allowed: ["higher", "lower"] });
    return null;
  }
  if (implied !== null && implied !== value) {
    issues.push({ code: "direction-conflict", path: `${path}.direction`, value, allowed: `"${implied}", as the method's parameters imply` });
    return null;
  }
  return value;
}

/** Returns the direction a method's parameters fix, or null when the direction field decides. */
export function impliedDirection(method: MetricMethod): Direction | null {
  switch (method.kind) {
    case "target":
      return method.floor > method.target ? "lower" : "higher";
    case "recency":
      return method.targetDays < method.floorDays ? "lower" : "higher";
    case "thresholds":
      return trendOf(method.points.map(([, score]) => score));
    case "tiers":
      return trendOf(method.points);
    case "ratio":
      return impliedDirection(method.then);
    default:
      return null;
  }
}

function trendOf(scores: readonly number[]): Direction | null {
  const first = scores[0];
  const last = scores[scores.length - 1];
  if (first === undefined || last === undefined || first === last) return null;
  return first > last ? "lower" : "higher";
}

function readMethod(value: unknown, path: string, issues: Issue[]): MetricMethod | null {
  if (isBlank(value)) return { kind: "percentile" };
  const spec: Loose | null = typeof value === "string" ? { kind: value } : isObject(value) ? value : null;
  const kind = spec?.["kind"];
  if (spec === null || typeof kind !== "string" || !(METHOD_KINDS as readonly string[]).includes(kind)) {
    issues.push({ code: "unknown-method", path, value: spec === null ? value : kind, allowed: METHOD_KINDS });
    return null;
  }
  return readMethodParameters(kind as MetricMethod["kind"], spec, path, issues);
}

function readMethodParameters(kind: MetricMethod["kind"], spec: Loose, path: string, issues: Issue[]): MetricMethod | null {
  switch (kind) {
    case "percentile":
    case "zscore":
      return { kind };
    case "minmax":
      return readMinMax(spec, path, issues);
    case "target":
      return readTarget(spec, path, issues);
    case "scale":
      return readScale(spec, path, issues);
    case "thresholds":
      return readThresholds(spec, path, issues);
    case "tiers":
      return readTiers(spec, path, issues);
    case "category":
      return readCategory(spec, path, issues);
    case "recency":
      return readRecency(spec, path, issues);
    case "ratio":
      return readRatio(spec, path, issues);
  }
}

function readMinMax(spec: Loose, path: string, issues: Issue[]): MetricMethod | null {
  if (isBlank(spec["min"]) && isBlank(spec["max"])) return { kind: "minmax" };
  const min = readNumber(spec["min"], `${path}.min`, issues, "a number, given together with max");
  const max = readNumber(spec["max"], `${path}.max`, issues, "a number, given together with min");
  if (min === null || max === null) return null;
  if (min >= max) return parameterIssue(issues, `${path}.max`, max, `a number above min (${min})`);
  return { kind: "minmax", min, max };
}

function readTarget(spec: Loose, path: string, issues: Issue[]): MetricMethod | null {
  const floor = readNumber(spec["floor"], `${path}.floor`, issues);
  const target = readNumber(spec["target"], `${path}.target`, issues);
  if (floor === null || target === null) return null;
  if (floor === target) return parameterIssue(issues, `${path}.target`, target, `a number different from the floor (${floor})`);
  return { kind: "target", floor, target };
}

function readScale(spec: Loose, path: string, issues: Issue[]): MetricMethod | null {
  const low = readNumber(spec["low"], `${path}.low`, issues);
  const high = readNumber(spec["high"], `${path}.high`, issues);
  if (low === null || high === null) return null;
  if (low >= high) return parameterIssue(issues, `${path}.high`, high, `a number above low (${low})`);
  return { kind: "scale", low, high };
}

function readRecency(spec: Loose, path: string, issues: Issue[]): MetricMethod | null {
  const targetDays = readNumber(spec["targetDays"], `${path}.targetDays`, issues, "a number of days");
  const floorDays = readNumber(spec["floorDays"], `${path}.floorDays`, issues, "a number of days");
  if (targetDays === null || floorDays === null) return null;
  if (targetDays === floorDays) return parameterIssue(issues, `${path}.floorDays`, floorDays, `a number of days different from targetDays (${targetDays})`);
  return { kind: "recency", targetDays, floorDays };
}

function readThresholds(spec: Loose, path: string, issues: Issue[]): MetricMethod | null {
  const raw = spec["points"];
  if (!Array.isArray(raw) || raw.length === 0) return parameterIssue(issues, `${path}.points`, raw, "a list of [value, score] pairs");

  const points: [number, number][] = [];
  for (const [index, pair] of raw.entries()) {
    const value = Array.isArray(pair) ? readNumber(pair[0], `${path}.points[${index}][0]`, issues) : null;
    const score = Array.isArray(pair) ? readScore(pair[1], `${path}.points[${index}][1]`, issues) : null;
    if (!Array.isArray(pair)) return parameterIssue(issues, `${path}.points[${index}]`, pair, "a [value, score] pair");
    if (value === null || score === null) return null;
    const previous = points[points.length - 1];
    if (previous && value <= previous[0]) return parameterIssue(issues, `${path}.points[${index}][0]`, value, `a value above ${previous[0]} (points ascend by value)`);
    points.push([value, score]);
  }
  return { kind: "thresholds", points };
}

function readTiers(spec: Loose, path: string, issues: Issue[]): MetricMethod | null {
  const cuts = readNumberList(spec["cuts"], `${path}.cuts`, issues);
  const points = readNumberList(spec["points"], `${path}.points`, issues);
  if (cuts === null || points === null) return null;
  if (points.length !== cuts.length + 1) return parameterIssue(issues, `${path}.points`, points, `${cuts.length + 1} scores, one more than the cuts`);
  if (points.some((score) => score < 0 || score > 100)) return parameterIssue(issues, `${path}.points`, points, "scores from 0 to 100");
  const descending = cuts.findIndex((cut, index) => index > 0 && cut <= (cuts[index - 1] ?? cut));
  if (descending > 0) return parameterIssue(issues, `${path}.cuts[${descending}]`, cuts[descending], "cuts in ascending order");

  const labels = spec["labels"];
  if (Array.isArray(labels) && labels.length === points.length && labels.every((label) => typeof label === "string")) {
    return { kind: "tiers", cuts, points, labels };
  }
  return { kind: "tiers", cuts, points };
}

function readNumberList(value: unknown, path: string, issues: Issue[]): number[] | null {
  if (!Array.isArray(value)) return parameterIssue(issues, path, value, "a list of numbers");
  const numbers = value.map((item, index) => readNumber(item, `${path}[${index}]`, issues));
  return numbers.every((item): item is number => item !== null) ? numbers : null;
}

function readScore(value: unknown, path: string, issues: Issue[]): number | null {
  const score = readNumber(value, path, issues, "a score from 0 to 100");
  if (score === null) return null;
  if (score >= 0 && score <= 100) return score;
  return parameterIssue(issues, path, score, "a score from 0 to 100");
}

function readCategory(spec: Loose, path: string, issues: Issue[]): MetricMethod | null {
  const raw = spec["scores"];
  if (!isObject(raw) || Object.keys(raw).length === 0) return parameterIssue(issues, `${path}.scores`, raw, "labels with their scores, e.g. { \"Green\": 100, \"Red\": 0 }");

  const scores: Record<string, number> = {};
  for (const [label, value] of Object.entries(raw)) {
    const score = readScore(value, `${path}.scores.${label}`, issues);
    if (score === null) return null;
    scores[label] = score;
  }
  return { kind: "category", scores };
}

function readRatio(spec: Loose, path: string, issues: Issue[]): MetricMethod | null {
  const denominator = spec["denominator"];
  if (typeof denominator !== "string" || denominator.trim() === "") {
    return parameterIssue(issues, `${path}.denominator`, denominator, "the header of the column to divide by");
  }

  const rawThen = spec["then"] ?? "percentile";
  const thenKind = isObject(rawThen) ? rawThen["kind"] : rawThen;
  if (typeof thenKind !== "string" || !(NUMERIC_KINDS as readonly string[]).includes(thenKind)) {
    return parameterIssue(issues, `${path}.then`, thenKind, NUMERIC_KINDS);
  }
  const then = readMethod(rawThen, `${path}.then`, issues);
  return then === null ? null : { kind: "ratio", denominator, then: then as NumericMethod };
}

function parameterIssue(issues: Issue[], path: string, value: unknown, allowed: ModelFieldIssue["allowed"]): null {
  issues.push({ code: "invalid-parameter", path, value, ...(allowed === undefined ? {} : { allowed }) });
  return null;
}

function readPillarWeights(value: unknown, issues: Issue[], path = "pillarWeights"): PerPillar<number> {
  if (isBlank(value)) return DEFAULT_PILLAR_WEIGHTS;
  const list = Array.isArray(value) ? value : isObject(value) ? PILLARS.map((pillar) => value[pillar]) : null;
  if (list === null || list.length !== PILLARS.length) {
    issues.push({ code: "invalid-field", path, value, allowed: "four weights, one per pillar" });
    return DEFAULT_PILLAR_WEIGHTS;
  }

  const weights = PILLARS.map((pillar, index) => readWeight(list[index], `${path}.${pillar}`, issues) ?? 0);
  if (weights.every((weight) => weight === 0) && list.every((weight) => Number(weight) === 0)) {
    issues.push({ code: "all-zero-weights", path, value, allowed: "at least one weight above 0" });
  }
  const [engagement = 0, satisfaction = 0, adoption = 0, outcomes = 0] = weights;
  return { Engagement: engagement, Satisfaction: satisfaction, Adoption: adoption, Outcomes: outcomes };
}

function readBands(value: unknown, issues: Issue[]): Bands {
  if (isBlank(value)) return DEFAULT_BANDS;
  if (!isObject(value)) {
    issues.push({ code: "invalid-field", path: "bands", value, allowed: "an object with healthy and watch thresholds" });
    return DEFAULT_BANDS;
  }

  const healthy = isBlank(value["healthy"]) ? DEFAULT_BANDS.healthy : readScore(value["healthy"], "bands.healthy", issues);
  const watch = isBlank(value["watch"]) ? DEFAULT_BANDS.watch : readScore(value["watch"], "bands.watch", issues);
  if (healthy !== null && watch !== null && watch >= healthy) {
    issues.push({ code: "bands-out-of-order", path: "bands.watch", value: watch, allowed: `a threshold below the Healthy threshold (${healthy})` });
  }
  return { healthy: healthy ?? DEFAULT_BANDS.healthy, watch: watch ?? DEFAULT_BANDS.watch, labels: readBandLabels(value["labels"], issues) };
}

function readBandLabels(value: unknown, issues: Issue[]): Bands["labels"] {
  if (isBlank(value)) return DEFAULT_BANDS.labels;
  if (!isObject(value)) {
    issues.push({ code: "invalid-field", path: "bands.labels", value, allowed: "an object with healthy, watch and atRisk labels" });
    return DEFAULT_BANDS.labels;
  }

  const label = (key: "healthy" | "watch" | "atRisk"): string => {
    const text = value[key];
    if (isBlank(text)) return DEFAULT_BANDS.labels[key];
    if (typeof text === "string" && text.trim() !== "") return text.trim();
    issues.push({ code: "invalid-field", path: `bands.labels.${key}`, value: text, allowed: "a label" });
    return DEFAULT_BANDS.labels[key];
  };
  return { healthy: label("healthy"), watch: label("watch"), atRisk: label("atRisk") };
}

function readPolicy(value: unknown, issues: Issue[]): MissingPolicy {
  if (isBlank(value)) return DEFAULT_MISSING_POLICY;
  const policy = typeof value === "string" ? MISSING_POLICIES.find((name) => name === value.trim().toLowerCase()) : undefined;
  if (policy) return policy;
  issues.push({ code: "unknown-policy", path: "missingPolicy", value, allowed: MISSING_POLICIES });
  return DEFAULT_MISSING_POLICY;
}

function readMinCoverage(value: unknown, issues: Issue[]): number {
  if (isBlank(value)) return DEFAULT_MIN_COVERAGE;
  const coverage = readNumber(value, "minCoverage", issues, "a share from 0 to 1, e.g. 0.5");
  if (coverage === null) return DEFAULT_MIN_COVERAGE;
  if (coverage >= 0 && coverage <= 1) return coverage;
  issues.push({ code: "invalid-field", path: "minCoverage", value, allowed: "a share from 0 to 1, e.g. 0.5" });
  return DEFAULT_MIN_COVERAGE;
}

function readAsOf(value: unknown, issues: Issue[]): string | null {
  if (isBlank(value)) return null;
  return readIsoDay(value, "asOf", issues, "an ISO date such as 2026-11-30, or null");
}

function readSegmentWeights(value: unknown, issues: Issue[]): Record<string, PerPillar<number>> {
  if (isBlank(value)) return {};
  if (!isObject(value)) {
    issues.push({ code: "invalid-field", path: "segmentWeights", value, allowed: "segment names with four pillar weights each" });
    return {};
  }

  const weights: Record<string, PerPillar<number>> = {};
  for (const [segment, entry] of Object.entries(value)) {
    weights[segment] = readPillarWeights(entry, issues, `segmentWeights.${segment}`);
  }
  return weights;
}

const BAND_KEYS: Readonly<Record<string, BandKey>> = { healthy: "healthy", watch: "watch", atrisk: "atRisk", "at risk": "atRisk" };

function readOverrides(value: unknown, issues: Issue[]): Override[] {
  if (isBlank(value)) return [];
  if (!Array.isArray(value)) {
    issues.push({ code: "invalid-field", path: "overrides", value, allowed: "a list of overrides" });
    return [];
  }
  return value.flatMap((entry, index) => {
    const override = readOverride(entry, `overrides[${index}]`, issues);
    return override === null ? [] : [override];
  });
}

function readOverride(entry: unknown, path: string, issues: Issue[]): Override | null {
  if (!isObject(entry)) {
    issues.push({ code: "invalid-field", path, value: entry, allowed: "an object with account, band or score, reason, owner and expires" });
    return null;
  }
  const before = issues.length;
  const text = (key: string, allowed: string): string => {
    const field = entry[key];
    if (typeof field === "string" && field.trim() !== "") return field.trim();
    issues.push({ code: isBlank(field) ? "missing-field" : "invalid-field", path: `${path}.${key}`, value: field, allowed });
    return "";
  };

  const account = text("account", "the account's name as the account column holds it");
  const band = readOverrideBand(entry["band"], `${path}.band`, issues);
  const score = isBlank(entry["score"]) ? null : readScore(entry["score"], `${path}.score`, issues);
  if (band === null && score === null && isBlank(entry["band"]) && isBlank(entry["score"])) {
    issues.push({ code: "missing-field", path: `${path}.band`, value: null, allowed: "a band or a score to show instead of the computed one" });
  }
  const reason = text("reason", "why the computed value is overridden");
  const owner = text("owner", "who set the override");
  const expires = readIsoDay(entry["expires"], `${path}.expires`, issues, "the last day the override applies, as an ISO date");
  if (issues.length > before || expires === null) return null;
  return { account, band, score, reason, owner, expires };
}

function readOverrideBand(value: unknown, path: string, issues: Issue[]): BandKey | null {
  if (isBlank(value)) return null;
  const band = typeof value === "string" ? BAND_KEYS[value.trim().toLowerCase()] : undefined;
  if (band !== undefined) return band;
  issues.push({ code: "invalid-field", path, value, allowed: ["Healthy", "Watch", "At risk"] });
  return null;
}

function readTrend(value: unknown, issues: Issue[]): TrendSettings {
  if (isBlank(value)) return DEFAULT_TREND;
  if (!isObject(value)) {
    issues.push({ code: "invalid-field", path: "trend", value, allowed: "an object with periods and declineThreshold" });
    return DEFAULT_TREND;
  }

  const periods = isBlank(value["periods"]) ? DEFAULT_TREND.periods : readNumber(value["periods"], "trend.periods", issues, "a whole number of snapshots, 2 or more");
  const threshold = isBlank(value["declineThreshold"])
    ? DEFAULT_TREND.declineThreshold
    : readNumber(value["declineThreshold"], "trend.declineThreshold", issues, "a number of points above 0");
  if (periods !== null && !(Number.isInteger(periods) && periods >= 2)) {
    issues.push({ code: "invalid-field", path: "trend.periods", value: periods, allowed: "a whole number of snapshots, 2 or more" });
  }
  if (threshold !== null && !(threshold > 0)) {
    issues.push({ code: "invalid-field", path: "trend.declineThreshold", value: threshold, allowed: "a number of points above 0" });
  }
  return { periods: periods ?? DEFAULT_TREND.periods, declineThreshold: threshold ?? DEFAULT_TREND.declineThreshold };
}

function readVersion(value: unknown, issues: Issue[]): number {
  if (isBlank(value)) return NEW_MODEL_FIELDS.version;
  const version = readNumber(value, "version", issues, "a whole number of 1 or more");
  if (version !== null && Number.isInteger(version) && version >= 1) return version;
  if (version !== null) issues.push({ code: "invalid-field", path: "version", value, allowed: "a whole number of 1 or more" });
  return NEW_MODEL_FIELDS.version;
}

function readChangeLog(value: unknown, issues: Issue[]): ChangeLogEntry[] {
  if (isBlank(value)) return [];
  if (!Array.isArray(value)) {
    issues.push({ code: "invalid-field", path: "changeLog", value, allowed: "a list of changes" });
    return [];
  }
  return value.flatMap((entry, index): ChangeLogEntry[] => {
    const path = `changeLog[${index}]`;
    if (!isObject(entry)) {
      issues.push({ code: "invalid-field", path, value: entry, allowed: "an object with version, date, author and change" });
      return [];
    }
    const version = readNumber(entry["version"], `${path}.version`, issues, "the version the change produced");
    const date = readIsoDay(entry["date"], `${path}.date`, issues, "the day of the change, as an ISO date");
    const author = typeof entry["author"] === "string" ? entry["author"] : "";
    const change = typeof entry["change"] === "string" ? entry["change"] : "";
    return version === null || date === null ? [] : [{ version, date, author, change }];
  });
}

function readIsoDay(value: unknown, path: string, issues: Issue[], allowed: string): string | null {
  if (typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value.trim()) && readIsoDate(value.trim()) !== "invalid") return value.trim();
  issues.push({ code: isBlank(value) ? "missing-field" : "invalid-field", path, value, allowed });
  return null;
}

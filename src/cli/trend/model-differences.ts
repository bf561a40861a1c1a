import type { HealthModel, Metric, MetricMethod } from "../../core/model";
import { PILLARS, type PerPillar } from "../../core/pillars";
import { MODEL_DIFFERENCES } from "../messages";

/** How far apart two weight shares may be and still count as equal; they come from sums of decimals. */
const SHARE_TOLERANCE = 1e-9;

/**
 * Compares two models on the settings that change scores. These are the segment column, the
 * metrics (column, pillar, method and its parameters, direction, weight as a share of its
 * pillar), the pillar and segment weights, the band thresholds, the missing-data policy and the
 * minimum coverage. Weights are compared as shares of their total, because scaling every weight
 * of a set changes no score, and are shown as written. Band labels, the as-of date, overrides,
 * trend settings, the version and the change log are not compared.
 *
 * @returns one phrase per difference, worded by `MODEL_DIFFERENCES`, e.g.
 *   "pillar weights 25/25/25/25 → 70/10/10/10"; empty when the scores cannot differ by model
 */
export function modelDifferences(previous: HealthModel, current: HealthModel): string[] {
  const differences: string[] = [];
  if (!sameName(previous.segmentColumn, current.segmentColumn)) {
    differences.push(MODEL_DIFFERENCES.segmentColumn(previous.segmentColumn, current.segmentColumn));
  }
  differences.push(...metricDifferences(previous.metrics, current.metrics));
  if (!sameShares(previous.pillarWeights, current.pillarWeights)) {
    differences.push(MODEL_DIFFERENCES.pillarWeights(weightText(previous.pillarWeights), weightText(current.pillarWeights)));
  }
  differences.push(...segmentWeightDifferences(previous.segmentWeights, current.segmentWeights));

  const before = previous.bands;
  const after = current.bands;
  if (before.healthy !== after.healthy || before.watch !== after.watch) {
    differences.push(MODEL_DIFFERENCES.bands(`${numberText(before.healthy)}/${numberText(before.watch)}`, `${numberText(after.healthy)}/${numberText(after.watch)}`));
  }
  if (previous.missingPolicy !== current.missingPolicy) differences.push(MODEL_DIFFERENCES.missingPolicy(previous.missingPolicy, current.missingPolicy));
  if (previous.minCoverage !== current.minCoverage) differences.push(MODEL_DIFFERENCES.minCoverage(previous.minCoverage, current.minCoverage));
  return differences;
}

/** Pairs metrics by column (ignoring case and surrounding spaces, in order when a column repeats) and words each change. */
function metricDifferences(previous: readonly Metric[], current: readonly Metric[]): string[] {
  const unmatched = [...previous.entries()];
  const differences: string[] = [];
  for (const metric of current) {
    const at = unmatched.findIndex(([, candidate]) => sameName(candidate.column, metric.column));
    if (at < 0) {
      differences.push(MODEL_DIFFERENCES.metricAdded(metric.column));
      continue;
    }
    const [, before] = unmatched.splice(at, 1)[0] ?? [0, metric];
    const changes = metricChanges(before, weightShare(before, previous), metric, weightShare(metric, current));
    if (changes.length > 0) differences.push(MODEL_DIFFERENCES.metricChanged(metric.column, changes));
  }
  for (const [, metric] of unmatched) differences.push(MODEL_DIFFERENCES.metricRemoved(metric.column));
  return differences;
}

function metricChanges(before: Metric, beforeShare: number, after: Metric, afterShare: number): string[] {
  const changes: string[] = [];
  if (before.pillar !== after.pillar) changes.push(MODEL_DIFFERENCES.pillar(before.pillar, after.pillar));
  if (before.method.kind !== after.method.kind) changes.push(MODEL_DIFFERENCES.method(before.method.kind, after.method.kind));
  else if (canonicalJson(before.method) !== canonicalJson(after.method)) changes.push(MODEL_DIFFERENCES.methodSettings(after.method.kind));
  if (before.direction !== after.direction) changes.push(MODEL_DIFFERENCES.direction(before.direction, after.direction));
  // A sibling's new weight moves this share too, so only a metric whose own weight changed is named.
  if (before.weight !== after.weight && Math.abs(beforeShare - afterShare) > SHARE_TOLERANCE) changes.push(MODEL_DIFFERENCES.metricWeight(numberText(before.weight), numberText(after.weight)));
  return changes;
}

/** Returns a metric's weight as a share of its pillar's metric weights, which is what scoring uses. */
function weightShare(metric: Metric, metrics: readonly Metric[]): number {
  const total = metrics.filter((other) => other.pillar === metric.pillar).reduce((sum, other) => sum + other.weight, 0);
  return total === 0 ? 0 : metric.weight / total;
}

function segmentWeightDifferences(previous: Readonly<Record<string, PerPillar<number>>>, current: Readonly<Record<string, PerPillar<number>>>): string[] {
  const differences: string[] = [];
  for (const [segment, weights] of Object.entries(current)) {
    const before = previous[segment];
    if (before === undefined) differences.push(MODEL_DIFFERENCES.segmentWeightsAdded(segment, weightText(weights)));
    else if (!sameShares(before, weights)) differences.push(MODEL_DIFFERENCES.segmentWeights(segment, weightText(before), weightText(weights)));
  }
  for (const segment of Object.keys(previous)) {
    if (current[segment] === undefined) differences.push(MODEL_DIFFERENCES.segmentWeightsRemoved(segment));
  }
  return differences;
}

/** Tells whether two weight sets give every pillar the same share; sets that sum to 0 are compared as written. */
function sameShares(first: PerPillar<number>, second: PerPillar<number>): boolean {
  const firstTotal = PILLARS.reduce((sum, pillar) => sum + first[pillar], 0);
  const secondTotal = PILLARS.reduce((sum, pillar) => sum + second[pillar], 0);
  if (firstTotal === 0 || secondTotal === 0) return PILLARS.every((pillar) => first[pillar] === second[pillar]);
  return PILLARS.every((pillar) => Math.abs(first[pillar] / firstTotal - second[pillar] / secondTotal) <= SHARE_TOLERANCE);
}

/** Shows pillar weights in pillar order, e.g. "25/25/25/25". */
function weightText(weights: PerPillar<number>): string {
  return PILLARS.map((pillar) => numberText(weights[pillar])).join("/");
}

/** Shows a number with at most two decimals and no trailing zeros, e.g. 33.3333 → "33.33". */
function numberText(value: number): string {
  return String(Number(value.toFixed(2)));
}

function sameName(first: string | null, second: string | null): boolean {
  if (first === null || second === null) return first === second;
  return first.trim().toLowerCase() === second.trim().toLowerCase();
}

/** Serialises a method with its keys sorted and undefined fields left out, so equal settings give equal text. */
function canonicalJson(method: MetricMethod): string {
  return JSON.stringify(method, (_, value: unknown) => {
    if (typeof value !== "object" || value === null || Array.isArray(value)) return value;
    // Object keys are unique, so no two entries compare equal.
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : 1));
    return Object.fromEntries(entries);
  });
}

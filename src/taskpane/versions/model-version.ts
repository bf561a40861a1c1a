import type { HealthModel, Metric } from "../../core/model";
import { modelToSheet } from "../../core/model-sheet";
import { PILLARS, type PerPillar } from "../../core/pillars";
import { toPercentWeights } from "../weights/rebalance";

/** One kind of difference between the model on the sheet and the model about to be written. */
export type ModelChange =
  | { readonly kind: "created" }
  | { readonly kind: "mapping"; readonly added: readonly string[]; readonly removed: readonly string[]; readonly edited: readonly string[]; readonly roles: readonly string[] }
  | { readonly kind: "weights"; readonly before: PerPillar<number>; readonly after: PerPillar<number> }
  | { readonly kind: "segmentWeights"; readonly segments: readonly string[] }
  | { readonly kind: "thresholds"; readonly before: { readonly healthy: number; readonly watch: number }; readonly after: { readonly healthy: number; readonly watch: number } }
  | { readonly kind: "bandLabels" }
  | { readonly kind: "policy"; readonly before: HealthModel["missingPolicy"]; readonly after: HealthModel["missingPolicy"] }
  | { readonly kind: "coverage"; readonly before: number; readonly after: number }
  | { readonly kind: "asOf"; readonly before: string | null; readonly after: string | null }
  | { readonly kind: "other" };

/** The author and day (ISO date) of a model version. */
export interface VersionStamp {
  readonly date: string;
  readonly author: string;
}

/** A model ready to write, with its version and change log decided. */
export interface VersionedModel {
  readonly model: HealthModel;
  /** The changes since the model on the sheet; empty when nothing changed, so nothing was logged. */
  readonly changes: readonly ModelChange[];
}

/**
 * Decides the version of a model about to be written over the model sheet. A first save keeps
 * the draft's version (1 for a new model) and logs that the model was created. A save that
 * changes what the sheet contains raises the sheet's version by one and appends one change-log
 * entry. A save that changes nothing keeps the sheet's version and change log, so applying the
 * same model twice writes the same sheet.
 *
 * "Changes nothing" means both models lay out the same model sheet once version and change log
 * are set aside and weights are scaled to percents, so 1/1/1/1 and 25/25/25/25 count as equal.
 *
 * @param onSheet the model read from the model sheet just before the write; null when there is none
 * @param draft the model to write; its overrides should be the sheet's, which the pane never edits
 * @param stamp the date and author of the entry
 * @param summarize words the changes as the entry's one-line text
 * @returns the model to write and what changed
 */
export function versionModel(onSheet: HealthModel | null, draft: HealthModel, stamp: VersionStamp, summarize: (changes: readonly ModelChange[]) => string): VersionedModel {
  if (onSheet === null) {
    const version = Math.max(1, draft.version);
    const changes: ModelChange[] = [{ kind: "created" }];
    return { model: { ...draft, version, changeLog: [...draft.changeLog, { version, ...stamp, change: summarize(changes) }] }, changes };
  }

  const unchanged = { ...draft, version: onSheet.version, changeLog: onSheet.changeLog };
  if (sameModelSheet(onSheet, draft)) return { model: unchanged, changes: [] };

  const changes = describeChanges(onSheet, draft);
  const version = onSheet.version + 1;
  return { model: { ...unchanged, version, changeLog: [...onSheet.changeLog, { version, ...stamp, change: summarize(changes) }] }, changes };
}

/** Tells whether two models lay out the same model sheet, apart from version, change log and the scale of their weights. */
export function sameModelSheet(a: HealthModel, b: HealthModel): boolean {
  return JSON.stringify(comparableSheet(a)) === JSON.stringify(comparableSheet(b));
}

function comparableSheet(model: HealthModel): unknown {
  const segmentWeights = Object.fromEntries(Object.entries(model.segmentWeights).map(([segment, weights]) => [segment, toPercentWeights(weights)]));
  return modelToSheet({ ...model, pillarWeights: toPercentWeights(model.pillarWeights), segmentWeights, version: 1, changeLog: [] }).cells;
}

/**
 * Lists what differs between two models, in the order the change log words it: mapping,
 * weights, segment weights, thresholds, band labels, policy, coverage, as-of date. A difference
 * in no listed field (such as trend settings) is `other`.
 */
export function describeChanges(before: HealthModel, after: HealthModel): ModelChange[] {
  const changes: ModelChange[] = [];
  const mapping = mappingChange(before, after);
  if (mapping !== null) changes.push(mapping);

  const weightsBefore = toPercentWeights(before.pillarWeights);
  const weightsAfter = toPercentWeights(after.pillarWeights);
  if (PILLARS.some((pillar) => weightsBefore[pillar] !== weightsAfter[pillar])) changes.push({ kind: "weights", before: weightsBefore, after: weightsAfter });

  const segments = changedSegments(before.segmentWeights, after.segmentWeights);
  if (segments.length > 0) changes.push({ kind: "segmentWeights", segments });
  if (before.bands.healthy !== after.bands.healthy || before.bands.watch !== after.bands.watch) {
    changes.push({ kind: "thresholds", before: { healthy: before.bands.healthy, watch: before.bands.watch }, after: { healthy: after.bands.healthy, watch: after.bands.watch } });
  }
  if (JSON.stringify(before.bands.labels) !== JSON.stringify(after.bands.labels)) changes.push({ kind: "bandLabels" });
  if (before.missingPolicy !== after.missingPolicy) changes.push({ kind: "policy", before: before.missingPolicy, after: after.missingPolicy });
  if (before.minCoverage !== after.minCoverage) changes.push({ kind: "coverage", before: before.minCoverage, after: after.minCoverage });
  if (before.asOf !== after.asOf) changes.push({ kind: "asOf", before: before.asOf, after: after.asOf });
  return changes.length === 0 ? [{ kind: "other" }] : changes;
}

function mappingChange(before: HealthModel, after: HealthModel): ModelChange | null {
  const byColumn = (metrics: readonly Metric[]) => new Map(metrics.map((metric) => [metric.column, JSON.stringify(metric)]));
  const old = byColumn(before.metrics);
  const next = byColumn(after.metrics);
  const added = [...next.keys()].filter((column) => !old.has(column));
  const removed = [...old.keys()].filter((column) => !next.has(column));
  const edited = [...next.keys()].filter((column) => old.has(column) && old.get(column) !== next.get(column));
  const roles = (["accountColumn", "segmentColumn", "outcomeColumn"] as const).filter((field) => before[field] !== after[field]).map((field) => after[field] ?? before[field] ?? "");

  if (added.length + removed.length + edited.length + roles.length === 0) return null;
  return { kind: "mapping", added, removed, edited, roles };
}

function changedSegments(before: HealthModel["segmentWeights"], after: HealthModel["segmentWeights"]): string[] {
  const segments = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...segments].filter((segment) => {
    const old = before[segment];
    const next = after[segment];
    return old === undefined || next === undefined || JSON.stringify(toPercentWeights(old)) !== JSON.stringify(toPercentWeights(next));
  });
}

import type { HealthModel } from "../../core/model";
import type { PerPillar } from "../../core/pillars";
import { findColumn, type Table } from "../../core/table";
import { readLabel } from "../../core/values";

/**
 * Lists the segments the Weights view offers. They are the distinct values of the segment
 * column, as first written (trimmed) and in order of first appearance. Any segment that has a
 * weight set but no row comes last, so the user can still remove that set. Values are compared
 * as `readLabel` reads them, ignoring case and surrounding spaces, as `scorePortfolio` does.
 *
 * @returns the segment names; empty when the model has no segment column
 */
export function listSegments(table: Table, model: HealthModel): string[] {
  if (model.segmentColumn === null) return [];
  const column = findColumn(table.headers, model.segmentColumn);
  const seen = new Map<string, string>();
  for (const row of table.rows) {
    const cell = column < 0 ? null : (row[column] ?? null);
    const label = readLabel(cell);
    if (label !== null && !seen.has(label)) seen.set(label, String(cell).trim());
  }
  for (const segment of Object.keys(model.segmentWeights)) {
    const label = readLabel(segment) ?? segment;
    if (!seen.has(label)) seen.set(label, segment);
  }
  return [...seen.values()];
}

/** Finds the key of a segment's weight set, matched as `readLabel` reads both; null when the segment has none. */
export function segmentWeightKey(segmentWeights: HealthModel["segmentWeights"], segment: string): string | null {
  const label = readLabel(segment);
  return Object.keys(segmentWeights).find((key) => readLabel(key) === label) ?? null;
}

/** Returns the weight set a segment is scored with: its own set, else the portfolio weights. */
export function weightsForSegment(model: HealthModel, segment: string | null): PerPillar<number> {
  if (segment === null) return model.pillarWeights;
  const key = segmentWeightKey(model.segmentWeights, segment);
  return key === null ? model.pillarWeights : (model.segmentWeights[key] ?? model.pillarWeights);
}

/** Returns the segment weights with one segment's set replaced, created under the segment's name when it had none. */
export function withSegmentWeights(segmentWeights: HealthModel["segmentWeights"], segment: string, weights: PerPillar<number>): HealthModel["segmentWeights"] {
  const key = segmentWeightKey(segmentWeights, segment) ?? segment;
  return { ...segmentWeights, [key]: weights };
}

/** Returns the segment weights without a segment's set, so the segment uses the portfolio weights again. */
export function withoutSegmentWeights(segmentWeights: HealthModel["segmentWeights"], segment: string): HealthModel["segmentWeights"] {
  const key = segmentWeightKey(segmentWeights, segment);
  if (key === null) return segmentWeights;
  return Object.fromEntries(Object.entries(segmentWeights).filter(([name]) => name !== key));
}

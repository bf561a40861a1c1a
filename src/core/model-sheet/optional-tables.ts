import type { Issue } from "../issues";
import { PILLARS } from "../pillars";
import { isoDateOrRaw, numberOrRaw, textOf } from "./cell-reading";
import type { FoundTable } from "./find-table";
import { BAND_ROW_NAMES } from "./labels";
import { findKey, placeOf, withoutUndefined, type LooseObject } from "./sheet-json";
import type { SheetLocations } from "./sheet-locations";

/**
 * Reads HealthSegmentWeights into `segmentWeights` JSON: one row per segment, its name and a
 * weight per pillar. A row without a segment name, or a segment named twice, is an issue at the
 * Segment cell. Blank or invalid weights are left for `normalizeModel` to report.
 */
export function readSegmentWeights(table: FoundTable, locations: SheetLocations, issues: Issue[]): LooseObject {
  const place = placeOf(table, "segmentWeights");
  locations.segmentWeights = place;

  const weights: LooseObject = {};
  for (const row of table.rows) {
    const [name, ...pillarCells] = row.cells;
    const segment = textOf(name ?? null);
    const cell = locations.cell(place, row.rowNumber, 0);
    if (segment === undefined) {
      issues.push({ code: "missing-field", path: cell, value: null, allowed: "the segment's name as the segment column holds it" });
      continue;
    }
    if (locations.segmentRows.has(segment)) {
      issues.push({ code: "invalid-field", path: cell, value: segment, allowed: "each segment once" });
      continue;
    }

    locations.segmentRows.set(segment, row.rowNumber);
    weights[segment] = Object.fromEntries(PILLARS.map((pillar, index) => [pillar, numberOrRaw(pillarCells[index] ?? null)]));
  }
  return weights;
}

/**
 * Reads HealthOverrides into `overrides` JSON, one override per row. The Band cell may hold the
 * fixed band name (Healthy, Watch, At risk) or the model's own label for it, such as "Red".
 * A date cell in Expires reads as the date it shows.
 *
 * @param labels the band labels read from HealthBands, keyed `healthy`, `watch`, `atRisk`
 */
export function readOverrides(table: FoundTable, locations: SheetLocations, labels: LooseObject): LooseObject[] {
  locations.overrides = placeOf(table, "overrides");

  return table.rows.map((row, index) => {
    locations.overrideRows[index] = row.rowNumber;
    const [account, band, score, reason, owner, expires] = row.cells;
    return withoutUndefined({
      account: textOf(account ?? null),
      band: bandName(textOf(band ?? null), labels),
      score: numberOrRaw(score ?? null),
      reason: textOf(reason ?? null),
      owner: textOf(owner ?? null),
      expires: isoDateOrRaw(expires ?? null) ?? undefined,
    });
  });
}

/** Reads HealthChangeLog into `changeLog` JSON, one change per row; a blank author or change reads as "". */
export function readChangeLog(table: FoundTable, locations: SheetLocations): LooseObject[] {
  locations.changeLog = placeOf(table, "changeLog");

  return table.rows.map((row, index) => {
    locations.changeRows[index] = row.rowNumber;
    const [version, date, author, change] = row.cells;
    return withoutUndefined({
      version: numberOrRaw(version ?? null),
      date: isoDateOrRaw(date ?? null) ?? undefined,
      author: textOf(author ?? null) ?? "",
      change: textOf(change ?? null) ?? "",
    });
  });
}

/** Turns the model's label for a band into the fixed band name `normalizeModel` reads; other text is unchanged. */
function bandName(text: string | undefined, labels: LooseObject): string | undefined {
  if (text === undefined) return undefined;

  const labelTexts = Object.fromEntries(Object.entries(labels).filter((entry): entry is [string, string] => typeof entry[1] === "string"));
  const key = findKey(labelTexts, text);
  return key === undefined ? text : (BAND_ROW_NAMES[key as keyof typeof BAND_ROW_NAMES] ?? text);
}

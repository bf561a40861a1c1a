import type { Issue } from "../issues";
import type { HealthModel } from "../model";
import { normalizeModel } from "../normalize-model";
import { PILLARS } from "../pillars";
import { failed, type Result } from "../result";
import type { CellValue } from "../table";
import { isoDateOrRaw, numberOrRaw, textOf } from "./cell-reading";
import { findTable, type FoundTable } from "./find-table";
import { BAND_ROW_NAMES, SETTING_LABELS, TABLE_HEADERS, TABLE_NAMES } from "./labels";
import { readMethod } from "./parameters";
import { SheetLocations, type SettingKey, type TablePlace } from "./sheet-locations";

type TableKey = keyof typeof TABLE_HEADERS;
type LooseObject = Record<string, unknown>;

const TABLE_KEYS: readonly TableKey[] = ["metrics", "pillarWeights", "bands", "settings"];

/**
 * Reads a model back from the cells of a "Health Model" sheet. The four tables are found by
 * their header rows wherever they sit. Their cells become model JSON that `normalizeModel`
 * checks, and every issue names the sheet cell it came from, e.g. `'Health Model'!B5` for a
 * misspelt pillar. A damaged sheet gives issues and never throws.
 *
 * @param cells the sheet's cells, row-major from A1; rows may have different lengths
 * @returns the model, or every issue found
 */
export function modelFromSheet(cells: readonly (readonly CellValue[])[]): Result<HealthModel> {
  const locations = new SheetLocations();
  const issues: Issue[] = [];
  const tables = findTables(cells, issues);
  if (tables === null) return failed(issues);

  const json = {
    metrics: readMetrics(tables.metrics, locations, issues),
    pillarWeights: readPillarWeights(tables.pillarWeights, locations, issues),
    bands: readBands(tables.bands, locations, issues),
    ...readSettings(tables.settings, locations, issues),
  };
  const normalized = normalizeModel(json);
  if (!normalized.ok) issues.push(...normalized.issues.map((issue) => locations.locate(issue)));
  return issues.length > 0 ? failed(issues) : normalized;
}

/** Finds the four tables; null after reporting each one that is missing. */
function findTables(cells: readonly (readonly CellValue[])[], issues: Issue[]): Record<TableKey, FoundTable> | null {
  const found = new Map<TableKey, FoundTable>();
  for (const key of TABLE_KEYS) {
    const others = TABLE_KEYS.filter((other) => other !== key).map((other) => TABLE_HEADERS[other]);
    const table = findTable(cells, TABLE_HEADERS[key], others);
    if (table === null) {
      issues.push({ code: "missing-field", path: TABLE_NAMES[key], value: null, allowed: `a header row ${TABLE_HEADERS[key].join(" | ")}` });
      continue;
    }
    found.set(key, table);
  }

  const metrics = found.get("metrics");
  const pillarWeights = found.get("pillarWeights");
  const bands = found.get("bands");
  const settings = found.get("settings");
  if (!metrics || !pillarWeights || !bands || !settings) return null;
  return { metrics, pillarWeights, bands, settings };
}

function placeOf(table: FoundTable, key: TableKey): TablePlace {
  return { headerRowNumber: table.headerRowNumber, firstColumnNumber: table.firstColumnNumber, width: TABLE_HEADERS[key].length };
}

function readMetrics(table: FoundTable, locations: SheetLocations, issues: Issue[]): LooseObject[] {
  const place = placeOf(table, "metrics");
  locations.metrics = place;

  return table.rows.map((row, index) => {
    locations.metricRows[index] = row.rowNumber;
    const [column, pillar, method, direction, weight, parameters] = row.cells;
    const reading = readMethod(textOf(method) ?? "percentile", textOf(parameters) ?? "");
    for (const problem of reading.problems) {
      issues.push({ code: "invalid-parameter", path: locations.cell(place, row.rowNumber, 5), value: problem.value, allowed: problem.allowed });
    }
    return withoutUndefined({
      column: textOf(column),
      pillar: textOf(pillar),
      method: reading.method,
      direction: textOf(direction)?.toLowerCase(),
      weight: numberOrRaw(weight),
    });
  });
}

function readPillarWeights(table: FoundTable, locations: SheetLocations, issues: Issue[]): LooseObject {
  const place = placeOf(table, "pillarWeights");
  locations.pillarWeights = place;

  const weights: LooseObject = {};
  for (const row of table.rows) {
    const [name, weight] = row.cells;
    const pillar = PILLARS.find((candidate) => candidate.toLowerCase() === textOf(name)?.toLowerCase());
    if (pillar === undefined) {
      issues.push({ code: "unknown-pillar", path: locations.cell(place, row.rowNumber, 0), value: textOf(name) ?? null, allowed: PILLARS });
      continue;
    }
    locations.pillarWeightRows.set(pillar, row.rowNumber);
    weights[pillar] = numberOrRaw(weight);
  }
  return weights;
}

function readBands(table: FoundTable, locations: SheetLocations, issues: Issue[]): LooseObject {
  const place = placeOf(table, "bands");
  locations.bands = place;

  const thresholds: LooseObject = {};
  const labels: LooseObject = {};
  for (const row of table.rows) {
    const [name, threshold, label] = row.cells;
    const key = findKey(BAND_ROW_NAMES, textOf(name));
    if (key === undefined) {
      issues.push({ code: "invalid-field", path: locations.cell(place, row.rowNumber, 0), value: textOf(name) ?? null, allowed: Object.values(BAND_ROW_NAMES) });
      continue;
    }
    locations.bandRows.set(key, row.rowNumber);
    if (key !== "atRisk") thresholds[key] = numberOrRaw(threshold);
    labels[key] = textOf(label);
  }
  return withoutUndefined({ ...thresholds, labels: withoutUndefined(labels) });
}

function readSettings(table: FoundTable, locations: SheetLocations, issues: Issue[]): LooseObject {
  const place = placeOf(table, "settings");
  locations.settings = place;

  const settings: LooseObject = {};
  for (const row of table.rows) {
    const [name, value] = row.cells;
    const key = findKey(SETTING_LABELS, textOf(name));
    if (key === undefined) {
      issues.push({ code: "invalid-field", path: locations.cell(place, row.rowNumber, 0), value: textOf(name) ?? null, allowed: Object.values(SETTING_LABELS) });
      continue;
    }
    locations.settingRows.set(key, row.rowNumber);
    settings[key] = readSetting(key, value ?? null);
  }
  return settings;
}

function readSetting(key: SettingKey, value: CellValue): unknown {
  switch (key) {
    case "missingPolicy":
      return textOf(value)?.toLowerCase();
    case "minCoverage":
      return numberOrRaw(value);
    case "asOf":
      return isoDateOrRaw(value);
    case "accountColumn":
    case "segmentColumn":
    case "outcomeColumn":
      return textOf(value) ?? null;
  }
}

/** Returns the key whose label matches the text, ignoring case. */
function findKey<K extends string>(labels: Readonly<Record<K, string>>, text: string | undefined): K | undefined {
  const wanted = text?.toLowerCase();
  return (Object.keys(labels) as K[]).find((key) => labels[key].toLowerCase() === wanted);
}

/** Drops blank fields so `normalizeModel` fills in its defaults for them. */
function withoutUndefined(object: LooseObject): LooseObject {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined));
}

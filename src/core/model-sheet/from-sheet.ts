import type { Issue } from "../issues";
import type { HealthModel } from "../model";
import { normalizeModel } from "../normalize-model";
import { PILLARS } from "../pillars";
import { failed, type Result } from "../result";
import type { CellValue } from "../table";
import { isoDateOrRaw, numberOrRaw, textOf } from "./cell-reading";
import { findTable, type FoundTable } from "./find-table";
import { BAND_ROW_NAMES, SETTING_LABELS, TABLE_HEADERS, TABLE_NAMES } from "./labels";
import { readChangeLog, readOverrides, readSegmentWeights } from "./optional-tables";
import { readMethod } from "./parameters";
import { findKey, placeOf, withoutUndefined, type LooseObject, type TableKey } from "./sheet-json";
import { SETTING_PATHS, SheetLocations, type SettingKey } from "./sheet-locations";

/** The tables every model sheet has. */
const REQUIRED_TABLES = ["metrics", "pillarWeights", "bands", "settings"] as const;
type RequiredTable = (typeof REQUIRED_TABLES)[number];

/** The tables added later; a sheet without them reads with their defaults (none, none, empty). */
const OPTIONAL_TABLES = ["segmentWeights", "overrides", "changeLog"] as const;
type OptionalTable = (typeof OPTIONAL_TABLES)[number];

const ALL_TABLES: readonly TableKey[] = [...REQUIRED_TABLES, ...OPTIONAL_TABLES];

/**
 * Reads a model back from the cells of a "Health Model" sheet. The tables are found by their
 * header rows wherever they sit. HealthMetrics, HealthPillarWeights, HealthBands and
 * HealthSettings are required. HealthSegmentWeights, HealthOverrides and HealthChangeLog may be
 * absent, as on sheets written before they existed, or hold only their header row. The cells
 * become model JSON that `normalizeModel` checks, and every issue names the sheet cell it came
 * from, e.g. `'Health Model'!B5` for a misspelt pillar. A damaged sheet gives issues and never
 * throws.
 *
 * @param cells the sheet's cells, row-major from A1; rows may have different lengths
 * @returns the model, or every issue found
 */
export function modelFromSheet(cells: readonly (readonly CellValue[])[]): Result<HealthModel> {
  const locations = new SheetLocations();
  const issues: Issue[] = [];
  const tables = findRequiredTables(cells, issues);
  if (tables === null) return failed(issues);
  const optional = findOptionalTables(cells);

  const metrics = readMetrics(tables.metrics, locations, issues);
  const pillarWeights = readPillarWeights(tables.pillarWeights, locations, issues);
  const bands = readBands(tables.bands, locations, issues);
  const json: LooseObject = { metrics, pillarWeights, bands, ...readSettings(tables.settings, locations, issues) };
  if (optional.segmentWeights) json["segmentWeights"] = readSegmentWeights(optional.segmentWeights, locations, issues);
  if (optional.overrides) json["overrides"] = readOverrides(optional.overrides, locations, bandLabels(bands));
  if (optional.changeLog) json["changeLog"] = readChangeLog(optional.changeLog, locations);
  const normalized = normalizeModel(json);
  if (!normalized.ok) issues.push(...normalized.issues.map((issue) => locations.locate(issue)));
  return issues.length > 0 ? failed(issues) : normalized;
}

/** Finds one table; the header row of any other table ends its data rows. */
function findModelTable(cells: readonly (readonly CellValue[])[], key: TableKey): FoundTable | null {
  const others = ALL_TABLES.filter((other) => other !== key).map((other) => TABLE_HEADERS[other]);
  return findTable(cells, TABLE_HEADERS[key], others);
}

/** Finds the four required tables; null after reporting each one that is missing. */
function findRequiredTables(cells: readonly (readonly CellValue[])[], issues: Issue[]): Record<RequiredTable, FoundTable> | null {
  const found = new Map<RequiredTable, FoundTable>();
  for (const key of REQUIRED_TABLES) {
    const table = findModelTable(cells, key);
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

function findOptionalTables(cells: readonly (readonly CellValue[])[]): Partial<Record<OptionalTable, FoundTable>> {
  const found: Partial<Record<OptionalTable, FoundTable>> = {};
  for (const key of OPTIONAL_TABLES) {
    const table = findModelTable(cells, key);
    if (table !== null) found[key] = table;
  }
  return found;
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
    setAtPath(settings, SETTING_PATHS[key], readSetting(key, value ?? null));
  }
  return settings;
}

/** Sets a value at a dotted JSON path such as `trend.periods`, creating the objects on the way. */
function setAtPath(target: LooseObject, path: string, value: unknown): void {
  const [head = path, ...rest] = path.split(".");
  if (rest.length === 0) {
    target[head] = value;
    return;
  }
  const inner = target[head];
  const child: LooseObject = typeof inner === "object" && inner !== null ? (inner as LooseObject) : {};
  target[head] = child;
  setAtPath(child, rest.join("."), value);
}

/** Returns the band labels read from HealthBands, so an override may name its band by the model's label. */
function bandLabels(bands: LooseObject): LooseObject {
  const labels = bands["labels"];
  return typeof labels === "object" && labels !== null ? (labels as LooseObject) : {};
}

function readSetting(key: SettingKey, value: CellValue): unknown {
  switch (key) {
    case "missingPolicy":
      return textOf(value)?.toLowerCase();
    case "minCoverage":
    case "version":
    case "trendPeriods":
    case "declineThreshold":
      return numberOrRaw(value);
    case "asOf":
      return isoDateOrRaw(value);
    case "accountColumn":
    case "segmentColumn":
    case "outcomeColumn":
      return textOf(value) ?? null;
  }
}


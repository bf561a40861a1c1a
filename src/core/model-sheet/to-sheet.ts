import type { ChangeLogEntry, HealthModel, Metric } from "../model";
import type { Override } from "../overrides";
import { PILLARS } from "../pillars";
import type { CellValue } from "../table";
import { cellAddress, rangeAddress } from "./address";
import { BAND_ROW_NAMES, MODEL_SHEET_NAME, RANGE_NAMES, SETTING_LABELS, TABLE_HEADERS, TABLE_NAMES } from "./labels";
import { formatParameters } from "./parameters";
import type { ModelSheet, SheetName, SheetTable } from "./types";

/** Grows the grid row by row and records where each table lands. */
class SheetBuilder {
  readonly cells: CellValue[][] = [];
  readonly tables: SheetTable[] = [];

  /** The 1-based row number the next row will get. */
  get nextRow(): number {
    return this.cells.length + 1;
  }

  addRow(row: readonly CellValue[]): void {
    this.cells.push([...row]);
  }

  /** Adds a header row and its data rows as a table; returns the header's row number. */
  addTable(name: string, headers: readonly string[], rows: readonly (readonly CellValue[])[]): number {
    const top = this.nextRow;
    this.addRow(headers);
    rows.forEach((row) => this.addRow(row));
    this.tables.push({ name, range: rangeAddress(top, 1, this.nextRow - 1, headers.length), headers: [...headers] });
    return top;
  }
}

/**
 * Lays out a model as the "Health Model" sheet: the title in A1, then the tables HealthMetrics,
 * HealthPillarWeights, HealthBands, HealthSettings, HealthSegmentWeights, HealthOverrides and
 * HealthChangeLog, one blank row apart, and the defined names HealthWeights, HealthThresholds,
 * HealthPolicy, HealthMinCoverage and HealthMetricMap. `modelFromSheet` reads the cells back to
 * an equal model.
 *
 * @returns the cells from A1, the tables and the names, with A1 ranges that carry no sheet name
 */
export function modelToSheet(model: HealthModel): ModelSheet {
  const sheet = new SheetBuilder();
  sheet.addRow([MODEL_SHEET_NAME]);
  sheet.addRow([]);

  const metricsTop = sheet.addTable(TABLE_NAMES.metrics, TABLE_HEADERS.metrics, atLeastOneRow(model.metrics.map(metricRow), TABLE_HEADERS.metrics));
  const metricsBottom = sheet.nextRow - 1;
  sheet.addRow([]);

  const weightsTop = sheet.addTable(TABLE_NAMES.pillarWeights, TABLE_HEADERS.pillarWeights, PILLARS.map((pillar) => [pillar, model.pillarWeights[pillar]]));
  sheet.addRow([]);

  const { bands } = model;
  const bandsTop = sheet.addTable(TABLE_NAMES.bands, TABLE_HEADERS.bands, [
    [BAND_ROW_NAMES.healthy, bands.healthy, bands.labels.healthy],
    [BAND_ROW_NAMES.watch, bands.watch, bands.labels.watch],
    [BAND_ROW_NAMES.atRisk, null, bands.labels.atRisk],
  ]);
  sheet.addRow([]);

  const settingsTop = sheet.addTable(TABLE_NAMES.settings, TABLE_HEADERS.settings, [
    [SETTING_LABELS.missingPolicy, model.missingPolicy],
    [SETTING_LABELS.minCoverage, model.minCoverage],
    [SETTING_LABELS.accountColumn, model.accountColumn],
    [SETTING_LABELS.segmentColumn, model.segmentColumn],
    [SETTING_LABELS.outcomeColumn, model.outcomeColumn],
    [SETTING_LABELS.asOf, model.asOf],
    [SETTING_LABELS.version, model.version],
    [SETTING_LABELS.trendPeriods, model.trend.periods],
    [SETTING_LABELS.declineThreshold, model.trend.declineThreshold],
  ]);
  sheet.addRow([]);

  const segmentRows = Object.entries(model.segmentWeights).map(([segment, weights]) => [segment, ...PILLARS.map((pillar) => weights[pillar])]);
  sheet.addTable(TABLE_NAMES.segmentWeights, TABLE_HEADERS.segmentWeights, atLeastOneRow(segmentRows, TABLE_HEADERS.segmentWeights));
  sheet.addRow([]);
  sheet.addTable(TABLE_NAMES.overrides, TABLE_HEADERS.overrides, atLeastOneRow(model.overrides.map(overrideRow), TABLE_HEADERS.overrides));
  sheet.addRow([]);
  sheet.addTable(TABLE_NAMES.changeLog, TABLE_HEADERS.changeLog, atLeastOneRow(model.changeLog.map(changeRow), TABLE_HEADERS.changeLog));

  const names: SheetName[] = [
    { name: RANGE_NAMES.weights, range: rangeAddress(weightsTop + 1, 2, weightsTop + PILLARS.length, 2) },
    { name: RANGE_NAMES.thresholds, range: rangeAddress(bandsTop + 1, 2, bandsTop + 2, 2) },
    { name: RANGE_NAMES.policy, range: cellAddress(settingsTop + 1, 2) },
    { name: RANGE_NAMES.minCoverage, range: cellAddress(settingsTop + 2, 2) },
    { name: RANGE_NAMES.metricMap, range: rangeAddress(metricsTop, 1, metricsBottom, TABLE_HEADERS.metrics.length) },
  ];
  return { cells: sheet.cells, tables: sheet.tables, names };
}

/** Excel needs at least one data row in a table, so an empty list gets one blank row. */
function atLeastOneRow(rows: readonly CellValue[][], headers: readonly string[]): CellValue[][] {
  return rows.length === 0 ? [headers.map(() => null)] : [...rows];
}

function metricRow(metric: Metric): CellValue[] {
  return [metric.column, metric.pillar, metric.method.kind, metric.direction, metric.weight, formatParameters(metric.method)];
}

function overrideRow(override: Override): CellValue[] {
  const band = override.band === null ? null : BAND_ROW_NAMES[override.band];
  return [override.account, band, override.score, override.reason, override.owner, override.expires];
}

function changeRow(entry: ChangeLogEntry): CellValue[] {
  return [entry.version, entry.date, entry.author, entry.change];
}

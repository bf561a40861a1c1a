import type { Issue } from "../issues";
import { cellAddress, modelSheetReference, rangeAddress } from "./address";
import { MODEL_SHEET_NAME, SETTING_LABELS } from "./labels";

/** The position and width of one table on the sheet. */
export interface TablePlace {
  readonly headerRowNumber: number;
  readonly firstColumnNumber: number;
  readonly width: number;
}

/** The rows of HealthSettings. */
export type SettingKey = keyof typeof SETTING_LABELS;

/** The JSON path of the model field each HealthSettings row holds. */
export const SETTING_PATHS: Readonly<Record<SettingKey, string>> = {
  missingPolicy: "missingPolicy",
  minCoverage: "minCoverage",
  accountColumn: "accountColumn",
  segmentColumn: "segmentColumn",
  outcomeColumn: "outcomeColumn",
  asOf: "asOf",
  version: "version",
  trendPeriods: "trend.periods",
  declineThreshold: "trend.declineThreshold",
};

/** Column offsets of the metric fields in HealthMetrics. */
const METRIC_FIELD_OFFSETS: Readonly<Record<string, number>> = { column: 0, pillar: 1, method: 2, direction: 3, weight: 4 };
const PARAMETERS_OFFSET = 5;

/** Column offsets of the fields in HealthOverrides and HealthChangeLog. */
const OVERRIDE_FIELD_OFFSETS: Readonly<Record<string, number>> = { account: 0, band: 1, score: 2, reason: 3, owner: 4, expires: 5 };
const CHANGE_FIELD_OFFSETS: Readonly<Record<string, number>> = { version: 0, date: 1, author: 2, change: 3 };
const PILLAR_OFFSETS: Readonly<Record<string, number>> = { Engagement: 1, Satisfaction: 2, Adoption: 3, Outcomes: 4 };

const METRIC_PATH = /^metrics(?:\[(\d+)\]|\.(\d+))(?:\.(\w+))?(.*)$/;

/**
 * Records which sheet cell each model field was read from, so an issue that `normalizeModel`
 * reports at a JSON path such as `metrics[2].pillar` can name the cell instead: `'Health Model'!B7`.
 */
export class SheetLocations {
  metrics: TablePlace | null = null;
  /** Sheet row number of each metric, by its index in the model's metrics. */
  readonly metricRows: number[] = [];
  pillarWeights: TablePlace | null = null;
  readonly pillarWeightRows = new Map<string, number>();
  bands: TablePlace | null = null;
  readonly bandRows = new Map<string, number>();
  settings: TablePlace | null = null;
  readonly settingRows = new Map<SettingKey, number>();
  segmentWeights: TablePlace | null = null;
  /** Sheet row number of each segment's weights, by the segment's name as read. */
  readonly segmentRows = new Map<string, number>();
  overrides: TablePlace | null = null;
  /** Sheet row number of each override, by its index in the model's overrides. */
  readonly overrideRows: number[] = [];
  changeLog: TablePlace | null = null;
  /** Sheet row number of each change, by its index in the model's change log. */
  readonly changeRows: number[] = [];

  /** Returns the issue with its JSON path replaced by the sheet cell it came from, when known. */
  locate(issue: Issue): Issue {
    if (!("path" in issue)) return issue;
    return { ...issue, path: this.reference(issue.path) };
  }

  /** Returns the sheet reference of a model field's cell, or the path unchanged when no cell holds it. */
  reference(path: string): string {
    const range =
      this.metricRange(path) ??
      this.pillarWeightRange(path) ??
      this.bandRange(path) ??
      this.settingRange(path) ??
      this.segmentWeightRange(path) ??
      this.listRange(path, "overrides", this.overrides, this.overrideRows, OVERRIDE_FIELD_OFFSETS) ??
      this.listRange(path, "changeLog", this.changeLog, this.changeRows, CHANGE_FIELD_OFFSETS);
    return range === null ? path : modelSheetReference(MODEL_SHEET_NAME, range);
  }

  /** Returns a reference to one cell of a table's row. */
  cell(place: TablePlace, rowNumber: number, offset: number): string {
    return modelSheetReference(MODEL_SHEET_NAME, cellAddress(rowNumber, place.firstColumnNumber + offset));
  }

  /** Returns a reference to a table's header row. */
  headerRow(place: TablePlace): string {
    const { headerRowNumber: row, firstColumnNumber: left, width } = place;
    return modelSheetReference(MODEL_SHEET_NAME, rangeAddress(row, left, row, left + width - 1));
  }

  private metricRange(path: string): string | null {
    const match = METRIC_PATH.exec(path);
    const place = this.metrics;
    if (match === null || place === null) return null;

    const row = this.metricRows[Number(match[1] ?? match[2])];
    if (row === undefined) return null;
    const field = match[3];
    if (field === undefined) return rangeAddress(row, place.firstColumnNumber, row, place.firstColumnNumber + place.width - 1);
    const rest = match[4] ?? "";
    if (field === "method" && rest !== "" && rest !== ".kind") {
      // Several parameters share the Parameters cell, so the parameter's own path follows the cell.
      return `${cellAddress(row, place.firstColumnNumber + PARAMETERS_OFFSET)} (${rest.replace(/^\./, "")})`;
    }
    const offset = METRIC_FIELD_OFFSETS[field];
    return offset === undefined ? null : cellAddress(row, place.firstColumnNumber + offset);
  }

  private pillarWeightRange(path: string): string | null {
    const place = this.pillarWeights;
    if (place === null || !path.startsWith("pillarWeights")) return null;

    const row = this.pillarWeightRows.get(path.slice("pillarWeights.".length));
    if (row !== undefined) return cellAddress(row, place.firstColumnNumber + 1);
    return rangeAddress(place.headerRowNumber + 1, place.firstColumnNumber + 1, place.headerRowNumber + 4, place.firstColumnNumber + 1);
  }

  private bandRange(path: string): string | null {
    const place = this.bands;
    if (place === null || !path.startsWith("bands")) return null;

    const labelMatch = /^bands\.labels\.(\w+)/.exec(path);
    const key = labelMatch?.[1] ?? /^bands\.(\w+)/.exec(path)?.[1];
    const row = key === undefined ? undefined : this.bandRows.get(key);
    if (row === undefined) return rangeAddress(place.headerRowNumber + 1, place.firstColumnNumber + 1, place.headerRowNumber + 2, place.firstColumnNumber + 1);
    return cellAddress(row, place.firstColumnNumber + (labelMatch === null ? 1 : 2));
  }

  private settingRange(path: string): string | null {
    const place = this.settings;
    const key = (Object.keys(SETTING_PATHS) as SettingKey[]).find((candidate) => path === SETTING_PATHS[candidate]);
    const row = key === undefined ? undefined : this.settingRows.get(key);
    if (place === null || row === undefined) return null;
    return cellAddress(row, place.firstColumnNumber + 1);
  }

  /** Locates `segmentWeights.<segment>.<pillar>` at its weight cell, and `segmentWeights.<segment>` at the row's weights. */
  private segmentWeightRange(path: string): string | null {
    const place = this.segmentWeights;
    if (place === null || !path.startsWith("segmentWeights.")) return null;

    const rest = path.slice("segmentWeights.".length);
    for (const [segment, row] of this.segmentRows) {
      if (rest === segment) return rangeAddress(row, place.firstColumnNumber + 1, row, place.firstColumnNumber + place.width - 1);
      const offset = rest.startsWith(`${segment}.`) ? PILLAR_OFFSETS[rest.slice(segment.length + 1)] : undefined;
      if (offset !== undefined) return cellAddress(row, place.firstColumnNumber + offset);
    }
    return null;
  }

  /** Locates `<list>[i].<field>` at its cell, and `<list>[i]` at the whole row, for a table with one entry per row. */
  private listRange(path: string, list: string, place: TablePlace | null, rows: readonly number[], offsets: Readonly<Record<string, number>>): string | null {
    const match = new RegExp(`^${list}\\[(\\d+)\\](?:\\.(\\w+))?$`).exec(path);
    const row = match === null ? undefined : rows[Number(match[1])];
    if (place === null || match === null || row === undefined) return null;

    const field = match[2];
    if (field === undefined) return rangeAddress(row, place.firstColumnNumber, row, place.firstColumnNumber + place.width - 1);
    const offset = offsets[field];
    return offset === undefined ? null : cellAddress(row, place.firstColumnNumber + offset);
  }
}

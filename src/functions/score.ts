import type { Issue } from "../core/issues";
import { MODEL_SHEET_NAME, modelFromSheet, SETTING_LABELS, TABLE_HEADERS, BAND_ROW_NAMES } from "../core/model-sheet";
import { DEFAULT_BANDS, type HealthModel } from "../core/model";
import { OUTPUT_COLUMNS, outputRow } from "../core/outputs";
import { PILLARS } from "../core/pillars";
import { scorePortfolio } from "../core/score";
import type { CellValue, Table } from "../core/table";
import type { PillarVector } from "../core/vector";
import { isBlankCell, toCellValue, trimTrailingBlankColumns, type Matrix } from "./cells";
import { defineFunction, toResultCell, type ResultCell } from "./define-function";
import { describeIssue, MESSAGES } from "./messages";
import { invalidArgument, notAvailable } from "./problem";
import { readScoreOptions, type ScoreSettings } from "./score-options";

/**
 * The maximum number of account rows HEALTH.SCORE scores in one call. The spilled result carries
 * about 150 characters per account, most of it the explanation. So 20,000 rows is about 3 MB,
 * below the 5 MB per request of Excel on the web. Larger tables go through the task pane.
 * NOTE: both figures are estimates. The limit was not measured for custom function results.
 */
export const MAX_SCORE_ROWS = 20_000;

/** The sheet row of the metric map's header in the standard layout `modelToSheet` writes (title, blank, then the table). */
const METRIC_MAP_HEADER_ROW = 3;

/** How many issues a SCORE error message lists before it stops. */
const SHOWN_ISSUES = 3;

/**
 * HEALTH.SCORE: scores a whole table against the model's metric map in one call. It spills a
 * header row and one row per account with the cells the task pane and the CLI write (pillar
 * scores, health score, band, driver, gap, coverage, diagnosis and explanation). A cell that
 * cannot be read is a missing value for its metric, and the task pane lists those cells.
 *
 * @example healthScore(data, healthMetricMap, healthWeights, "policy=neutral")
 */
export const healthScore = defineFunction(
  [
    { name: "data", kind: "range" },
    { name: "model_map", kind: "range" },
    { name: "pillar_weights", kind: "pillarWeights", optional: true },
    { name: "options", kind: "optionalCells", optional: true },
  ],
  (data, metricMap, weights, options) => {
    const block = trimTrailingBlankColumns(data ?? []);
    if (block.length < 2) invalidArgument(MESSAGES.tableHeaderOnly("data"));
    if (block.length - 1 > MAX_SCORE_ROWS) notAvailable(MESSAGES.tooManyRows(block.length - 1, MAX_SCORE_ROWS));

    const settings = readScoreOptions(options);
    const model = readModel(metricMap ?? [], weights, settings);
    const asOf = model.asOf;
    if (asOf === null && model.metrics.some((metric) => metric.method.kind === "recency")) {
      invalidArgument(MESSAGES.recencyNeedsAsOf("options (asOf)"));
    }

    const scored = scorePortfolio(tableOf(block), model, asOf === null ? {} : { asOf });
    if (!scored.ok) invalidArgument(issueList(scored.issues, renameScorePath));

    const rows: ResultCell[][] = [[...OUTPUT_COLUMNS]];
    for (const account of scored.value.accounts) rows.push(outputRow(account, model.bands).map(toResultCell));
    return rows;
  },
);

function tableOf(block: Matrix): Table {
  const [header = [], ...rows] = block;
  return {
    headers: header.map((cell) => (isBlankCell(cell) ? "" : String(toCellValue(cell) ?? "").trim())),
    rows: rows.map((row) => row.map(toCellValue)),
    firstRowNumber: 2,
  };
}

/**
 * Reads the model through the core's model-sheet reader, so SCORE accepts exactly what the
 * model sheet accepts. The metric map goes where `modelToSheet` puts HealthMetrics, and the
 * weights and options fill the other three tables below it.
 */
function readModel(metricMap: Matrix, weights: PillarVector<number>, settings: ScoreSettings): HealthModel {
  if (metricMap.length < 2) invalidArgument(MESSAGES.metricMapEmpty("model_map"));

  const sheet = modelSheetCells(metricMap, weights, settings);
  const model = modelFromSheet(sheet.cells);
  if (!model.ok) invalidArgument(issueList(model.issues, (path) => renameSheetPath(path, sheet.mapRows)));
  return model.value;
}

function modelSheetCells(metricMap: Matrix, weights: PillarVector<number>, settings: ScoreSettings): { cells: CellValue[][]; mapRows: number } {
  const cells: CellValue[][] = [[MODEL_SHEET_NAME], []];
  for (const row of metricMap) cells.push(row.map(toCellValue));
  cells.push([]);

  cells.push([...TABLE_HEADERS.pillarWeights]);
  PILLARS.forEach((pillar, index) => cells.push([pillar, weights[index] ?? 0]));
  cells.push([]);

  cells.push([...TABLE_HEADERS.bands]);
  cells.push([BAND_ROW_NAMES.healthy, settings.healthy ?? DEFAULT_BANDS.healthy, DEFAULT_BANDS.labels.healthy]);
  cells.push([BAND_ROW_NAMES.watch, settings.watch ?? DEFAULT_BANDS.watch, DEFAULT_BANDS.labels.watch]);
  cells.push([BAND_ROW_NAMES.atRisk, null, DEFAULT_BANDS.labels.atRisk]);
  cells.push([]);

  cells.push([...TABLE_HEADERS.settings]);
  cells.push([SETTING_LABELS.missingPolicy, settings.missingPolicy ?? null]);
  cells.push([SETTING_LABELS.minCoverage, settings.minCoverage ?? null]);
  cells.push([SETTING_LABELS.accountColumn, settings.accountColumn ?? null]);
  cells.push([SETTING_LABELS.segmentColumn, settings.segmentColumn ?? null]);
  cells.push([SETTING_LABELS.asOf, settings.asOf ?? null]);
  return { cells, mapRows: metricMap.length };
}

function issueList(issues: readonly Issue[], rename: (path: string) => string): string {
  const messages = issues.slice(0, SHOWN_ISSUES).map((issue) => describeIssue(issue, rename));
  const more = issues.length - messages.length;
  return more > 0 ? `${messages.join(" ")} (${more} more)` : messages.join(" ");
}

/**
 * Renames a model-sheet cell reference such as `'Health Model'!B5 (floor)` to the argument it
 * came from: a row of `model_map` (row 1 is its header), or the options for the other tables.
 */
function renameSheetPath(path: string, mapRows: number): string {
  const match = /^'Health Model'!([A-Z]+)(\d+)(.*)$/.exec(path);
  if (match === null) return path.startsWith("Health") ? `model_map (${path})` : path;

  const [, column = "", rowText = "", rest = ""] = match;
  const mapRow = Number(rowText) - METRIC_MAP_HEADER_ROW + 1;
  if (mapRow >= 1 && mapRow <= mapRows) return `model_map row ${mapRow}, column ${columnHeader(column)}${rest}`;
  return "options";
}

function columnHeader(letters: string): string {
  const index = letters.charCodeAt(0) - "A".charCodeAt(0);
  return letters.length === 1 ? (TABLE_HEADERS.metrics[index] ?? letters) : letters;
}

/** Renames a model path such as `metrics[2].column` to the row and column of `model_map` it came from (row 1 is the header). */
function renameScorePath(path: string): string {
  const match = /^metrics\[(\d+)\]\.(\w+)(?:\.(\w+))?/.exec(path);
  if (match === null) return path;
  const [, index = "0", field = "", parameter] = match;
  const header = parameter === undefined ? field.charAt(0).toUpperCase() + field.slice(1) : `Parameters (${parameter})`;
  return `model_map row ${Number(index) + 2}, column ${header}`;
}

import { OUTPUT_COLUMNS, outputRow } from "../core/outputs";
import { scorePortfolio } from "../core/score";
import type { Table } from "../core/table";
import { isBlankCell, toCellValue, trimTrailingBlankColumns, type Matrix } from "./cells";
import { defineFunction, toResultCell, type ResultCell } from "./define-function";
import { MESSAGES } from "./messages";
import { invalidArgument, notAvailable } from "./problem";
import { issueList, readScoreModel } from "./score-model";
import { readScoreOptions } from "./score-options";

/**
 * The maximum number of account rows HEALTH.SCORE scores in one call. The spilled result carries
 * about 150 characters per account, most of it the explanation. So 20,000 rows is about 3 MB,
 * below the 5 MB per request of Excel on the web. Larger tables go through the task pane.
 * NOTE: both figures are estimates. The limit was not measured for custom function results.
 */
export const MAX_SCORE_ROWS = 20_000;

/**
 * HEALTH.SCORE: scores a whole table against the model's metric map in one call. It spills a
 * header row and one row per account with the cells the task pane and the CLI write (pillar
 * scores, health score, band, driver, gap, coverage, diagnosis and explanation). A cell that
 * cannot be read is a missing value for its metric, and the task pane lists those cells.
 *
 * The model sheet's segment weights (HealthSegmentWeights) and overrides (HealthOverrides) are
 * optional trailing arguments, read as the model sheet reads them, so a segmented model with
 * overrides gives the numbers the CLI gives. Overrides expire, so they need the `asOf` option:
 * the function never reads the clock.
 *
 * @example healthScore(data, healthMetricMap, healthWeights, "policy=neutral")
 */
export const healthScore = defineFunction(
  [
    { name: "data", kind: "range" },
    { name: "model_map", kind: "range" },
    { name: "pillar_weights", kind: "pillarWeights", optional: true },
    { name: "options", kind: "optionalCells", optional: true },
    { name: "segment_weights", kind: "range", optional: true },
    { name: "overrides", kind: "range", optional: true },
  ],
  (data, metricMap, weights, options, segmentWeights, overrides) => {
    const block = trimTrailingBlankColumns(data ?? []);
    if (block.length < 2) invalidArgument(MESSAGES.tableHeaderOnly("data"));
    if (block.length - 1 > MAX_SCORE_ROWS) notAvailable(MESSAGES.tooManyRows(block.length - 1, MAX_SCORE_ROWS));

    const settings = readScoreOptions(options);
    const model = readScoreModel({ metricMap: metricMap ?? [], weights, settings, segmentWeights, overrides });
    const asOf = model.asOf;
    if (asOf === null && model.metrics.some((metric) => metric.method.kind === "recency")) {
      invalidArgument(MESSAGES.recencyNeedsAsOf("options (asOf)"));
    }
    if (asOf === null && model.overrides.length > 0) invalidArgument(MESSAGES.overridesNeedAsOf("options (asOf)"));

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

/** Renames a model path such as `metrics[2].column` to the row and column of `model_map` it came from (row 1 is the header). */
function renameScorePath(path: string): string {
  const match = /^metrics\[(\d+)\]\.(\w+)(?:\.(\w+))?/.exec(path);
  if (match === null) return path;
  const [, index = "0", field = "", parameter] = match;
  const header = parameter === undefined ? field.charAt(0).toUpperCase() + field.slice(1) : `Parameters (${parameter})`;
  return `model_map row ${Number(index) + 2}, column ${header}`;
}

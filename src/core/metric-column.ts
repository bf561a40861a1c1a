import type { CellIssue } from "./issues";
import { categoryLabels, categoryLookup, categoryScore } from "./methods/category";
import { scoreNumbers } from "./methods/numeric";
import { groupRowsBySegment, type RowGroups } from "./methods/population";
import { ratioOf } from "./methods/ratio";
import { daysSince, recencyScores } from "./methods/recency";
import type { CategoryMethod, Metric, NumericMethod, RatioMethod, RecencyMethod } from "./model";
import { findColumn, type CellValue, type Table } from "./table";
import { readDate, readLabel, readNumber, type NumberReading } from "./values";

/** The inputs of `scoreMetricColumn`: one metric, the table it reads, and the context it scores in. */
export interface MetricColumnInput {
  readonly metric: Metric;
  readonly table: Table;
  /** Segment index per row (same index = same population); null means one population. */
  readonly segments: Int32Array | null;
  /**
   * The populations `segments` defines (`groupRowsBySegment`), passed in by a caller that scores
   * several metrics of one table so they share them; built from `segments` when absent.
   */
  readonly groups?: RowGroups;
  /** The as-of date for recency metrics, as an Excel serial day number. */
  readonly asOfSerial: number;
}

/** One metric scored over a table, row by row, with the cells that could not be read. */
export interface MetricColumnResult {
  /** Score 0–100 per row; NaN where the value is missing or invalid. */
  readonly scores: Float64Array;
  /**
   * The value that was scored per row (number, ratio, or days since the date); NaN where none.
   * Always NaN for a category metric, whose value is a label.
   */
  readonly values: Float64Array;
  readonly issues: CellIssue[];
}

/**
 * Scores one metric for every row of a table. Cells are read with `readNumber`, `readDate` or
 * `readLabel`. A cell that cannot be read is missing for scoring and adds a `CellIssue` naming
 * its sheet row and the header as written, so it never turns into a 0. Population-based
 * methods rank each row within its segment.
 *
 * Cost: O(n log n) for percentile, zscore and minmax without fixed bounds (one sort per
 * population), O(n) otherwise, plus reading n cells.
 *
 * @param input the metric, the table, the segment of each row and the as-of date
 * @throws Error when the table has no column for the metric (or its denominator), which the
 *   caller checks first; RangeError when the method's parameters are invalid
 * @returns one score and one scored value per row, and the issues in row order
 * @example scoreMetricColumn({ metric: { column: "NPS", pillar: "Satisfaction", method: { kind: "scale", low: -100, high: 100 }, direction: "higher", weight: 1 },
 *   table: { headers: ["NPS"], rows: [[50]], firstRowNumber: 2 }, segments: null, asOfSerial: 45000 }).scores // Float64Array [75]
 */
export function scoreMetricColumn(input: MetricColumnInput): MetricColumnResult {
  const { method } = input.metric;
  switch (method.kind) {
    case "category":
      return scoreCategoryColumn(input, method);
    case "recency":
      return scoreRecencyColumn(input, method);
    case "ratio":
      return scoreRatioColumn(input, method);
    default:
      return scoreNumberColumn(input, method);
  }
}

function scoreNumberColumn(input: MetricColumnInput, method: NumericMethod): MetricColumnResult {
  const issues: CellIssue[] = [];
  const values = readNumberColumn(input.table, input.metric.column, issues);

  const scores = scoreNumbers(values, method, input.metric.direction, groupsOf(input));
  return { scores, values, issues };
}

function scoreRatioColumn(input: MetricColumnInput, method: RatioMethod): MetricColumnResult {
  const { table } = input;
  const numeratorIndex = columnIndex(table, input.metric.column);
  const denominatorIndex = columnIndex(table, method.denominator);
  const issues: CellIssue[] = [];
  const values = new Float64Array(table.rows.length);

  table.rows.forEach((row, rowIndex) => {
    const numerator = readNumberCell(table, row, rowIndex, numeratorIndex, issues);
    const denominator = readNumberCell(table, row, rowIndex, denominatorIndex, issues);
    if (denominator === 0) issues.push(cellIssue("zero-denominator", table, rowIndex, denominatorIndex, row[denominatorIndex]));
    values[rowIndex] = ratioOf(numerator, denominator);
  });

  const scores = scoreNumbers(values, method.then, input.metric.direction, groupsOf(input));
  return { scores, values, issues };
}

function scoreRecencyColumn(input: MetricColumnInput, method: RecencyMethod): MetricColumnResult {
  const { table, asOfSerial } = input;
  const index = columnIndex(table, input.metric.column);
  const issues: CellIssue[] = [];
  const values = new Float64Array(table.rows.length);

  table.rows.forEach((row, rowIndex) => {
    const cell = row[index];
    const date = readDate(cell);
    if (date === "invalid") issues.push(cellIssue("invalid-date", table, rowIndex, index, cell));
    values[rowIndex] = typeof date === "number" ? daysSince(date, asOfSerial) : Number.NaN;
  });

  return { scores: recencyScores(values, method), values, issues };
}

function scoreCategoryColumn(input: MetricColumnInput, method: CategoryMethod): MetricColumnResult {
  const { table } = input;
  const index = columnIndex(table, input.metric.column);
  const lookup = categoryLookup(method);
  const issues: CellIssue[] = [];
  const scores = new Float64Array(table.rows.length).fill(Number.NaN);

  table.rows.forEach((row, rowIndex) => {
    const cell = row[index];
    const label = readLabel(cell);
    if (label === null) return;

    const score = categoryScore(label, lookup);
    if (score === undefined) {
      issues.push({ ...cellIssue("unknown-category", table, rowIndex, index, cell), allowed: categoryLabels(method) });
      return;
    }
    scores[rowIndex] = score;
  });

  return { scores, values: new Float64Array(table.rows.length).fill(Number.NaN), issues };
}

/** Reads a whole column as numbers, NaN where a cell is missing or invalid. */
function readNumberColumn(table: Table, column: string, issues: CellIssue[]): Float64Array {
  const index = columnIndex(table, column);
  const values = new Float64Array(table.rows.length);
  for (let rowIndex = 0; rowIndex < values.length; rowIndex++) {
    const reading = readNumberCell(table, table.rows[rowIndex] as readonly CellValue[], rowIndex, index, issues);
    values[rowIndex] = typeof reading === "number" ? reading : Number.NaN;
  }
  return values;
}

/** Reads one cell as a number and adds an `invalid-number` issue when it is not one. */
function readNumberCell(table: Table, row: readonly CellValue[], rowIndex: number, index: number, issues: CellIssue[]): NumberReading {
  const cell = row[index];
  const reading = readNumber(cell);
  if (reading === "invalid") issues.push(cellIssue("invalid-number", table, rowIndex, index, cell));
  return reading;
}

function cellIssue(code: CellIssue["code"], table: Table, rowIndex: number, index: number, cell: CellValue): CellIssue {
  return { code, row: table.firstRowNumber + rowIndex, column: table.headers[index] as string, value: cell };
}

function columnIndex(table: Table, column: string): number {
  const index = findColumn(table.headers, column);
  if (index < 0) throw new Error(`scoreMetricColumn requires the column "${column}" in the table, which has: ${table.headers.join(", ")}`);

  return index;
}

function groupsOf(input: MetricColumnInput): RowGroups {
  return input.groups ?? groupRowsBySegment(input.table.rows.length, input.segments);
}

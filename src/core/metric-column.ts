import type { CellIssue } from "./issues";
import { categoryLabels, categoryLookup, categoryScore } from "./methods/category";
import type { SortBuffers } from "./methods/bucket-sort";
import { scoreNumbers } from "./methods/numeric";
import { percentileScoresInto } from "./methods/percentile";
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
  /** Buffers to score into instead of allocating; absent means allocate. */
  readonly buffers?: MetricColumnBuffers;
}

/**
 * Buffers that a caller scoring many columns allocates once. Each new typed array counts as
 * external memory in V8, and while a large table is live every few tens of MB of it trigger a
 * full garbage collection, so allocating per column slows scoring down.
 */
export interface MetricColumnBuffers {
  /** The output of the values read, one entry per row, used by the number methods other than ratio. */
  readonly values?: Float64Array;
  /** The output of the scores, one entry per row, used by the percentile method. */
  readonly scores?: Float64Array;
  /** The sort buffers, for at least the largest group. The columns share them, and no result refers to them. */
  readonly scratch?: SortBuffers;
  /**
   * The issues of reading the metric's column, present when the caller has already read it into
   * `values` with `readNumberColumnsInto`. The number methods then skip their own read.
   */
  readonly readIssues?: CellIssue[];
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
  const { values: read, readIssues, scores: scoresBuffer, scratch } = input.buffers ?? {};
  const isRead = read !== undefined && readIssues !== undefined;
  const issues: CellIssue[] = isRead ? readIssues : [];
  const values = isRead ? read : readNumberColumn(input.table, input.metric.column, issues, read);

  const scores =
    method.kind === "percentile" && scoresBuffer !== undefined && scratch !== undefined
      ? percentileScoresInto(values, input.metric.direction, groupsOf(input), scoresBuffer, scratch)
      : scoreNumbers(values, method, input.metric.direction, groupsOf(input));
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
function readNumberColumn(table: Table, column: string, issues: CellIssue[], output?: Float64Array): Float64Array {
  const index = columnIndex(table, column);
  if (output !== undefined && output.length !== table.rows.length) {
    throw new RangeError(`readNumberColumn requires one output entry per row: got ${output.length} for ${table.rows.length} rows`);
  }

  const values = output ?? new Float64Array(table.rows.length);
  for (let rowIndex = 0; rowIndex < values.length; rowIndex++) {
    const reading = readNumberCell(table, table.rows[rowIndex] as readonly CellValue[], rowIndex, index, issues);
    values[rowIndex] = typeof reading === "number" ? reading : Number.NaN;
  }
  return values;
}

/**
 * Reads several columns as numbers in one pass over the rows, as `scoreMetricColumn` reads each,
 * so each row's cells are loaded once instead of once per column.
 *
 * Cost: O(n × k) for n rows and k columns.
 *
 * @param columns the headers to read, each present in the table
 * @param outputs one buffer per column, one entry per row, NaN where a cell is missing or invalid
 * @throws Error when a column is not in the table, and RangeError when an output's length is not the row count
 * @returns per column, its `invalid-number` issues in row order
 */
export function readNumberColumnsInto(table: Table, columns: readonly string[], outputs: readonly Float64Array[]): CellIssue[][] {
  const indexes = columns.map((column) => columnIndex(table, column));
  const size = table.rows.length;
  outputs.forEach((output) => {
    if (output.length !== size) throw new RangeError(`readNumberColumnsInto requires one output entry per row: got ${output.length} for ${size} rows`);
  });

  const issues = columns.map((): CellIssue[] => []);
  // A hot loop written for speed: it reads every number cell of the table.
  for (let rowIndex = 0; rowIndex < size; rowIndex++) {
    const row = table.rows[rowIndex] as readonly CellValue[];
    for (let column = 0; column < indexes.length; column++) {
      const reading = readNumberCell(table, row, rowIndex, indexes[column] as number, issues[column] as CellIssue[]);
      (outputs[column] as Float64Array)[rowIndex] = typeof reading === "number" ? reading : Number.NaN;
    }
  }
  return issues;
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

/**
 * Excel-shaped argument values as the custom functions runtime delivers them, turned into the
 * core's cell values and shapes.
 *
 * Hosts differ in what they send for a blank cell: `null` or `""` inside a range, and `0` for
 * a parameter typed `number`. Here `null`, `undefined` and `""` all read as blank. Every HEALTH
 * parameter is typed `any`, so a blank cell is never sent as `0`; a 0 in a range is a typed 0.
 * An omitted optional argument arrives as `null` (default parameter values never apply). A
 * reference to a single blank cell can also arrive as `null`, so it cannot be told apart from an
 * omitted argument: both get the argument's default.
 */
import { isMissing } from "../core/values";
import type { CellValue } from "../core/table";

/** A rectangular block of raw argument values, rows first. */
export type Matrix = readonly (readonly unknown[])[];

/**
 * Reads an error value passed in as an argument, as its Excel text such as `#N/A`, or returns
 * null. The runtime delivers a cell error as a `CustomFunctions.Error` (a `code` such as
 * `"#N/A"`) or, where data types are enabled, as an error cell value (`type: "Error"` with a
 * `basicValue` such as `"#N/A"`); both are accepted.
 */
export function readErrorValue(raw: unknown): string | null {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw) || raw instanceof Date) return null;

  const record = raw as Record<string, unknown>;
  const code = record["code"];
  if (typeof code === "string" && code.startsWith("#")) return code;
  const basicValue = record["basicValue"];
  if (record["type"] === "Error" && typeof basicValue === "string") return basicValue;
  return null;
}

/** Converts one raw argument value to the core's cell value; unknown objects become an error value. */
export function toCellValue(raw: unknown): CellValue {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === "string" || typeof raw === "number" || typeof raw === "boolean") return raw;
  if (raw instanceof Date) return raw;

  const error = readErrorValue(raw);
  return { error: error ?? "#VALUE!" };
}

/** Tells whether a raw value is a blank cell: `null`, `undefined` or `""`. */
export function isBlankCell(raw: unknown): boolean {
  return raw === null || raw === undefined || raw === "";
}

/** Tells whether a raw value counts as a missing value: blank, a missing marker such as `N/A`, or an error. */
export function isMissingCell(raw: unknown): boolean {
  return isMissing(toCellValue(raw));
}

/** Tells whether an argument was omitted: `null` or `undefined`, or a single blank cell that a host may send as `null`. */
export function isOmitted(raw: unknown): boolean {
  if (raw === null || raw === undefined) return true;
  const matrix = asMatrix(raw);
  return matrix.length === 1 && matrix[0]?.length === 1 && isBlankCell(matrix[0][0]);
}

/** Wraps a scalar argument as a 1 × 1 matrix; a matrix passes through. */
export function asMatrix(raw: unknown): Matrix {
  if (Array.isArray(raw) && raw.every((row) => Array.isArray(row))) return raw as Matrix;
  if (Array.isArray(raw)) return [raw];
  return [[raw]];
}

/** Returns a scalar argument's value, or the single cell of a 1 × 1 range; null for a bigger range. */
export function asScalar(raw: unknown): { readonly value: unknown } | null {
  if (!Array.isArray(raw)) return { value: raw };
  const matrix = asMatrix(raw);
  if (matrix.length === 1 && matrix[0]?.length === 1) return { value: matrix[0][0] };
  return null;
}

/** Describes a matrix's size for messages, e.g. "2 rows × 3 columns". */
export function describeSize(matrix: Matrix): string {
  const rows = matrix.length;
  const columns = matrix[0]?.length ?? 0;
  return `${rows} ${rows === 1 ? "row" : "rows"} × ${columns} ${columns === 1 ? "column" : "columns"}`;
}

/**
 * Drops the blank rows at the bottom of a block, so a whole-column reference such as `A:F`
 * (1,048,576 rows, mostly blank) costs only the rows in use.
 *
 * Cost: O(cells in the trailing blank rows), one pass from the bottom that stops at the first row with data.
 */
export function trimTrailingBlankRows(matrix: Matrix): Matrix {
  let end = matrix.length;
  while (end > 0 && (matrix[end - 1] ?? []).every(isBlankCell)) end--;
  return end === matrix.length ? matrix : matrix.slice(0, end);
}

/** Drops the blank columns on the right of a block: columns whose every cell, header included, is blank. */
export function trimTrailingBlankColumns(matrix: Matrix): Matrix {
  const width = matrix[0]?.length ?? 0;
  let end = width;
  while (end > 0 && matrix.every((row) => isBlankCell(row[end - 1]))) end--;
  return end === width ? matrix : matrix.map((row) => row.slice(0, end));
}

/**
 * Reads a block that must be one row or one column as a list of cells.
 *
 * @returns the cells in reading order, or null when the block has more than one row and more
 *   than one column
 */
export function asVector(matrix: Matrix): readonly unknown[] | null {
  if (matrix.length === 1) return matrix[0] ?? [];
  if (matrix.every((row) => row.length === 1)) return matrix.map((row) => row[0]);
  return null;
}

/** Tells whether every row of a block has the same number of cells. */
export function isRectangular(matrix: Matrix): boolean {
  const width = matrix[0]?.length ?? 0;
  return matrix.every((row) => row.length === width);
}

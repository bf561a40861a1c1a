import { isCellError, type CellValue, type Table } from "../../core/table";
import { readDate, readNumber } from "../../core/values";

/** How many rows from the top the header row is looked for in. */
const HEADER_SEARCH_ROWS = 50;

/** The table found in a grid, or the reason no table was found. */
export type TableLocation =
  | { readonly found: true; readonly table: Table; readonly headerRowNumber: number }
  | { readonly found: false; readonly reason: "empty" | "header-only" | "no-table" };

/** Tells whether a cell is empty: null, undefined or text of spaces only. */
export function isEmptyCell(cell: CellValue): boolean {
  return cell === null || cell === undefined || (typeof cell === "string" && cell.trim() === "");
}

/**
 * Finds the table in a sheet's grid. The header row is the first row that meets four tests. It
 * has at least two non-empty cells. More than half of them are text that is neither a number
 * nor a date. It has at least half as many non-empty cells as the next non-empty row. A
 * non-empty row follows it. Title lines above it are skipped. Fully empty rows at the end are dropped; empty rows
 * between data rows stay, so row numbers keep matching the sheet.
 *
 * @param grid row i is sheet row i + 1
 * @returns the table with `firstRowNumber` set to the sheet row of its first data row, or the
 *   reason there is none: `empty` (no non-empty cell), `header-only` (a header row and nothing
 *   below it), `no-table` (no row looks like a header)
 */
export function locateTable(grid: readonly (readonly CellValue[])[]): TableLocation {
  const rows = withoutTrailingEmptyRows(grid);
  if (rows.length === 0) return { found: false, reason: "empty" };

  let headerWithoutData = false;
  const searchEnd = Math.min(rows.length, HEADER_SEARCH_ROWS);
  for (let index = 0; index < searchEnd; index++) {
    const row = rows[index] ?? [];
    const next = nextNonEmptyRow(rows, index);
    if (!looksLikeHeader(row, next === null ? null : (rows[next] ?? []))) continue;
    if (next === null) {
      headerWithoutData = true;
      continue;
    }
    return { found: true, table: tableBelow(rows, index), headerRowNumber: index + 1 };
  }
  return { found: false, reason: headerWithoutData ? "header-only" : "no-table" };
}

function withoutTrailingEmptyRows(grid: readonly (readonly CellValue[])[]): (readonly CellValue[])[] {
  let end = grid.length;
  while (end > 0 && (grid[end - 1] ?? []).every(isEmptyCell)) end--;
  return grid.slice(0, end);
}

function nextNonEmptyRow(rows: readonly (readonly CellValue[])[], after: number): number | null {
  for (let index = after + 1; index < rows.length; index++) {
    if (!(rows[index] ?? []).every(isEmptyCell)) return index;
  }
  return null;
}

function looksLikeHeader(row: readonly CellValue[], next: readonly CellValue[] | null): boolean {
  const filled = row.filter((cell) => !isEmptyCell(cell));
  if (filled.length < 2) return false;

  const labels = filled.filter(isLabelText).length;
  if (labels * 2 <= filled.length) return false;
  const nextFilled = next === null ? 0 : next.filter((cell) => !isEmptyCell(cell)).length;
  return filled.length * 2 >= nextFilled;
}

/** Tells whether a cell is text that could be a column name: not a number, a date or an error. */
function isLabelText(cell: CellValue): boolean {
  if (typeof cell !== "string" || isCellError(cell)) return false;
  return readNumber(cell) === "invalid" && readDate(cell) === "invalid" && !cell.trim().startsWith("#");
}

function tableBelow(rows: readonly (readonly CellValue[])[], headerIndex: number): Table {
  const headerRow = rows[headerIndex] ?? [];
  let width = headerRow.length;
  while (width > 0 && isEmptyCell(headerRow[width - 1])) width--;

  const headers = Array.from({ length: width }, (_, column) => headerText(headerRow[column]));
  return { headers, rows: rows.slice(headerIndex + 1), firstRowNumber: headerIndex + 2 };
}

function headerText(cell: CellValue): string {
  if (isEmptyCell(cell) || cell === null || cell === undefined) return "";
  if (isCellError(cell)) return cell.error;
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  return String(cell).trim();
}

import type { CellValue } from "../table";

/** One data row of a table found on the sheet. */
export interface FoundRow {
  /** Sheet row number, 1-based. */
  readonly rowNumber: number;
  /** The row's cells under the table's headers, in header order. */
  readonly cells: readonly CellValue[];
}

/** A table found by its header row. */
export interface FoundTable {
  /** Sheet row number of the header row, 1-based. */
  readonly headerRowNumber: number;
  /** Sheet column number of the first header, 1-based. */
  readonly firstColumnNumber: number;
  readonly rows: readonly FoundRow[];
}

/** Tells whether a cell is empty: null, undefined or text of spaces only. */
export function isBlankCell(cell: CellValue): boolean {
  return cell === null || cell === undefined || (typeof cell === "string" && cell.trim() === "");
}

/**
 * Finds a table by its header row anywhere on the sheet, so a user may move it. Headers match
 * ignoring case and surrounding spaces. The data rows run down to the header row of one of
 * `otherHeaders` or to two blank rows in a row. A single blank row is skipped, because Excel
 * tables may contain one.
 *
 * @returns the first match, scanning rows top to bottom and columns left to right, or null
 */
export function findTable(
  cells: readonly (readonly CellValue[])[],
  headers: readonly string[],
  otherHeaders: readonly (readonly string[])[],
): FoundTable | null {
  for (let row = 0; row < cells.length; row++) {
    const left = findHeadersInRow(cells[row] ?? [], headers);
    if (left < 0) continue;

    return { headerRowNumber: row + 1, firstColumnNumber: left + 1, rows: readRowsBelow(cells, row, left, headers.length, otherHeaders) };
  }
  return null;
}

function readRowsBelow(
  cells: readonly (readonly CellValue[])[],
  headerRow: number,
  left: number,
  width: number,
  otherHeaders: readonly (readonly string[])[],
): FoundRow[] {
  const rows: FoundRow[] = [];
  let blankRun = 0;
  for (let row = headerRow + 1; row < cells.length && blankRun < 2; row++) {
    const line = cells[row] ?? [];
    const slice = Array.from({ length: width }, (_, offset) => line[left + offset] ?? null);
    if (otherHeaders.some((headers) => findHeadersInRow(line, headers) >= 0)) break;
    if (slice.every(isBlankCell)) {
      blankRun++;
      continue;
    }

    blankRun = 0;
    rows.push({ rowNumber: row + 1, cells: slice });
  }
  return rows;
}

/** Returns the 0-based column where the headers start in this row, or -1. */
function findHeadersInRow(line: readonly CellValue[], headers: readonly string[]): number {
  for (let left = 0; left + headers.length <= line.length; left++) {
    if (headers.every((header, offset) => sameHeader(line[left + offset], header))) return left;
  }
  return -1;
}

function sameHeader(cell: CellValue, header: string): boolean {
  return typeof cell === "string" && cell.trim().toLowerCase() === header.toLowerCase();
}

import { WorkbookError } from "./errors";
import { workbookMessages } from "./messages";

/** Excel's grid size: 1,048,576 rows and 16,384 columns (A to XFD). */
export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

/** A rectangle of cells by 0-based, inclusive row and column indexes. */
export interface Area {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

const SINGLE_AREA = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})(?::\$?([A-Za-z]{1,3})\$?(\d{1,7}))?$/;

/**
 * Converts a 0-based column index to its letters.
 *
 * @example columnName(0) // "A"
 * @example columnName(27) // "AB"
 */
export function columnName(index: number): string {
  let name = "";
  for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    name = String.fromCharCode(65 + ((rest - 1) % 26)) + name;
  }
  return name;
}

/**
 * Converts column letters to a 0-based index, ignoring case.
 *
 * @example columnIndex("AB") // 27
 */
export function columnIndex(letters: string): number {
  let index = 0;
  for (const letter of letters.toUpperCase()) index = index * 26 + (letter.charCodeAt(0) - 64);
  return index - 1;
}

/**
 * Parses one A1 area ("B3", "A1:K500", "$A$1:$C$5") to 0-based indexes, corners in any order.
 * Several areas ("A1:B2,D1:D5"), sheet-qualified or whole-column addresses are rejected, because the
 * list separator depends on the locale and the port sends one request per area.
 *
 * @throws WorkbookError with code `InvalidAddress` when the text is not one area inside the grid.
 * @example parseArea("B3:A1") // { top: 0, left: 0, bottom: 2, right: 1 }
 */
export function parseArea(address: string): Area {
  const match = SINGLE_AREA.exec(address.trim());
  if (!match) throw new WorkbookError("InvalidAddress", workbookMessages.invalidAddress(address), address);

  const [, firstColumn = "", firstRow = "", lastColumn = firstColumn, lastRow = firstRow] = match;
  const rows = [Number(firstRow) - 1, Number(lastRow) - 1];
  const columns = [columnIndex(firstColumn), columnIndex(lastColumn)];
  const area = {
    top: Math.min(...rows),
    left: Math.min(...columns),
    bottom: Math.max(...rows),
    right: Math.max(...columns),
  };
  if (!isInsideGrid(area)) throw new WorkbookError("InvalidAddress", workbookMessages.invalidAddress(address), address);
  return area;
}

/** Tells whether an area lies within Excel's grid. */
export function isInsideGrid(area: Area): boolean {
  return area.top >= 0 && area.left >= 0 && area.bottom < MAX_ROWS && area.right < MAX_COLUMNS;
}

/**
 * Formats an area as a relative A1 address; a single cell has no colon.
 *
 * @example formatArea({ top: 0, left: 0, bottom: 4, right: 2 }) // "A1:C5"
 */
export function formatArea(area: Area): string {
  const first = `${columnName(area.left)}${area.top + 1}`;
  if (area.top === area.bottom && area.left === area.right) return first;
  return `${first}:${columnName(area.right)}${area.bottom + 1}`;
}

/** Returns the area of a block of `rows` × `columns` cells whose top-left cell is `origin`. */
export function areaFrom(origin: Pick<Area, "top" | "left">, rows: number, columns: number): Area {
  return { top: origin.top, left: origin.left, bottom: origin.top + rows - 1, right: origin.left + columns - 1 };
}

export function rowCount(area: Area): number {
  return area.bottom - area.top + 1;
}

export function columnCount(area: Area): number {
  return area.right - area.left + 1;
}

/** Tells whether two areas share at least one cell. */
export function areasOverlap(a: Area, b: Area): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

/**
 * Returns a sheet name as it appears in a formula reference: quoted, with quotes doubled, unless it
 * contains only letters, digits and underscores, does not start with a digit and does not look like a
 * cell reference.
 *
 * @example sheetReference("Health Model") // "'Health Model'"
 */
export function sheetReference(sheet: string): string {
  const isPlain = /^[A-Za-z_][A-Za-z0-9_]*$/.test(sheet) && !/^[A-Za-z]{1,3}\d+$/.test(sheet);
  if (isPlain) return sheet;
  return `'${sheet.replace(/'/g, "''")}'`;
}

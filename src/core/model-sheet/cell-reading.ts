import { isCellError, type CellValue } from "../table";
import { readIsoDate, readNumber, serialToDate } from "../values";
import { isBlankCell } from "./find-table";

/** Reads a cell as trimmed text; undefined when blank. Numbers, dates and errors read as their text. */
export function textOf(cell: CellValue): string | undefined {
  if (isBlankCell(cell) || cell === null || cell === undefined) return undefined;
  if (isCellError(cell)) return cell.error;
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  return String(cell).trim();
}

/**
 * Reads a cell as a number, accepting numeric text such as `"50%"`. Text that is not a number
 * comes back unchanged, so `normalizeModel` reports the value the user typed.
 */
export function numberOrRaw(cell: CellValue): number | string | undefined {
  const text = textOf(cell);
  if (text === undefined) return undefined;

  const reading = readNumber(cell);
  return typeof reading === "number" ? reading : text;
}

/**
 * Reads the as-of date as an ISO date (YYYY-MM-DD). Excel turns a typed date into a date cell or
 * a serial number, so both read as the date they show. Other text comes back unchanged.
 */
export function isoDateOrRaw(cell: CellValue): string | null {
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  if (typeof cell === "number" && Number.isFinite(cell) && cell > 0) return serialToDate(cell).toISOString().slice(0, 10);

  const text = textOf(cell);
  if (text === undefined) return null;
  return typeof readIsoDate(text) === "number" ? text.slice(0, 10) : text;
}

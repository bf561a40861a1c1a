import { isCellError, type CellValue } from "./table";

/**
 * A number read from a cell: the value, `"missing"` for a blank or a missing marker, or
 * `"invalid"` for anything else, which the caller reports as an issue and never turns into 0.
 */
export type NumberReading = number | "missing" | "invalid";

/** A date read from a cell, as an Excel serial day number (1900 date system), or why not. */
export type DateReading = number | "missing" | "invalid";

/** Text that means "no value" in exports, compared after trimming and lower-casing. */
const MISSING_MARKERS = new Set(["", "n/a", "na", "-", "—", "–", "none", "null", "nan"]);

/** Excel's error values, which CSV exports write out as text. */
const EXCEL_ERROR_TEXT = /^#(n\/a|div\/0!|value!|ref!|name\?|num!|null!|spill!|calc!|getting_data)$/i;

const PLAIN_NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i;
// NOTE: only the English convention is read: "1,234.5" is 1234.5, while a decimal comma ("4,5") is
// invalid and "1.000" is 1. Telling the conventions apart needs a look at the whole column.
const THOUSANDS_GROUPED = /^[+-]?\d{1,3}(,\d{3})+(\.\d*)?$/;
const CURRENCY_PREFIX = /^([+-]?)[$€£¥]\s*/;

/** The serial number of 1970-01-01 in Excel's 1900 date system. */
const UNIX_EPOCH_SERIAL = 25569;
const MS_PER_DAY = 86_400_000;

/** Tells whether a cell counts as missing: blank, `""`, `null`, a missing marker, or an error. */
export function isMissing(cell: CellValue): boolean {
  if (cell === null || cell === undefined) return true;
  if (isCellError(cell)) return true;
  if (typeof cell === "number") return Number.isNaN(cell);
  if (typeof cell === "string") return isMissingText(cell);
  return false;
}

function isMissingText(text: string): boolean {
  const trimmed = text.trim();
  return MISSING_MARKERS.has(trimmed.toLowerCase()) || EXCEL_ERROR_TEXT.test(trimmed);
}

/**
 * Reads a cell as a number. Numeric text is parsed: thousands separators (`"1,234"`), a percent
 * sign (`"45%"` → 0.45), a leading currency symbol and surrounding spaces. Booleans and the
 * words true/false/yes/no read as 1/0; a date reads as its serial number.
 *
 * @returns the number, `"missing"`, or `"invalid"` for text that is not a number.
 * @example readNumber(" 1,234 ") // 1234
 * @example readNumber("45%") // 0.45
 */
export function readNumber(cell: CellValue): NumberReading {
  if (typeof cell === "number") return Number.isFinite(cell) ? cell : "missing";
  if (typeof cell === "boolean") return cell ? 1 : 0;
  if (cell instanceof Date) return dateToSerial(cell);
  if (typeof cell === "string") {
    // Plain numeric text is the common case in exports, so it skips the slower checks below.
    const trimmed = cell.trim();
    if (PLAIN_NUMBER.test(trimmed)) return Number(trimmed);
    return isMissingText(trimmed) ? "missing" : readNumericText(trimmed);
  }
  return isMissing(cell) ? "missing" : "invalid";
}

function readNumericText(text: string): NumberReading {
  const word = text.toLowerCase();
  if (word === "true" || word === "yes") return 1;
  if (word === "false" || word === "no") return 0;

  let body = text.replace(CURRENCY_PREFIX, "$1");
  const isPercent = body.endsWith("%");
  if (isPercent) body = body.slice(0, -1).trimEnd();
  if (THOUSANDS_GROUPED.test(body)) body = body.replace(/,/g, "");
  if (!PLAIN_NUMBER.test(body)) return "invalid";

  const value = Number(body);
  return isPercent ? value / 100 : value;
}

/** Converts a JavaScript date to an Excel serial day number, reading its UTC fields. */
export function dateToSerial(date: Date): number {
  return date.getTime() / MS_PER_DAY + UNIX_EPOCH_SERIAL;
}

/** Converts an Excel serial day number to a JavaScript date at UTC midnight of that day. */
export function serialToDate(serial: number): Date {
  return new Date(Math.round((serial - UNIX_EPOCH_SERIAL) * MS_PER_DAY));
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * Reads a cell as a date. Numbers are Excel serial dates; text must be an ISO date
 * (`2024-10-16`, optionally with a time). Other text such as `10/16/2024` is ambiguous between
 * the US and European orders, so it is reported as invalid instead of guessed.
 *
 * @returns the serial day number (fractional when a time is given), `"missing"` or `"invalid"`.
 */
export function readDate(cell: CellValue): DateReading {
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? "invalid" : dateToSerial(cell);
  if (typeof cell === "number") return Number.isFinite(cell) && cell > 0 ? cell : "invalid";
  if (isMissing(cell)) return "missing";
  if (typeof cell !== "string") return "invalid";

  return readIsoDate(cell.trim());
}

/** Parses an ISO date string to a serial day number; `"invalid"` when it is not one. */
export function readIsoDate(text: string): DateReading {
  const match = ISO_DATE.exec(text);
  if (!match) return "invalid";

  const [, year, month, day, hour = "0", minute = "0", second = "0"] = match;
  const ms = Date.UTC(Number(year), Number(month) - 1, Number(day), Number(hour), Number(minute), Number(second));
  const parsed = new Date(ms);
  if (parsed.getUTCDate() !== Number(day) || parsed.getUTCMonth() !== Number(month) - 1) return "invalid";
  return ms / MS_PER_DAY + UNIX_EPOCH_SERIAL;
}

/** Reads a cell as a category label: trimmed and lower-cased text, or null when missing. */
export function readLabel(cell: CellValue): string | null {
  if (isMissing(cell)) return null;
  if (typeof cell === "boolean") return cell ? "true" : "false";
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  return String(cell).trim().toLowerCase();
}

/** Shows a cell value as a user typed it, for messages. */
export function showCell(cell: unknown): string {
  if (cell === null || cell === undefined) return "(blank)";
  if (isCellError(cell)) return cell.error;
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  if (typeof cell === "string") return JSON.stringify(cell);
  return String(cell);
}

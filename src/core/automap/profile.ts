import { isCellError, type CellValue, type Table } from "../table";
import { isMissing, readDate, readNumber } from "../values";

/**
 * The facts about the values under one header, gathered in one pass so that every rule reads
 * the same facts.
 */
export interface ColumnProfile {
  /** Cells that are not missing (see `isMissing`). */
  readonly present: number;
  /** The cells read as numbers. Yes/No and True/False words, booleans and dates are not numbers here. */
  readonly numbers: readonly number[];
  /** Cells that are ISO date text or a date value. */
  readonly dateCount: number;
  /** Cells of text that are neither numbers nor dates. */
  readonly textCount: number;
  /** The mean length in characters of those text cells; 0 when there are none. */
  readonly meanTextLength: number;
  /** Distinct labels in order of first appearance: trimmed lower-case text, numbers as their value. */
  readonly labels: readonly string[];
  /** Up to `SAMPLE_SIZE` distinct values as the user would read them, in order of first appearance. */
  readonly sample: readonly string[];
}

/** How many distinct values a profile keeps for the task pane. */
export const SAMPLE_SIZE = 5;

/**
 * The share of present cells that must be numbers for the column to count as numeric when some
 * cells are not numbers, and how many numbers it then needs. A stray "abc" among six logins
 * leaves the column numeric, and scoring reports the bad cell by row. A column whose present
 * cells are all numbers is numeric whatever its length.
 */
const NUMERIC_SHARE = 0.75;
const MIN_NUMBERS_WITH_TEXT = 3;

/** The share of present cells that must be ISO dates or date values for the column to count as dates. */
const DATE_SHARE = 0.9;

/** Words that `readNumber` reads as 1/0 but that the rules treat as labels. */
const BOOLEAN_WORDS = new Set(["yes", "no", "true", "false", "y", "n"]);

/**
 * Profiles one column of a table.
 *
 * @param table the sheet's data.
 * @param index the column's position in `table.headers` (0-based).
 * @returns the profile; a column of missing cells has `present` 0.
 */
export function profileColumn(table: Table, index: number): ColumnProfile {
  const numbers: number[] = [];
  const labels = new Map<string, string>();
  let present = 0;
  let dateCount = 0;
  let textCount = 0;
  let textLength = 0;

  for (const row of table.rows) {
    const cell = row[index];
    if (isMissing(cell)) continue;
    present += 1;

    const label = labelOf(cell);
    if (!labels.has(label)) labels.set(label, displayText(cell));

    const kind = kindOf(cell);
    if (kind === "date") dateCount += 1;
    else if (typeof kind === "number") numbers.push(kind);
    else if (kind === "text") {
      textCount += 1;
      textLength += String(cell).trim().length;
    }
  }

  return {
    present,
    numbers,
    dateCount,
    textCount,
    meanTextLength: textCount === 0 ? 0 : textLength / textCount,
    labels: [...labels.keys()],
    sample: [...labels.values()].slice(0, SAMPLE_SIZE),
  };
}

/**
 * Tells whether the column is numeric: every present cell is a number, or at least 75% of them
 * are and there are at least three numbers.
 */
export function isNumericColumn(profile: ColumnProfile): boolean {
  const count = profile.numbers.length;
  if (profile.present === 0) return false;
  if (count === profile.present) return true;
  return count >= MIN_NUMBERS_WITH_TEXT && count >= NUMERIC_SHARE * profile.present;
}

/** Tells whether at least 90% of the present cells are ISO dates or date values. */
export function isDateColumn(profile: ColumnProfile): boolean {
  return profile.present > 0 && profile.dateCount >= DATE_SHARE * profile.present;
}

/** Tells whether the column contains text labels: present, and neither numeric nor dates. */
export function isTextColumn(profile: ColumnProfile): boolean {
  return profile.present > 0 && !isNumericColumn(profile) && !isDateColumn(profile);
}

/** Tells whether every present cell has a different value. */
export function isAllDistinct(profile: ColumnProfile): boolean {
  return profile.labels.length === profile.present;
}

/** Classifies a present cell as a number (its value), a date, a boolean label or other text. */
function kindOf(cell: CellValue): number | "date" | "boolean" | "text" {
  if (cell instanceof Date) return "date";
  if (typeof cell === "boolean") return "boolean";
  if (typeof cell === "string" && BOOLEAN_WORDS.has(cell.trim().toLowerCase())) return "boolean";

  const number = readNumber(cell);
  if (typeof number === "number") return number;
  if (typeof cell === "string" && typeof readDate(cell) === "number") return "date";
  return "text";
}

/** Keys a present cell for distinct counting: numbers by value (`"1.0"` and `1` are one label), the rest as trimmed lower-case text. */
function labelOf(cell: CellValue): string {
  const kind = kindOf(cell);
  if (typeof kind === "number") return String(kind);
  return displayText(cell).toLowerCase();
}

/** Shows a present cell as text for the pane: trimmed text, numbers as written, TRUE/FALSE, ISO dates. */
function displayText(cell: CellValue): string {
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  if (typeof cell === "boolean") return cell ? "TRUE" : "FALSE";
  if (isCellError(cell)) return cell.error;
  return String(cell).trim();
}

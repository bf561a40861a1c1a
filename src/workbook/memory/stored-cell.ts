import { isCellError, type CellError, type CellValue } from "../../core/table";
import { dateToSerial } from "../../core/values";
import type { ExcelInput } from "../write-cell";

/** A formula kept as its en-US text, starting with "=". */
export interface FormulaCell {
  readonly formula: string;
}

/** The content of a non-blank cell of the in-memory workbook. */
export type StoredCell = string | number | boolean | CellError | FormulaCell;

/** A cell given when seeding a sheet: a raw value as a file reader hands it over, or a formula. */
export type SeedCell = CellValue | FormulaCell;

export function isFormulaCell(cell: StoredCell | SeedCell | undefined): cell is FormulaCell {
  return typeof cell === "object" && cell !== null && !(cell instanceof Date) && typeof (cell as FormulaCell).formula === "string";
}

/** Converts a seed cell to stored content: blanks become undefined and dates their serial numbers. */
export function storeSeedCell(cell: SeedCell): StoredCell | undefined {
  if (cell === null || cell === undefined || cell === "") return undefined;
  if (cell instanceof Date) return dateToSerial(cell);
  if (isFormulaCell(cell)) return { formula: cell.formula };
  if (isCellError(cell)) return { error: cell.error };
  return cell;
}

const PLAIN_NUMBER = /^\s*[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?\s*$/i;
const PERCENT = /^\s*[+-]?(\d+(\.\d*)?|\.\d+)\s*%\s*$/;
const ERROR_LITERAL = /^#(N\/A|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|NULL!|SPILL!|CALC!)$/i;

/** The result of one cell's input: the new content, undefined for a blank, or "unchanged". */
export type InputResult = StoredCell | undefined | "unchanged";

/**
 * Interprets one cell's input the way Excel interprets `Range.values` and `Range.formulas`. `null`
 * changes nothing, a leading apostrophe keeps the rest as text, and "=" starts a formula. "+" or "-"
 * starts a number or a formula. Numbers, percents, TRUE/FALSE and error literals typed as text are
 * converted.
 * NOTE: Excel also converts dates typed as text ("1/2", "2024-01-02"); this function keeps them as text.
 */
export function interpretExcelInput(input: ExcelInput): InputResult {
  if (input === null) return "unchanged";
  if (typeof input !== "string") return input;
  if (input === "") return undefined;
  if (input.startsWith("'")) return input.length > 1 ? input.slice(1) : undefined;
  if (input.startsWith("=")) return { formula: input };
  return convertTypedText(input);
}

function convertTypedText(text: string): StoredCell {
  if (PLAIN_NUMBER.test(text)) return Number(text);
  if (PERCENT.test(text)) return Number(text.replace("%", "").trim()) / 100;
  if (text.startsWith("+") || text.startsWith("-")) return { formula: `=${text}` };

  const upper = text.trim().toUpperCase();
  if (upper === "TRUE" || upper === "FALSE") return upper === "TRUE";
  if (ERROR_LITERAL.test(text.trim())) return { error: upper };
  return text;
}

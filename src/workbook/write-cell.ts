import { WorkbookError } from "./errors";
import { workbookMessages } from "./messages";

/** Text to be stored as text even when it starts with "=", "+", "-" or looks like a number. */
export interface TextCell {
  readonly text: string;
}

/**
 * One cell of a block written through the port:
 * - `null` leaves the cell unchanged;
 * - a number or boolean is stored as that number or boolean;
 * - a string starting with "=" is a formula in en-US syntax (comma argument separators, "." decimals);
 * - a string starting with "+" or "-" is rejected, because Excel reads it as a formula or a number
 *   (the Office.js reference for `Range.values` says so). Write a number, an "=" formula, or a `TextCell`;
 * - `""` clears the cell; any other string, and every `TextCell`, is stored as text.
 */
export type WriteCell = number | boolean | string | TextCell | null;

/** A rectangular block of cells, row by row; every row has the same length. */
export type WriteBlock = readonly (readonly WriteCell[])[];

/** The change a write makes to one cell, after the rules of `WriteCell` are applied. */
export type CellWrite =
  | { readonly kind: "unchanged" }
  | { readonly kind: "clear" }
  | { readonly kind: "number"; readonly value: number }
  | { readonly kind: "boolean"; readonly value: boolean }
  | { readonly kind: "text"; readonly text: string }
  | { readonly kind: "formula"; readonly formula: string };

/** The input Excel receives for one cell through `Range.values` or `Range.formulas`. */
export type ExcelInput = string | number | boolean | null;

/** Excel's limit on the characters in one cell. */
export const MAX_CELL_TEXT_LENGTH = 32_767;

const UNCHANGED: CellWrite = { kind: "unchanged" };
const CLEAR: CellWrite = { kind: "clear" };

/**
 * Applies the `WriteCell` rules to one cell.
 *
 * @throws WorkbookError with code `InvalidArgument` for NaN or an infinite number, a plain string
 *   starting with "+" or "-", or text longer than 32,767 characters.
 */
export function toCellWrite(cell: WriteCell): CellWrite {
  if (cell === null) return UNCHANGED;
  if (typeof cell === "number") return numberWrite(cell);
  if (typeof cell === "boolean") return { kind: "boolean", value: cell };
  if (typeof cell === "object") return textWrite(cell.text);
  if (cell === "") return CLEAR;
  if (cell.startsWith("=")) return { kind: "formula", formula: checkedLength(cell) };
  if (cell.startsWith("+") || cell.startsWith("-")) {
    throw new WorkbookError("InvalidArgument", workbookMessages.ambiguousSign(cell), cell);
  }
  return textWrite(cell);
}

function numberWrite(value: number): CellWrite {
  if (!Number.isFinite(value)) throw new WorkbookError("InvalidArgument", workbookMessages.nonFiniteNumber(value), value);
  return { kind: "number", value };
}

function textWrite(text: string): CellWrite {
  return text === "" ? CLEAR : { kind: "text", text: checkedLength(text) };
}

function checkedLength(text: string): string {
  if (text.length > MAX_CELL_TEXT_LENGTH) {
    throw new WorkbookError("InvalidArgument", workbookMessages.textTooLong(text.length), text.length);
  }
  return text;
}

/**
 * Text that Excel would turn into something else when it is typed or set through `Range.values`.
 * That is formulas ("=", "+", "-"), the apostrophe prefix itself, "@" (an implicit-intersection
 * formula) and error values ("#N/A"). It is also numbers, percents, currencies, dates and times, which
 * start with a digit, ".", "(" or a currency sign in en-US, booleans, and dates with a month name ("Jan 5").
 * NOTE: this follows en-US input parsing; a locale that reads other month names as dates is not covered.
 */
const CONVERTED_BY_EXCEL = /^(\s*[=+\-'@#.(0-9$€£¥]|\s*(true|false)\s*$|\s*(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?[\s\-/]+\d)/i;

/**
 * Returns the input that makes Excel store `text` as exactly this text. Excel reads a leading
 * apostrophe as its "quote prefix": the cell keeps the rest as text, and `values` and `formulas` read
 * back the text without the apostrophe. Only text that Excel would otherwise convert gets the prefix.
 *
 * @example textAsExcelInput("=total") // "'=total"
 * @example textAsExcelInput("At risk") // "At risk"
 */
export function textAsExcelInput(text: string): string {
  return CONVERTED_BY_EXCEL.test(text) ? `'${text}` : text;
}

/** Returns the Excel input for one cell write; `null` for a cell left unchanged. */
export function toExcelInput(write: CellWrite): ExcelInput {
  switch (write.kind) {
    case "unchanged":
      return null;
    case "clear":
      return "";
    case "number":
    case "boolean":
      return write.value;
    case "text":
      return textAsExcelInput(write.text);
    case "formula":
      return write.formula;
  }
}

/** Converts a block to the matrix sent to Excel, and reports whether any cell is a formula. */
export function toExcelMatrix(block: WriteBlock): { readonly matrix: ExcelInput[][]; readonly hasFormulas: boolean } {
  let hasFormulas = false;
  const matrix = block.map((row) =>
    row.map((cell) => {
      const write = toCellWrite(cell);
      if (write.kind === "formula") hasFormulas = true;
      return toExcelInput(write);
    }),
  );
  return { matrix, hasFormulas };
}

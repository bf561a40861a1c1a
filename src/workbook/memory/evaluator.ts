import type { CellNote, ConditionalFormatRule, NamedRangeDefinition, ReadCell, TableDefinition } from "../port";
import type { StoredCell } from "./stored-cell";

/** One sheet of the in-memory workbook as plain data, from A1 to the last used or formatted cell. */
export interface SheetContents {
  readonly name: string;
  /** Row by row; undefined is a blank cell. Text is stored without Excel's apostrophe prefix. */
  readonly cells: readonly (readonly (StoredCell | undefined)[])[];
  /** The number format of each cell in `cells`, "General" where none was set. */
  readonly numberFormats: readonly (readonly string[])[];
  /** Conditional formats in priority order, highest first, with the tag marker inside the formula. */
  readonly conditionalFormats: readonly (ConditionalFormatRule & { readonly address: string })[];
  readonly notes: readonly CellNote[];
}

/** The whole in-memory workbook as plain data, for an evaluator or a file writer. */
export interface WorkbookContents {
  readonly sheets: readonly SheetContents[];
  readonly names: readonly NamedRangeDefinition[];
  readonly tables: readonly TableDefinition[];
}

/** The computed values of a workbook's formula cells. */
export interface FormulaValues {
  /** Returns the value of the formula at a 0-based cell, or undefined when it has none. */
  valueAt(sheet: string, row: number, column: number): ReadCell | undefined;
}

/**
 * Computes formula cells, so that the in-memory workbook can show values the way Excel would, for
 * example with HyperFormula and the HEALTH functions. The workbook calls `evaluate` before a read
 * whenever its contents changed since the last call. An implementation must treat a text cell that
 * starts with "=" as text, because only `FormulaCell`s are formulas.
 */
export interface FormulaEvaluator {
  evaluate(contents: WorkbookContents): FormulaValues;
}

import type { CellError, Table } from "../core/table";
import type { WriteBlock } from "./write-cell";

export type { TextCell, WriteBlock, WriteCell } from "./write-cell";

/**
 * A value read from a cell: text, a number (dates are serial numbers), a boolean, or an error such as
 * `#N/A`. A blank cell reads as `""`.
 */
export type ReadCell = string | number | boolean | CellError;

/** A matrix of cells read row by row. */
export type ReadGrid = readonly (readonly ReadCell[])[];

/** One rectangular area read from a sheet. */
export interface RangeSnapshot {
  readonly sheet: string;
  /** The area in A1 notation without the sheet, such as "A1:K500". */
  readonly address: string;
  readonly values: ReadGrid;
  /** Excel number format codes in en-US syntax ("General", "0.0", "yyyy-mm-dd"), one per cell. */
  readonly numberFormats: readonly (readonly string[])[];
}

/**
 * A table or a used range read as a header row over data rows. It is a core `Table`, so the scoring
 * code reads it directly; `firstRowNumber` is the sheet row of `rows[0]`.
 */
export interface TableSnapshot extends Table {
  readonly sheet: string;
  /** The whole block including the header row, such as "A1:K5001". */
  readonly address: string;
  readonly rows: ReadGrid;
  /** The number format of each data cell, row by row like `rows`. */
  readonly numberFormats: readonly (readonly string[])[];
}

/** The row of the active cell, across the columns of the sheet's used range. */
export interface SelectedRow {
  readonly sheet: string;
  /** The 1-based sheet row of the active cell. */
  readonly rowNumber: number;
  /** The address of the active cell, such as "C12". */
  readonly address: string;
  /** The 0-based column index of `values[0]`: the used range's first column. */
  readonly firstColumn: number;
  readonly values: readonly ReadCell[];
}

/** The new selection after a change. */
export interface SelectionChange {
  readonly sheet: string;
  /** The selected area(s) as Excel reports them; several areas are comma-separated in en-US. */
  readonly address: string;
}

/** Progress of a long write, reported after each accepted request. */
export interface WriteProgress {
  readonly rowsWritten: number;
  readonly totalRows: number;
}

/** Options of `WorkbookPort.write`. */
export interface WriteOptions {
  readonly onProgress?: (progress: WriteProgress) => void;
}

/** Counts of the requests a write sent, for benchmarks and tests. */
export interface WriteReport {
  /** Requests sent, including those rejected as too large. */
  readonly requests: number;
  /** Requests rejected as too large and sent again in halves. */
  readonly retries: number;
}

/** A workbook-scoped name for one area of a sheet. */
export interface NamedRangeDefinition {
  readonly name: string;
  readonly sheet: string;
  /** One A1 area without the sheet, such as "B2:B5". */
  readonly address: string;
  readonly comment?: string;
}

/** An Excel table over one area, with its header row as the first row of the area. */
export interface TableDefinition {
  readonly name: string;
  readonly sheet: string;
  readonly address: string;
}

/** A number format for one area. */
export interface NumberFormatArea {
  readonly address: string;
  /** An Excel number format code in en-US syntax, such as "0.0" or "0%". */
  readonly format: string;
}

/**
 * A formula-based conditional format. The formula is in en-US syntax and relative to the top-left
 * cell of the area, as in Excel's "Use a formula to determine which cells to format".
 */
export interface ConditionalFormatRule {
  /** TRUE where the format applies, such as `=$H2="At risk"`. */
  readonly formula: string;
  /** Fill color "#RRGGBB". */
  readonly fill?: string;
  /** Font color "#RRGGBB". */
  readonly fontColor?: string;
  readonly bold?: boolean;
}

/** A note (Excel's plain cell note, not a threaded comment) on one cell. */
export interface CellNote {
  /** One cell, such as "C5". */
  readonly address: string;
  /** The note text; "" removes the cell's note. */
  readonly text: string;
}

/** Features that not every Excel version offers. */
export interface WorkbookCapabilities {
  /** Cell notes, which need ExcelApi 1.18. */
  readonly notes: boolean;
}

/** Stops a selection listener. */
export type Unsubscribe = () => Promise<void>;

/**
 * The task pane's and the CLI's only way into a workbook. Two implementations keep the same rules:
 * `OfficeWorkbook` over Office.js and `MemoryWorkbook` in memory.
 *
 * Rules every method keeps:
 * - an address is one A1 area without a sheet name ("A1:K500"). Several areas are never joined into
 *   one address, because the list separator depends on the locale, so a caller sends one per area;
 * - a blank cell reads as `""`; an error cell reads as `{ error: "#N/A" }`;
 * - no request carries more than about 5 MB (`PAYLOAD_LIMIT_BYTES`): large writes and reads are split
 *   into row chunks, and a chunk that the workbook still rejects is sent again in halves;
 * - an unknown sheet, table or name fails with a `WorkbookError` whose code is `ItemNotFound`.
 */
export interface WorkbookPort {
  readonly capabilities: WorkbookCapabilities;

  /** Returns the sheet names in tab order. */
  listSheets(): Promise<string[]>;

  /** Reads an Excel table: its header row, data rows and the data cells' number formats. */
  readTable(name: string): Promise<TableSnapshot>;

  /**
   * Reads the used range of a sheet (the cells with values), taking its first row as the headers.
   * Returns null for a sheet with no values.
   */
  readUsedRange(sheet: string): Promise<TableSnapshot | null>;

  /** Reads the values and number formats of one area. */
  readRange(sheet: string, address: string): Promise<RangeSnapshot>;

  /** Reads the area a workbook-scoped name refers to. */
  readNamedRange(name: string): Promise<RangeSnapshot>;

  /**
   * Reads the formulas of one area: "=…" in en-US syntax for a formula cell, the constant for any
   * other cell, `""` for a blank. Like Excel, text stored with the apostrophe prefix reads back
   * without it, so the text "=x" and the formula "=x" read the same here. `readRange` separates them.
   */
  readFormulas(sheet: string, address: string): Promise<readonly (readonly (string | number | boolean)[])[]>;

  /** Reads the row of the active cell; null when no worksheet cell is active. */
  readSelectedRow(): Promise<SelectedRow | null>;

  /**
   * Writes a block with its top-left cell at `address`, following the `WriteCell` rules: `null`
   * leaves a cell unchanged, "=…" is a formula, numbers stay numbers, `{ text }` is always text.
   * The block is split into row chunks so that no request passes the payload limit.
   *
   * @throws WorkbookError `InvalidArgument` for a ragged block or a cell that breaks the rules, before
   *   anything is written. A failure in a later chunk leaves the earlier chunks written.
   */
  write(sheet: string, address: string, block: WriteBlock, options?: WriteOptions): Promise<WriteReport>;

  /**
   * Makes sure an empty sheet with this name exists: creates it at the end, or clears an existing one
   * in place (values, formats, tables, conditional formats and notes), so that formulas and names
   * that refer to it keep working.
   */
  replaceSheet(name: string): Promise<void>;

  /** Defines workbook-scoped names, replacing existing names with the same (case-insensitive) name. */
  defineNames(definitions: readonly NamedRangeDefinition[]): Promise<void>;

  /**
   * Creates a table over an area whose first row contains the headers, replacing a table with the same
   * name (the old table becomes a plain range, its cells kept). Like Excel, blank headers become
   * "Column1", "Column2"… and repeated headers get a number appended.
   *
   * @throws WorkbookError `TableOverlap` when the area overlaps another table.
   */
  defineTable(definition: TableDefinition): Promise<void>;

  /** Sets number formats, one area per entry. */
  setNumberFormats(sheet: string, areas: readonly NumberFormatArea[]): Promise<void>;

  /**
   * Replaces the product's conditional formats marked with `tag` on a sheet: every earlier rule with
   * that tag on the sheet is deleted, then `rules` are added on `address`, the first rule with the
   * highest priority. Rules without the tag, such as the user's own, are left alone.
   */
  setConditionalFormats(sheet: string, address: string, tag: string, rules: readonly ConditionalFormatRule[]): Promise<void>;

  /**
   * Sets notes on cells, replacing a cell's existing note.
   *
   * @throws WorkbookError `NotSupported` when `capabilities.notes` is false.
   */
  setNotes(sheet: string, notes: readonly CellNote[]): Promise<void>;

  /** Calls `listener` after each selection change until the returned function is called. */
  onSelectionChanged(listener: (change: SelectionChange) => void): Promise<Unsubscribe>;
}

import type { CellValue } from "../table";

/** An Excel table on the model sheet. `range` covers the header row and the data rows. */
export interface SheetTable {
  readonly name: string;
  /** A1 range without the sheet name, e.g. `A3:F9`. */
  readonly range: string;
  readonly headers: readonly string[];
}

/** A workbook-level defined name that refers to cells of the model sheet. */
export interface SheetName {
  readonly name: string;
  /** A1 cell or range without the sheet name, e.g. `B12:B15`. */
  readonly range: string;
}

/** The "Health Model" sheet as data: its cells, its tables and the names that refer into it. */
export interface ModelSheet {
  /** Row-major grid starting at A1; null is an empty cell. */
  readonly cells: CellValue[][];
  readonly tables: readonly SheetTable[];
  readonly names: readonly SheetName[];
}

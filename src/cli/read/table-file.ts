import { readFileSync } from "node:fs";
import type { CellValue, Table } from "../../core/table";
import { READ_ERRORS } from "../messages";
import { readCsvGrid } from "./csv-grid";
import { locateTable } from "./locate-table";
import { ReadError } from "./read-error";
import { readXlsxGrid, type LoadedWorksheet } from "./xlsx-grid";

/** Options of `readTableFile`. */
export interface ReadOptions {
  /** The worksheet of an .xlsx file to read; default the first. Ignored for text files. */
  readonly sheet?: string;
}

/** A data sheet as read from a file: every cell, and the table found in it. */
export interface SheetFile {
  /** The worksheet's name, or the file name without its extension for a text file. */
  readonly sheetName: string;
  /** Every cell of the sheet, row-major from A1, title rows above the header included. */
  readonly cells: readonly (readonly CellValue[])[];
  readonly table: Table;
  /** Sheet row number (1-based) of the header row. */
  readonly headerRowNumber: number;
  /** The worksheet and the whole workbook as exceljs loaded an .xlsx file; null for a text file. */
  readonly loaded: LoadedWorksheet | null;
}

/** The leading bytes of a zip container, which an .xlsx file is. */
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
/** The leading bytes of an OLE compound file: a legacy .xls, or an .xlsx encrypted with a password. */
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

/**
 * Reads the table of a spreadsheet file. The content decides the format, whatever the file's
 * extension: a zip container is read as .xlsx, anything else as delimited text.
 *
 * @throws ReadError with a one-line reason when the file is missing or unreadable, empty,
 *   encrypted or a legacy .xls, binary, not valid CSV, has no table, or has a header row
 *   without data rows
 */
export async function readTableFile(path: string, options: ReadOptions = {}): Promise<Table> {
  return (await readSheetFile(path, options)).table;
}

/** Reads a spreadsheet file like `readTableFile`, keeping every cell of the sheet for copying. */
export async function readSheetFile(path: string, options: ReadOptions = {}): Promise<SheetFile> {
  const bytes = readBytes(path);
  if (bytes.length === 0) throw new ReadError("empty", READ_ERRORS.empty(path));
  if (startsWith(bytes, OLE_MAGIC)) throw new ReadError("encrypted", READ_ERRORS.encrypted(path));

  const { sheetName, cells, loaded } = startsWith(bytes, ZIP_MAGIC)
    ? await readXlsxGrid(bytes, path, options.sheet)
    : { sheetName: baseName(path), cells: readCsvGrid(bytes, path), loaded: null };
  const location = locateTable(cells);
  if (!location.found) throw locationError(location.reason, path);
  return { sheetName, cells, table: location.table, headerRowNumber: location.headerRowNumber, loaded };
}

function readBytes(path: string): Buffer {
  try {
    return readFileSync(path);
  } catch (error) {
    const code = typeof error === "object" && error !== null && "code" in error ? String(error.code) : "";
    if (code === "ENOENT") throw new ReadError("not-found", READ_ERRORS.notFound(path));
    if (code === "EISDIR") throw new ReadError("unreadable", READ_ERRORS.isDirectory(path));
    throw new ReadError("unreadable", READ_ERRORS.unreadable(path, error instanceof Error ? error.message : String(error)));
  }
}

function locationError(reason: "empty" | "header-only" | "no-table", path: string): ReadError {
  switch (reason) {
    case "empty":
      return new ReadError("empty", READ_ERRORS.empty(path));
    case "header-only":
      return new ReadError("header-only", READ_ERRORS.headerOnly(path));
    case "no-table":
      return new ReadError("no-table", READ_ERRORS.noTable(path));
  }
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

function baseName(path: string): string {
  const name = path.split(/[\\/]/).pop() ?? path;
  const dot = name.lastIndexOf(".");
  return dot > 0 ? name.slice(0, dot) : name;
}

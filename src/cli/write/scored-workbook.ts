import ExcelJS from "exceljs";
import type { HealthModel } from "../../core/model";
import { MODEL_SHEET_NAME } from "../../core/model-sheet";
import { OUTPUT_COLUMNS, type OutputColumn } from "../../core/outputs";
import type { CellValue } from "../../core/table";
import type { TrendColumn } from "../messages";
import type { SheetFile } from "../read";
import { isEmptyCell } from "../read/locate-table";
import { toExcelValue } from "./excel-value";
import { openInputWorkbook } from "./input-workbook";
import { addModelWorksheet } from "./model-worksheet";

/** The number format of each output column that has one. */
const OUTPUT_FORMATS: Partial<Record<OutputColumn | TrendColumn, string>> = {
  Engagement: "0.0",
  Satisfaction: "0.0",
  Adoption: "0.0",
  Outcomes: "0.0",
  "Health score": "0.0",
  Gap: "0.0",
  Coverage: "0%",
  "Previous score": "0.0",
  Change: "0.0",
  Slope: "0.00",
};

/** Column widths in characters, for columns wider than the default. */
const OUTPUT_WIDTHS: Partial<Record<OutputColumn | TrendColumn, number>> = { Diagnosis: 28, Explanation: 90 };

const DATE_FORMAT = "yyyy-mm-dd";
/** Excel's limit on a worksheet name's length, and the characters it forbids in one. */
const SHEET_NAME_MAX = 31;
const SHEET_NAME_FORBIDDEN = /[[\]:*?/\\]/g;
const FALLBACK_SHEET_NAME = "Data";

/** The inputs of a scored workbook. */
export interface ScoredWorkbookInput {
  readonly source: SheetFile;
  /** The output cells of each data row, in `headers` order; row i is the table's row i. */
  readonly outputs: readonly (readonly CellValue[])[];
  /** The output headers; default `OUTPUT_COLUMNS`, followed by the trend columns when the scores have a trend. */
  readonly headers?: readonly string[];
  readonly model: HealthModel;
}

/**
 * Builds the scored workbook. The output columns go to the right of the last used column of the
 * data sheet, so they never cover a user column, even one with the same header, and the
 * "Health Model" sheet comes last.
 *
 * For an .xlsx input the outputs are added to the workbook as exceljs loaded it, and that
 * workbook (`source.loaded`) is changed in place. Every sheet stays, with its formulas and
 * cached results, merges, styles, number formats and column widths. The model sheet of an
 * earlier run is replaced. For a text input the data sheet is a new sheet that copies the values cell for cell,
 * title rows included.
 *
 * @throws CliError when the scored worksheet of an .xlsx input is itself a "Health Model" sheet
 */
export function buildScoredWorkbook(input: ScoredWorkbookInput): ExcelJS.Workbook {
  if (input.source.loaded !== null) {
    const { workbook, worksheet, lastColumn } = openInputWorkbook(input.source.loaded);
    appendOutputs(worksheet, input, lastColumn + 1);
    addModelWorksheet(workbook, input.model);
    return workbook;
  }

  const workbook = new ExcelJS.Workbook();
  const worksheet = workbook.addWorksheet(dataSheetName(input.source.sheetName));
  copyCells(worksheet, input.source.cells);
  appendOutputs(worksheet, input, lastUsedColumn(input.source.cells) + 1);
  addModelWorksheet(workbook, input.model);
  return workbook;
}

function copyCells(worksheet: ExcelJS.Worksheet, cells: readonly (readonly CellValue[])[]): void {
  cells.forEach((line, row) => {
    line.forEach((value, column) => {
      const excelValue = toExcelValue(value);
      if (excelValue === null) return;

      const cell = worksheet.getCell(row + 1, column + 1);
      cell.value = excelValue;
      if (value instanceof Date) cell.numFmt = DATE_FORMAT;
    });
  });
}

/** Writes the output headers on the header row and one output row beside each data row, from `firstColumn` (1-based) on. */
function appendOutputs(worksheet: ExcelJS.Worksheet, input: ScoredWorkbookInput, firstColumn: number): void {
  const { source, outputs } = input;
  const headers = input.headers ?? OUTPUT_COLUMNS;

  headers.forEach((header, offset) => {
    const cell = worksheet.getCell(source.headerRowNumber, firstColumn + offset);
    cell.value = header;
    cell.font = { bold: true };
    const width = byHeader(OUTPUT_WIDTHS, header);
    if (width !== undefined) worksheet.getColumn(firstColumn + offset).width = width;
  });

  outputs.forEach((line, index) => {
    const row = source.table.firstRowNumber + index;
    line.forEach((value, offset) => {
      const excelValue = toExcelValue(value);
      if (excelValue === null) return;

      const cell = worksheet.getCell(row, firstColumn + offset);
      cell.value = excelValue;
      const format = byHeader(OUTPUT_FORMATS, headers[offset]);
      if (format !== undefined && typeof value === "number") cell.numFmt = format;
    });
  });
}

function byHeader<T>(formats: Partial<Record<string, T>>, header: string | undefined): T | undefined {
  return header === undefined ? undefined : formats[header];
}

/** Returns the 1-based number of the rightmost column with a non-empty cell in any row; 0 for none. */
export function lastUsedColumn(cells: readonly (readonly CellValue[])[]): number {
  let last = 0;
  for (const line of cells) {
    for (let column = line.length; column > last; column--) {
      if (!isEmptyCell(line[column - 1])) {
        last = column;
        break;
      }
    }
  }
  return last;
}

/** Makes a valid worksheet name that does not clash with the model sheet. */
function dataSheetName(name: string): string {
  const cleaned = name.replace(SHEET_NAME_FORBIDDEN, "_").replace(/^'+|'+$/g, "").slice(0, SHEET_NAME_MAX).trim();
  if (cleaned === "" || cleaned.toLowerCase() === MODEL_SHEET_NAME.toLowerCase()) return FALLBACK_SHEET_NAME;
  return cleaned;
}

import ExcelJS from "exceljs";
import { MODEL_SHEET_NAME } from "../../core/model-sheet";
import { CliError } from "../cli-error";
import { WRITE_ERRORS } from "../messages";
import { isEmptyCell } from "../read/locate-table";
import { toCellValue, type LoadedWorksheet } from "../read/xlsx-grid";

/** The loaded input workbook made ready for the outputs, with the scored worksheet and its last used column. */
export interface InputWorkbook extends LoadedWorksheet {
  /** The 1-based number of the rightmost column with a value, a formula or part of a merge; 0 for none. */
  readonly lastColumn: number;
}

/**
 * Prepares a loaded .xlsx input to receive the outputs. It removes the "Health Model" sheet of an
 * earlier run and the defined names that point into it, so the new model sheet replaces that
 * sheet instead of sitting beside it. No other sheet is changed.
 *
 * NOTE: exceljs 4 drops what it cannot model when it saves a loaded workbook: charts, pivot
 * tables, slicers, form controls and defined names that hold a formula or a constant rather
 * than a range. Keeping those would need a writer that edits the package's XML in place.
 *
 * @throws CliError when the scored worksheet is itself named "Health Model", because replacing
 *   the model sheet would delete the data
 */
export function openInputWorkbook({ workbook, worksheet }: LoadedWorksheet): InputWorkbook {
  if (isModelSheetName(worksheet.name)) throw new CliError(WRITE_ERRORS.scoredModelSheet(worksheet.name));

  const previousModel = workbook.worksheets.find((sheet) => isModelSheetName(sheet.name));
  if (previousModel !== undefined) {
    workbook.definedNames.model = workbook.definedNames.model
      .map(({ name, ranges }) => ({ name, ranges: ranges.filter((range) => !isModelSheetName(sheetOfRange(range))) }))
      .filter(({ ranges }) => ranges.length > 0);
    workbook.removeWorksheet(previousModel.id);
  }
  return { workbook, worksheet, lastColumn: lastUsedWorksheetColumn(worksheet) };
}

/**
 * Finds the rightmost column in use. A formula counts even when its cached result is blank, and
 * every cell of a merge counts, so the outputs never land inside a merged title.
 */
function lastUsedWorksheetColumn(worksheet: ExcelJS.Worksheet): number {
  let last = 0;
  worksheet.eachRow({ includeEmpty: false }, (row) => {
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      if (column <= last) return;
      const used = cell.type === ExcelJS.ValueType.Merge || cell.type === ExcelJS.ValueType.Formula || !isEmptyCell(toCellValue(cell.value));
      if (used) last = column;
    });
  });
  return last;
}

/** Compares sheet names as Excel does, ignoring case. */
function isModelSheetName(name: string): boolean {
  return name.toLowerCase() === MODEL_SHEET_NAME.toLowerCase();
}

/** Returns the sheet of a range such as `'Health Model'!$B$7:$B$10`, without the quotes Excel adds. */
function sheetOfRange(range: string): string {
  const bang = range.lastIndexOf("!");
  const sheet = bang < 0 ? "" : range.slice(0, bang);
  return sheet.startsWith("'") && sheet.endsWith("'") ? sheet.slice(1, -1).replace(/''/g, "'") : sheet;
}

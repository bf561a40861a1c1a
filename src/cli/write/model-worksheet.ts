import type ExcelJS from "exceljs";
import type { HealthModel } from "../../core/model";
import { MODEL_SHEET_NAME, modelSheetReference, modelToSheet, RANGE_NAMES, type SheetTable } from "../../core/model-sheet";
import type { CellValue } from "../../core/table";
import { toExcelValue } from "./excel-value";

/**
 * Adds the "Health Model" sheet to a workbook: the cells of `modelToSheet`, its four tables as
 * Excel tables, and its workbook-level defined names (HealthWeights, HealthThresholds, …).
 */
export function addModelWorksheet(workbook: ExcelJS.Workbook, model: HealthModel): ExcelJS.Worksheet {
  const sheet = modelToSheet(model);
  const worksheet = workbook.addWorksheet(MODEL_SHEET_NAME);

  sheet.cells.forEach((line, row) => {
    line.forEach((value, column) => {
      const excelValue = toExcelValue(value);
      if (excelValue !== null) worksheet.getCell(row + 1, column + 1).value = excelValue;
    });
  });
  for (const table of sheet.tables) addTable(worksheet, table, sheet.cells);
  for (const name of sheet.names) workbook.definedNames.add(modelSheetReference(MODEL_SHEET_NAME, absolute(name.range)), name.name);

  formatModelCells(worksheet, sheet.names);
  worksheet.getCell("A1").font = { bold: true, size: 14 };
  worksheet.columns.forEach((column, index) => {
    column.width = index === 5 ? 48 : 20;
  });
  return worksheet;
}

/** Adds an Excel table over cells already written; exceljs rewrites the same values. */
function addTable(worksheet: ExcelJS.Worksheet, table: SheetTable, cells: readonly (readonly CellValue[])[]): void {
  const [topLeft = "A1"] = table.range.split(":");
  const top = Number(/\d+$/.exec(topLeft)?.[0] ?? "1");
  const bottom = Number(/\d+$/.exec(table.range)?.[0] ?? String(top));
  const rows = cells.slice(top, bottom).map((line) => table.headers.map((_, column) => toExcelValue(line[column] ?? null)));

  worksheet.addTable({
    name: table.name,
    ref: topLeft,
    headerRow: true,
    style: { theme: "TableStyleLight9", showRowStripes: true },
    columns: table.headers.map((header) => ({ name: header, filterButton: false })),
    rows,
  });
}

function formatModelCells(worksheet: ExcelJS.Worksheet, names: readonly { name: string; range: string }[]): void {
  const coverage = names.find((name) => name.name === RANGE_NAMES.minCoverage);
  if (coverage) worksheet.getCell(coverage.range).numFmt = "0%";
}

/** Turns `B8:B11` into `$B$8:$B$11`, the form defined names use. */
function absolute(range: string): string {
  return range.replace(/([A-Z]+)(\d+)/g, "$$$1$$$2");
}

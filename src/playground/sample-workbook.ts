import { readCsvGrid } from "../cli/read/csv-grid";
import { MemoryWorkbook, type MemoryWorkbookOptions } from "../workbook/memory";

/** The data sheet's name in the playground, as Excel names a sheet opened from portfolio.csv. */
export const SAMPLE_SHEET = "portfolio";

/** The as-of date the bundled sample assumes; recency metrics count days to it. */
export const SAMPLE_AS_OF = "2026-11-30";

/**
 * Builds an in-memory workbook with one sheet read from CSV text the way the CLI reads a .csv
 * file: plain decimal numbers become numbers and everything else stays text. It selects A2, so
 * the pane finds the data sheet as it finds the active sheet in Excel.
 */
export function workbookFromCsv(csv: string, options: MemoryWorkbookOptions = {}, sheet = SAMPLE_SHEET): MemoryWorkbook {
  const grid = readCsvGrid(new TextEncoder().encode(csv), `${sheet}.csv`);
  const workbook = MemoryWorkbook.fromSheets({ [sheet]: grid }, options);
  workbook.select(sheet, "A2");
  return workbook;
}

import { MODEL_SHEET_NAME, type ModelSheet } from "../../core/model-sheet";
import { isCellError, type CellValue } from "../../core/table";
import type { WorkbookPort, WriteCell } from "../../workbook/port";

/**
 * Writes the model sheet through the port: clears (or creates) the "Health Model" sheet, writes
 * its cells from A1, then defines its tables and names. Clearing in place keeps formulas that
 * refer to the names working, and writing the same model twice leaves the same sheet.
 */
export async function writeModelSheet(port: WorkbookPort, sheet: ModelSheet): Promise<void> {
  await port.replaceSheet(MODEL_SHEET_NAME);
  await port.write(MODEL_SHEET_NAME, "A1", rectangular(sheet.cells));
  for (const table of sheet.tables) await port.defineTable({ name: table.name, sheet: MODEL_SHEET_NAME, address: table.range });
  await port.defineNames(sheet.names.map((name) => ({ name: name.name, sheet: MODEL_SHEET_NAME, address: name.range })));
}

/** Pads the rows to one width and converts each cell to a write cell; text always stays text. */
function rectangular(cells: readonly (readonly CellValue[])[]): WriteCell[][] {
  const width = Math.max(1, ...cells.map((row) => row.length));
  return cells.map((row) => Array.from({ length: width }, (_, index) => toWriteCell(row[index])));
}

function toWriteCell(cell: CellValue): WriteCell {
  if (cell === null || cell === undefined) return null;
  if (typeof cell === "number" || typeof cell === "boolean") return cell;
  if (cell instanceof Date) return { text: cell.toISOString().slice(0, 10) };
  if (isCellError(cell)) return { text: cell.error };
  return cell === "" ? null : { text: cell };
}

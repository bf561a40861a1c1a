import ExcelJS from "exceljs";
import type { CellValue } from "../../core/table";
import { READ_ERRORS } from "../messages";
import { ReadError } from "./read-error";

/** A worksheet as exceljs loaded it, inside its whole workbook. */
export interface LoadedWorksheet {
  readonly workbook: ExcelJS.Workbook;
  readonly worksheet: ExcelJS.Worksheet;
}

/** One worksheet's cells, row-major from A1, with the worksheet's name and the loaded workbook. */
export interface WorksheetGrid {
  readonly sheetName: string;
  readonly cells: CellValue[][];
  /** Kept so that a writer can add to the loaded workbook and keep its formulas, merges and styles. */
  readonly loaded: LoadedWorksheet;
}

/**
 * Reads one worksheet of an .xlsx file as a grid of values: rich text becomes its text, a
 * formula its cached result, a hyperlink its text, an error `{ error: "#N/A" }`, and a date a
 * `Date`. The cells that a merge covers besides its top-left one are empty, as Excel shows them,
 * so a title merged across the header's width does not read as a header row. Row i of the grid
 * is sheet row i + 1, empty rows included.
 *
 * @param sheet the worksheet's name; default the first worksheet
 * @param path the file's path, only for messages
 * @throws ReadError when the zip container is damaged or the worksheet does not exist
 */
export async function readXlsxGrid(bytes: Uint8Array, path: string, sheet?: string): Promise<WorksheetGrid> {
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs 4 declares its own Buffer type; a Node Buffer view of the same bytes satisfies it.
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer);
  } catch {
    throw new ReadError("binary", READ_ERRORS.invalidXlsx(path));
  }

  const worksheet = pickWorksheet(workbook, path, sheet);
  const cells: CellValue[][] = [];
  for (let rowNumber = 1; rowNumber <= worksheet.rowCount; rowNumber++) {
    const row = worksheet.getRow(rowNumber);
    const line: CellValue[] = [];
    for (let column = 1; column <= row.cellCount; column++) line.push(gridValue(row.getCell(column)));
    cells.push(line);
  }
  return { sheetName: worksheet.name, cells, loaded: { workbook, worksheet } };
}

function pickWorksheet(workbook: ExcelJS.Workbook, path: string, sheet: string | undefined): ExcelJS.Worksheet {
  const names = workbook.worksheets.map((worksheet) => worksheet.name);
  if (sheet === undefined) {
    const first = workbook.worksheets[0];
    if (first === undefined) throw new ReadError("no-table", READ_ERRORS.noWorksheet(path));
    return first;
  }

  const found = workbook.worksheets.find((worksheet) => worksheet.name === sheet) ?? workbook.worksheets.find((worksheet) => worksheet.name.toLowerCase() === sheet.toLowerCase());
  if (found === undefined) throw new ReadError("sheet-not-found", READ_ERRORS.sheetNotFound(path, sheet, names));
  return found;
}

/** Reads a cell's value; exceljs gives every cell of a merge the top-left value, and only the top-left one keeps it here. */
function gridValue(cell: ExcelJS.Cell): CellValue {
  return cell.type === ExcelJS.ValueType.Merge ? null : toCellValue(cell.value);
}

/** Converts an exceljs cell value to the core's cell value. */
export function toCellValue(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean" || value instanceof Date) return value;
  if ("error" in value) return { error: String(value.error) };
  if ("richText" in value) return value.richText.map((run) => run.text).join("");
  if ("hyperlink" in value) return hyperlinkText(value.text);
  if ("formula" in value || "sharedFormula" in value) return value.result === undefined ? null : toCellValue(value.result);
  return null;
}

/** Returns a hyperlink's shown text, which exceljs gives as rich text when the text is formatted. */
function hyperlinkText(text: unknown): string {
  if (typeof text === "string") return text;
  if (typeof text === "object" && text !== null && "richText" in text && Array.isArray(text.richText)) {
    return text.richText.map((run: unknown) => (typeof run === "object" && run !== null && "text" in run ? String(run.text) : "")).join("");
  }
  return String(text ?? "");
}

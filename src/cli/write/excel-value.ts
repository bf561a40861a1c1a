import type ExcelJS from "exceljs";
import { isCellError, type CellValue } from "../../core/table";

type ExcelError = ExcelJS.CellErrorValue["error"];

/** The error values exceljs 4 can write; others (such as `#SPILL!`) are written as their text. */
const WRITABLE_ERRORS: readonly ExcelError[] = ["#N/A", "#REF!", "#NAME?", "#DIV/0!", "#NULL!", "#VALUE!", "#NUM!"];

/**
 * Converts a core cell value to what exceljs writes: "" and undefined become null (an empty
 * cell), an error becomes an error value, anything else is written as it is.
 */
export function toExcelValue(value: CellValue): ExcelJS.CellValue {
  if (value === undefined || value === "") return null;
  if (isCellError(value)) {
    const known = WRITABLE_ERRORS.find((error) => error === value.error.toUpperCase());
    return known === undefined ? value.error : { error: known };
  }
  return value;
}

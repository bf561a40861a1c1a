/** The "Health Model" sheet: the model as named tables and ranges that travel with the workbook. */
export { modelToSheet } from "./to-sheet";
export { modelFromSheet } from "./from-sheet";
export type { ModelSheet, SheetName, SheetTable } from "./types";
export { BAND_ROW_NAMES, MODEL_SHEET_NAME, RANGE_NAMES, SETTING_LABELS, TABLE_HEADERS, TABLE_NAMES } from "./labels";
export { formatParameters, readMethod } from "./parameters";
export { columnLetters, cellAddress, rangeAddress, modelSheetReference } from "./address";

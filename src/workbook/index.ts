export * from "./port";
export { PayloadTooLargeError, WorkbookError, hasErrorCode, type WorkbookErrorCode } from "./errors";
export { PAYLOAD_LIMIT_BYTES, DEFAULT_REQUEST_BUDGET_BYTES, DEFAULT_READ_CELL_BUDGET } from "./payload";
export { columnIndex, columnName, formatArea, parseArea, sheetReference, type Area } from "./addresses";
export { MemoryWorkbook, type MemoryWorkbookOptions, type FormulaEvaluator, type FormulaValues, type WorkbookContents } from "./memory";

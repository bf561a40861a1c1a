export { MemoryWorkbook, type MemoryWorkbookOptions } from "./memory-workbook";
export type { FormulaEvaluator, FormulaValues, SheetContents, WorkbookContents } from "./evaluator";
export type { RequestStats } from "./request-meter";
export { isFormulaCell, type FormulaCell, type SeedCell, type StoredCell } from "./stored-cell";

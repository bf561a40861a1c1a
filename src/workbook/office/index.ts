export { OfficeWorkbook, type OfficeWorkbookOptions } from "./office-workbook";
export { officeExcelHost, type ExcelHost } from "./excel-host";

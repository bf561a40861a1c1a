import type { CellValue, Table } from "../../../src/core/table";

/** Builds a table from a header row and data rows, the first data row being sheet row 2. */
export function tableOf(headers: readonly string[], rows: readonly (readonly CellValue[])[]): Table {
  return { headers, rows, firstRowNumber: 2 };
}

/** Builds a one-column table from a header and its values. */
export function columnOf(header: string, values: readonly CellValue[]): Table {
  return tableOf([header], values.map((value) => [value]));
}

/** An error value read from a cell, such as `#N/A` from a failed lookup. */
export interface CellError {
  readonly error: string;
}

/** A raw cell value as a file reader or Excel hands it over. */
export type CellValue = string | number | boolean | Date | CellError | null | undefined;

/** A rectangular block of data under one header row. */
export interface Table {
  readonly headers: readonly string[];
  readonly rows: readonly (readonly CellValue[])[];
  /** The sheet row number (1-based) of rows[0], used to name rows in issues. */
  readonly firstRowNumber: number;
}

/** Tells whether a cell contains an error value. */
export function isCellError(value: unknown): value is CellError {
  return typeof value === "object" && value !== null && !(value instanceof Date) && typeof (value as CellError).error === "string";
}

/** Returns the index of a header, matched exactly first and then ignoring case and surrounding spaces; -1 when absent. */
export function findColumn(headers: readonly string[], name: string): number {
  const exact = headers.indexOf(name);
  if (exact >= 0) return exact;

  const wanted = name.trim().toLowerCase();
  return headers.findIndex((header) => header.trim().toLowerCase() === wanted);
}

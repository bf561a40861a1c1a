/** A1-style cell and range addresses, without a sheet name and without `$` signs. */

/**
 * Returns the column letters of a 1-based column number.
 *
 * @example columnLetters(1) // "A"
 * @example columnLetters(28) // "AB"
 */
export function columnLetters(column: number): string {
  let letters = "";
  for (let rest = column; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  }
  return letters;
}

/** Returns the A1 address of a cell from its 1-based row and column. */
export function cellAddress(row: number, column: number): string {
  return `${columnLetters(column)}${row}`;
}

/** Returns the A1 address of a rectangular range from its corners (1-based). */
export function rangeAddress(top: number, left: number, bottom: number, right: number): string {
  return `${cellAddress(top, left)}:${cellAddress(bottom, right)}`;
}

/** Returns a reference to a cell or range of the model sheet, as Excel writes it: `'Health Model'!B5`. */
export function modelSheetReference(sheetName: string, range: string): string {
  return `'${sheetName.replace(/'/g, "''")}'!${range}`;
}

import type { Area } from "../addresses";
import type { StoredCell } from "./stored-cell";

/** Excel's number format of a cell that was never formatted. */
export const GENERAL_FORMAT = "General";

/**
 * The cells and number formats of one sheet, stored as sparse rows: rows and cells that were never
 * written take no memory, while a written row is a plain array, fast to fill and to read.
 */
export class SheetGrid {
  private readonly cells: ((StoredCell | undefined)[] | undefined)[] = [];
  private readonly formats: ((string | undefined)[] | undefined)[] = [];

  cell(row: number, column: number): StoredCell | undefined {
    return this.cells[row]?.[column];
  }

  setCell(row: number, column: number, content: StoredCell | undefined): void {
    if (content === undefined && this.cells[row] === undefined) return;
    (this.cells[row] ??= [])[column] = content;
  }

  numberFormat(row: number, column: number): string {
    return this.formats[row]?.[column] ?? GENERAL_FORMAT;
  }

  setNumberFormat(row: number, column: number, format: string): void {
    (this.formats[row] ??= [])[column] = format;
  }

  clear(): void {
    this.cells.length = 0;
    this.formats.length = 0;
  }

  /** Returns the smallest area holding every non-blank cell (Excel's used range of values), or null. */
  usedArea(): Area | null {
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    for (const [rowIndex, row] of this.cells.entries()) {
      if (row === undefined) continue;
      for (const [columnIndex, cell] of row.entries()) {
        if (cell === undefined) continue;
        top = Math.min(top, rowIndex);
        bottom = Math.max(bottom, rowIndex);
        left = Math.min(left, columnIndex);
        right = Math.max(right, columnIndex);
      }
    }
    return bottom < 0 ? null : { top, left, bottom, right };
  }

  /** Returns the smallest area holding every non-blank cell or set number format, or null. */
  extent(): Area | null {
    const used = this.usedArea();
    let bottom = used?.bottom ?? -1;
    let right = used?.right ?? -1;
    for (const [rowIndex, row] of this.formats.entries()) {
      if (row === undefined) continue;
      bottom = Math.max(bottom, rowIndex);
      right = Math.max(right, row.length - 1);
    }
    return bottom < 0 || right < 0 ? null : { top: 0, left: 0, bottom, right };
  }
}

import { OUTPUT_COLUMNS } from "../../core/outputs";
import type { Table } from "../../core/table";
import { parseArea, type Area } from "../../workbook/addresses";
import type { ReadCell, TableSnapshot } from "../../workbook/port";

/** The data's place on its sheet and the place of the product's output columns. */
export interface OutputLocation {
  /** The user's columns only: the product's own output columns, when found, are left out. */
  readonly data: Table;
  /** The sheet area of the snapshot that was read (header row included), 0-based. */
  readonly area: Area;
  /** The 0-based sheet column of the first output column. */
  readonly outputLeft: number;
  /** True when earlier output columns were found by their headers and are reused. */
  readonly reusesEarlierOutputs: boolean;
  /** Sheet rows (1-based) below the data that still hold earlier outputs, to be cleared. */
  readonly staleRows: number;
}

/**
 * Finds where the output columns go for a sheet read as a table snapshot. The product's earlier
 * outputs are recognised by the full run of `OUTPUT_COLUMNS` headers, side by side and in order,
 * and reused. Otherwise the outputs go in the first column after the last used one, so no user
 * column is overwritten. Trailing rows whose user cells are all blank (rows that only
 * hold earlier outputs) are left out of the data and counted in `staleRows`.
 */
export function locateOutputs(snapshot: TableSnapshot): OutputLocation {
  const area = parseArea(snapshot.address);
  const start = findOutputRun(snapshot.headers);
  const keep = (cells: readonly ReadCell[]): ReadCell[] =>
    start < 0 ? [...cells] : [...cells.slice(0, start), ...cells.slice(start + OUTPUT_COLUMNS.length)];

  const rows = snapshot.rows.map(keep);
  let dataRows = rows.length;
  while (dataRows > 0 && (rows[dataRows - 1] ?? []).every((cell) => cell === "")) dataRows--;

  const data: Table = { headers: keep(snapshot.headers).map(String), rows: rows.slice(0, dataRows), firstRowNumber: snapshot.firstRowNumber };
  return {
    data,
    area,
    outputLeft: start < 0 ? area.right + 1 : area.left + start,
    reusesEarlierOutputs: start >= 0,
    staleRows: start < 0 ? 0 : rows.length - dataRows,
  };
}

/** Returns the index of the first header of a complete, in-order run of the output headers; -1 when there is none. */
export function findOutputRun(headers: readonly (string | ReadCell)[]): number {
  const texts = headers.map((header) => (typeof header === "string" ? header.trim() : ""));
  for (let start = 0; start + OUTPUT_COLUMNS.length <= texts.length; start++) {
    if (OUTPUT_COLUMNS.every((name, offset) => texts[start + offset] === name)) return start;
  }
  return -1;
}

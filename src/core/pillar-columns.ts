import type { PillarScores, PillarVector } from "./vector";

/**
 * The pillar scores of a portfolio, one column per pillar in pillar order, one entry per
 * account; NaN where the account has no data for the pillar.
 *
 * Why columns: an array per account cost about 150 bytes, and about 0.2 s of garbage collection
 * at 1,000,000 accounts. Four columns cost 32 bytes per account and no collection.
 */
export type PillarColumns = PillarVector<Float64Array>;

/**
 * Allocates pillar columns for `size` accounts, all four in one buffer: a new one, or part of
 * one the caller allocated, from `byteOffset` (a multiple of 8) for `size` × 32 bytes. A new
 * buffer has 0 in every entry, a real score, so the caller writes every entry before reading.
 */
export function emptyPillarColumns(size: number, buffer = new ArrayBuffer(size * 32), byteOffset = 0): PillarColumns {
  const column = (pillar: number): Float64Array => new Float64Array(buffer, byteOffset + pillar * size * 8, size);
  return [column(0), column(1), column(2), column(3)];
}

/** Returns the number of accounts the columns hold. */
export function pillarColumnsSize(columns: PillarColumns): number {
  return columns[0].length;
}

/**
 * Returns one account's pillar scores as a new array, null where the column has NaN.
 *
 * NOTE: every array is built from a literal of nulls, so it contains boxed numbers even when no
 * pillar is missing. V8 (Node 20) keeps an array of only numbers as unboxed doubles, which a
 * null cannot join. When one function reads arrays of both kinds, it converts or boxes on every
 * read. With mixed arrays, assessing 1,000,000 accounts allocated about 400 bytes per account.
 * Another engine may differ, which costs time only.
 *
 * @throws RangeError when `row` is not 0 to size − 1
 */
export function pillarRowAt(columns: PillarColumns, row: number): PillarScores {
  checkRow("pillarRowAt", row, columns[0].length);
  return fillRow(columns, row, [null, null, null, null]);
}

/** A pillar row that `pillarRowInto` overwrites. */
export type PillarRowBuffer = [number | null, number | null, number | null, number | null];

/**
 * Writes one account's pillar scores into `scores`, as `pillarRowAt` builds them, for a caller
 * that reads the row at once and keeps no reference to it.
 *
 * @throws RangeError when `row` is not 0 to size − 1
 * @returns `scores`
 */
export function pillarRowInto(columns: PillarColumns, row: number, scores: PillarRowBuffer): PillarScores {
  checkRow("pillarRowInto", row, columns[0].length);
  return fillRow(columns, row, scores);
}

/** Writes one row's scores into `scores`, null where the column has NaN; the caller checks the row. */
function fillRow(columns: PillarColumns, row: number, scores: PillarRowBuffer): PillarScores {
  for (let pillar = 0; pillar < 4; pillar++) {
    const score = columns[pillar as 0 | 1 | 2 | 3][row] as number;
    scores[pillar] = Number.isNaN(score) ? null : score;
  }
  return scores;
}

/**
 * Throws when `row` is not a row of a column of `size` entries, naming the function and the row.
 *
 * @throws RangeError when `row` is not a whole number from 0 to size − 1
 */
export function checkRow(caller: string, row: number, size: number): void {
  if (Number.isInteger(row) && row >= 0 && row < size) return;
  throw new RangeError(size === 0 ? `${caller} has no rows to read: got row ${row}` : `${caller} requires a row from 0 to ${size - 1}: got ${row}`);
}

/** Returns every account's pillar scores as arrays (`pillarRowAt`), in row order. */
export function pillarRowsOf(columns: PillarColumns): PillarScores[] {
  const size = pillarColumnsSize(columns);
  const rows = new Array<PillarScores>(size);
  for (let row = 0; row < size; row++) rows[row] = pillarRowAt(columns, row);
  return rows;
}

/** Returns pillar columns holding the given rows, NaN where a row's pillar is null. */
export function pillarColumnsOf(rows: readonly PillarScores[]): PillarColumns {
  const columns = emptyPillarColumns(rows.length);
  rows.forEach((scores, row) => {
    for (let pillar = 0; pillar < 4; pillar++) columns[pillar as 0 | 1 | 2 | 3][row] = scores[pillar] ?? Number.NaN;
  });
  return columns;
}

import { bucketSortInto, sortBuffers, type SortBuffers } from "./bucket-sort";

/**
 * Row indexes grouped into populations: one group with every row, or one group per segment.
 * Population-based methods (percentile, minmax without fixed bounds, zscore) compare a row only
 * with the rows of its own group.
 */
export type RowGroups = readonly Int32Array[];

/**
 * Groups row indexes by segment, so each segment is scored as its own population.
 *
 * Cost: O(n).
 *
 * @param rowCount the number of rows in the table
 * @param segments the segment index of each row (any integer; equal index, same population),
 *   or null for one population of every row
 * @throws RangeError when `segments` has a length other than `rowCount`
 * @returns the groups in order of first appearance, each listing its rows in ascending order
 * @example groupRowsBySegment(4, Int32Array.of(0, 1, 0, 1)) // [Int32Array [0, 2], Int32Array [1, 3]]
 */
export function groupRowsBySegment(rowCount: number, segments: Int32Array | null): RowGroups {
  if (segments === null) return [everyRow(rowCount)];
  if (segments.length !== rowCount) {
    throw new RangeError(`groupRowsBySegment requires one segment index per row: got ${segments.length} for ${rowCount} rows`);
  }

  const rowsBySegment = new Map<number, number[]>();
  segments.forEach((segment, row) => {
    const rows = rowsBySegment.get(segment);
    if (rows === undefined) rowsBySegment.set(segment, [row]);
    else rows.push(row);
  });
  return [...rowsBySegment.values()].map((rows) => Int32Array.from(rows));
}

/** Returns the number of rows in the largest group, 0 when there is none. */
export function largestGroup(groups: RowGroups): number {
  return groups.reduce((largest, rows) => Math.max(largest, rows.length), 0);
}

/** Lists the row indexes 0 to rowCount − 1, the single group of an unsegmented table. */
export function everyRow(rowCount: number): Int32Array {
  const rows = new Int32Array(rowCount);
  for (let row = 0; row < rowCount; row++) rows[row] = row;
  return rows;
}

/**
 * Copies the present (non-NaN) values of some rows and sorts them ascending, the form every
 * population-based method works from.
 *
 * Cost: O(k log k) for k rows.
 *
 * @param values one value per row, NaN where missing
 * @param rows the row indexes of one population
 * @returns the present values in ascending order
 * @example sortPresentValues(Float64Array.of(3, NaN, 1), Int32Array.of(0, 1, 2)) // Float64Array [1, 3]
 */
export function sortPresentValues(values: Float64Array, rows: Int32Array): Float64Array {
  return sortPresentValuesInto(values, rows, sortBuffers(rows.length));
}

/**
 * Sorts the present values of some rows as `sortPresentValues` does, in buffers the caller
 * reuses across columns, so scoring many columns allocates them once (`bucketSortInto`).
 *
 * @param buffers buffers for at least rows.length values, their contents overwritten
 * @returns a view of the buffers, valid until the caller next passes them on
 */
export function sortPresentValuesInto(values: Float64Array, rows: Int32Array, buffers: SortBuffers): Float64Array {
  if (buffers.present.length < rows.length) {
    throw new RangeError(`sortPresentValuesInto requires buffers for at least ${rows.length} values: got ${buffers.present.length}`);
  }

  const present = buffers.present;
  let count = 0;
  for (let index = 0; index < rows.length; index++) {
    const value = values[rows[index] as number] as number;
    if (!Number.isNaN(value)) present[count++] = value;
  }
  return bucketSortInto(present.subarray(0, count), buffers);
}

/**
 * Scores each row against the sorted present values of its own population. `scorerFor` is
 * called once per population, so it can compute the population's statistics once.
 *
 * Cost: O(n log n) for the sorts, plus the cost of the scorer per row.
 *
 * @param values one value per row, NaN where missing
 * @param groups the populations, which together cover every row
 * @param scorerFor builds the scorer of one population from its sorted present values (never empty)
 * @returns one score per row, NaN where the value is missing
 */
export function scoreByPopulation(
  values: Float64Array,
  groups: RowGroups,
  scorerFor: (sorted: Float64Array) => (value: number) => number,
): Float64Array {
  const scores = new Float64Array(values.length).fill(Number.NaN);
  for (const rows of groups) {
    const sorted = sortPresentValues(values, rows);
    if (sorted.length === 0) continue;

    const score = scorerFor(sorted);
    for (let index = 0; index < rows.length; index++) {
      const row = rows[index] as number;
      const value = values[row] as number;
      if (!Number.isNaN(value)) scores[row] = score(value);
    }
  }
  return scores;
}

/**
 * Scores each present value on its own, for methods that need no population.
 *
 * Cost: O(n) calls of `score`.
 *
 * @param values one value per row, NaN where missing
 * @param score maps one present value to its score
 * @returns one score per row, NaN where the value is missing
 */
export function scoreEach(values: Float64Array, score: (value: number) => number): Float64Array {
  return values.map((value) => (Number.isNaN(value) ? Number.NaN : score(value)));
}

import type { Direction } from "../model";
import { bucketIndex, countBelowIndexed } from "./bucket-index";
import { sortBuffers, type SortBuffers } from "./bucket-sort";
import { largestGroup, sortPresentValuesInto, type RowGroups } from "./population";
import { countAtOrBelow, countBelow } from "./sorted-search";

/** The score of the only value in a population of one, which beats no one and loses to no one. */
const SOLE_VALUE_SCORE = 50;

/**
 * Ranks a value within its population as the share of the other values it beats, × 100.
 *
 * This is Excel's PERCENTRANK.INC without its rounding to three digits: (values strictly
 * worse) ÷ (n − 1) × 100, where "worse" means lower when higher is better and higher when lower
 * is better. Equal values beat each other in neither direction, so ties share one score.
 *
 * Cost: O(log n), by binary search in the sorted population.
 *
 * @param sorted the population in ascending order, without NaN; it must contain `value`
 * @param value the value to rank
 * @param direction whether higher or lower values are better
 * @throws RangeError when `value` is not in `sorted`
 * @returns 0–100; 50 for a population of one
 * @example percentileRankSorted(Float64Array.of(10, 20, 30, 40, 50), 40, "higher") // 75
 */
export function percentileRankSorted(sorted: Float64Array, value: number, direction: Direction): number {
  const below = countBelow(sorted, value);
  if (sorted[below] !== value) {
    throw new RangeError(`percentileRankSorted requires the value to be in the population: ${value} is not`);
  }
  const n = sorted.length;
  if (n === 1) return SOLE_VALUE_SCORE;

  const worse = direction === "higher" ? below : n - countAtOrBelow(sorted, value);
  return (worse / (n - 1)) * 100;
}

/**
 * Scores a column by percentile rank within each row's population (see `percentileRankSorted`).
 *
 * Method: each population is sorted once and reduced to its distinct values with the rank of
 * each. A `BucketIndex` over the distinct values then places each row, in O(1) for evenly spread
 * values and by binary search at worst.
 *
 * Cost: O(n log n).
 *
 * @param values one value per row, NaN where missing; missing rows are left out of the population
 * @param direction whether higher or lower values are better
 * @param groups the populations (one group, or one per segment)
 * @returns one score 0–100 per row, NaN where the value is missing
 * @example percentileScores(Float64Array.of(10, 30, 20), "higher", [everyRow(3)]) // Float64Array [0, 100, 50]
 */
export function percentileScores(values: Float64Array, direction: Direction, groups: RowGroups): Float64Array {
  return percentileScoresInto(values, direction, groups, new Float64Array(values.length), sortBuffers(largestGroup(groups)));
}

/**
 * Scores a column by percentile rank as `percentileScores` does, into buffers the caller
 * provides, so a caller scoring many columns allocates them once.
 *
 * @param scores the output, one entry per row, all overwritten
 * @param scratch the sort buffers, for at least the largest group, their contents overwritten
 * @returns `scores`
 */
export function percentileScoresInto(values: Float64Array, direction: Direction, groups: RowGroups, scores: Float64Array, scratch: SortBuffers): Float64Array {
  if (scores.length !== values.length) {
    throw new RangeError(`percentileScoresInto requires one score entry per value: got ${scores.length} for ${values.length} values`);
  }

  scores.fill(Number.NaN);
  for (const rows of groups) {
    const sorted = sortPresentValuesInto(values, rows, scratch);
    if (sorted.length === 0) continue;

    const { distinct, ranks } = rankTable(sorted, direction);
    const index = bucketIndex(distinct);
    for (let member = 0; member < rows.length; member++) {
      const row = rows[member] as number;
      const value = values[row] as number;
      if (!Number.isNaN(value)) scores[row] = ranks[countBelowIndexed(index, value)] as number;
    }
  }
  return scores;
}

/** The distinct values of a population in ascending order, and the percentile rank of each. */
interface RankTable {
  readonly distinct: Float64Array;
  readonly ranks: Float64Array;
}

/**
 * Ranks every distinct value of a sorted population with the arithmetic of `percentileRankSorted`.
 * A run of equal values from index `start` to `end` − 1 has `start` values below it and `end`
 * at or below it.
 */
function rankTable(sorted: Float64Array, direction: Direction): RankTable {
  const n = sorted.length;
  // Sized exactly, because a large column with few distinct values would otherwise allocate two
  // arrays of n entries to fill a handful.
  const distinct = new Float64Array(countDistinct(sorted));
  const ranks = new Float64Array(distinct.length);
  let count = 0;
  let start = 0;
  while (start < n) {
    const value = sorted[start] as number;
    let end = start + 1;
    while (end < n && sorted[end] === value) end++;

    const worse = direction === "higher" ? start : n - end;
    distinct[count] = value;
    ranks[count] = n === 1 ? SOLE_VALUE_SCORE : (worse / (n - 1)) * 100;
    count++;
    start = end;
  }
  return { distinct, ranks };
}

function countDistinct(sorted: Float64Array): number {
  let count = sorted.length === 0 ? 0 : 1;
  for (let index = 1; index < sorted.length; index++) {
    if (sorted[index] !== sorted[index - 1]) count++;
  }
  return count;
}

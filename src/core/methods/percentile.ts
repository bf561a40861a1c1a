import type { Direction } from "../model";
import { scoreByPopulation, type RowGroups } from "./population";
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
 * Method: each population is sorted once and every row is placed by binary search.
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
  return scoreByPopulation(values, groups, (sorted) => (value) => percentileRankSorted(sorted, value, direction));
}

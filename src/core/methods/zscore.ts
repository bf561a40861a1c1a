import type { Direction } from "../model";
import { standardNormalCdf } from "./normal-cdf";
import { scoreByPopulation, type RowGroups } from "./population";

/** The score of every value when the population has no spread to measure against. */
const NO_SPREAD_SCORE = 50;

/** A population's mean and sample standard deviation. */
export interface Moments {
  readonly mean: number;
  /** The sample standard deviation (n − 1 in the denominator); 0 when n < 2 or all values are equal. */
  readonly standardDeviation: number;
}

/**
 * Computes the mean and sample standard deviation of a sorted population.
 *
 * Method: two passes, both summing in ascending order, so the order of the table's rows cannot
 * change the last digit of the result. A population whose values are all equal gets a standard
 * deviation of exactly 0, even where the rounded mean differs from the values.
 *
 * Cost: O(n).
 *
 * @param sorted the population in ascending order, without NaN, at least one value
 * @returns the mean and the sample standard deviation
 * @example momentsOfSorted(Float64Array.of(2, 4, 6)) // { mean: 4, standardDeviation: 2 }
 */
export function momentsOfSorted(sorted: Float64Array): Moments {
  const n = sorted.length;
  const mean = sorted.reduce((sum, value) => sum + value, 0) / n;
  if (n < 2 || sorted[0] === sorted[n - 1]) return { mean, standardDeviation: 0 };

  const squaredDeviations = sorted.reduce((sum, value) => sum + (value - mean) ** 2, 0);
  return { mean, standardDeviation: Math.sqrt(squaredDeviations / (n - 1)) };
}

/**
 * Scores a value as the standard normal CDF of its z-score, × 100: Φ((x − mean) ÷ sd) × 100
 * when higher is better and Φ(−z) × 100 when lower is better.
 *
 * Cost: O(1).
 *
 * @param value the value to score
 * @param moments the population's mean and sample standard deviation
 * @param direction whether higher or lower values are better
 * @returns 0–100; 50 when the standard deviation is 0
 * @example zScoreScore(6, { mean: 4, standardDeviation: 2 }, "higher") // 84.13447460685429, Φ(1) × 100
 */
export function zScoreScore(value: number, moments: Moments, direction: Direction): number {
  if (moments.standardDeviation === 0) return NO_SPREAD_SCORE;

  const z = (value - moments.mean) / moments.standardDeviation;
  return standardNormalCdf(direction === "higher" ? z : -z) * 100;
}

/**
 * Scores a column by z-score within each row's population (see `zScoreScore`). A population of
 * one, or of equal values, scores 50.
 *
 * Cost: O(n log n), for the sort that makes the sums independent of row order.
 *
 * @param values one value per row, NaN where missing; missing rows are left out of the population
 * @param direction whether higher or lower values are better
 * @param groups the populations (one group, or one per segment)
 * @returns one score 0–100 per row, NaN where the value is missing
 * @example zScoreScores(Float64Array.of(2, 4, 6), "higher", [everyRow(3)]) // ≈ [15.87, 50, 84.13]
 */
export function zScoreScores(values: Float64Array, direction: Direction, groups: RowGroups): Float64Array {
  return scoreByPopulation(values, groups, (sorted) => {
    const moments = momentsOfSorted(sorted);
    return (value) => zScoreScore(value, moments, direction);
  });
}

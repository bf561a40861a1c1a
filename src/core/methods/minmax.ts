import { clampScore } from "../composite";
import type { Direction, MinMaxMethod } from "../model";
import { scoreByPopulation, scoreEach, type RowGroups } from "./population";

/** The score of every value when the bounds are equal, so no value is better than another. */
const EQUAL_BOUNDS_SCORE = 50;

/** A minmax method's fixed bounds. */
export interface MinMaxBounds {
  readonly min: number;
  readonly max: number;
}

/**
 * Places a value linearly between two bounds: (x − min) ÷ (max − min) × 100 when higher is
 * better, (max − x) ÷ (max − min) × 100 when lower is better.
 *
 * Cost: O(1).
 *
 * @param value the value to score
 * @param min the lower bound
 * @param max the upper bound, at or above `min`
 * @param direction whether higher or lower values are better
 * @returns 0–100, clamped for values outside the bounds; 50 when max = min
 * @example minMaxScore(25, 10, 50, "higher") // 37.5
 */
export function minMaxScore(value: number, min: number, max: number, direction: Direction): number {
  if (max === min) return EQUAL_BOUNDS_SCORE;

  const share = direction === "higher" ? (value - min) / (max - min) : (max - value) / (max - min);
  return clampScore(share * 100);
}

/**
 * Returns the method's fixed bounds, or null when the population's min and max apply because
 * `min` or `max` is not given.
 *
 * @throws RangeError when the fixed `min` is above the fixed `max`
 */
export function fixedBounds(method: MinMaxMethod): MinMaxBounds | null {
  const { min, max } = method;
  if (min === undefined || max === undefined) return null;
  if (min > max) throw new RangeError(`minmax requires min at or below max: got min ${min}, max ${max}`);

  return { min, max };
}

/**
 * Scores a column by its position between the min and max of each row's population, or
 * between the method's fixed bounds when both are given (see `minMaxScore`).
 *
 * Cost: O(n log n) with a population (the min and max come from one sort per population), O(n)
 * with fixed bounds.
 *
 * @param values one value per row, NaN where missing
 * @param method the minmax parameters
 * @param direction whether higher or lower values are better
 * @param groups the populations (one group, or one per segment); unused with fixed bounds
 * @throws RangeError when the fixed `min` is above the fixed `max`
 * @returns one score 0–100 per row, NaN where the value is missing
 * @example minMaxScores(Float64Array.of(10, 50, 25), { kind: "minmax" }, "higher", [everyRow(3)]) // Float64Array [0, 100, 37.5]
 */
export function minMaxScores(values: Float64Array, method: MinMaxMethod, direction: Direction, groups: RowGroups): Float64Array {
  const bounds = fixedBounds(method);
  if (bounds !== null) return scoreEach(values, (value) => minMaxScore(value, bounds.min, bounds.max, direction));

  return scoreByPopulation(values, groups, (sorted) => {
    const min = sorted[0] as number;
    const max = sorted[sorted.length - 1] as number;
    return (value) => minMaxScore(value, min, max, direction);
  });
}

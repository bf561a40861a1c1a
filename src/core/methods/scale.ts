import { clampScore } from "../composite";
import type { Direction, ScaleMethod } from "../model";
import { scoreEach } from "./population";

/**
 * Maps a value on a known scale [low, high] linearly to 0–100: (x − low) ÷ (high − low) × 100,
 * clamped, or 100 minus that when lower is better. Suits survey answers such as CSAT 1–5 or
 * NPS −100 to 100.
 *
 * Cost: O(1).
 *
 * @param value the value to score
 * @param low the bottom of the scale
 * @param high the top of the scale, above `low`
 * @param direction whether higher or lower values are better
 * @throws RangeError when `high` is not above `low`
 * @returns 0–100
 * @example scaleScore(4, 1, 5, "higher") // 75
 * @example scaleScore(4, 1, 5, "lower") // 25
 */
export function scaleScore(value: number, low: number, high: number, direction: Direction): number {
  if (!(high > low)) throw new RangeError(`scale requires high above low: got low ${low}, high ${high}`);

  const score = clampScore(((value - low) / (high - low)) * 100);
  return direction === "higher" ? score : 100 - score;
}

/**
 * Scores a column by `scaleScore`.
 *
 * Cost: O(n).
 *
 * @param values one value per row, NaN where missing
 * @param method the bounds of the scale
 * @param direction whether higher or lower values are better
 * @throws RangeError when `high` is not above `low`
 * @returns one score 0–100 per row, NaN where the value is missing
 */
export function scaleScores(values: Float64Array, method: ScaleMethod, direction: Direction): Float64Array {
  return scoreEach(values, (value) => scaleScore(value, method.low, method.high, direction));
}

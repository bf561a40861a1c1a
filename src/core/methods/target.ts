import { clampScore } from "../composite";
import type { TargetMethod } from "../model";
import { scoreEach } from "./population";

/**
 * Scores a value linearly from a floor (0 points) to a target (100 points): (x − floor) ÷
 * (target − floor) × 100, clamped. A floor above the target means lower is better, so the
 * parameters carry the direction.
 *
 * Cost: O(1).
 *
 * @param value the value to score, in the unit of the metric
 * @param floor the value that scores 0
 * @param target the value that scores 100; must differ from `floor`
 * @throws RangeError when `floor` equals `target`
 * @returns 0–100
 * @example targetScore(60, 20, 100) // 50
 * @example targetScore(5, 10, 0) // 50, because a floor above the target rewards lower values
 */
export function targetScore(value: number, floor: number, target: number): number {
  if (floor === target) throw new RangeError(`target requires a floor different from the target: both are ${floor}`);

  return clampScore(((value - floor) / (target - floor)) * 100);
}

/**
 * Scores a column by `targetScore`.
 *
 * Cost: O(n).
 *
 * @param values one value per row, NaN where missing
 * @param method the floor and target
 * @throws RangeError when the floor equals the target
 * @returns one score 0–100 per row, NaN where the value is missing
 */
export function targetScores(values: Float64Array, method: TargetMethod): Float64Array {
  return scoreEach(values, (value) => targetScore(value, method.floor, method.target));
}

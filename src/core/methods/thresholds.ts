import type { ThresholdsMethod } from "../model";
import { scoreEach } from "./population";

/** A (value, score) breakpoint of a thresholds method. */
export type Breakpoint = readonly [value: number, score: number];

/**
 * Interpolates a score linearly between the breakpoints around a value, flat beyond the first
 * and last breakpoint. At a value listed twice (a step), the later breakpoint's score applies.
 *
 * Cost: O(k) for k breakpoints, which are few.
 *
 * @param value the value to score
 * @param points (value, score) breakpoints in ascending order of value, at least one
 * @returns the interpolated score, within the range of the breakpoints' scores
 * @example thresholdsScore(15, [[0, 0], [10, 50], [20, 100]]) // 75
 */
export function thresholdsScore(value: number, points: readonly Breakpoint[]): number {
  const [firstValue, firstScore] = points[0] as Breakpoint;
  if (value < firstValue) return firstScore;

  let index = 0;
  while (index + 1 < points.length && (points[index + 1] as Breakpoint)[0] <= value) index++;
  const [lowValue, lowScore] = points[index] as Breakpoint;
  const next = points[index + 1];
  if (next === undefined) return lowScore;

  const [highValue, highScore] = next;
  return lowScore + ((value - lowValue) / (highValue - lowValue)) * (highScore - lowScore);
}

/**
 * Checks that breakpoints can be interpolated: at least one, all finite, in ascending order of
 * value. `normalizeModel` reports these as model issues; this guard catches a model that
 * skipped it.
 *
 * @throws RangeError naming the first breakpoint that breaks the rule
 */
export function assertBreakpoints(points: readonly Breakpoint[]): void {
  if (points.length === 0) throw new RangeError("thresholds requires at least one (value, score) breakpoint");

  points.forEach(([value, score], index) => {
    if (!Number.isFinite(value) || !Number.isFinite(score)) {
      throw new RangeError(`thresholds requires finite breakpoints: points[${index}] is (${value}, ${score})`);
    }
    const previous = points[index - 1];
    if (previous !== undefined && previous[0] > value) {
      throw new RangeError(`thresholds requires breakpoints in ascending order of value: points[${index}] (${value}) is below ${previous[0]}`);
    }
  });
}

/**
 * Scores a column by `thresholdsScore`.
 *
 * Cost: O(n · k) for k breakpoints.
 *
 * @param values one value per row, NaN where missing
 * @param method the breakpoints
 * @throws RangeError when the breakpoints are empty, not finite or out of order
 * @returns one score per row, NaN where the value is missing
 */
export function thresholdsScores(values: Float64Array, method: ThresholdsMethod): Float64Array {
  assertBreakpoints(method.points);

  return scoreEach(values, (value) => thresholdsScore(value, method.points));
}

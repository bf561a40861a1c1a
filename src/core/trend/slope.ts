import { linearRegression } from "simple-statistics";
import { InvalidArgumentError } from "../backtest/argument-error";

/**
 * Computes the least-squares slope of a composite series per period over its last `periods`
 * snapshots. The x value of a snapshot is its position in the series, so a null inside the
 * window is skipped but still counts as a period between its neighbours.
 *
 * Method: ordinary least squares through the non-null points of the window, with
 * simple-statistics' `linearRegression`.
 *
 * Cost: O(periods).
 *
 * @param series composites oldest first, the current one last, null where there was none
 * @param periods the window length N, an integer of 2 or more
 * @throws InvalidArgumentError when `periods` is not an integer of 2 or more
 * @returns points per period (negative is a decline), or null when the window has fewer than
 *   two non-null composites
 * @example slopePerPeriod([70, 65, 62, 55], 4) // -4.8: Σ(x − 1.5)(y − 63) = −24 over Σ(x − 1.5)² = 5
 */
export function slopePerPeriod(series: readonly (number | null)[], periods: number): number | null {
  if (!Number.isInteger(periods) || periods < 2) throw new InvalidArgumentError("periods", periods, "an integer of 2 or more");

  const start = Math.max(0, series.length - periods);
  const points: [number, number][] = [];
  for (let index = start; index < series.length; index++) {
    const score = series[index];
    if (score !== null && score !== undefined) points.push([index - start, score]);
  }
  if (points.length < 2) return null;

  return linearRegression(points).m;
}

import type { RecencyMethod } from "../model";
import { scoreEach } from "./population";
import { targetScore } from "./target";

/**
 * Counts the whole days from a date to the as-of date: floor(as-of) − floor(date), so a time of
 * day never makes a partial day. A date after the as-of date gives a negative count.
 *
 * Cost: O(1).
 *
 * @param dateSerial the date as an Excel serial day number, possibly with a fraction for the time
 * @param asOfSerial the as-of date as an Excel serial day number
 * @returns the days since the date
 * @example daysSince(45580.75, 45590) // 10
 */
export function daysSince(dateSerial: number, asOfSerial: number): number {
  return Math.floor(asOfSerial) - Math.floor(dateSerial);
}

/**
 * Scores days since a date like `target`: `floorDays` scores 0, `targetDays` scores 100, clamped.
 * With the usual targetDays < floorDays, a future date (negative days) scores 100.
 *
 * Cost: O(n).
 *
 * @param days days since the date per row (see `daysSince`), NaN where missing
 * @param method the target and floor in days
 * @throws RangeError when `floorDays` equals `targetDays`
 * @returns one score 0–100 per row, NaN where the date is missing
 * @example recencyScores(Float64Array.of(15), { kind: "recency", targetDays: 0, floorDays: 30 }) // Float64Array [50]
 */
export function recencyScores(days: Float64Array, method: RecencyMethod): Float64Array {
  return scoreEach(days, (count) => targetScore(count, method.floorDays, method.targetDays));
}

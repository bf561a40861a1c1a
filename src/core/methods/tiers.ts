import type { TiersMethod } from "../model";
import { scoreEach } from "./population";
import { countAtOrBelow } from "./sorted-search";

/**
 * Scores a value by the tier it falls in, a step function: below cuts[0] it scores points[0],
 * in [cuts[i − 1], cuts[i]) it scores points[i], and at or above the last cut it scores the
 * last entry of `points`. A value equal to a cut belongs to the tier above it.
 *
 * Cost: O(log k) for k cuts.
 *
 * @param value the value to score
 * @param cuts the tier bounds in ascending order
 * @param points the score of each tier, one more entry than `cuts`
 * @returns the entry of `points` for the value's tier
 * @example tiersScore(50, [40, 70], [0, 50, 100]) // 50
 * @example tiersScore(70, [40, 70], [0, 50, 100]) // 100
 */
export function tiersScore(value: number, cuts: readonly number[], points: readonly number[]): number {
  return points[countAtOrBelow(cuts, value)] as number;
}

/**
 * Checks that tiers can score a value: ascending finite cuts and one more point than cuts.
 * `normalizeModel` reports these as model issues; this guard catches a model that skipped it.
 *
 * @throws RangeError naming the first parameter that breaks the rule
 */
export function assertTiers(cuts: readonly number[], points: readonly number[]): void {
  if (points.length !== cuts.length + 1) {
    throw new RangeError(`tiers requires one more point than cuts: got ${points.length} points for ${cuts.length} cuts`);
  }
  cuts.forEach((cut, index) => {
    const previous = cuts[index - 1];
    if (!Number.isFinite(cut) || (previous !== undefined && previous > cut)) {
      throw new RangeError(`tiers requires finite cuts in ascending order: cuts[${index}] is ${cut}`);
    }
  });
}

/**
 * Scores a column by `tiersScore`.
 *
 * Cost: O(n log k) for k cuts.
 *
 * @param values one value per row, NaN where missing
 * @param method the cuts and points
 * @throws RangeError when the cuts are out of order or the points do not match them
 * @returns one score per row, NaN where the value is missing
 */
export function tiersScores(values: Float64Array, method: TiersMethod): Float64Array {
  assertTiers(method.cuts, method.points);

  return scoreEach(values, (value) => tiersScore(value, method.cuts, method.points));
}

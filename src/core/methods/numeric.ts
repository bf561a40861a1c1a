import type { Direction, NumericMethod } from "../model";
import { fixedBounds, minMaxScores } from "./minmax";
import { percentileScores } from "./percentile";
import type { RowGroups } from "./population";
import { scaleScores } from "./scale";
import { targetScores } from "./target";
import { thresholdsScores } from "./thresholds";
import { tiersScores } from "./tiers";
import { zScoreScores } from "./zscore";

/**
 * Scores a column of numbers by any numeric method. This is the one routine behind both
 * `scoreMetricColumn` and `scoreValue`, so a cell formula and a whole-table score agree.
 *
 * Cost: O(n log n) for the population-based methods, O(n) for the rest.
 *
 * @param values one value per row, NaN where missing
 * @param method the method and its parameters
 * @param direction whether higher or lower values are better; target, thresholds and tiers
 *   take the direction from their parameters instead
 * @param groups the populations (one group, or one per segment), used by percentile, zscore
 *   and minmax without fixed bounds
 * @throws RangeError when the method's parameters are invalid (see each method)
 * @returns one score per row, NaN where the value is missing
 */
export function scoreNumbers(values: Float64Array, method: NumericMethod, direction: Direction, groups: RowGroups): Float64Array {
  switch (method.kind) {
    case "percentile":
      return percentileScores(values, direction, groups);
    case "minmax":
      return minMaxScores(values, method, direction, groups);
    case "target":
      return targetScores(values, method);
    case "thresholds":
      return thresholdsScores(values, method);
    case "tiers":
      return tiersScores(values, method);
    case "zscore":
      return zScoreScores(values, direction, groups);
    case "scale":
      return scaleScores(values, method, direction);
  }
}

/** Tells whether a numeric method scores a value against the other accounts' values. */
export function needsPopulation(method: NumericMethod): boolean {
  switch (method.kind) {
    case "percentile":
    case "zscore":
      return true;
    case "minmax":
      return fixedBounds(method) === null;
    default:
      return false;
  }
}

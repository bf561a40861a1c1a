import { InvalidArgumentError } from "../backtest/argument-error";
import { changeSincePrevious } from "./change";
import { slopePerPeriod } from "./slope";

/** Snapshots the slope is fitted over by default, the current one included. */
export const DEFAULT_TREND_PERIODS = 4;

/**
 * The drop in points that flags an account as declining by default. Five points is a sixth of
 * the Watch band (40–70) under the default bands, so a slide is flagged well before most
 * accounts change band.
 */
export const DEFAULT_DECLINE_THRESHOLD = 5;

export interface TrendOptions {
  /** Snapshots in the slope's window, the current one included; an integer of 2 or more. Default 4. */
  readonly periods?: number;
  /** Points of drop that flag a decline, 0 or more. Default 5. */
  readonly threshold?: number;
}

/** The movement of an account's composite over its snapshots. */
export interface Trend {
  /** Current composite − the last earlier one that is not null; null without both. */
  readonly change: number | null;
  /** Least-squares points per period over the last `periods` snapshots; null with fewer than two points there. */
  readonly slope: number | null;
  /** True when the slope or the change is at or below −threshold. */
  readonly declining: boolean;
}

/**
 * Computes an account's trend: the change since the previous snapshot, the slope per period
 * over the last N snapshots, and whether either shows a decline of at least the threshold.
 *
 * Cost: O(m + N) for m earlier snapshots.
 *
 * @param earlier earlier composites, oldest first, null where the account had none
 * @param current the current composite, or null
 * @param options the window N (default 4) and the decline threshold in points (default 5)
 * @throws InvalidArgumentError when `periods` is not an integer of 2 or more, or the threshold
 *   is negative or not finite
 * @returns the trend
 * @example trendOf([70, 65, 62], 55) // { change: -7, slope: -4.8, declining: true }
 */
export function trendOf(earlier: readonly (number | null)[], current: number | null, options: TrendOptions = {}): Trend {
  const periods = options.periods ?? DEFAULT_TREND_PERIODS;
  const threshold = options.threshold ?? DEFAULT_DECLINE_THRESHOLD;
  if (!(threshold >= 0) || !Number.isFinite(threshold)) {
    throw new InvalidArgumentError("threshold", threshold, "a finite number of points, 0 or more");
  }

  const change = changeSincePrevious(earlier, current);
  const slope = slopePerPeriod([...earlier, current], periods);
  const declining = (slope !== null && slope <= -threshold) || (change !== null && change <= -threshold);
  return { change, slope, declining };
}

import { bandOf, bandThreshold, nextBandUp, type BandKey } from "./band";
import type { Bands } from "./model";
import { sharedGap, type SharedVerdicts } from "./shared-verdicts";

/** The points the driver pillar must gain for the composite to reach the next band up. */
export interface Gap {
  /** Points to add to the driver pillar's score, rounded up to 0.1. */
  readonly points: number;
  readonly nextBand: BandKey;
  /** False when the points exceed 100 − the driver's score: that pillar alone cannot get there. */
  readonly reachable: boolean;
}

/**
 * Computes the gap: (next threshold − composite) ÷ w_driver, rounded up to 0.1, where w_driver
 * is the weight the driver pillar carries in the composite. When that exceeds 100 − s_driver,
 * the next band is out of reach through the driver alone.
 *
 * @param composite the account's composite, 0–100
 * @param driverScore the driver pillar's score
 * @param driverWeight the driver's effective weight in the composite, above 0
 * @param shared gaps already built for the portfolio, to return an equal one from instead of a new one
 * @returns the gap, or null for an account already in the top band
 * @example gapOf(34, 12, 0.25, DEFAULT_BANDS) // { points: 24, nextBand: "watch", reachable: true }
 */
export function gapOf(composite: number, driverScore: number, driverWeight: number, bands: Bands, shared?: SharedVerdicts): Gap | null {
  const next = nextBandUp(bandOf(composite, bands));
  if (next === null || driverWeight <= 0) return null;

  const points = roundUpToTenth((bandThreshold(next, bands) - composite) / driverWeight);
  const reachable = points <= 100 - driverScore + 1e-9;
  return shared === undefined ? { points, nextBand: next, reachable } : sharedGap(shared, points, next, reachable);
}

/** Rounds up to one decimal, ignoring floating-point dust so 22.000000000000004 stays 22. */
export function roundUpToTenth(value: number): number {
  return Math.ceil(value * 10 - 1e-9) / 10;
}

import { PILLARS, type Pillar } from "./pillars";
import type { PillarScores, PillarVector } from "./vector";

/**
 * Finds the pillar that drives an account's risk: the one with the largest weighted shortfall
 * w · max(0, T − s) below the Healthy threshold T. Ties go to the earlier pillar in the order
 * Engagement, Satisfaction, Adoption, Outcomes. Pillars with no data are never the driver, and
 * with no pillar below T there is none.
 *
 * @param scores pillar scores, null where the pillar has no data
 * @param weights pillar weights; only their ratios matter
 * @param healthy the Healthy threshold T
 * @returns the driver's index in pillar order, or -1
 * @example driverIndex([80, 50, 65, 30], [0.25, 0.25, 0.25, 0.25], 70) // 3 (Outcomes: 0.25 · 40)
 */
export function driverIndex(scores: PillarScores, weights: PillarVector<number>, healthy: number): number {
  let best = -1;
  let bestShortfall = 0;
  for (let index = 0; index < scores.length; index++) {
    const score = scores[index] ?? null;
    if (score === null) continue;

    const shortfall = (weights[index] ?? 0) * Math.max(0, healthy - score);
    if (shortfall > bestShortfall) {
      best = index;
      bestShortfall = shortfall;
    }
  }
  return best;
}

/** Returns the driver pillar's name, or null when no pillar is below the Healthy threshold. */
export function driverOf(scores: PillarScores, weights: PillarVector<number>, healthy: number): Pillar | null {
  const index = driverIndex(scores, weights, healthy);
  return index < 0 ? null : (PILLARS[index] ?? null);
}

import type { Bands } from "./model";
import type { PillarScores } from "./vector";

/** A divergence pattern between pillars, most specific first. */
export type Diagnosis = "undervalued" | "lockedInUnhappy" | "talkWithoutResults" | "championOnly" | "drifting";

/** Every diagnosis, in the order they are listed (most specific first). */
export const DIAGNOSES: readonly Diagnosis[] = ["undervalued", "lockedInUnhappy", "talkWithoutResults", "championOnly", "drifting"];

/**
 * Lists the divergence patterns an account matches, most specific first. "High" is a pillar
 * score at or above the Healthy threshold, "low" is below the Watch (At-risk) threshold, and a
 * pillar with no data is neither.
 *
 * @example diagnosesOf([85, 50, 75, 20], DEFAULT_BANDS) // ["talkWithoutResults"]
 */
export function diagnosesOf(scores: PillarScores, bands: Bands): Diagnosis[] {
  const [engagement, satisfaction, adoption, outcomes] = scores;
  const high = (score: number | null): boolean => score !== null && score >= bands.healthy;
  const low = (score: number | null): boolean => score !== null && score < bands.watch;

  const matches: Record<Diagnosis, boolean> = {
    undervalued: high(engagement) && high(adoption) && high(outcomes) && low(satisfaction),
    lockedInUnhappy: high(adoption) && low(satisfaction),
    talkWithoutResults: high(engagement) && low(outcomes),
    championOnly: high(engagement) && low(adoption),
    drifting: low(engagement),
  };
  return DIAGNOSES.filter((diagnosis) => matches[diagnosis]);
}

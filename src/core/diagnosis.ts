import type { Bands } from "./model";
import type { PillarScores } from "./vector";

/** A divergence pattern between pillars, most specific first. */
export type Diagnosis = "undervalued" | "lockedInUnhappy" | "talkWithoutResults" | "championOnly" | "drifting";

/** Every diagnosis, in the order they are listed (most specific first). */
export const DIAGNOSES: readonly Diagnosis[] = ["undervalued", "lockedInUnhappy", "talkWithoutResults", "championOnly", "drifting"];

/** The bit of each diagnosis in a match mask: bit i for `DIAGNOSES[i]`. */
const BIT = Object.fromEntries(DIAGNOSES.map((diagnosis, index) => [diagnosis, 1 << index])) as Readonly<Record<Diagnosis, number>>;

/**
 * Every possible list of matching diagnoses, frozen, indexed by a bit mask with bit i set when
 * `DIAGNOSES[i]` matches. Five diagnoses give 32 lists, so a portfolio of any size shares them
 * instead of keeping one array per account.
 */
const DIAGNOSIS_LISTS: readonly (readonly Diagnosis[])[] = Array.from({ length: 1 << DIAGNOSES.length }, (_, mask) =>
  Object.freeze(DIAGNOSES.filter((_, index) => (mask & (1 << index)) !== 0)),
);

/**
 * Lists the divergence patterns an account matches, most specific first. "High" is a pillar
 * score at or above the Healthy threshold, "low" is below the Watch (At-risk) threshold, and a
 * pillar with no data is neither.
 *
 * @example diagnosesOf([85, 50, 75, 20], DEFAULT_BANDS) // ["talkWithoutResults"]
 */
export function diagnosesOf(scores: PillarScores, bands: Bands): Diagnosis[] {
  return [...sharedDiagnosesOf(scores, bands)];
}

/**
 * Lists the divergence patterns an account matches, as `diagnosesOf` does, in a frozen list
 * shared by every account with the same matches.
 *
 * Cost: O(1), and no allocation.
 *
 * @returns a frozen list; the same object for every call with the same matches
 * @example sharedDiagnosesOf([85, 50, 75, 20], DEFAULT_BANDS) // ["talkWithoutResults"], frozen
 */
export function sharedDiagnosesOf(scores: PillarScores, bands: Bands): readonly Diagnosis[] {
  return DIAGNOSIS_LISTS[diagnosisMask(scores, bands)] ?? [];
}

/**
 * Returns the bit mask of a list of diagnoses (bit i for `DIAGNOSES[i]`), or -1 when the list is
 * not in the order `sharedDiagnosesOf` gives or names one twice, so no two lists share a mask.
 */
export function diagnosisMaskOf(diagnoses: readonly Diagnosis[]): number {
  // Index loops, because this runs once per account and an iterator allocates.
  let mask = 0;
  for (let index = 0; index < diagnoses.length; index++) mask |= BIT[diagnoses[index] as Diagnosis];
  const canonical = DIAGNOSIS_LISTS[mask] ?? [];
  if (canonical === diagnoses) return mask;
  if (canonical.length !== diagnoses.length) return -1;
  for (let index = 0; index < canonical.length; index++) if (canonical[index] !== diagnoses[index]) return -1;
  return mask;
}

/**
 * Returns the frozen shared list of a bit mask (bit i for `DIAGNOSES[i]`), the inverse of
 * `diagnosisMaskOf`.
 *
 * @throws RangeError when the mask is not 0 to 31
 */
export function diagnosesOfMask(mask: number): readonly Diagnosis[] {
  const list = DIAGNOSIS_LISTS[mask];
  if (list === undefined) throw new RangeError(`diagnosesOfMask requires a mask from 0 to ${DIAGNOSIS_LISTS.length - 1}: got ${mask}`);
  return list;
}

/** Returns a bit mask with bit i set when `DIAGNOSES[i]` matches. */
function diagnosisMask(scores: PillarScores, bands: Bands): number {
  const { healthy, watch } = bands;
  const engagement = scores[0];
  const satisfaction = scores[1];
  const adoption = scores[2];
  const outcomes = scores[3];
  const highEngagement = engagement !== null && engagement >= healthy;
  const highAdoption = adoption !== null && adoption >= healthy;
  const highOutcomes = outcomes !== null && outcomes >= healthy;
  const lowEngagement = engagement !== null && engagement < watch;
  const lowSatisfaction = satisfaction !== null && satisfaction < watch;
  const lowAdoption = adoption !== null && adoption < watch;
  const lowOutcomes = outcomes !== null && outcomes < watch;

  let mask = 0;
  if (highEngagement && highAdoption && highOutcomes && lowSatisfaction) mask |= BIT.undervalued;
  if (highAdoption && lowSatisfaction) mask |= BIT.lockedInUnhappy;
  if (highEngagement && lowOutcomes) mask |= BIT.talkWithoutResults;
  if (highEngagement && lowAdoption) mask |= BIT.championOnly;
  if (lowEngagement) mask |= BIT.drifting;
  return mask;
}

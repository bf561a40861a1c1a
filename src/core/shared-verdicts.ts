import type { BandKey } from "./band";
import { diagnosisMaskOf } from "./diagnosis";
import type { Gap } from "./gap";
import { IntegerMap } from "./integer-map";
import type { Bands } from "./model";
import { explain, type ExplanationFacts } from "./messages/explanation";
import { PILLARS } from "./pillars";

/**
 * The gaps and explanations already built during one portfolio's assessment, so accounts with
 * the same verdict share one frozen gap and one string instead of each building its own.
 *
 * Why: at 1,000,000 accounts, building a string and a gap object per account was a third of the
 * assessment's time, most of it garbage collection of objects every account keeps. A portfolio
 * has far fewer distinct verdicts than accounts: the benchmark's 1,000,000 accounts have about
 * 2,700 distinct gaps and 190,000 distinct explanations. The cache lives as long as one
 * `assessPortfolio` call and contains at most one entry per distinct verdict.
 *
 * An explanation also reads the band labels and the minimum coverage, so one cache serves one
 * `bands` object and one minimum coverage. `sharedExplanation` builds without the cache for others.
 */
export interface SharedVerdicts {
  readonly bands: Bands;
  readonly minCoverage: number;
  readonly gaps: IntegerMap<Gap>;
  readonly explanations: IntegerMap<string>;
}

/** Starts an empty cache for accounts assessed with these bands and this minimum coverage. */
export function sharedVerdicts(bands: Bands, minCoverage: number): SharedVerdicts {
  return { bands, minCoverage, gaps: new IntegerMap(), explanations: new IntegerMap() };
}

/** Gaps with more tenths of points than this are built each time, so every key stays an exact integer. */
const MAX_SHARED_TENTHS = 2 ** 40;

/**
 * Returns a frozen gap equal to `{ points, nextBand, reachable }`, the same object for every
 * call with the same values.
 */
export function sharedGap(cache: SharedVerdicts, points: number, nextBand: BandKey, reachable: boolean): Gap {
  const tenths = Math.round(points * 10);
  const band = nextBandCode(nextBand);
  // Only points that are exact tenths, as `gapOf` rounds them, have one key per value.
  if (tenths / 10 !== points || tenths < 0 || tenths > MAX_SHARED_TENTHS || band < 0) return { points, nextBand, reachable };

  const key = tenths * 4 + band * 2 + (reachable ? 1 : 0);
  let gap = cache.gaps.get(key);
  if (gap === undefined) {
    gap = Object.freeze({ points, nextBand, reachable });
    cache.gaps.set(key, gap);
  }
  return gap;
}

/**
 * Returns the explanation of an account, as `explain` words it, from the cache when an account
 * with the same wording facts was explained before.
 *
 * @param facts the account's facts, as `explain` takes them
 */
export function sharedExplanation(cache: SharedVerdicts, facts: ExplanationFacts, settings: { readonly bands: Bands; readonly minCoverage: number }): string {
  const key = settings.bands === cache.bands && settings.minCoverage === cache.minCoverage ? explanationKey(facts) : -1;
  if (key < 0) return explain(facts, settings);

  let text = cache.explanations.get(key);
  if (text === undefined) {
    text = explain(facts, settings);
    cache.explanations.set(key, text);
  }
  return text;
}

/**
 * Packs every fact the explanation's wording reads into one integer below 2^46, or returns -1
 * when a fact is outside the ranges below, so the caller builds that text uncached. Two facts
 * with one key give one text, because `explain` reads only these, rounded as it rounds them:
 * - the band (or insufficient data) and the composite, rounded to a whole number, 0–100;
 * - the driver and its pillar score rounded to a whole number, 0–100;
 * - the gap: none, out of reach of a band, or within reach of a band by a number of tenths of
 *   points that is at most 1,000 (within reach means at most 100 − the driver's score);
 * - which pillars have no data, the coverage rounded to a whole percent, and the diagnoses.
 * NOTE: a change to what `explain` reads must change this key too; a property test compares
 * cached and uncached texts over random accounts.
 */
export function explanationKey(facts: ExplanationFacts): number {
  // `explain` words any account without both a composite and a band as insufficient data.
  const insufficient = facts.composite === null || facts.band === null;
  const band = insufficient || facts.band === null ? 0 : BAND_KEY_CODES[facts.band];
  const composite = insufficient ? 0 : Math.round(facts.composite ?? 0);
  const driverIndex = facts.driver === null ? -1 : PILLARS.indexOf(facts.driver);
  const driverScore = driverIndex < 0 ? 0 : Math.round(facts.pillars[driverIndex] ?? 0);
  const gap = gapCode(facts.gap);
  const coverage = Math.round(facts.coverage * 100);
  const diagnoses = diagnosisMaskOf(facts.diagnoses);
  if (!isPercent(composite) || !isPercent(driverScore) || !isPercent(coverage) || gap < 0 || diagnoses < 0) return -1;

  let missing = 0;
  for (let index = 0; index < 4; index++) if (facts.pillars[index] === null) missing |= 1 << index;
  // Mixed radix: band 4, composite 101, driver 5, driver score 101, gap 2,005, missing 16, coverage 101, diagnoses 32.
  return ((((((band * 101 + composite) * 5 + (driverIndex + 1)) * 101 + driverScore) * 2005 + gap) * 16 + missing) * 101 + coverage) * 32 + diagnoses;
}

/** Codes a gap as its wording reads it: 0 none, 1–2 out of reach, 3–2,004 within reach by tenths; -1 when outside those. */
function gapCode(gap: Gap | null): number {
  if (gap === null) return 0;
  const band = nextBandCode(gap.nextBand);
  if (band < 0) return -1;
  if (!gap.reachable) return 1 + band;

  const tenths = Math.round(gap.points * 10);
  return tenths / 10 === gap.points && tenths >= 0 && tenths <= 1000 ? 3 + band * 1001 + tenths : -1;
}

/** Codes the band a gap leads to: 0 Watch, 1 Healthy, -1 At risk, which is never a band up. */
function nextBandCode(band: BandKey): number {
  return NEXT_BAND_CODES[band];
}

/** The code of each band in an explanation key; 0 is insufficient data. */
const BAND_KEY_CODES: Readonly<Record<BandKey, number>> = { healthy: 1, watch: 2, atRisk: 3 };

/** The code of each band a gap can lead to; At risk is never a band up. */
const NEXT_BAND_CODES: Readonly<Record<BandKey, number>> = { watch: 0, healthy: 1, atRisk: -1 };

function isPercent(value: number): boolean {
  return value >= 0 && value <= 100;
}

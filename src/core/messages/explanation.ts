import type { BandKey } from "../band";
import type { Diagnosis } from "../diagnosis";
import type { Gap } from "../gap";
import type { Bands } from "../model";
import type { Override } from "../overrides";
import { PILLARS, type Pillar } from "../pillars";
import type { PillarScores } from "../vector";

/** The names of the diagnoses as users read them. */
export const DIAGNOSIS_NAMES: Readonly<Record<Diagnosis, string>> = {
  undervalued: "Undervalued",
  lockedInUnhappy: "Locked in, unhappy",
  talkWithoutResults: "Talk without results",
  championOnly: "Champion only",
  drifting: "Drifting",
};

/** The meaning of each diagnosis for the CSM. */
export const DIAGNOSIS_MEANINGS: Readonly<Record<Diagnosis, string>> = {
  undervalued: "Delivering, yet the client feels undervalued.",
  lockedInUnhappy: "Users depend on it but are unhappy.",
  talkWithoutResults: "They like talking to us but are not getting results.",
  championOnly: "The champion is sold; the wider team was never brought along (fixable if caught early).",
  drifting: "Drifting is the first step toward churn.",
};

/** The band shown for an account whose coverage is below the model's minimum. */
export const INSUFFICIENT_DATA = "Insufficient data";

/** The facts an explanation is built from. */
export interface ExplanationFacts {
  readonly pillars: PillarScores;
  readonly composite: number | null;
  readonly coverage: number;
  readonly band: BandKey | null;
  readonly driver: Pillar | null;
  readonly gap: Gap | null;
  readonly diagnoses: readonly Diagnosis[];
}

/**
 * Words the one-sentence explanation of an account: band and composite, where to look first and
 * what it takes to reach the next band, then any missing pillars and the diagnoses.
 *
 * @example "At risk (34): look at Outcomes first (12; +24 pts there reaches Watch). Talk without results."
 */
export function explain(facts: ExplanationFacts, settings: { readonly bands: Bands; readonly minCoverage: number }): string {
  const { bands } = settings;
  if (facts.composite === null || facts.band === null) return explainInsufficient(facts, settings.minCoverage);

  // Concatenation with no intermediate arrays, because this runs once per account.
  let text = `${bands.labels[facts.band]} (${Math.round(facts.composite)}): ${whereToLook(facts, bands)}.`;
  const missing = missingSentence(facts);
  if (missing !== "") text += ` ${missing}`;
  // An index loop, because an iterator allocates per account where the engine does not optimise it away.
  for (let index = 0; index < facts.diagnoses.length; index++) text += ` ${DIAGNOSIS_NAMES[facts.diagnoses[index] as Diagnosis]}.`;
  return flatten(text);
}

/**
 * Returns the same text, made flat: in V8 (Node 20.20) reading a character copies a string built
 * by concatenation from its tree of pieces into one block. A portfolio keeps every explanation,
 * and this cut the core benchmark's result per account from about 950 to 650 bytes.
 * NOTE: no standard requires this, so another engine may keep the pieces; that costs memory only.
 */
function flatten(text: string): string {
  text.charCodeAt(0);
  return text;
}

function whereToLook(facts: ExplanationFacts, bands: Bands): string {
  const { driver, gap } = facts;
  if (driver === null) {
    // Below Healthy with no pillar below it, only the pillars the policy filled can hold the score down.
    const heldDown = facts.band !== null && facts.band !== "healthy" && facts.pillars.includes(null);
    return `every pillar with data is at or above ${bands.healthy}${heldDown ? ", so the missing pillars hold it down" : ""}`;
  }

  const score = Math.round(facts.pillars[PILLARS.indexOf(driver)] ?? 0);
  if (gap === null) return `keep an eye on ${driver} (${score})`;
  const next = bands.labels[gap.nextBand];
  if (!gap.reachable) return `look at ${driver} first (${score}), though ${driver} alone cannot lift it to ${next}`;
  return `look at ${driver} first (${score}; +${formatPoints(gap.points)} pts there reaches ${next})`;
}

function missingSentence(facts: ExplanationFacts): string {
  if (!facts.pillars.includes(null)) return "";

  const missing = PILLARS.filter((_, index) => facts.pillars[index] === null);
  if (missing.length === 0) return "";
  return `No data for ${joinNames(missing)} (coverage ${formatPercent(facts.coverage)}).`;
}

function explainInsufficient(facts: ExplanationFacts, minCoverage: number): string {
  const present = PILLARS.filter((_, index) => facts.pillars[index] !== null);
  const which = present.length === 0 ? "no pillar has data" : `only ${joinNames(present)} ${present.length === 1 ? "has" : "have"} data`;
  return `${INSUFFICIENT_DATA} (coverage ${formatPercent(facts.coverage)}, needs ${formatPercent(minCoverage)}): ${which}.`;
}

/** Shows gap points without a trailing ".0". */
export function formatPoints(points: number): string {
  return Number.isInteger(points) ? String(points) : points.toFixed(1);
}

/** Shows a 0–1 share as a whole percent. */
export function formatPercent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

/** Joins names as "A", "A and B" or "A, B and C". */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names.join("");
  return `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}

/** Words an active override: what the account shows now, who set it, until when and why. */
export function overrideSentence(override: Override, bandLabel: string | null, score: number | null): string {
  const shown = [bandLabel, score === null ? null : `(${Math.round(score)})`].filter((part) => part !== null).join(" ");
  return `Overridden to ${shown} by ${override.owner} until ${override.expires}: ${override.reason}.`.replace(/\.\.$/, ".");
}

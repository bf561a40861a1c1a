import type { CategoryMethod } from "../model";

/**
 * The text scales that auto-mapping can score. Labels are the profile's trimmed lower-case
 * labels, which is how the `category` method matches cells too.
 */

const YES_LABELS = new Set(["yes", "true", "y"]);
const NO_LABELS = new Set(["no", "false", "n"]);

/**
 * A third state such as "No internet service" or "No phone service": the account does not have
 * the thing at all.
 */
const NOT_APPLICABLE = /^no\s+\S/;

/** Contract length, by squashed label, as a share of the longest commitment (0, 50, 100). */
const CONTRACT_LENGTH_SCORES: ReadonlyMap<string, number> = new Map([
  ["monthtomonth", 0],
  ["monthly", 0],
  ["oneyear", 50],
  ["1year", 50],
  ["annual", 50],
  ["12months", 50],
  ["twoyear", 100],
  ["2year", 100],
  ["24months", 100],
]);

/** A CSM's Red/Amber/Green health, with Yellow as a synonym of Amber. */
const RAG_SCORES: ReadonlyMap<string, number> = new Map([
  ["red", 0],
  ["amber", 50],
  ["yellow", 50],
  ["green", 100],
]);

/** The scores of the better and the worse label of a Yes/No column. */
const BEST = 100;
const WORST = 0;

/** The score of No in an expansion column: no expansion in the period is neutral, not a failure. */
const NO_EXPANSION = 50;

/**
 * Builds a Yes/No category when every label is a yes or no word (yes/no, true/false, y/n) or a
 * "No …" third state, and at least one yes or no word appears. Third states score like No.
 * Returns null for any other labels.
 *
 * NOTE: a third state such as "No internet service" scores as No (the account does not have
 * the service) because the category method cannot map a label to missing, and leaving it out
 * would report every such cell as an unknown category.
 *
 * @param yesIsBetter false for measures where Yes is bad (an escalation flag), which swaps the scores.
 * @example yesNoCategory(["yes", "no", "no phone service"], true) // { kind: "category", scores: { yes: 100, no: 0, "no phone service": 0 } }
 */
export function yesNoCategory(labels: readonly string[], yesIsBetter: boolean): CategoryMethod | null {
  return yesIsBetter ? yesNoScores(labels, BEST, WORST) : yesNoScores(labels, WORST, BEST);
}

/**
 * Builds the category of a Yes/No expansion column: Yes scores 100 and No 50, because most
 * accounts do not expand in a given period and that alone is not a sign of poor health. Third
 * states ("No …") score like No. Returns null for labels `yesNoCategory` would reject.
 *
 * @example expansionCategory(["yes", "no"]) // { kind: "category", scores: { yes: 100, no: 50 } }
 */
export function expansionCategory(labels: readonly string[]): CategoryMethod | null {
  return yesNoScores(labels, BEST, NO_EXPANSION);
}

function yesNoScores(labels: readonly string[], yesScore: number, noScore: number): CategoryMethod | null {
  if (!labels.some((label) => YES_LABELS.has(label) || NO_LABELS.has(label))) return null;
  if (!labels.every((label) => YES_LABELS.has(label) || NO_LABELS.has(label) || NOT_APPLICABLE.test(label))) return null;
  return categoryOf(labels, (label) => (YES_LABELS.has(label) ? yesScore : noScore));
}

/**
 * Builds a contract-length category (month-to-month 0, one year 50, two year 100) when every
 * label is a known contract length; null otherwise.
 */
export function contractLengthCategory(labels: readonly string[]): CategoryMethod | null {
  if (labels.length === 0 || !labels.every((label) => CONTRACT_LENGTH_SCORES.has(squash(label)))) return null;
  return categoryOf(labels, (label) => CONTRACT_LENGTH_SCORES.get(squash(label)) ?? WORST);
}

/**
 * Builds a Red/Amber/Green category (red 0, amber or yellow 50, green 100) when every label is
 * one of those colours and at least two appear. Returns null for any other labels.
 */
export function ragCategory(labels: readonly string[]): CategoryMethod | null {
  if (labels.length < 2 || !labels.every((label) => RAG_SCORES.has(label))) return null;
  return categoryOf(labels, (label) => RAG_SCORES.get(label) ?? WORST);
}

function categoryOf(labels: readonly string[], score: (label: string) => number): CategoryMethod {
  const scores: Record<string, number> = {};
  for (const label of labels) scores[label] = score(label);
  return { kind: "category", scores };
}

function squash(label: string): string {
  return label.replace(/[^a-z0-9]/g, "");
}

import type { CategoryMethod } from "../model";

/**
 * Builds the lookup of a category method: each label trimmed and lower-cased, the form
 * `readLabel` reads cells in, mapped to its score. When two labels differ only in case or
 * surrounding spaces, the first one listed wins.
 *
 * Cost: O(k) for k labels.
 *
 * @param method the labels and their scores
 * @returns the score of each normalised label
 * @example categoryLookup({ kind: "category", scores: { Green: 100, " Red ": 0 } }) // Map { "green" → 100, "red" → 0 }
 */
export function categoryLookup(method: CategoryMethod): ReadonlyMap<string, number> {
  const lookup = new Map<string, number>();
  for (const [label, score] of Object.entries(method.scores)) {
    const key = label.trim().toLowerCase();
    if (!lookup.has(key)) lookup.set(key, score);
  }
  return lookup;
}

/**
 * Scores a label read by `readLabel` by looking it up; the scores carry the direction.
 *
 * Cost: O(1).
 *
 * @param label a trimmed, lower-cased label
 * @param lookup the lookup from `categoryLookup`
 * @returns the label's score, or undefined when the model does not list the label
 * @example categoryScore("green", categoryLookup({ kind: "category", scores: { Green: 100 } })) // 100
 */
export function categoryScore(label: string, lookup: ReadonlyMap<string, number>): number | undefined {
  return lookup.get(label);
}

/** Lists a category method's labels as the model writes them, for the `allowed` of an issue. */
export function categoryLabels(method: CategoryMethod): string[] {
  return Object.keys(method.scores);
}

import type { Outcome } from "./outcome";
import { InvalidArgumentError } from "./argument-error";
import { seededRandom } from "./seeded-random";

/** The fold of an account that takes no part in cross-validation (excluded or missing outcome). */
export const NO_FOLD = -1;

/** The largest fold count accepted, which keeps each fold large enough to measure an AUC on. */
export const MAX_FOLDS = 20;

/**
 * Assigns accounts to k folds for cross-validation, stratified by outcome, so each fold has
 * about the same share of churned accounts as the whole portfolio.
 *
 * Method: the churned accounts are shuffled with a seeded Fisher–Yates shuffle and dealt to
 * folds 0, 1, …, k − 1 in turn, and then the retained accounts the same way. The same outcomes,
 * k and seed always give the same folds.
 *
 * Cost: O(n).
 *
 * @param outcomes one outcome per account
 * @param folds the fold count k, an integer from 2 to 20
 * @param seed the shuffle's seed, any integer
 * @throws InvalidArgumentError when k is not an integer from 2 to 20
 * @returns each account's fold, from 0 to k − 1, or `NO_FOLD` for an account that is neither churned nor retained
 * @example assignStratifiedFolds(["churned", "retained", "excluded", "churned"], 2, 1) // [0, 0, -1, 1]
 */
export function assignStratifiedFolds(outcomes: readonly Outcome[], folds: number, seed: number): Int32Array {
  if (!Number.isInteger(folds) || folds < 2 || folds > MAX_FOLDS) {
    throw new InvalidArgumentError("folds", folds, `an integer from 2 to ${MAX_FOLDS}`);
  }

  const assignment = new Int32Array(outcomes.length).fill(NO_FOLD);
  const random = seededRandom(seed);
  for (const outcome of ["churned", "retained"] as const) {
    const members = shuffle(indicesWhere(outcomes, outcome), random);
    members.forEach((account, position) => {
      assignment[account] = position % folds;
    });
  }
  return assignment;
}

function indicesWhere(outcomes: readonly Outcome[], target: Outcome): number[] {
  const indices: number[] = [];
  outcomes.forEach((outcome, index) => {
    if (outcome === target) indices.push(index);
  });
  return indices;
}

/** Shuffles in place (Fisher–Yates) and returns the same array. */
function shuffle(values: number[], random: () => number): number[] {
  for (let last = values.length - 1; last > 0; last--) {
    const pick = Math.floor(random() * (last + 1));
    const swapped = values[last] as number;
    values[last] = values[pick] as number;
    values[pick] = swapped;
  }
  return values;
}

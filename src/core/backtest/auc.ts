import { InvalidArgumentError } from "./argument-error";

/**
 * Computes the AUC of a health score for predicting churn: the probability that a churned
 * account has a lower score than a retained one, with ties counting 1/2. A score that ranks
 * every churned account below every retained one has AUC 1, and a score unrelated to churn has
 * about 0.5.
 *
 * Method: the Mann–Whitney U statistic. Each class is sorted once, then one merge pass counts,
 * for each churned score, the retained scores above it and those equal to it;
 * AUC = U ÷ (churned × retained).
 *
 * Cost: O(n log n) for n scores, plus two copies of the scores.
 *
 * @param churnedScores scores of the churned accounts, any finite numbers
 * @param retainedScores scores of the retained accounts, on the same scale
 * @throws InvalidArgumentError when a score is NaN or infinite
 * @returns the AUC in [0, 1], or null when either class is empty
 * @example churnAuc([10, 40], [30, 50]) // 0.75: of the 4 pairs only (40, 30) is out of order
 */
export function churnAuc(churnedScores: readonly number[], retainedScores: readonly number[]): number | null {
  requireFiniteScores("churnedScores", churnedScores);
  requireFiniteScores("retainedScores", retainedScores);
  if (churnedScores.length === 0 || retainedScores.length === 0) return null;

  const churned = Float64Array.from(churnedScores).sort();
  const retained = Float64Array.from(retainedScores).sort();
  return countChurnPairsSorted(churned, retained) / (churned.length * retained.length);
}

/**
 * Counts the Mann–Whitney U of two sorted score lists: the (churned, retained) pairs in which the
 * churned score is lower, plus half the pairs with equal scores.
 *
 * Cost: O(c + r) for c churned and r retained scores.
 *
 * @param churnedSorted churned scores in ascending order
 * @param retainedSorted retained scores in ascending order
 * @returns U, from 0 to c × r, in steps of 0.5
 * @example countChurnPairsSorted([10, 40], [30, 40]) // 2.5: (10, 30), (10, 40) and half of (40, 40)
 */
export function countChurnPairsSorted(churnedSorted: ArrayLike<number>, retainedSorted: ArrayLike<number>): number {
  const retainedCount = retainedSorted.length;
  let below = 0;
  let atOrBelow = 0;
  let pairs = 0;

  for (let index = 0; index < churnedSorted.length; index++) {
    const score = churnedSorted[index] as number;
    while (below < retainedCount && (retainedSorted[below] as number) < score) below++;
    if (atOrBelow < below) atOrBelow = below;
    while (atOrBelow < retainedCount && (retainedSorted[atOrBelow] as number) <= score) atOrBelow++;

    pairs += retainedCount - atOrBelow + (atOrBelow - below) / 2;
  }
  return pairs;
}

function requireFiniteScores(argument: string, scores: readonly number[]): void {
  const bad = scores.find((score) => !Number.isFinite(score));
  if (bad !== undefined) throw new InvalidArgumentError(argument, bad, "finite scores; leave unscored accounts out");
}

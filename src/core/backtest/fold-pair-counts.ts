import { NO_FOLD } from "./folds";
import { countChurnPairsSorted } from "./auc";
import { isNotANumber } from "./composite-scorer";
import type { Outcome } from "./outcome";

/**
 * The Mann–Whitney pair counts of one score, split by the folds of the two accounts in each
 * pair. The AUC over any union of folds follows from these without sorting again.
 */
export interface FoldPairCounts {
  readonly folds: number;
  /** Scored churned accounts per fold. */
  readonly churned: Float64Array;
  /** Scored retained accounts per fold. */
  readonly retained: Float64Array;
  /** At `retainedFold * folds + churnedFold`: the U count of the pairs between those folds. */
  readonly pairs: Float64Array;
}

/**
 * Counts the pairs of one score by fold, reusing its buffers from call to call.
 *
 * Method: the scored churned and retained accounts of each fold are sorted separately, and
 * every (retained fold, churned fold) pair of lists is merged once with `countChurnPairsSorted`.
 *
 * Cost: O(n log n + k · n) per call for n accounts and k folds.
 */
export class FoldPairCounter {
  private readonly folds: number;
  private readonly assignment: Int32Array;
  private readonly isChurned: Uint8Array;
  private readonly churnedBuffers: Float64Array[];
  private readonly retainedBuffers: Float64Array[];

  /**
   * @param outcomes one outcome per account; only churned and retained accounts are counted
   * @param assignment each account's fold from `assignStratifiedFolds`
   * @param folds the fold count k
   */
  constructor(outcomes: readonly Outcome[], assignment: Int32Array, folds: number) {
    this.folds = folds;
    this.assignment = assignment;
    this.isChurned = Uint8Array.from(outcomes, (outcome) => (outcome === "churned" ? 1 : 0));

    const churnedSizes = new Array<number>(folds).fill(0);
    const retainedSizes = new Array<number>(folds).fill(0);
    assignment.forEach((fold, account) => {
      if (fold === NO_FOLD) return;
      const sizes = this.isChurned[account] === 1 ? churnedSizes : retainedSizes;
      sizes[fold] = (sizes[fold] ?? 0) + 1;
    });
    this.churnedBuffers = churnedSizes.map((size) => new Float64Array(size));
    this.retainedBuffers = retainedSizes.map((size) => new Float64Array(size));
  }

  /**
   * Counts the pairs of one score.
   *
   * @param scores one score per account, NaN where the account has none
   * @returns the counts per fold and per pair of folds
   */
  count(scores: Float64Array): FoldPairCounts {
    const { folds } = this;
    const churned = new Float64Array(folds);
    const retained = new Float64Array(folds);
    for (let account = 0; account < scores.length; account++) {
      const fold = this.assignment[account] as number;
      const score = scores[account] as number;
      if (fold === NO_FOLD || isNotANumber(score)) continue;

      const isChurned = this.isChurned[account] === 1;
      const sizes = isChurned ? churned : retained;
      const buffer = (isChurned ? this.churnedBuffers : this.retainedBuffers)[fold] as Float64Array;
      const filled = sizes[fold] as number;
      buffer[filled] = score;
      sizes[fold] = filled + 1;
    }

    const churnedSorted = this.churnedBuffers.map((buffer, fold) => buffer.subarray(0, churned[fold]).sort());
    const retainedSorted = this.retainedBuffers.map((buffer, fold) => buffer.subarray(0, retained[fold]).sort());
    const pairs = new Float64Array(folds * folds);
    retainedSorted.forEach((retainedScores, retainedFold) => {
      churnedSorted.forEach((churnedScores, churnedFold) => {
        pairs[retainedFold * folds + churnedFold] = countChurnPairsSorted(churnedScores, retainedScores);
      });
    });
    return { folds, churned, retained, pairs };
  }
}

/**
 * Computes the AUC over every fold but one, or over all folds.
 *
 * @param counts the pair counts of one score
 * @param heldOut the fold to leave out, or `NO_FOLD` to keep every fold
 * @returns the AUC in [0, 1], or null when the kept folds have no scored churned or no scored retained account
 * @example aucWithoutFold(counts, NO_FOLD) // the AUC of the whole sample
 */
export function aucWithoutFold(counts: FoldPairCounts, heldOut: number): number | null {
  const { folds } = counts;
  let churned = 0;
  let retained = 0;
  let pairs = 0;
  for (let fold = 0; fold < folds; fold++) {
    if (fold === heldOut) continue;
    churned += counts.churned[fold] as number;
    retained += counts.retained[fold] as number;
    for (let other = 0; other < folds; other++) {
      if (other !== heldOut) pairs += counts.pairs[fold * folds + other] as number;
    }
  }
  if (churned === 0 || retained === 0) return null;
  return pairs / (churned * retained);
}

import type { PillarVector } from "../vector";
import type { RedistributedCompositeScorer } from "./composite-scorer";
import { aucWithoutFold, type FoldPairCounter, type FoldPairCounts } from "./fold-pair-counts";
import { pointDistance, pointTransfers, pointWeightsKey, simplexGrid, TOTAL_POINTS, type PointWeights } from "./weight-grid";

/** AUC differences at or below this are ties, so rounding noise never decides between weights. */
const AUC_TIE = 1e-12;

/** The maximum number of one-point moves the local refinement makes from the best grid point. */
export const MAX_REFINEMENT_STEPS = 20;

/** Settings of the search. */
export interface WeightSearchSettings {
  /** Grid step in points, a divisor of 100. */
  readonly step: number;
  /** Whether to refine the best grid point by one-point moves. */
  readonly refine: boolean;
  /** The current weights in points (summing to 100), which win ties. */
  readonly currentPoints: PillarVector<number>;
}

/** A candidate's AUC and its distance from the current weights, for ranking. */
interface Candidate {
  readonly weights: PointWeights;
  readonly auc: number;
  readonly distance: number;
}

/**
 * Finds the pillar weights (whole points summing to 100) whose composite has the highest churn
 * AUC on a chosen set of folds.
 *
 * Method: every point of the simplex grid is scored once and its pair counts by fold are
 * cached, so fitting on all folds and on each set of k − 1 folds reuses the same evaluations.
 * The best grid point is then refined by hill climbing: move one point from one pillar to
 * another while that strictly raises the AUC, for at most `MAX_REFINEMENT_STEPS` moves. Ties go
 * to the weights closest to the current weights (L1 distance in points), then to the earlier
 * grid point, so a flat AUC surface leaves the weights where they are.
 *
 * Cost: one composite per account and O(n log n + k · n) per evaluated weight vector, with
 * 1,771 grid points at step 5 plus up to 12 per refinement move.
 */
export class WeightSearch {
  private readonly cache = new Map<number, FoldPairCounts>();
  private readonly buffer: Float64Array;
  private grid: readonly PointWeights[] | null = null;

  constructor(
    private readonly scorer: RedistributedCompositeScorer,
    private readonly counter: FoldPairCounter,
    private readonly settings: WeightSearchSettings,
  ) {
    this.buffer = new Float64Array(scorer.accounts);
  }

  /**
   * Fits weights on every fold except `heldOut`.
   *
   * @param heldOut the fold to leave out, or `NO_FOLD` to fit on all folds
   * @returns the best weights in points, or null when no weights give an AUC (a class is empty)
   */
  fit(heldOut: number): PointWeights | null {
    const best = this.bestOnGrid(heldOut);
    if (best === null || !this.settings.refine) return best?.weights ?? null;
    return this.refine(best, heldOut).weights;
  }

  private bestOnGrid(heldOut: number): Candidate | null {
    this.grid ??= simplexGrid(this.settings.step);
    let best: Candidate | null = null;
    for (const weights of this.grid) {
      const candidate = this.candidate(weights, heldOut);
      if (candidate !== null && (best === null || ranksAbove(candidate, best))) best = candidate;
    }
    return best;
  }

  /** Climbs from `start`; each move strictly raises the AUC, so it cannot cycle. */
  private refine(start: Candidate, heldOut: number): Candidate {
    let best = start;
    for (let move = 0; move < MAX_REFINEMENT_STEPS; move++) {
      let next: Candidate | null = null;
      for (const weights of pointTransfers(best.weights)) {
        const candidate = this.candidate(weights, heldOut);
        if (candidate === null || candidate.auc <= best.auc + AUC_TIE) continue;
        if (next === null || ranksAbove(candidate, next)) next = candidate;
      }
      if (next === null) return best;
      best = next;
    }
    return best;
  }

  private candidate(weights: PointWeights, heldOut: number): Candidate | null {
    const auc = aucWithoutFold(this.evaluate(weights), heldOut);
    if (auc === null) return null;
    return { weights, auc, distance: pointDistance(weights, this.settings.currentPoints) };
  }

  private evaluate(weights: PointWeights): FoldPairCounts {
    const key = pointWeightsKey(weights);
    const cached = this.cache.get(key);
    if (cached !== undefined) return cached;

    const [engagement, satisfaction, adoption, outcomes] = weights;
    this.scorer.scoreInto(
      [engagement / TOTAL_POINTS, satisfaction / TOTAL_POINTS, adoption / TOTAL_POINTS, outcomes / TOTAL_POINTS],
      this.buffer,
    );
    const counts = this.counter.count(this.buffer);
    this.cache.set(key, counts);
    return counts;
  }
}

function ranksAbove(candidate: Candidate, best: Candidate): boolean {
  if (candidate.auc > best.auc + AUC_TIE) return true;
  if (candidate.auc < best.auc - AUC_TIE) return false;
  return candidate.distance < best.distance;
}

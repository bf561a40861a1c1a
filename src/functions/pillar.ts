import { defineFunction } from "./define-function";
import { MESSAGES } from "./messages";
import { invalidArgument, notAvailable } from "./problem";

/**
 * Computes a pillar score: the weighted mean of the metric scores present, as the whole-table
 * scorer computes it. `null` marks a metric with no score.
 *
 * @param scores metric scores 0–100, null where missing
 * @param weights one non-negative weight per score, or null for equal weights
 * @returns the pillar score, or null when no score is present or every present score weighs 0
 * @example pillarScore([80, null, 50], [2, 1, 1]) // 70 = (2 · 80 + 1 · 50) ÷ 3
 */
export function pillarScore(scores: readonly (number | null)[], weights: readonly number[] | null): number | null {
  let sum = 0;
  let total = 0;
  scores.forEach((score, index) => {
    if (score === null) return;
    const weight = weights === null ? 1 : (weights[index] ?? 0);
    sum += weight * score;
    total += weight;
  });
  return total > 0 ? sum / total : null;
}

/** Checks that there is one weight per score. */
export function checkWeightCount(scoresName: string, scoreCount: number, weights: readonly number[] | null): void {
  if (weights !== null && weights.length !== scoreCount) {
    invalidArgument(MESSAGES.countMismatch("weights", weights.length, scoresName, scoreCount));
  }
}

/** Reports why a pillar has no score: nothing present, or only zero weights present. */
export function pillarWithoutData(scoresName: string, scores: readonly (number | null)[]): never {
  if (scores.every((score) => score === null)) notAvailable(MESSAGES.noMetricScore(scoresName));
  notAvailable(MESSAGES.noWeightedScore(scoresName));
}

/**
 * HEALTH.PILLAR: the weighted mean of the metric scores present in one pillar. A blank, missing
 * marker or error cell is a metric with no score and is left out; with no score present the
 * result is `#N/A`, never 0.
 *
 * @example healthPillar([[80, "", 50]], [[2, 1, 1]]) // 70 = (2 · 80 + 1 · 50) ÷ 3
 */
export const healthPillar = defineFunction(
  [
    { name: "scores", kind: "metricScores" },
    { name: "weights", kind: "metricWeights", optional: true },
  ],
  (scores, weights) => {
    checkWeightCount("scores", scores.length, weights);
    return pillarScore(scores, weights) ?? pillarWithoutData("scores", scores);
  },
);

import { gapCell } from "../core/outputs";
import { defineFunction } from "./define-function";
import { assessForFunction, requireMediansForPolicy } from "./assessment";

/**
 * HEALTH.GAP: the points the driver pillar must gain for the composite to reach the next band,
 * rounded up to 0.1. The result is the text "Out of reach (+62.3)" when the driver alone cannot
 * get there, and "" for an account with no driver, one already Healthy, or insufficient data.
 * It is the Gap cell HEALTH.SCORE and the task pane write. The gap divides by the driver's
 * weight in the composite, which depends on the missing-data policy, so the `median` policy
 * needs `pillar_medians`.
 *
 * @example healthGap([[80, 50, 65, 30]]) // 55: composite 56.25, (70 − 56.25) ÷ 0.25
 */
export const healthGap = defineFunction(
  [
    { name: "pillar_scores", kind: "pillarScores" },
    { name: "weights", kind: "pillarWeights", optional: true },
    { name: "thresholds", kind: "thresholds", optional: true },
    { name: "missing_policy", kind: "missingPolicy", optional: true },
    { name: "min_coverage", kind: "minCoverage", optional: true },
    { name: "pillar_medians", kind: "pillarMedians", optional: true },
  ],
  (scores, weights, thresholds, policy, minCoverage, medians) => {
    requireMediansForPolicy(policy, medians);
    return gapCell(assessForFunction(scores, { weights, thresholds, policy, minCoverage, medians }));
  },
);

import { defineFunction } from "./define-function";
import { assessForFunction, requireMediansForPolicy } from "./assessment";

/**
 * HEALTH.EXPLAIN: the one-sentence explanation of the account that every surface shows, built
 * from its band, composite, driver, gap and diagnoses, in the model's band labels.
 *
 * @example healthExplain([[80, 50, 65, 30]]) // "Watch (56): look at Outcomes first (30; +55 pts there reaches Healthy). Talk without results."
 */
export const healthExplain = defineFunction(
  [
    { name: "pillar_scores", kind: "pillarScores" },
    { name: "weights", kind: "pillarWeights", optional: true },
    { name: "thresholds", kind: "thresholds", optional: true },
    { name: "missing_policy", kind: "missingPolicy", optional: true },
    { name: "min_coverage", kind: "minCoverage", optional: true },
    { name: "pillar_medians", kind: "pillarMedians", optional: true },
    { name: "labels", kind: "bandLabels", optional: true },
  ],
  (scores, weights, thresholds, policy, minCoverage, medians, labels) => {
    requireMediansForPolicy(policy, medians);
    return assessForFunction(scores, { weights, thresholds, labels, policy, minCoverage, medians }).explanation;
  },
);

import { defineFunction } from "./define-function";
import { assessForFunction } from "./assessment";

/**
 * HEALTH.DRIVER: the pillar that drives the account's risk, the one with the largest weighted
 * shortfall below the Healthy threshold, or "" when no pillar is below it or the account has
 * insufficient data (coverage below `min_coverage`).
 *
 * The driver is chosen among the pillars with data, by the model's weights, so it does not depend
 * on the missing-data policy. `missing_policy` is still checked, so every output formula can pass
 * the model's policy, and `median` needs no pillar medians here.
 *
 * @example healthDriver([[80, 50, 65, 30]]) // "Outcomes": shortfalls 0, 20, 5, 40 at equal weights
 */
export const healthDriver = defineFunction(
  [
    { name: "pillar_scores", kind: "pillarScores" },
    { name: "weights", kind: "pillarWeights", optional: true },
    { name: "healthy_threshold", kind: "healthyThreshold", optional: true },
    { name: "missing_policy", kind: "missingPolicy", optional: true },
    { name: "min_coverage", kind: "minCoverage", optional: true },
  ],
  (scores, weights, healthy, policy, minCoverage) => {
    // The Watch threshold plays no part in the driver, so it only has to stay below Healthy.
    const thresholds = { healthy, watch: Math.min(healthy, 40) };
    return assessForFunction(scores, { weights, thresholds, policy, minCoverage }).driver ?? "";
  },
);

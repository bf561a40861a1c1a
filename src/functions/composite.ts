import { defineFunction } from "./define-function";
import { assessForFunction, requireMediansForPolicy } from "./assessment";
import { MESSAGES } from "./messages";
import { notAvailable } from "./problem";

/**
 * HEALTH.COMPOSITE: the weighted composite 0–100 of four pillar scores. A pillar with no data is
 * handled by the missing-data policy; below the minimum coverage the result is `#N/A` with the
 * account's "Insufficient data" explanation. The `median` policy fills a missing pillar from
 * `pillar_medians`, the portfolio median of each pillar, which the formula must give.
 *
 * @example healthComposite([[80, "", 60, 40]]) // 60 = (80 + 60 + 40) / 3, coverage 0.75
 */
export const healthComposite = defineFunction(
  [
    { name: "pillar_scores", kind: "pillarScores" },
    { name: "weights", kind: "pillarWeights", optional: true },
    { name: "missing_policy", kind: "missingPolicy", optional: true },
    { name: "min_coverage", kind: "minCoverage", optional: true },
    { name: "pillar_medians", kind: "pillarMedians", optional: true },
  ],
  (scores, weights, policy, minCoverage, medians) => {
    requireMediansForPolicy(policy, medians);

    const account = assessForFunction(scores, { weights, policy, minCoverage, medians });
    if (account.composite === null) notAvailable(MESSAGES.insufficientData(account.explanation));
    return account.composite;
  },
);

import { defineFunction } from "./define-function";
import { assessForFunction } from "./assessment";
import { MESSAGES } from "./messages";
import { invalidArgument, notAvailable } from "./problem";

/**
 * HEALTH.COMPOSITE: the weighted composite 0–100 of four pillar scores. A pillar with no data is
 * handled by the missing-data policy; below the minimum coverage the result is `#N/A` with the
 * account's "Insufficient data" explanation. The `median` policy needs every account's scores,
 * so it is rejected here and offered by HEALTH.SCORE.
 *
 * @example healthComposite([[80, "", 60, 40]]) // 60 = (80 + 60 + 40) / 3, coverage 0.75
 */
export const healthComposite = defineFunction(
  [
    { name: "pillar_scores", kind: "pillarScores" },
    { name: "weights", kind: "pillarWeights", optional: true },
    { name: "missing_policy", kind: "missingPolicy", optional: true },
    { name: "min_coverage", kind: "minCoverage", optional: true },
  ],
  (scores, weights, policy, minCoverage) => {
    if (policy === "median") invalidArgument(MESSAGES.medianNeedsPortfolio("missing_policy"));

    const account = assessForFunction(scores, { weights, policy, minCoverage });
    if (account.composite === null) notAvailable(MESSAGES.insufficientData(account.explanation));
    return account.composite;
  },
);

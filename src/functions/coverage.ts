import { defineFunction } from "./define-function";
import { assessForFunction } from "./assessment";

/**
 * HEALTH.COVERAGE: the share (0–1) of the total pillar weight that has data. Coverage counts only
 * the pillars with real data, whatever the missing-data policy fills in, and it is reported even
 * below the minimum coverage. So it takes neither the policy nor the minimum coverage.
 *
 * @example healthCoverage([[80, "", 60, 40]], [[40, 20, 20, 20]]) // 0.8
 */
export const healthCoverage = defineFunction(
  [
    { name: "pillar_scores", kind: "pillarScores" },
    { name: "weights", kind: "pillarWeights", optional: true },
  ],
  (scores, weights) => assessForFunction(scores, { weights }).coverage,
);

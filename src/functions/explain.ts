import { defineFunction } from "./define-function";
import { assessForFunction } from "./assessment";

/**
 * HEALTH.EXPLAIN: the one-sentence explanation of the account that every surface shows, built
 * from its band, composite, driver, gap and diagnoses.
 *
 * @example healthExplain([[80, 50, 65, 30]]) // "Watch (56): look at Outcomes first (30; +55 pts there reaches Healthy). Talk without results."
 */
export const healthExplain = defineFunction(
  [
    { name: "pillar_scores", kind: "pillarScores" },
    { name: "weights", kind: "pillarWeights", optional: true },
    { name: "thresholds", kind: "thresholds", optional: true },
  ],
  (scores, weights, thresholds) => assessForFunction(scores, { weights, thresholds }).explanation,
);

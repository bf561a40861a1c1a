import { DIAGNOSIS_NAMES } from "../core/messages/explanation";
import { defineFunction } from "./define-function";
import { assessForFunction } from "./assessment";

/**
 * HEALTH.DIAGNOSIS: the divergence patterns the account matches, most specific first, joined
 * with "; " as in the Diagnosis output column; "" when none matches.
 *
 * @example healthDiagnosis([[85, 50, 75, 20]]) // "Talk without results"
 */
export const healthDiagnosis = defineFunction(
  [
    { name: "pillar_scores", kind: "pillarScores" },
    { name: "thresholds", kind: "thresholds", optional: true },
  ],
  (scores, thresholds) => {
    const weights = [0.25, 0.25, 0.25, 0.25] as const;
    return assessForFunction(scores, { weights, thresholds })
      .diagnoses.map((diagnosis) => DIAGNOSIS_NAMES[diagnosis])
      .join("; ");
  },
);

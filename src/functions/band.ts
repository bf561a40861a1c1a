import { bandOf } from "../core/band";
import { defineFunction } from "./define-function";

/**
 * HEALTH.BAND: the band label of a score: Healthy at or above the Healthy threshold, Watch at or
 * above the Watch threshold, At risk below. A blank or error score is `#N/A`.
 *
 * @example healthBand(70) // "Healthy"
 */
export const healthBand = defineFunction(
  [
    { name: "score", kind: "score" },
    { name: "thresholds", kind: "thresholds", optional: true },
    { name: "labels", kind: "bandLabels", optional: true },
  ],
  (score, thresholds, labels) => {
    const bands = { ...thresholds, labels };
    return labels[bandOf(score, bands)];
  },
);

import type { Issue } from "./issues";
import { PILLARS } from "./pillars";
import { failed, ok, type Result } from "./result";
import type { PillarVector } from "./vector";

/**
 * Normalises four pillar weights to sum to 1, so 25/25/25/25, 1/1/1/1 and 0.25 each mean the same.
 *
 * @param weights non-negative numbers in pillar order
 * @param path the model path reported in issues, e.g. `pillarWeights`
 * @returns the normalised weights, or a `negative-weight` issue per negative or non-finite weight,
 *   or one `all-zero-weights` issue
 * @example normalizePillarWeights([2, 1, 1, 0]) // ok [0.5, 0.25, 0.25, 0]
 */
export function normalizePillarWeights(weights: readonly number[], path = "pillarWeights"): Result<PillarVector<number>> {
  const issues: Issue[] = [];
  weights.forEach((weight, index) => {
    if (!(weight >= 0) || !Number.isFinite(weight)) {
      issues.push({ code: "negative-weight", path: `${path}.${PILLARS[index] ?? index}`, value: weight, allowed: "a number of 0 or more" });
    }
  });
  if (issues.length > 0) return failed(issues);

  const total = weights.reduce((sum, weight) => sum + weight, 0);
  if (total === 0) return failed([{ code: "all-zero-weights", path, value: [...weights], allowed: "at least one weight above 0" }]);

  const [e = 0, s = 0, a = 0, o = 0] = weights.map((weight) => weight / total);
  return ok([e, s, a, o]);
}

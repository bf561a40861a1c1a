import { assessAccount, type AccountAssessment, type AssessmentSettings } from "../../core/account";
import type { HealthModel } from "../../core/model";
import { PILLARS } from "../../core/pillars";
import { failed, ok, type Result } from "../../core/result";
import { normalizePillarWeights } from "../../core/weights";
import type { PillarCache } from "./pillar-cache";

/**
 * Builds the assessment settings of a model: normalised pillar weights, bands, policy, minimum
 * coverage and, for the `median` policy, the cached pillar medians.
 *
 * @returns the settings, or the weight issues (a negative weight, all weights 0)
 */
export function assessmentSettings(model: HealthModel, cache: PillarCache): Result<AssessmentSettings> {
  const weights = normalizePillarWeights(PILLARS.map((pillar) => model.pillarWeights[pillar]));
  if (!weights.ok) return failed(weights.issues);

  return ok({
    weights: weights.value,
    bands: model.bands,
    policy: model.missingPolicy,
    minCoverage: model.minCoverage,
    ...(model.missingPolicy === "median" ? { medians: cache.medians } : {}),
  });
}

/**
 * Assesses every cached account again under a model's weights, bands, policy and minimum coverage,
 * without scoring the metrics again. The result equals `scorePortfolio(...).accounts` for a model
 * with the same metric mapping, because both call `assessAccount` on the same pillar scores.
 *
 * Cost: O(n), one `assessAccount` per account.
 */
export function reassessAccounts(cache: PillarCache, model: HealthModel): Result<readonly AccountAssessment[]> {
  const settings = assessmentSettings(model, cache);
  if (!settings.ok) return failed(settings.issues);

  return ok(cache.pillars.map((pillars) => assessAccount(pillars, settings.value)));
}

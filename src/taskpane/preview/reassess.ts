import { assessAccount, type AccountAssessment, type AssessmentSettings } from "../../core/account";
import type { Issue } from "../../core/issues";
import type { HealthModel } from "../../core/model";
import { accountKey, activeOverrides, applyOverride } from "../../core/overrides";
import { PILLARS, type PerPillar } from "../../core/pillars";
import { failed, ok, type Result } from "../../core/result";
import { readLabel } from "../../core/values";
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
 * Builds the settings of every segment that has its own weight set, keyed by the segment as
 * `readLabel` reads it, so a row's label finds its set the way `scorePortfolio` finds it.
 *
 * @returns the settings per segment, or the issues of the sets whose weights are invalid
 */
export function segmentSettings(model: HealthModel, base: AssessmentSettings): Result<ReadonlyMap<string, AssessmentSettings>> {
  const settings = new Map<string, AssessmentSettings>();
  if (model.segmentColumn === null) return ok(settings);

  const issues: Issue[] = [];
  for (const [segment, weights] of Object.entries(model.segmentWeights) as [string, PerPillar<number>][]) {
    const normalized = normalizePillarWeights(PILLARS.map((pillar) => weights[pillar]), `segmentWeights.${segment}`);
    if (normalized.ok) settings.set(readLabel(segment) ?? segment, { ...base, weights: normalized.value });
    else issues.push(...normalized.issues);
  }
  return issues.length === 0 ? ok(settings) : failed(issues);
}

/**
 * Assesses every cached account again under a model's weights (a segment's own set where it has
 * one), bands, policy and minimum coverage, then applies the overrides active on the cache's
 * as-of date, without scoring the metrics again. The result equals `scorePortfolio(...).accounts`
 * for a model with the same metric mapping, because both call `assessAccount` and
 * `applyOverride` on the same pillar scores. A test checks it.
 *
 * NOTE: the segment and override rules here are rebuilt from the core's exports
 * (`normalizePillarWeights`, `readLabel`, `activeOverrides`, `applyOverride`). A core export of
 * the per-row settings and of the override pass of `scorePortfolio` would leave one copy of each rule.
 *
 * Cost: O(n), one `assessAccount` per account.
 */
export function reassessAccounts(cache: PillarCache, model: HealthModel): Result<readonly AccountAssessment[]> {
  const base = assessmentSettings(model, cache);
  if (!base.ok) return failed(base.issues);
  const perSegment = segmentSettings(model, base.value);
  if (!perSegment.ok) return failed(perSegment.issues);

  const overrides = model.overrides.length === 0 ? null : activeOverrides(model.overrides, cache.asOfSerial);
  return ok(
    cache.pillars.map((pillars, row) => {
      const label = cache.segmentLabels[row] ?? null;
      const settings = (label === null ? undefined : perSegment.value.get(label)) ?? base.value;
      const assessed = assessAccount(pillars, settings);
      const name = cache.accountNames[row] ?? null;
      const override = overrides === null || name === null ? undefined : overrides.get(accountKey(name));
      return override === undefined ? assessed : applyOverride(assessed, override, model.bands);
    }),
  );
}

import type { AccountAssessment } from "../../core/account";
import { assessPortfolio } from "../../core/assess-portfolio";
import type { HealthModel } from "../../core/model";
import { failed, ok, type Result } from "../../core/result";
import type { PillarCache } from "./pillar-cache";

/**
 * Assesses every cached account again under a model's weights (a segment's own set where it has
 * one), bands, policy, minimum coverage and overrides, without scoring the metrics again. It
 * calls the core's `assessPortfolio`, the second half of `scorePortfolio`. So the preview equals
 * a full run for a model with the same metric mapping, which a test checks.
 *
 * Cost: O(n), one `assessAccount` per account.
 */
export function reassessAccounts(cache: PillarCache, model: HealthModel): Result<readonly AccountAssessment[]> {
  const assessed = assessPortfolio(cache, model);
  return assessed.ok ? ok(assessed.value.accounts) : failed(assessed.issues);
}

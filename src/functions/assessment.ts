import { assessAccount, type AccountAssessment } from "../core/account";
import { DEFAULT_BANDS, DEFAULT_MIN_COVERAGE, DEFAULT_MISSING_POLICY, type Bands, type MissingPolicy } from "../core/model";
import type { PillarScores, PillarVector } from "../core/vector";
import type { Thresholds } from "./argument-kinds";

/** The settings of a one-account function; what the formula does not give takes the model default. */
export interface AccountSettings {
  readonly weights: PillarVector<number>;
  readonly thresholds?: Thresholds;
  readonly policy?: MissingPolicy;
  readonly minCoverage?: number;
}

/**
 * Assesses one account with the core's `assessAccount`, so a cell formula gives the verdict the
 * task pane and the CLI give. Settings a function does not take use the model defaults: the
 * redistribute policy, minimum coverage 0.5, thresholds 70 / 40 and the default band labels.
 */
export function assessForFunction(scores: PillarScores, settings: AccountSettings): AccountAssessment {
  const bands: Bands = { ...DEFAULT_BANDS, ...settings.thresholds };
  return assessAccount(scores, {
    weights: settings.weights,
    bands,
    policy: settings.policy ?? DEFAULT_MISSING_POLICY,
    minCoverage: settings.minCoverage ?? DEFAULT_MIN_COVERAGE,
  });
}

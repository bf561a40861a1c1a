import { assessAccount, type AccountAssessment } from "../core/account";
import { DEFAULT_BANDS, DEFAULT_MIN_COVERAGE, DEFAULT_MISSING_POLICY, type Bands, type MissingPolicy } from "../core/model";
import type { PillarScores, PillarVector } from "../core/vector";
import type { Thresholds } from "./argument-kinds";
import { MESSAGES } from "./messages";
import { invalidArgument } from "./problem";

/** The settings of a one-account function; what the formula does not give takes the model default. */
export interface AccountSettings {
  readonly weights: PillarVector<number>;
  readonly thresholds?: Thresholds;
  readonly labels?: Bands["labels"];
  readonly policy?: MissingPolicy;
  readonly minCoverage?: number;
  /** The portfolio median of each pillar, which the `median` policy fills a missing pillar with. */
  readonly medians?: PillarScores | null;
}

/**
 * Assesses one account with the core's `assessAccount`, so a cell formula gives the verdict the
 * task pane and the CLI give. Settings a function does not take use the model defaults: the
 * redistribute policy, minimum coverage 0.5, thresholds 70 / 40 and the default band labels.
 */
export function assessForFunction(scores: PillarScores, settings: AccountSettings): AccountAssessment {
  const bands: Bands = { ...DEFAULT_BANDS, ...settings.thresholds, labels: settings.labels ?? DEFAULT_BANDS.labels };
  const medians = settings.medians ?? null;
  return assessAccount(scores, {
    weights: settings.weights,
    bands,
    policy: settings.policy ?? DEFAULT_MISSING_POLICY,
    minCoverage: settings.minCoverage ?? DEFAULT_MIN_COVERAGE,
    ...(medians === null ? {} : { medians }),
  });
}

/**
 * Rejects the `median` policy without the pillar medians: one account's cells cannot say what
 * the portfolio's median is. A pillar median that is blank (no account has that pillar) is
 * valid, and the pillar's weight is then redistributed, as the whole-table scorer does.
 */
export function requireMediansForPolicy(policy: MissingPolicy, medians: PillarScores | null): void {
  if (policy === "median" && medians === null) invalidArgument(MESSAGES.medianNeedsMedians("missing_policy", "pillar_medians"));
}

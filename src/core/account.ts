import { bandOf, type BandKey } from "./band";
import { compositeScore, countedWeight, coverageOf, effectiveWeight } from "./composite";
import { sharedDiagnosesOf, type Diagnosis } from "./diagnosis";
import { driverIndex } from "./driver";
import { gapOf, type Gap } from "./gap";
import { sharedExplanation, type SharedVerdicts } from "./shared-verdicts";
import { explain } from "./messages/explanation";
import type { AppliedOverride } from "./overrides";
import type { Bands, MissingPolicy } from "./model";
import { PILLARS, type Pillar } from "./pillars";
import type { PillarScores, PillarVector } from "./vector";

/** The full verdict on one account, derived from its pillar scores. */
export interface AccountAssessment {
  readonly pillars: PillarScores;
  /** The composite 0–100, or null when the account has insufficient data. */
  readonly composite: number | null;
  readonly coverage: number;
  readonly insufficient: boolean;
  readonly band: BandKey | null;
  readonly driver: Pillar | null;
  readonly gap: Gap | null;
  /** The diagnoses, most specific first, in a frozen list shared by every account with the same ones. */
  readonly diagnoses: readonly Diagnosis[];
  readonly explanation: string;
  /** The CSM's override in force and the computed values it replaced; absent when none applies. */
  readonly override?: AppliedOverride;
}

/** The model settings an assessment needs besides the scores. */
export interface AssessmentSettings {
  /** Pillar weights normalised to sum to 1. */
  readonly weights: PillarVector<number>;
  readonly bands: Bands;
  readonly policy: MissingPolicy;
  readonly minCoverage: number;
  /** Portfolio medians per pillar, for the `median` policy. */
  readonly medians?: PillarScores;
}

/**
 * An account's verdict while it is computed: the fields of `AccountAssessment` an assessment
 * derives, written in place. A portfolio reuses one for every account and copies each into
 * columns, so assessing allocates no object per account.
 */
export interface Verdict {
  pillars: PillarScores;
  composite: number | null;
  coverage: number;
  band: BandKey | null;
  driver: Pillar | null;
  gap: Gap | null;
  diagnoses: readonly Diagnosis[];
  explanation: string;
}

/** Returns a verdict with every field empty, for `computeVerdict` to overwrite. */
export function blankVerdict(): Verdict {
  return { pillars: NO_PILLARS, composite: null, coverage: 0, band: null, driver: null, gap: null, diagnoses: [], explanation: "" };
}

const NO_PILLARS: PillarScores = [null, null, null, null];

/**
 * Assesses one account from its pillar scores: composite, coverage, band, driver, gap,
 * diagnoses and the one-sentence explanation. Every surface calls this, so an account gets the
 * same verdict from a formula, the pane and the CLI.
 *
 * Cost: O(1).
 */
export function assessAccount(pillars: PillarScores, settings: AssessmentSettings): AccountAssessment {
  return assessmentOf(computeVerdict(pillars, settings, blankVerdict()));
}

/** Returns the assessment a verdict describes, as a new object. */
export function assessmentOf(verdict: Verdict): AccountAssessment {
  const { pillars, composite, coverage, band, driver, gap, diagnoses, explanation } = verdict;
  return { pillars, composite, coverage, insufficient: composite === null, band, driver, gap, diagnoses, explanation };
}

/**
 * Computes an account's verdict into `verdict`, overwriting every field, as `assessAccount`
 * defines it.
 *
 * Cost: O(1). It builds no object when `shared` already contains the gap and the explanation.
 *
 * @param shared gaps and explanations built for earlier accounts of the same portfolio. This
 *   account reuses one when its verdict matches. Without it, both are built.
 * @returns `verdict`
 */
export function computeVerdict(pillars: PillarScores, settings: AssessmentSettings, verdict: Verdict, shared?: SharedVerdicts): Verdict {
  const { bands } = settings;
  // The composite's parts one by one, so no per-account arrays are built for the effective weights.
  const coverage = coverageOf(pillars, settings.weights);
  const counted = countedWeight(pillars, settings);
  const score = compositeScore(pillars, settings, coverage, counted);
  // An account with insufficient data has no band, no driver and so no gap.
  const index = score === null ? -1 : driverIndex(pillars, settings.weights, bands.healthy);

  verdict.pillars = pillars;
  verdict.composite = score;
  verdict.coverage = coverage;
  verdict.band = score === null ? null : bandOf(score, bands);
  verdict.driver = index < 0 ? null : (PILLARS[index] ?? null);
  verdict.diagnoses = sharedDiagnosesOf(pillars, bands);
  verdict.gap = score === null || index < 0 ? null : gapOf(score, pillars[index] ?? 0, effectiveWeight(pillars, index, settings, counted), bands, shared);
  // `explain` reads the verdict as its facts and keeps no reference to it.
  verdict.explanation = shared === undefined ? explain(verdict, settings) : sharedExplanation(shared, verdict, settings);
  return verdict;
}

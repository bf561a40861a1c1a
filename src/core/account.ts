import { bandOf, type BandKey } from "./band";
import { compositeScore, countedWeight, coverageOf, effectiveWeight } from "./composite";
import { sharedDiagnosesOf, type Diagnosis } from "./diagnosis";
import { driverIndex } from "./driver";
import { gapOf, type Gap } from "./gap";
import { blankFacts, sharedExplanation, type SharedVerdicts } from "./shared-verdicts";
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
 * Assesses one account from its pillar scores: composite, coverage, band, driver, gap,
 * diagnoses and the one-sentence explanation. Every surface calls this, so an account gets the
 * same verdict from a formula, the pane and the CLI.
 *
 * Cost: O(1). It allocates the assessment, and the gap and explanation unless `shared` holds them.
 *
 * @param shared gaps and explanations built for earlier accounts of the same portfolio, which
 *   this account reuses when its verdict matches one; absent means build them
 */
export function assessAccount(pillars: PillarScores, settings: AssessmentSettings, shared?: SharedVerdicts): AccountAssessment {
  const { bands } = settings;
  // The composite's parts one by one, so no per-account arrays are built for the effective weights.
  const coverage = coverageOf(pillars, settings.weights);
  const counted = countedWeight(pillars, settings);
  const score = compositeScore(pillars, settings, coverage, counted);
  const diagnoses = sharedDiagnosesOf(pillars, bands);
  const band = score === null ? null : bandOf(score, bands);
  // An account with insufficient data has no driver and so no gap.
  const index = score === null ? -1 : driverIndex(pillars, settings.weights, bands.healthy);
  const driver = index < 0 ? null : (PILLARS[index] ?? null);
  const gap = score === null || index < 0 ? null : gapOf(score, pillars[index] ?? 0, effectiveWeight(pillars, index, settings, counted), bands, shared);

  // With a cache, the facts go into its one reusable object, because this runs once per account.
  const facts = shared === undefined ? blankFacts() : shared.facts;
  facts.pillars = pillars;
  facts.composite = score;
  facts.coverage = coverage;
  facts.band = band;
  facts.driver = driver;
  facts.gap = gap;
  facts.diagnoses = diagnoses;
  const explanation = shared === undefined ? explain(facts, settings) : sharedExplanation(shared, facts, settings);
  return { pillars, composite: score, coverage, insufficient: score === null, band, driver, gap, diagnoses, explanation };
}

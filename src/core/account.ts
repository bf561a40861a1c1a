import { bandOf, type BandKey } from "./band";
import { compositeOf } from "./composite";
import { sharedDiagnosesOf, type Diagnosis } from "./diagnosis";
import { driverIndex } from "./driver";
import { gapOf, type Gap } from "./gap";
import { explain, type ExplanationFacts } from "./messages/explanation";
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
 */
export function assessAccount(pillars: PillarScores, settings: AssessmentSettings): AccountAssessment {
  const { bands } = settings;
  const combined = compositeOf(pillars, settings);
  const { score, coverage } = combined;
  const diagnoses = sharedDiagnosesOf(pillars, bands);

  // Both branches build the object with its fields in one order, so every assessment has one shape.
  if (score === null) {
    const facts: ExplanationFacts = { pillars, composite: null, coverage, band: null, driver: null, gap: null, diagnoses };
    return { pillars, composite: null, coverage, insufficient: true, band: null, driver: null, gap: null, diagnoses, explanation: explain(facts, settings) };
  }

  const band = bandOf(score, bands);
  const index = driverIndex(pillars, settings.weights, bands.healthy);
  const driver = index < 0 ? null : (PILLARS[index] ?? null);
  const driverScore = index < 0 ? null : (pillars[index] ?? null);
  const gap = driverScore === null ? null : gapOf(score, driverScore, combined.effectiveWeights[index] ?? 0, bands);
  const facts: ExplanationFacts = { pillars, composite: score, coverage, band, driver, gap, diagnoses };
  return { pillars, composite: score, coverage, insufficient: false, band, driver, gap, diagnoses, explanation: explain(facts, settings) };
}

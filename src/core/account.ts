import { bandOf, type BandKey } from "./band";
import { composite } from "./composite";
import { diagnosesOf, type Diagnosis } from "./diagnosis";
import { driverIndex } from "./driver";
import { gapOf, type Gap } from "./gap";
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
  const combined = composite({ scores: pillars, ...settings });
  const diagnoses = diagnosesOf(pillars, bands);

  if (combined.score === null) {
    return { pillars, composite: null, coverage: combined.coverage, insufficient: true, band: null, driver: null, gap: null, diagnoses,
      explanation: explain({ pillars, composite: null, coverage: combined.coverage, band: null, driver: null, gap: null, diagnoses }, settings) };
  }

  const band = bandOf(combined.score, bands);
  const index = driverIndex(pillars, settings.weights, bands.healthy);
  const driver = index < 0 ? null : (PILLARS[index] ?? null);
  const driverScore = index < 0 ? null : (pillars[index] ?? null);
  const gap = driverScore === null ? null : gapOf(combined.score, driverScore, combined.effectiveWeights[index] ?? 0, bands);
  const facts = { pillars, composite: combined.score, coverage: combined.coverage, band, driver, gap, diagnoses };
  return { ...facts, insufficient: false, explanation: explain(facts, settings) };
}

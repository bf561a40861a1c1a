import type { AccountAssessment } from "./account";
import { bandOf, type BandKey } from "./band";
import { overrideSentence } from "./messages/explanation";
import type { Bands } from "./model";
import { readIsoDate } from "./values";

/**
 * A CSM's override of one account's band or score, with the reason, who set it and until when.
 * Overrides live in a table on the model sheet, never in hidden state.
 */
export interface Override {
  /** The account's name as written in the account column, matched ignoring case and surrounding spaces. */
  readonly account: string;
  /** The band to show instead of the computed one; null to derive it from `score`. */
  readonly band: BandKey | null;
  /** The health score to show instead of the computed one; null to keep the computed score. */
  readonly score: number | null;
  readonly reason: string;
  readonly owner: string;
  /** The last day the override applies, as an ISO date; from the next day on the computed value returns. */
  readonly expires: string;
}

/** The computed verdict an override replaced, kept so every overridden number stays traceable. */
export interface AppliedOverride {
  readonly override: Override;
  readonly computedComposite: number | null;
  readonly computedBand: BandKey | null;
}

/** Indexes active overrides by account name; an override is active through its expiry date. */
export function activeOverrides(overrides: readonly Override[], asOfSerial: number): Map<string, Override> {
  const active = new Map<string, Override>();
  for (const override of overrides) {
    const expires = readIsoDate(override.expires);
    if (typeof expires !== "number" || Math.floor(asOfSerial) > expires) continue;
    active.set(accountKey(override.account), override);
  }
  return active;
}

/** Normalises an account name for matching overrides and snapshots. */
export function accountKey(name: string): string {
  return name.trim().toLowerCase();
}

/**
 * Applies an active override to an account's assessment: the score and band shown are the
 * override's, and the explanation starts by saying who overrode it, why and until when, followed
 * by the computed verdict, so nothing computed is hidden.
 */
export function applyOverride(assessment: AccountAssessment, override: Override, bands: Bands): AccountAssessment {
  const composite = override.score ?? assessment.composite;
  const band = override.band ?? (composite === null ? assessment.band : bandOf(composite, bands));
  const applied: AppliedOverride = { override, computedComposite: assessment.composite, computedBand: assessment.band };
  return {
    ...assessment,
    composite,
    band,
    insufficient: composite === null,
    explanation: `${overrideSentence(override, band === null ? null : bands.labels[band], composite)} Computed: ${assessment.explanation}`,
    override: applied,
  };
}

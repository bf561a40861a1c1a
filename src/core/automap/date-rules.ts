import type { Metric, RecencyMethod } from "../model";
import { AUTOMAP_REASONS } from "../messages/automap";
import { mentions, mentionsAny, type HeaderForms } from "./header";
import { isDateColumn, isNumericColumn, type ColumnProfile } from "./profile";
import { ignored, type ColumnClaim } from "./claim";

/**
 * The rules for date columns. A last-contact date measures engagement by its recency. Any
 * other date (signup, renewal, end) is not a health signal on its own, so it is left to the user.
 */

/** The default recency scoring: contact within a week scores 100, none for 90 days scores 0. */
export const DEFAULT_RECENCY: RecencyMethod = { kind: "recency", targetDays: 7, floorDays: 90 };

const RECENCY_WORDS = ["lastcontact", "lastlogin", "lastseen", "lastactivity", "lastactive", "lastmeeting", "lasttouch", "lastcall"];

/**
 * The range of Excel serial numbers read as dates under a date-like header: 1954-10-03 to
 * 2119-01-11. Excel hands dates to Office.js as serial numbers, not date values.
 */
const MIN_DATE_SERIAL = 20_000;
const MAX_DATE_SERIAL = 80_000;

/**
 * Claims a last-contact column: a recency metric in Engagement when it contains dates, or a
 * lower-is-better Engagement metric when it contains small numbers (days since).
 */
export function recencyRule(header: string, forms: HeaderForms, profile: ColumnProfile): ColumnClaim | null {
  if (!mentionsAny(forms, RECENCY_WORDS)) return null;

  if (isDateColumn(profile) || holdsDateSerials(profile)) {
    const metric: Metric = { column: header, pillar: "Engagement", method: DEFAULT_RECENCY, direction: "lower", weight: 1 };
    return { kind: "metric", metric, reason: AUTOMAP_REASONS.recency(DEFAULT_RECENCY.targetDays, DEFAULT_RECENCY.floorDays) };
  }
  if (isNumericColumn(profile)) {
    const metric: Metric = { column: header, pillar: "Engagement", method: { kind: "percentile" }, direction: "lower", weight: 1 };
    return { kind: "metric", metric, reason: AUTOMAP_REASONS.recencyAsDays };
  }
  return null;
}

/** Claims any other date column (dates as text or values, or serial numbers under a "date" header) as ignored. */
export function otherDateRule(forms: HeaderForms, profile: ColumnProfile): ColumnClaim | null {
  const isDate = isDateColumn(profile) || (mentions(forms, "date") && holdsDateSerials(profile));
  return isDate ? ignored(AUTOMAP_REASONS.otherDate) : null;
}

function holdsDateSerials(profile: ColumnProfile): boolean {
  if (!isNumericColumn(profile)) return false;
  return profile.numbers.every((value) => value >= MIN_DATE_SERIAL && value <= MAX_DATE_SERIAL);
}

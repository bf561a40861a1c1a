import { readOutcome } from "../backtest/outcome";
import { AUTOMAP_REASONS } from "../messages/automap";
import type { HeaderForms } from "./header";
import { mentionsAny, mentionsWord } from "./header";
import { isAllDistinct, isNumericColumn, isTextColumn, type ColumnProfile } from "./profile";
import { ignored, type ColumnClaim } from "./claim";

/**
 * The rules for columns that are not metrics: identifiers, the account name, the segment, the
 * outcome label, another model's churn score and free text. Each returns a claim, or null when
 * it does not apply and the next rule should be tried.
 */

/** The maximum number of distinct values of a segment, because more would split populations too thinly to rank. */
export const MAX_SEGMENT_VALUES = 12;

const ID_WORDS = ["id", "ids", "key", "code", "uuid", "guid"];

/** Things a squashed id header names before its id word, as in "Customerid" or "Zipcode". */
const ID_ENTITIES = [
  "customer", "account", "client", "company", "user", "subscription", "ticket", "usage", "event", "order", "contract",
  "member", "org", "organization", "organisation", "tenant", "record", "row", "transaction", "invoice", "session",
  "device", "product", "zip", "postal", "promo", "crm", "external", "internal",
];

/** Headers, squashed, that name an outcome label; the index is the preference (a churn label beats a status). */
const OUTCOME_HEADERS: readonly (readonly string[])[] = [
  ["churn", "churned", "churnlabel", "churnflag", "churnvalue", "churnstatus", "ischurned", "haschurned"],
  ["renewed", "renewal", "renewalstatus", "isrenewed", "retained"],
  ["status", "customerstatus", "accountstatus", "clientstatus"],
];

/** Labels of a flag outcome column, lower-case (numbers as their value). Their meaning depends on the header. */
const FLAG_LABELS = new Set(["yes", "no", "true", "false", "y", "n", "1", "0"]);

/**
 * Status words that are neither churned nor retained: an account that joined, changed plan,
 * paused or is still being onboarded. The backtest leaves such accounts out.
 *
 * NOTE: "Not renewed" and "Inactive" are not here, because the backtest's `readOutcome` reads
 * them as neither churned nor retained. So "Renewed / Not renewed" and "Active / Inactive"
 * columns are not proposed as the outcome until `readOutcome` reads those words as churned.
 */
const THIRD_STATE_LABELS = new Set([
  "joined", "new", "downgraded", "upgraded", "expanded", "contracted", "paused", "suspended", "on hold", "trial", "trialing",
  "pending", "onboarding", "at risk",
]);

/**
 * The maximum number of distinct labels of an outcome column: a churned and a retained word
 * plus up to six third states.
 */
const MAX_OUTCOME_LABELS = 8;
const FREE_TEXT_WORDS = ["note", "comment", "reason", "feedback", "description", "category", "remark", "summary"];

/** Text at least this long on average, and mostly distinct, is free text under any header. */
const FREE_TEXT_MIN_MEAN_LENGTH = 25;
const FREE_TEXT_MIN_DISTINCT_SHARE = 0.5;

/**
 * Segment words, best first: a "Segment" column beats a "Region" column. The short ones must be
 * words of their own, because squashed headers end in them by accident ("Deviceprotectionplan").
 */
const SEGMENT_WORDS = ["segment", "tier", "plan", "size", "region", "territory"];

const ACCOUNT_WORDS = ["customer", "account", "company", "client", "organisation", "organization", "name"];

/** An identifier such as CUST-0001 or 7590-VHVEG: letters and digits in dash-, dot- or underscore-joined parts, with a digit. */
const CODE_LIKE = /^(?=.*\d)[a-z0-9]+([-_.][a-z0-9]+)*$/i;

/** Claims a column whose header names an identifier ("customerID", "account_id", "Customerid "). */
export function identifierRule(forms: HeaderForms): ColumnClaim | null {
  const last = forms.words[forms.words.length - 1];
  const namedId = (last !== undefined && forms.words.length > 1 && ID_WORDS.includes(last)) || ID_WORDS.includes(forms.squashed);
  const squashedId = ID_WORDS.some((word) => ID_ENTITIES.some((entity) => forms.squashed === `${entity}${word}`));
  return namedId || squashedId ? ignored(AUTOMAP_REASONS.identifier) : null;
}

/**
 * Claims an outcome label: a churn, renewal or status header over a few outcome labels. The
 * labels are either all flags (Yes/No, True/False, 1/0) or all status words. Status words must
 * include one that the backtest reads as churned (Churned, Cancelled, Lost …) and one it reads
 * as retained (Stayed, Renewed, Active …). The others are third states such as Joined or Downgraded.
 */
export function outcomeRule(forms: HeaderForms, profile: ColumnProfile): ColumnClaim | null {
  const rank = OUTCOME_HEADERS.findIndex((headers) => headers.includes(forms.squashed));
  if (rank < 0) return null;
  if (profile.labels.length > MAX_OUTCOME_LABELS) return null;

  const isFlagColumn = profile.labels.every((label) => FLAG_LABELS.has(label));
  if (!isFlagColumn && !isStatusColumn(profile.labels)) return null;

  // A status with a third state such as "Joined" keeps those accounts out of the backtest, where
  // a yes/no churn label next to it would count them as retained, so it beats every other outcome header.
  const hasThirdState = profile.labels.some((label) => THIRD_STATE_LABELS.has(label));
  return { kind: "outcome", rank: hasThirdState ? -1 : rank, reason: AUTOMAP_REASONS.outcome(profile.sample) };
}

/**
 * Tells whether every label is a status word, with at least one churned and one retained word.
 * Churned and retained are read by the backtest's own `readOutcome`, so a column accepted here
 * gives the backtest both classes.
 */
function isStatusColumn(labels: readonly string[]): boolean {
  const readings = new Set<string>();
  for (const label of labels) {
    if (THIRD_STATE_LABELS.has(label)) continue;
    if (FLAG_LABELS.has(label)) return false;

    const reading = readOutcome(label);
    if (reading !== "churned" && reading !== "retained") return false;
    readings.add(reading);
  }
  return readings.has("churned") && readings.has("retained");
}

/**
 * Claims a numeric churn column that is not a 1/0 label: a score or probability from another
 * model, which already encodes the outcome a health score tries to predict.
 */
export function churnScoreRule(forms: HeaderForms, profile: ColumnProfile): ColumnClaim | null {
  if (!forms.squashed.includes("churn") || !isNumericColumn(profile)) return null;
  if (profile.numbers.every((value) => value === 0 || value === 1)) return null;
  return ignored(AUTOMAP_REASONS.churnScoreLeak);
}

/** Claims text under a notes, comment, reason or feedback header. */
export function freeTextHeaderRule(forms: HeaderForms, profile: ColumnProfile): ColumnClaim | null {
  if (!isTextColumn(profile) || !mentionsAny(forms, FREE_TEXT_WORDS)) return null;
  return ignored(AUTOMAP_REASONS.freeText);
}

/** Claims long, mostly distinct text whatever its header. */
export function freeTextValuesRule(profile: ColumnProfile): ColumnClaim | null {
  if (!isTextColumn(profile)) return null;
  const distinctShare = profile.labels.length / profile.present;
  if (profile.meanTextLength < FREE_TEXT_MIN_MEAN_LENGTH || distinctShare < FREE_TEXT_MIN_DISTINCT_SHARE) return null;
  return ignored(AUTOMAP_REASONS.freeText);
}

/** Claims a segment: a segment, tier, plan, size or region header over at most `MAX_SEGMENT_VALUES` text labels. */
export function segmentRule(forms: HeaderForms, profile: ColumnProfile): ColumnClaim | null {
  const rank = SEGMENT_WORDS.findIndex((word) => mentionsWord(forms, word));
  if (rank < 0 || !isTextColumn(profile)) return null;

  const count = profile.labels.length;
  if (count > MAX_SEGMENT_VALUES) return ignored(AUTOMAP_REASONS.tooManySegments(count, MAX_SEGMENT_VALUES));
  return { kind: "segment", rank, reason: AUTOMAP_REASONS.segment(count) };
}

/**
 * Claims the account name: a customer, account, company, client or name header over text whose
 * values are all different. Codes rank below names.
 */
export function accountRule(forms: HeaderForms, profile: ColumnProfile): ColumnClaim | null {
  if (!mentionsAny(forms, ACCOUNT_WORDS) || !isTextColumn(profile) || !isAllDistinct(profile)) return null;

  const rank = isCodeColumn(profile) ? 1 : 0;
  return { kind: "account", rank, reason: AUTOMAP_REASONS.account };
}

/** Claims text whose values are all different codes such as CUST-0001, which identify rows. */
export function codeValuesRule(profile: ColumnProfile): ColumnClaim | null {
  if (!isTextColumn(profile) || !isAllDistinct(profile) || !isCodeColumn(profile)) return null;
  return ignored(AUTOMAP_REASONS.codeValues);
}

function isCodeColumn(profile: ColumnProfile): boolean {
  return profile.sample.length > 0 && profile.labels.every((label) => CODE_LIKE.test(label));
}

import { AUTOMAP_REASONS } from "../messages/automap";
import { mentionsAny, type HeaderForms } from "./header";
import { ignored, type ColumnClaim } from "./claim";

/**
 * The rules for columns that describe the account rather than its health: what it pays and how
 * long it has been a customer. A bigger or older account is not a healthier one, and scoring
 * either would rank small or new accounts low in Outcomes for reasons a CSM cannot act on. Both
 * are ignored unless the user maps them by hand.
 */

/**
 * Keywords, squashed, of revenue and contract-size columns: ARR, MRR, ACV, TCV, revenue, charges,
 * spend, contract value and customer lifetime value.
 */
const ACCOUNT_SIZE_WORDS = ["arr", "mrr", "acv", "tcv", "revenue", "charge", "spend", "contractvalue", "dealsize", "cltv", "ltv", "lifetimevalue"];

/**
 * Keywords of a rate or change of revenue ("Net revenue retention", "ARR growth"), which is not a
 * size. Such a header is left to the other rules.
 */
const RATE_WORDS = ["retention", "growth", "change", "rate", "percent", "pct", "nrr", "grr"];

const TENURE_WORDS = ["tenure", "customersince", "monthsascustomer", "yearsascustomer", "accountage"];

/** Claims a revenue or contract-size column (ARR, MRR, revenue, charges, lifetime value) as ignored. */
export function accountSizeRule(header: string, forms: HeaderForms): ColumnClaim | null {
  if (!mentionsAny(forms, ACCOUNT_SIZE_WORDS)) return null;
  if (header.includes("%") || mentionsAny(forms, RATE_WORDS)) return null;
  return ignored(AUTOMAP_REASONS.accountSize);
}

/** Claims a tenure column (months or years as a customer) as ignored. */
export function tenureRule(forms: HeaderForms): ColumnClaim | null {
  return mentionsAny(forms, TENURE_WORDS) ? ignored(AUTOMAP_REASONS.tenure) : null;
}

import type { Direction } from "../model";
import type { Pillar } from "../pillars";
import { mentionsAny, normalizeHeader, type HeaderForms } from "./header";

/** The names of the header rules that put a metric in a pillar; `messages/automap.ts` words each one. */
export type PillarRuleId =
  | "responseTime"
  | "resolutionTime"
  | "daysSince"
  | "downgrades"
  | "utilisation"
  | "features"
  | "addOns"
  | "productsAdopted"
  | "dauMau"
  | "nps"
  | "csat"
  | "sentiment"
  | "feedback"
  | "escalations"
  | "tickets"
  | "complaints"
  | "errors"
  | "refunds"
  | "meetings"
  | "stakeholders"
  | "contacts"
  | "calls"
  | "logins"
  | "sessions"
  | "usage"
  | "downloads"
  | "activity"
  | "goals"
  | "roi"
  | "savings"
  | "renewal"
  | "expansion"
  | "contract"
  | "referrals";

/** A header rule: the keywords (in squashed form) that put a column in a pillar, and which way is better. */
export interface PillarRule {
  readonly id: PillarRuleId;
  readonly pillar: Pillar;
  readonly direction: Direction;
  readonly keywords: readonly string[];
}

/**
 * The header rules, tried in order; the first match wins. Specific phrases come before the
 * general words they contain ("feature usage" is Adoption before "usage", and "response time"
 * is lower-is-better before anything else matches).
 *
 * Engagement is how the client interacts with the vendor (meetings, calls, contacts, response
 * times), while Adoption is how the client's users use the product, so logins, sessions, usage,
 * downloads and active days are Adoption. Revenue, contract value, lifetime value and tenure have
 * no rule: `attribute-rules.ts` ignores them, because they describe the account, not its health.
 */
export const PILLAR_RULES: readonly PillarRule[] = [
  { id: "responseTime", pillar: "Engagement", direction: "lower", keywords: ["responsetime", "firstresponse", "timetorespond", "replytime"] },
  { id: "resolutionTime", pillar: "Satisfaction", direction: "lower", keywords: ["resolutiontime", "timetoresolve", "timetoresolution"] },
  { id: "daysSince", pillar: "Engagement", direction: "lower", keywords: ["dayssince"] },
  { id: "downgrades", pillar: "Outcomes", direction: "lower", keywords: ["downgrade", "contraction"] },
  { id: "utilisation", pillar: "Adoption", direction: "higher", keywords: ["utilisation", "utilization", "utilised", "utilized"] },
  { id: "features", pillar: "Adoption", direction: "higher", keywords: ["feature", "adoption", "adopted"] },
  { id: "addOns", pillar: "Adoption", direction: "higher", keywords: ["addon"] },
  { id: "productsAdopted", pillar: "Adoption", direction: "higher", keywords: ["productsused", "productcount", "numberofproducts"] },
  { id: "dauMau", pillar: "Adoption", direction: "higher", keywords: ["dau", "mau", "daumau", "stickiness"] },
  { id: "nps", pillar: "Satisfaction", direction: "higher", keywords: ["nps", "npsscore", "netpromoter"] },
  { id: "csat", pillar: "Satisfaction", direction: "higher", keywords: ["csat", "csatscore", "satisfaction"] },
  { id: "sentiment", pillar: "Satisfaction", direction: "higher", keywords: ["sentiment"] },
  { id: "feedback", pillar: "Satisfaction", direction: "higher", keywords: ["feedbackscore", "qbrfeedback"] },
  { id: "escalations", pillar: "Satisfaction", direction: "lower", keywords: ["escalat"] },
  { id: "tickets", pillar: "Satisfaction", direction: "lower", keywords: ["ticket"] },
  { id: "complaints", pillar: "Satisfaction", direction: "lower", keywords: ["complaint"] },
  { id: "errors", pillar: "Satisfaction", direction: "lower", keywords: ["error"] },
  { id: "refunds", pillar: "Satisfaction", direction: "lower", keywords: ["refund"] },
  { id: "meetings", pillar: "Engagement", direction: "higher", keywords: ["meeting", "attendance"] },
  { id: "stakeholders", pillar: "Engagement", direction: "higher", keywords: ["stakeholder"] },
  { id: "contacts", pillar: "Engagement", direction: "higher", keywords: ["contact"] },
  { id: "calls", pillar: "Engagement", direction: "higher", keywords: ["call", "touch"] },
  { id: "logins", pillar: "Adoption", direction: "higher", keywords: ["login", "logon", "signin"] },
  { id: "sessions", pillar: "Adoption", direction: "higher", keywords: ["session"] },
  { id: "usage", pillar: "Adoption", direction: "higher", keywords: ["usage", "activedays"] },
  { id: "downloads", pillar: "Adoption", direction: "higher", keywords: ["download"] },
  { id: "activity", pillar: "Engagement", direction: "higher", keywords: ["activity", "engagement"] },
  { id: "goals", pillar: "Outcomes", direction: "higher", keywords: ["goal", "attainment"] },
  { id: "roi", pillar: "Outcomes", direction: "higher", keywords: ["roi", "returnoninvestment"] },
  { id: "savings", pillar: "Outcomes", direction: "higher", keywords: ["timesaved", "costsaved", "hourssaved", "saving"] },
  { id: "renewal", pillar: "Outcomes", direction: "higher", keywords: ["renewal", "renew"] },
  { id: "expansion", pillar: "Outcomes", direction: "higher", keywords: ["expansion", "upsell", "upgrade"] },
  { id: "contract", pillar: "Outcomes", direction: "higher", keywords: ["contract"] },
  { id: "referrals", pillar: "Outcomes", direction: "higher", keywords: ["referral"] },
];

/** Keywords of measures where a lower value is better but that no pillar rule scores (another model's churn risk). */
const LOWER_IS_BETTER_WITHOUT_PILLAR = ["churnrisk"];

/** Returns the first pillar rule the header matches, or null when none does. */
export function matchPillarRule(forms: HeaderForms): PillarRule | null {
  return PILLAR_RULES.find((rule) => mentionsAny(forms, rule.keywords)) ?? null;
}

/**
 * Reads from a header whether a lower value is better. Lower is better for response and
 * resolution times, tickets, escalations, complaints, errors, refunds, days since, churn risk
 * and downgrades. Anything else, recognised or not, is higher-is-better.
 *
 * @example directionFromHeader("Tickets_Last_90d") // "lower"
 */
export function directionFromHeader(header: string): Direction {
  const forms = normalizeHeader(header);
  if (mentionsAny(forms, LOWER_IS_BETTER_WITHOUT_PILLAR)) return "lower";
  return matchPillarRule(forms)?.direction ?? "higher";
}

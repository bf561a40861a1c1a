import type { PillarRuleId } from "../automap/pillar-rules";
import type { Direction } from "../model";

/**
 * Every reason auto-mapping gives for a column's role, as the task pane shows it beside the
 * column. Each is one short sentence; header names are quoted without their surrounding spaces.
 */

/** The subject each pillar rule recognises in a header, as a noun phrase. */
export const PILLAR_RULE_SUBJECTS: Readonly<Record<PillarRuleId, string>> = {
  responseTime: "a response time",
  resolutionTime: "a resolution time",
  daysSince: "days since a contact",
  downgrades: "downgrades",
  utilisation: "utilisation",
  features: "feature adoption",
  addOns: "add-ons adopted",
  productsAdopted: "products adopted",
  dauMau: "daily or monthly active users",
  nps: "NPS",
  csat: "satisfaction",
  sentiment: "sentiment",
  feedback: "a feedback score",
  escalations: "escalations",
  tickets: "support tickets",
  complaints: "complaints",
  errors: "errors",
  refunds: "refunds",
  meetings: "meetings or attendance",
  stakeholders: "stakeholders",
  contacts: "contacts",
  calls: "calls or touches",
  logins: "logins",
  sessions: "sessions",
  usage: "usage",
  downloads: "downloads",
  activity: "activity",
  goals: "goal attainment",
  roi: "ROI",
  savings: "time or cost saved",
  renewal: "renewal",
  expansion: "expansion",
  contract: "the contract",
  referrals: "referrals",
};

const DIRECTION_WORDS: Readonly<Record<Direction, string>> = {
  higher: "higher is better",
  lower: "lower is better",
};

/** Quotes a header for a reason, without the spaces exports leave around it. */
function quote(header: string): string {
  return `"${header.trim()}"`;
}

/** The reasons, one per outcome of the mapping rules. */
export const AUTOMAP_REASONS = {
  noValues: "Column has no values.",
  identifier: "Header names an identifier, and identifiers are never scored.",
  codeValues: "Every value is a different code such as CUST-0001, so the column reads as an identifier.",

  account: "Header names the account, and every value is different.",
  alreadyAccount: (winner: string): string => `${quote(winner)} already names the account.`,

  segment: (count: number): string => `Header names a segment with ${count} distinct ${count === 1 ? "value" : "values"}.`,
  tooManySegments: (count: number, max: number): string =>
    `Header names a segment, but it has ${count} distinct values and a segment has at most ${max}.`,
  alreadySegment: (winner: string): string => `${quote(winner)} is already the segment.`,

  outcome: (labels: readonly string[]): string =>
    `Header names an outcome (${[...labels].sort().join(", ")}), kept for backtesting and never scored.`,
  alreadyOutcome: (winner: string): string => `${quote(winner)} is already the outcome.`,
  churnScoreLeak: "Looks like a churn score from another model, and scoring it would leak the outcome into the health score.",

  freeText: "Free text such as notes, reasons or feedback is not scored.",

  recency: (targetDays: number, floorDays: number): string =>
    `Header names a last-contact date: ${targetDays} days ago or less scores 100, ${floorDays} days or more scores 0.`,
  recencyAsDays: "Header names a last contact and the values are numbers, read as days since: lower is better.",
  otherDate: "Dates other than a last contact are not scored unless mapped by hand as a recency metric.",

  ratio: (denominator: string): string => `Active users divided by ${quote(denominator)}, ranked as a percentile: higher is better.`,
  activeUsers: "Header names active users: higher is better.",
  denominatorOf: (numerators: readonly string[]): string => `Used as the denominator of ${numerators.map(quote).join(" and ")}.`,
  otherDenominator: (denominator: string): string => `${quote(denominator)} is already the seats denominator.`,
  seatsAlone: "A seat count alone measures account size, so it is scored only as the denominator of an active-users column.",

  accountSize:
    "Revenue, charges and lifetime value measure the account's size, not its health, so the column is not scored; map it by hand to score it.",
  tenure: "Tenure measures how long the account has been a customer, not how it is doing, so the column is not scored, because that would rank every new account low; map it by hand to score it.",

  metric: (subject: string, direction: Direction): string => `Header names ${subject}: ${DIRECTION_WORDS[direction]}.`,
  commonBest: (subject: string, direction: Direction, share: string): string =>
    `Header names ${subject}: ${DIRECTION_WORDS[direction]}. ${share} of accounts share the best value, so it is scored min–max instead of by percentile, which would rank them all near the bottom.`,
  scale: (subject: string, low: number, high: number): string => `Header names ${subject} on the ${low} to ${high} scale: higher is better.`,
  npsAggregate:
    "Header names NPS, read as an account's score on the -100 to 100 scale because the values are not all 0 to 10 responses with some detractors (below 7): higher is better.",
  npsResponses:
    "Header names NPS on the 0 to 10 response scale, because every value is a whole number from 0 to 10 and some are detractors (below 7): higher is better.",
  goalTarget: (subject: string, unit: "share" | "points"): string =>
    `Header names ${subject} against a target: ${unit === "share" ? "50% or less scores 0 and 100% or more" : "50 or less scores 0 and 100 or more"} scores 100.`,
  someNotNumbers: (count: number, present: number): string =>
    `${count} of ${present} values ${count === 1 ? "is not a number" : "are not numbers"}; scoring reports each by row and counts it as missing.`,
  yesNo: (subject: string, yesIsBetter: boolean): string =>
    `Header names ${subject}: ${yesIsBetter ? "Yes scores 100 and No scores 0" : "Yes scores 0 and No scores 100"}.`,
  expansionYesNo: "Header names expansion: Yes scores 100 and No scores 50, because an account that did not expand in the period has not failed.",
  contractLength: "Contract length: month-to-month scores 0, one year 50 and two year 100.",
  rag: "Red/Amber/Green health: red scores 0, amber or yellow 50 and green 100.",
  unscorableText: (subject: string): string => `Header names ${subject}, but its text values are not a known scale, so map it by hand.`,

  numberUnrecognised: "Not recognised; map it by hand.",
  textUnrecognised: "Text not recognised as an account, segment, outcome or known scale, so map it by hand.",
} as const;

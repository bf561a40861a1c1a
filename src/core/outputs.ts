import type { AccountAssessment } from "./account";
import { DIAGNOSIS_NAMES, formatPoints, INSUFFICIENT_DATA } from "./messages/explanation";
import type { Bands } from "./model";
import type { CellValue } from "./table";

/** The headers of the output columns written next to the data, in order. */
export const OUTPUT_COLUMNS = [
  "Engagement",
  "Satisfaction",
  "Adoption",
  "Outcomes",
  "Health score",
  "Band",
  "Driver",
  "Gap",
  "Coverage",
  "Diagnosis",
  "Explanation",
] as const;

/** One output column's header. */
export type OutputColumn = (typeof OUTPUT_COLUMNS)[number];

/**
 * Builds the output cells of one account, in `OUTPUT_COLUMNS` order. Scores keep full precision
 * (cells format them to one decimal), a missing value is "" so a blank cell shows it, coverage is
 * a 0–1 share, and a gap the driver cannot close alone reads "Out of reach (+62.3)".
 * The CLI, the task pane and `HEALTH.SCORE` all write these same cells.
 */
export function outputRow(account: AccountAssessment, bands: Bands): CellValue[] {
  const [engagement, satisfaction, adoption, outcomes] = account.pillars.map((score) => score ?? "");
  return [
    engagement,
    satisfaction,
    adoption,
    outcomes,
    account.composite ?? "",
    account.band === null ? INSUFFICIENT_DATA : bands.labels[account.band],
    account.driver ?? "",
    gapCell(account),
    account.coverage,
    account.diagnoses.map((diagnosis) => DIAGNOSIS_NAMES[diagnosis]).join("; "),
    account.explanation,
  ];
}

/** Returns the Gap cell: the points as a number, the out-of-reach text, or "" when there is no gap. */
export function gapCell(account: Pick<AccountAssessment, "gap">): number | string {
  const { gap } = account;
  if (gap === null) return "";
  return gap.reachable ? gap.points : `Out of reach (+${formatPoints(gap.points)})`;
}

/**
 * Every message a HEALTH function shows in a cell's error tooltip. Problems the core reports as
 * issues are worded by the core's `formatIssue`, with the model path renamed to the function's
 * argument, so a formula and the task pane describe the same problem the same way.
 */
import type { Issue } from "../core/issues";
import { formatIssue } from "../core/messages/issues";
import type { Bands } from "../core/model";
import { showCell } from "../core/values";

/** The order pillar-score and pillar-weight arguments list their cells, for messages. */
const PILLAR_ORDER = "Engagement, Satisfaction, Adoption, Outcomes";

export const MESSAGES = {
  pillarVectorSize: (argument: string, size: string): string =>
    `${argument} must be 4 cells in one row or one column (${PILLAR_ORDER}); received ${size}.`,
  vectorShape: (argument: string, size: string): string => `${argument} must be one row or one column of cells; received ${size}.`,
  thresholdsSize: (argument: string, count: number): string =>
    `${argument} must be 2 cells, the Healthy and the Watch threshold; received ${count} cells.`,
  labelsSize: (argument: string, count: number): string =>
    `${argument} must be 3 cells, the Healthy, Watch and At-risk labels; received ${count} cells.`,
  notANumber: (where: string, value: unknown, expected: string): string => `${where} is ${showCell(value)}, not a number. Expected ${expected}.`,
  errorValue: (where: string, value: string, expected: string): string => `${where} is ${value}. Expected ${expected}.`,
  blankCell: (where: string, expected: string): string => `${where} is blank. Expected ${expected}.`,
  outOfRange: (where: string, value: number, expected: string): string => `${where} is ${value}, which is outside ${expected}.`,
  notText: (argument: string, value: unknown, expected: string): string => `${argument} is ${showCell(value)}. Expected ${expected}.`,
  notOneCell: (argument: string, size: string): string => `${argument} must be a single cell; received ${size}.`,
  notADate: (argument: string, value: unknown): string =>
    `${argument} is ${showCell(value)}, not a date. Expected an Excel date or an ISO date such as 2026-11-30.`,
  countMismatch: (argument: string, count: number, other: string, otherCount: number): string =>
    `${argument} has ${count} cells but ${other} has ${otherCount}; give one per metric.`,

  noScore: (argument: string): string => `${argument} has no value, so there is nothing to put in a band.`,
  noMetricScore: (argument: string): string => `${argument} has no score present (every cell is blank, a missing marker or an error), so the pillar has no data.`,
  noWeightedScore: (argument: string): string => `Every metric score present in ${argument} has weight 0, so the pillar has no data.`,
  insufficientData: (explanation: string): string => explanation,
  medianNeedsMedians: (argument: string, mediansArgument: string): string =>
    `${argument} "median" needs ${mediansArgument}, the portfolio median of each pillar (e.g. MEDIAN of each pillar column); give it, use HEALTH.SCORE, or choose redistribute, neutral or penalize.`,
  pillarBlockShape: (argument: string, size: string): string =>
    `${argument} must be 4 columns (${PILLAR_ORDER}) with one row per account; received ${size}.`,
  notAFlag: (argument: string, value: unknown): string => `${argument} is ${showCell(value)}. Expected TRUE or FALSE.`,
  accountCountMismatch: (argument: string, count: number, unit: string, other: string, otherCount: number, otherUnit: string): string =>
    `${argument} has ${count} ${plural(count, unit)} but ${other} has ${otherCount} ${plural(otherCount, otherUnit)}; give one per account, in the same order.`,
  noAccounts: (argumentNames: readonly string[]): string => `${listWords(argumentNames)} have no account rows with data.`,

  methodNeedsParameters: (method: string): string =>
    `The ${method} method needs parameters, e.g. ${PARAMETER_EXAMPLES[method] ?? "key=value; key=value"}, as text or as a two-column range of keys and values.`,
  noValue: (argument: string): string => `${argument} is blank or a missing marker such as N/A, so the metric has no score.`,
  zeroDenominator: (argument: string): string => `${argument}: the ratio divides by 0, so the metric has no score.`,
  invalidMetricValue: (argument: string, shown: string, expected: string): string => `${argument} is ${shown}. Expected ${expected}.`,
  populationMissing: (argument: string): string => `${argument} has no values to compare with; give the metric's column for every account.`,
  ratioNeedsPair: (argument: string): string =>
    `The ratio method needs ${argument} to be 2 cells, the numerator and the denominator, e.g. active users and seats.`,
  ratioPopulationShape: (argument: string): string => `The ratio method needs ${argument} to be 2 columns, the numerators and the denominators.`,
  recencyNeedsAsOf: (argument: string): string => `The recency method needs ${argument}, the date to count days to, e.g. TODAY() or DATE(2026,11,30).`,
  methodWithoutParameters: (method: string): string => `The ${method} method takes no parameters; remove them or choose another method.`,
  parametersShape: (argument: string, size: string): string =>
    `${argument} must be text such as "floor=0; target=100" or a two-column range of keys and values; received ${size}.`,
  parameterProblem: (argument: string, value: string, allowed: string): string => `${argument}: ${JSON.stringify(value)} is not valid. Expected ${allowed}.`,
  rawMethodNotSupported: (method: string): string =>
    `HEALTH.PILLAR.RAW scores with percentile, minmax or zscore only; ${JSON.stringify(method)} needs parameters, so score that metric with HEALTH.METRIC and combine with HEALTH.PILLAR.`,
  populationWidth: (argument: string, width: number, values: number): string =>
    `${argument} has ${width} columns but values has ${values} cells; give one population column per metric.`,

  tableHeaderOnly: (argument: string): string => `${argument} must include the header row and at least one account row.`,
  metricMapEmpty: (argument: string): string => `${argument} has no metrics; pass the HealthMetricMap range, header row included.`,
  tooManyRows: (rows: number, limit: number): string =>
    `The table has ${rows} account rows; HEALTH.SCORE scores at most ${limit}. Use the task pane's Apply for a table this size.`,
  optionUnknown: (key: string, allowed: readonly string[]): string => `options: ${JSON.stringify(key)} is not an option. Expected one of ${allowed.join(", ")}.`,
  optionsShape: (size: string): string =>
    `options must be text such as "policy=neutral; minCoverage=0.6" or a two-column range of keys and values; received ${size}.`,
  modelProblem: (argument: string, detail: string): string => `${argument}: ${detail}`,
  overridesNeedAsOf: (argument: string): string =>
    `The overrides need ${argument}, the date their expiry is checked against, e.g. TODAY() or DATE(2026,11,30).`,
  modelTableShape: (argument: string, headers: readonly string[], size: string): string =>
    `${argument} must be the ${headers.length} columns ${headers.join(" | ")}, with or without its header row; received ${size}.`,
} as const;

/** How many cell numbers a BACKTEST row lists before it gives the count of the rest. */
const SHOWN_CELLS = 10;

/** The row labels, and the worded values, of the tables HEALTH.BACKTEST, HEALTH.SUGGESTWEIGHTS and HEALTH.TREND spill. */
export const TABLE_LABELS = {
  accounts: "Accounts",
  churned: "Churned",
  retained: "Retained",
  excluded: "Excluded (other outcome)",
  excludedValues: "Excluded values",
  missingOutcome: "No outcome",
  unscored: "No health score",
  healthAuc: "AUC (health score)",
  pillarAuc: (pillar: string): string => `AUC (${pillar})`,
  bandAccounts: (label: string): string => `${label} accounts`,
  bandChurned: (label: string): string => `${label} churned`,
  bandChurnRate: (label: string): string => `${label} churn rate`,
  lift: (labels: Bands["labels"]): string => `Lift (${labels.atRisk} ÷ ${labels.healthy} churn rate)`,
  healthyChurnedCells: (labels: Bands["labels"]): string => `Cells of ${labels.healthy} accounts that churned`,
  warnings: "Warnings",

  suggested: "Suggested",
  current: "Current",
  inSampleAuc: "AUC in sample",
  outOfSampleAuc: "AUC out of sample",
  validation: "Validation",

  trendHeaders: ["Change", "Slope per period", "Declining"],
} as const;

/** Lists the excluded outcome values with their counts, e.g. `"Joined" (2), "Paused" (1)`. */
export function describeExcludedValues(labels: ReadonlyMap<string, number>): string {
  return [...labels].map(([label, count]) => `${JSON.stringify(label)} (${count})`).join(", ");
}

/**
 * Names cells of an argument by their position in it, e.g. "cells 4, 9 of health_scores", with
 * at most 10 numbers before "and 3 more"; "" for no cells.
 */
export function describeCells(argument: string, cellNumbers: readonly number[]): string {
  if (cellNumbers.length === 0) return "";
  const shown = cellNumbers.slice(0, SHOWN_CELLS).join(", ");
  const more = cellNumbers.length - SHOWN_CELLS;
  const noun = cellNumbers.length === 1 ? "cell" : "cells";
  return more > 0 ? `${noun} ${shown} and ${more} more of ${argument}` : `${noun} ${shown} of ${argument}`;
}

/** Adds an "s" to a unit such as "cell" unless the count is 1. */
function plural(count: number, unit: string): string {
  return count === 1 ? unit : `${unit}s`;
}

function listWords(words: readonly string[]): string {
  if (words.length <= 1) return words.join("");
  return `${words.slice(0, -1).join(", ")} and ${words[words.length - 1] ?? ""}`;
}

/** Example parameters per method, shown when a method that needs parameters gets none. */
const PARAMETER_EXAMPLES: Readonly<Record<string, string>> = {
  target: "floor=0; target=100",
  scale: "low=1; high=5",
  thresholds: "points=0:0, 50:60, 100:100",
  tiers: "cuts=40, 70; points=0, 50, 100",
  category: "scores=Green:100, Yellow:50, Red:0",
  recency: "targetDays=7; floorDays=90",
  ratio: "then=percentile",
};

/** The value each argument kind expects, in the words the messages use after "Expected". */
export const EXPECTED = {
  score: "a score from 0 to 100, or a blank cell for no data",
  weight: "a weight of 0 or more; enter 0 to leave it out",
  threshold: "a threshold from 0 to 100",
  share: "a share from 0 to 1, e.g. 0.5",
  policy: "redistribute, neutral, penalize or median",
  periods: "a whole number of snapshots, 2 or more",
  declineThreshold: "a number of points above 0",
  direction: "higher or lower",
  text: "text",
} as const;

/** Maps a core model path (e.g. `bands.watch`) to the argument words a message uses (e.g. `thresholds (Watch)`). */
export type PathRename = (path: string) => string;

/**
 * Builds a path rename from a table of paths: a path that equals a key, or starts with the key
 * followed by `.` or `[`, has that key replaced. The longest matching key wins.
 */
export function renamePaths(renames: Readonly<Record<string, string>>): PathRename {
  const keys = Object.keys(renames).sort((a, b) => b.length - a.length);
  return (path) => {
    const key = keys.find((candidate) => path === candidate || path.startsWith(`${candidate}.`) || path.startsWith(`${candidate}[`));
    return key === undefined ? path : `${renames[key] ?? key}${path.slice(key.length)}`;
  };
}

/** Words a core issue for a function argument with the core's formatter, its model path renamed to the argument's words. */
export function describeIssue(issue: Issue, rename: PathRename = (path) => path): string {
  if (!("path" in issue)) return formatIssue(issue);
  return formatIssue({ ...issue, path: rename(issue.path) });
}

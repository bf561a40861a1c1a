
import { columnLetters } from "../core/model-sheet";

/**
 * Every text the `health-model` command prints, in one place so it can be reviewed and
 * translated. Issue sentences come from the core's `formatIssue`, shared with the other surfaces.
 */

/** The program name, also the prefix of every error line. */
export const PROGRAM_NAME = "health-model";

/** Help text that commander prints for `--help`. */
export const HELP = {
  program: "Score customer accounts on Engagement, Satisfaction, Adoption and Outcomes, from an .xlsx or .csv file.",
  score: "Score every account of FILE and write a new workbook with the scores and the Health Model sheet.",
  map: "Print the model proposed for FILE as JSON (the format --model reads) and each column's role.",
  backtest:
    "Measure how well the health score of FILE separated churned from retained accounts: AUC, churn per band, lift, and suggested pillar weights. Advice only: it writes nothing.",
  file: "the .xlsx, .csv or .txt file to read",
  sheet: "the worksheet to read from an .xlsx file (default: the first worksheet)",
  model: "a model JSON file, or a workbook with a Health Model sheet, to score with instead of the model proposed from the headers",
  out: "the .xlsx workbook to write; for an .xlsx FILE, a copy of it that keeps its sheets, formulas, merges and formats, though not charts or pivot tables (default: <FILE name>-scored.xlsx beside FILE)",
  asOf: "the date recency metrics count days to, as YYYY-MM-DD (default: the model's date, else today)",
  force: "replace the output workbook when it already exists",
  previous:
    "an earlier scored workbook, or a sheet with the account column and a Health score column, to compute each account's trend from; repeat the option for each snapshot, oldest first",
  outcome: "the column that records churn or renewal (default: the model's outcome column)",
  json: "print the report as JSON instead of text",
} as const;

/** Reasons a file could not be read as a table; each is one line. */
export const READ_ERRORS = {
  notFound: (path: string) => `file not found: ${path}`,
  unreadable: (path: string, reason: string) => `cannot read ${path}: ${reason}`,
  isDirectory: (path: string) => `cannot read ${path}: it is a folder, not a file`,
  empty: (path: string) => `${path} is empty; expected a header row followed by data rows`,
  headerOnly: (path: string) => `${path} has a header row but no data rows`,
  encrypted: (path: string) =>
    `${path} is an encrypted workbook or a legacy .xls file; remove the password or save it as .xlsx, then try again`,
  binary: (path: string) => `${path} is not a spreadsheet (it contains binary data); expected .xlsx, .csv or .txt`,
  invalidXlsx: (path: string) => `${path} is not a valid .xlsx workbook (the zip container cannot be read); open and save it in Excel, or export it as .csv`,
  invalidCsv: (path: string, reason: string) => `${path} is not valid CSV: ${reason}`,
  noTable: (path: string) => `no table found in ${path}; expected a header row of at least two column names followed by data rows`,
  sheetNotFound: (path: string, sheet: string, sheets: readonly string[]) =>
    `worksheet "${sheet}" not found in ${path}; its worksheets are ${sheets.map((name) => `"${name}"`).join(", ")}`,
  noWorksheet: (path: string) => `${path} has no worksheet`,
} as const;

/** Reasons the output workbook was not written. */
export const WRITE_ERRORS = {
  sameAsInput: (path: string) => `the output ${path} is the input file; choose another --out path, the input is never replaced`,
  exists: (path: string) => `${path} already exists; pass --force to replace it, or choose another --out path`,
  failed: (path: string, reason: string) => `cannot write ${path}: ${reason}`,
  scoredModelSheet: (sheet: string) =>
    `cannot score the worksheet "${sheet}": the output replaces the "Health Model" sheet of an earlier run, so pass --sheet with the worksheet that holds the accounts`,
  outNotXlsx: (path: string) => `invalid --out path "${path}": the output is an Excel workbook, so its name must end in .xlsx`,
} as const;

/** Reasons the model or the options were rejected. */
export const OPTION_ERRORS = {
  modelNotFound: (path: string) => `model file not found: ${path}`,
  modelUnreadable: (path: string, reason: string) => `cannot read the model file ${path}: ${reason}`,
  modelNotJson: (path: string, reason: string) => `the model file ${path} is not valid JSON: ${reason}`,
  invalidAsOf: (value: string) => `invalid --as-of date "${value}"; expected a date as YYYY-MM-DD, e.g. 2026-11-30`,
  noOutcomeColumn: (columns: readonly string[]) =>
    `no outcome column: the model names none, so pass --outcome with the column that records churn or renewal; the columns are ${columnList(columns)}`,
  notOutcomeColumn: (column: string, excluded: number, present: number, sample: readonly string[]) =>
    `the column "${column}" does not record churn or renewal: ${excluded} of its ${present} values are neither churned nor retained, such as ${quoted(sample)}; pass --outcome with a column of values such as Churned and Stayed, Yes and No, or 1 and 0`,
  outcomeNotFound: (column: string, columns: readonly string[]) => `the outcome column "${column}" is not in the table; the columns are ${columnList(columns)}`,
  noAccountColumn:
    "--previous needs an account column to match accounts between snapshots, and the model names none; set accountColumn in the model (health-model map shows the proposed one)",
  previousColumnMissing: (path: string, column: string, columns: readonly string[]) =>
    `the previous snapshot ${path} has no "${column}" column, so its accounts cannot be matched; its columns are ${columnList(columns)}`,
  previousScoreMissing: (path: string, column: string, columns: readonly string[]) =>
    `the previous snapshot ${path} has no "${column}" column; pass a workbook that health-model score wrote, or a sheet with the account column and a "${column}" column. Its columns are ${columnList(columns)}`,
  unexpected: (reason: string) => `unexpected error: ${reason}`,
} as const;

/** The lines of the summary `score` prints. */
export const SUMMARY = {
  scored: (accounts: number, input: string, output: string) => `Scored ${accounts} ${plural(accounts, "account")} from ${input} into ${output}.`,
  modelVersion: (version: number) => `Model version ${version}`,
  bandsHeading: "Accounts per band:",
  insufficientLabel: "Insufficient data",
  averagesHeading: "Pillar averages (accounts with data):",
  noData: "no data",
  driversHeading: "Most common drivers:",
  noDrivers: "  none: every account with a score is at or above the Healthy threshold on every pillar",
  lookFirstHeading: (count: number) => (count === 0 ? "Where to look first: no account has a score" : `Where to look first (the ${count} lowest scores):`),
  lookFirstAccount: (row: number, name: string | null, explanation: string) => `  row ${row}${name === null ? "" : `, ${name}`}: ${explanation}`,
  insufficientHeading: (count: number, minCoverage: string) =>
    `Accounts with insufficient data (coverage below ${minCoverage}): ${count}`,
  insufficientAccount: (row: number, name: string | null) => (name === null ? `  row ${row}` : `  row ${row}: ${name}`),
  moreAccounts: (count: number) => `  … and ${count} more`,
  mappingHeading: "Mapping used (metric → pillar):",
  mappingLine: (column: string, pillar: string, method: string, direction: string, weight: string) =>
    `  ${column} → ${pillar} (${method}, ${direction} is better, weight ${weight})`,
  noMetrics: "  no column was mapped to a pillar",
  ratioMethod: (denominator: string, then: string) => `ratio to ${denominator}, then ${then}`,
  issuesHeading: (count: number) => `Input problems: ${count}`,
  moreIssues: (count: number) => `  … and ${count} more ${plural(count, "problem")} not shown`,
  noIssues: "Input problems: none",
} as const;

/** The headers of the trend columns `score --previous` writes after the output columns, in order. */
export const TREND_COLUMNS = ["Previous score", "Change", "Slope", "Declining"] as const;

/** One trend column's header. */
export type TrendColumn = (typeof TREND_COLUMNS)[number];

/** The Declining cell of an account whose score is declining; the cell is blank otherwise. */
export const DECLINING_YES = "Yes";

/** The lines `score --previous` adds to the summary. */
export const TREND = {
  heading: (snapshots: number, periods: number, threshold: string) =>
    `Trend against ${snapshots} previous ${plural(snapshots, "snapshot")}, oldest first (slope over the last ${periods} snapshots, this one included; declining at a drop of ${threshold} points or more):`,
  matched: (path: string, matched: number, accounts: number) => `  ${path}: ${matched} of ${accounts} accounts matched`,
  notInSnapshot: (count: number) => `${count} not in that snapshot`,
  notInCurrent: (count: number) => `${count} of its accounts not in this one`,
  repeated: (count: number) => `${count} repeated account ${plural(count, "name")} (first row used)`,
  blankNames: (count: number) => `${count} ${plural(count, "row")} without an account name`,
  versionChanged: (path: string, previous: number, current: number) =>
    `  ${path} was scored with model version ${previous} and this run uses version ${current}, so part of a change may come from the model rather than the account.`,
  modelChanged: (path: string, differences: readonly string[]) =>
    `  ${path} was scored with other model settings (${listDifferences(differences)}), so part of a change may come from the model rather than the account.`,
  versionUnknown: (path: string) => `  ${path} has no readable Health Model sheet, so the model version it was scored with is unknown.`,
  decliningHeading: (count: number) => `Declining accounts: ${count}`,
  decliningAccount: (row: number, name: string | null, score: string, change: string, slope: string) =>
    `  row ${row}${name === null ? "" : `, ${name}`}: ${score} (change ${change}, slope ${slope} per period)`,
  moreAccounts: (count: number) => `  … and ${count} more`,
  noValue: "n/a",
} as const;

/** How many model differences a trend line names before it only counts the rest. */
const MAX_LISTED_DIFFERENCES = 5;

function listDifferences(differences: readonly string[]): string {
  const listed = differences.slice(0, MAX_LISTED_DIFFERENCES).join("; ");
  const more = differences.length - MAX_LISTED_DIFFERENCES;
  return more > 0 ? `${listed}; and ${more} more ${plural(more, "difference")}` : listed;
}

/** The phrases that name one difference between the model of a previous snapshot and the current one. */
export const MODEL_DIFFERENCES = {
  segmentColumn: (previous: string | null, current: string | null) => `segment column ${columnOrNone(previous)} → ${columnOrNone(current)}`,
  metricAdded: (column: string) => `metric "${column}" added`,
  metricRemoved: (column: string) => `metric "${column}" removed`,
  metricChanged: (column: string, changes: readonly string[]) => `metric "${column}": ${changes.join(", ")}`,
  pillar: (previous: string, current: string) => `pillar ${previous} → ${current}`,
  method: (previous: string, current: string) => `method ${previous} → ${current}`,
  methodSettings: (method: string) => `${method} settings changed`,
  direction: (previous: string, current: string) => `${previous} is better → ${current} is better`,
  metricWeight: (previous: string, current: string) => `weight ${previous} → ${current}`,
  pillarWeights: (previous: string, current: string) => `pillar weights ${previous} → ${current}`,
  segmentWeights: (segment: string, previous: string, current: string) => `segment "${segment}" weights ${previous} → ${current}`,
  segmentWeightsAdded: (segment: string, current: string) => `segment "${segment}" weights added (${current})`,
  segmentWeightsRemoved: (segment: string) => `segment "${segment}" weights removed`,
  bands: (previous: string, current: string) => `band thresholds ${previous} → ${current}`,
  missingPolicy: (previous: string, current: string) => `missing-data policy ${previous} → ${current}`,
  minCoverage: (previous: number, current: number) => `minimum coverage ${Math.round(previous * 100)}% → ${Math.round(current * 100)}%`,
} as const;

function columnOrNone(column: string | null): string {
  return column === null ? "none" : `"${column}"`;
}

/** The lines of the report `backtest` prints. */
export const BACKTEST = {
  heading: (accounts: number, input: string, column: string, churnedLabels: readonly string[], retainedLabels: readonly string[]) =>
    `Backtest of ${accounts} ${plural(accounts, "account")} from ${input} against "${column}" (${labelMeaning(churnedLabels, "churned")}; ${labelMeaning(retainedLabels, "retained")}).`,
  modelLine: (version: number, asOf: string) => `Model version ${version}, scored as of ${asOf}. Advice only: nothing was written.`,
  countsHeading: "Accounts:",
  churned: "Churned",
  retained: "Retained",
  excluded: "Excluded",
  missing: "Missing outcome",
  unscored: "Unscored",
  excludedValues: (values: readonly (readonly [string, number])[]) =>
    `  Excluded values: ${values.map(([value, count]) => `"${value}" (${count})`).join(", ")}`,
  aucHeading: "AUC (the chance that a churned account scores below a retained one; 0.5 is chance, 1 is perfect):",
  healthScore: "Health score",
  auc: (auc: string, standardError: string, churned: number, retained: number) =>
    `${auc} (standard error ${standardError}; ${churned} churned, ${retained} retained)`,
  noAuc: "not available: no churned or no retained account has this score",
  bandsHeading: "Churn per band:",
  bandChurn: (churned: number, accounts: number, rate: string) => `${churned} of ${accounts} churned (${rate})`,
  emptyBand: "no account with an outcome",
  lift: (ratio: string, atRisk: string, healthy: string) => `Lift (${atRisk} churn rate ÷ ${healthy} churn rate): ${ratio}`,
  healthyChurnedHeading: (label: string, count: number) => `${label} accounts that churned anyway: ${count}`,
  account: (row: number, name: string | null) => (name === null ? `  row ${row}` : `  row ${row}: ${name}`),
  moreAccounts: (count: number) => `  … and ${count} more`,
  weightsHeading: "Suggested pillar weights (advice only; the model is unchanged):",
  weightsColumns: ["Current", "Suggested"] as const,
  inSample: "AUC in sample",
  outOfSample: "AUC out of sample",
  foldsMeasured: (folds: number) => `  The out-of-sample AUC is the mean over ${folds} held-out ${plural(folds, "fold")}.`,
  noSuggestion: "  none: no churned or no retained account has a health score",
  pillarsWithoutData: (pillars: readonly string[]) =>
    `  ${joinWords(pillars)} ${pillars.length === 1 ? "has" : "have"} no data, so ${pillars.length === 1 ? "its weight changes" : "their weights change"} no score.`,
  recomputed:
    "  Both columns recompute the composite with the redistribute policy and the default pillar weights, so the Current AUC can differ from the Health score AUC above.",
  outcomeIsMetric: (column: string) =>
    `The outcome column "${column}" is also scored as a metric, so the AUC measures the outcome against itself; remove it from the model's metrics.`,
  warningsHeading: (count: number) => `Warnings: ${count}`,
  noWarnings: "Warnings: none",
  notAvailable: "n/a",
} as const;

/** Progress lines for long runs, printed to stderr. */
export const PROGRESS = {
  scoring: (done: number, total: number) => `scored ${done} of ${total} accounts`,
} as const;

/** The column roles and mapping problems `map` prints to stderr. */
export const MAP = {
  rolesHeading: "Column roles:",
  role: (column: string, index: number, role: string, detail: string, reason: string) => `  ${columnName(column, index)}: ${role}${detail} (${reason})`,
  metricDetail: (pillar: string, method: string) => ` → ${pillar}, ${method}`,
  issuesHeading: "Mapping problems:",
} as const;

/** How many values per class the backtest heading names before it only counts the rest. */
const MAX_LISTED_LABELS = 3;

/** Words what a column's values mean, e.g. `"Churned" means churned` or `"Yes" and "TRUE" mean churned`. */
function labelMeaning(labels: readonly string[], outcome: string): string {
  if (labels.length === 0) return `no value means ${outcome}`;
  const listed = labels.slice(0, MAX_LISTED_LABELS).map((label) => `"${label}"`);
  const more = labels.length - MAX_LISTED_LABELS;
  const names = more > 0 ? [...listed, `${more} more`] : listed;
  return `${joinWords(names)} ${labels.length === 1 ? "means" : "mean"} ${outcome}`;
}

function plural(count: number, noun: string): string {
  return count === 1 ? noun : `${noun}s`;
}

function joinWords(words: readonly string[]): string {
  if (words.length <= 1) return words.join("");
  return `${words.slice(0, -1).join(", ")} and ${words[words.length - 1] ?? ""}`;
}

/**
 * Names a column by its header, or by its letter when the header is blank, e.g. "column B (no header)".
 *
 * @param index the column's 0-based position in the table, which starts at column A
 */
export function columnName(header: string, index: number): string {
  return header.trim() === "" ? `column ${columnLetters(index + 1)} (no header)` : header;
}

/** Lists a table's columns, each header in quotes and a blank one by its letter. */
function columnList(headers: readonly string[]): string {
  return headers.map((header, index) => (header.trim() === "" ? columnName(header, index) : `"${header}"`)).join(", ");
}

function quoted(values: readonly string[]): string {
  return values.map((value) => `"${value}"`).join(", ");
}

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
  file: "the .xlsx, .csv or .txt file to read",
  sheet: "the worksheet to read from an .xlsx file (default: the first worksheet)",
  model: "a model JSON file to score with, instead of the model proposed from the headers",
  out: "the workbook to write (default: <FILE name>-scored.xlsx beside FILE)",
  asOf: "the date recency metrics count days to, as YYYY-MM-DD (default: the model's date, else today)",
  force: "replace the output workbook when it already exists",
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
} as const;

/** Reasons the model or the options were rejected. */
export const OPTION_ERRORS = {
  modelNotFound: (path: string) => `model file not found: ${path}`,
  modelUnreadable: (path: string, reason: string) => `cannot read the model file ${path}: ${reason}`,
  modelNotJson: (path: string, reason: string) => `the model file ${path} is not valid JSON: ${reason}`,
  invalidAsOf: (value: string) => `invalid --as-of date "${value}"; expected a date as YYYY-MM-DD, e.g. 2026-11-30`,
  unexpected: (reason: string) => `unexpected error: ${reason}`,
} as const;

/** The lines of the summary `score` prints. */
export const SUMMARY = {
  scored: (accounts: number, input: string, output: string) => `Scored ${accounts} ${plural(accounts, "account")} from ${input} into ${output}.`,
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

/** Progress lines for long runs, printed to stderr. */
export const PROGRESS = {
  scoring: (done: number, total: number) => `scored ${done} of ${total} accounts`,
} as const;

/** The column roles and mapping problems `map` prints to stderr. */
export const MAP = {
  rolesHeading: "Column roles:",
  role: (column: string, role: string, detail: string, reason: string) => `  ${column}: ${role}${detail} (${reason})`,
  metricDetail: (pillar: string, method: string) => ` → ${pillar}, ${method}`,
  issuesHeading: "Mapping problems:",
} as const;

function plural(count: number, noun: string): string {
  return count === 1 ? noun : `${noun}s`;
}

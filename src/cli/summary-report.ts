import { isCellIssue, type Issue } from "../core/issues";
import { formatPercent } from "../core/messages/explanation";
import { formatIssue } from "../core/messages/issues";
import type { HealthModel, MetricMethod } from "../core/model";
import { PILLARS } from "../core/pillars";
import type { PortfolioScores } from "../core/score";
import { summarizePortfolio } from "../core/summary";
import { SUMMARY } from "./messages";
import { labelledRow as row } from "./report-layout";
import type { PortfolioTrend } from "./trend/portfolio-trend";
import { formatTrendSummary } from "./trend/trend-report";

/** How many input problems the summary lists before it only counts the rest. */
export const MAX_LISTED_ISSUES = 50;
/** How many insufficient-data accounts the summary names before it only counts the rest. */
export const MAX_LISTED_ACCOUNTS = 10;
/** How many of the lowest-scoring accounts the summary explains. */
export const LOOK_FIRST_ACCOUNTS = 10;

/** The input and output paths named on the summary's first line. */
export interface SummaryPaths {
  readonly input: string;
  readonly output: string;
}

/**
 * Formats the summary `score` prints: the model version, accounts per band, pillar averages and
 * the most common drivers. The trend against previous snapshots follows when there is one, then
 * the accounts with insufficient data, the mapping used and the input problems (the first 50,
 * then a count).
 *
 * @param firstRowNumber the sheet row of the first account, to name accounts by row
 * @param extraIssues problems found before scoring (by the mapping); repeats are listed once
 * @param trend the trend against `--previous` snapshots, or null without them
 */
export function formatSummary(
  scores: PortfolioScores,
  paths: SummaryPaths,
  firstRowNumber: number,
  extraIssues: readonly Issue[] = [],
  trend: PortfolioTrend | null = null,
): string[] {
  const summary = summarizePortfolio(scores);
  const trendLines = trend === null ? [] : [...formatTrendSummary(trend, scores.model, scores.accounts.map((account) => account.composite), scores.accountNames, firstRowNumber), ""];
  return [
    SUMMARY.scored(summary.accounts, paths.input, paths.output),
    SUMMARY.modelVersion(scores.model.version),
    "",
    SUMMARY.bandsHeading,
    ...summary.perBand.map(({ label, count }) => row(label, String(count))),
    row(SUMMARY.insufficientLabel, String(summary.insufficient)),
    "",
    SUMMARY.averagesHeading,
    ...PILLARS.map((pillar) => row(pillar, formatAverage(summary.pillarAverages[pillar]))),
    "",
    SUMMARY.driversHeading,
    ...(summary.topDrivers.length === 0 ? [SUMMARY.noDrivers] : summary.topDrivers.map(({ pillar, count }) => row(pillar, String(count)))),
    "",
    ...trendLines,
    ...lookFirstLines(scores, firstRowNumber),
    "",
    ...insufficientLines(scores, firstRowNumber),
    "",
    ...mappingLines(scores.model),
    "",
    ...issueLines(uniqueMessages([...extraIssues, ...scores.issues])),
  ];
}

function formatAverage(average: number | null): string {
  return average === null ? SUMMARY.noData : average.toFixed(1);
}

/** Lists the lowest-scoring accounts with their explanations: where a CSM would look first. */
function lookFirstLines(scores: PortfolioScores, firstRowNumber: number): string[] {
  const scored = scores.accounts.flatMap((account, index) => (account.composite === null ? [] : [{ index, composite: account.composite }]));
  const lowest = scored.sort((a, b) => a.composite - b.composite || a.index - b.index).slice(0, LOOK_FIRST_ACCOUNTS);
  if (lowest.length === 0) return [SUMMARY.lookFirstHeading(0)];
  return [
    SUMMARY.lookFirstHeading(lowest.length),
    ...lowest.map(({ index }) =>
      SUMMARY.lookFirstAccount(firstRowNumber + index, scores.accountNames[index] ?? null, scores.accounts[index]?.explanation ?? ""),
    ),
  ];
}

function insufficientLines(scores: PortfolioScores, firstRowNumber: number): string[] {
  const rows = scores.accounts.flatMap((account, index) => (account.insufficient ? [index] : []));
  const listed = rows.slice(0, MAX_LISTED_ACCOUNTS).map((index) => SUMMARY.insufficientAccount(firstRowNumber + index, scores.accountNames[index] ?? null));
  const more = rows.length > MAX_LISTED_ACCOUNTS ? [SUMMARY.moreAccounts(rows.length - MAX_LISTED_ACCOUNTS)] : [];
  return [SUMMARY.insufficientHeading(rows.length, formatPercent(scores.model.minCoverage)), ...listed, ...more];
}

function mappingLines(model: HealthModel): string[] {
  if (model.metrics.length === 0) return [SUMMARY.mappingHeading, SUMMARY.noMetrics];
  return [
    SUMMARY.mappingHeading,
    ...model.metrics.map((metric) => SUMMARY.mappingLine(metric.column, metric.pillar, methodText(metric.method), metric.direction, String(metric.weight))),
  ];
}

function methodText(method: MetricMethod): string {
  return method.kind === "ratio" ? SUMMARY.ratioMethod(method.denominator, method.then.kind) : method.kind;
}

/** Words each issue once, with problems about the whole table first and cell problems by row. */
function uniqueMessages(issues: readonly Issue[]): string[] {
  const rowOf = (issue: Issue): number => (isCellIssue(issue) ? issue.row : 0);
  const sorted = [...issues].sort((a, b) => rowOf(a) - rowOf(b));
  return [...new Set(sorted.map(formatIssue))];
}

function issueLines(messages: readonly string[]): string[] {
  if (messages.length === 0) return [SUMMARY.noIssues];
  const listed = messages.slice(0, MAX_LISTED_ISSUES).map((message) => `  ${message}`);
  const more = messages.length > MAX_LISTED_ISSUES ? [SUMMARY.moreIssues(messages.length - MAX_LISTED_ISSUES)] : [];
  return [SUMMARY.issuesHeading(messages.length), ...listed, ...more];
}

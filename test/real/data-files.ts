import { existsSync } from "node:fs";
import path from "node:path";
import { readTableFile } from "../../src/cli/read";
import type { BandKey } from "../../src/core/band";
import { backtest, type BacktestReport, type Outcome } from "../../src/core/backtest";
import type { PortfolioScores } from "../../src/core/score";
import { findColumn, type CellValue, type Table } from "../../src/core/table";

/** The public data files, published by others and kept outside the project with their original bytes. */
export const DATA_DIR = path.resolve(__dirname, "../../../shared/data");

/**
 * Returns the path of a public data file.
 *
 * @throws Error when the data folder or the file is missing, because this suite is required and must not pass without its data
 */
export function dataFile(name: string): string {
  if (!existsSync(DATA_DIR)) {
    throw new Error(`The public data folder ${DATA_DIR} is missing; the real-data suite needs it beside the repository, so restore it before running this suite.`);
  }
  const file = path.join(DATA_DIR, name);
  if (!existsSync(file)) throw new Error(`The public data file ${file} is missing; restore it before running this suite.`);
  return file;
}

/** Reads a public data file through the CLI's reader, as `health-model score` reads it. */
export async function readDataTable(name: string, sheet?: string): Promise<Table> {
  return readTableFile(dataFile(name), sheet === undefined ? {} : { sheet });
}

/** Returns every cell of one column, in row order. */
export function columnCells(table: Table, header: string): CellValue[] {
  const index = findColumn(table.headers, header);
  if (index < 0) throw new Error(`Column "${header}" is not in the table; its headers are ${table.headers.join(", ")}`);
  return table.rows.map((row) => row[index]);
}

/** Accounts per band, plus the accounts with insufficient data. */
export interface BandCounts {
  readonly healthy: number;
  readonly watch: number;
  readonly atRisk: number;
  readonly insufficient: number;
}

/** Counts the accounts of a scored portfolio per band, and those with insufficient data. */
export function countBands(scores: PortfolioScores): BandCounts {
  const counts: Record<BandKey | "insufficient", number> = { healthy: 0, watch: 0, atRisk: 0, insufficient: 0 };
  for (const account of scores.accounts) counts[account.band ?? "insufficient"]++;
  return counts;
}

/**
 * Returns the indices of accounts without a clear verdict: a composite with no band, a band with
 * no composite, or an insufficient flag that disagrees with the composite. An empty list means
 * every account has either a score and a band or an explicit insufficient-data verdict.
 */
export function accountsWithoutVerdict(scores: PortfolioScores): number[] {
  const unclear: number[] = [];
  scores.accounts.forEach((account, index) => {
    const scored = account.composite !== null && Number.isFinite(account.composite) && account.band !== null && !account.insufficient;
    const insufficient = account.composite === null && account.band === null && account.insufficient;
    if (!scored && !insufficient) unclear.push(index);
  });
  return unclear;
}

/** Returns the pillars that no metric of the model feeds, in pillar order. */
export function emptyPillars(scores: PortfolioScores): string[] {
  return scores.issues.flatMap((issue) => (issue.code === "pillar-without-metric" ? [issue.pillar] : []));
}

/** Backtests a scored portfolio against one outcome per account, in row order. */
export function backtestPortfolio(scores: PortfolioScores, outcomes: readonly Outcome[]): BacktestReport {
  return backtest({
    composites: scores.accounts.map((account) => account.composite),
    pillars: scores.accounts.map((account) => account.pillars),
    bands: scores.accounts.map((account) => account.band),
    outcomes,
  });
}

/** Counts each outcome of a column. */
export function countOutcomes(outcomes: readonly Outcome[]): Record<Outcome, number> {
  const counts: Record<Outcome, number> = { churned: 0, retained: 0, excluded: 0, missing: 0 };
  for (const outcome of outcomes) counts[outcome]++;
  return counts;
}

/** Formats the composite and pillar AUCs of a backtest on one line, for the suite's log. */
export function describeAucs(label: string, report: BacktestReport): string {
  const show = (estimate: { readonly auc: number } | null): string => (estimate === null ? "n/a" : estimate.auc.toFixed(3));
  const pillars = Object.entries(report.pillars).map(([pillar, estimate]) => `${pillar} ${show(estimate)}`);
  return `${label}: composite AUC ${show(report.composite)}; ${pillars.join(", ")}`;
}

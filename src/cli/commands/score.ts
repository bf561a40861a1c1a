import { formatIssue } from "../../core/messages/issues";
import type { HealthModel } from "../../core/model";
import { OUTPUT_COLUMNS, outputRow } from "../../core/outputs";
import { scorePortfolio, type PortfolioScores } from "../../core/score";
import type { CellValue } from "../../core/table";
import { CliError } from "../cli-error";
import type { ConsoleOutput } from "../console-output";
import { OPTION_ERRORS, PROGRESS, TREND_COLUMNS } from "../messages";
import { chooseModel } from "../model-file";
import { readAsOfOption } from "../options";
import { readSheetFile } from "../read";
import { formatSummary } from "../summary-report";
import { portfolioTrend, type PortfolioTrend } from "../trend/portfolio-trend";
import { readPreviousSnapshot } from "../trend/previous-snapshot";
import { trendCells } from "../trend/trend-report";
import { checkOutputPath, defaultOutputPath, writeScoredWorkbook } from "../write";

/** Above this many accounts, `score` prints progress to stderr. */
export const PROGRESS_THRESHOLD = 20_000;

/** The options of `health-model score`. */
export interface ScoreCommandOptions {
  readonly sheet?: string;
  readonly model?: string;
  readonly out?: string;
  readonly asOf?: string;
  readonly force?: boolean;
  /** Earlier snapshots to compute the trend from, oldest first. */
  readonly previous?: readonly string[];
}

/**
 * Runs `health-model score FILE`: reads the table, loads the model from `--model` or proposes
 * one from the headers, scores every account, writes the scored workbook and prints the
 * summary. The workbook's model sheet records the as-of date the scores used, so formulas in it
 * give the same numbers. With `--previous`, each account is matched in the earlier snapshots
 * and four trend columns follow the output columns.
 *
 * @throws CliError when the input, the model, the options, a previous snapshot or the output
 *   path are not usable
 */
export async function scoreCommand(file: string, options: ScoreCommandOptions, output: ConsoleOutput): Promise<void> {
  const asOf = readAsOfOption(options.asOf);
  const outputPath = options.out ?? defaultOutputPath(file);
  checkOutputPath(file, outputPath, options.force === true);

  const source = await readSheetFile(file, options.sheet === undefined ? {} : { sheet: options.sheet });
  const { model, issues } = await chooseModel(source.table, options.model, asOf);

  const onProgress = source.table.rows.length > PROGRESS_THRESHOLD ? progressPrinter(output) : undefined;
  const scored = scorePortfolio(source.table, model, { ...(asOf === undefined ? {} : { asOf }), ...(onProgress === undefined ? {} : { onProgress }) });
  if (!scored.ok) throw new CliError(scored.issues.map(formatIssue));

  const scores = scored.value;
  const trend = await trendFor(scores, options.previous ?? []);
  const usedModel: HealthModel = { ...scores.model, asOf: scores.asOf };
  await writeScoredWorkbook({
    inputPath: file,
    outputPath,
    force: options.force === true,
    source,
    headers: trend === null ? OUTPUT_COLUMNS : [...OUTPUT_COLUMNS, ...TREND_COLUMNS],
    outputs: outputRows(scores, usedModel, trend),
    model: usedModel,
  });
  formatSummary(scores, { input: file, output: outputPath }, source.table.firstRowNumber, issues, trend).forEach((line) => output.out(line));
}

/**
 * Makes a progress listener that prints each count once. The core reports at a fixed step of
 * accounts and once more at the end, which repeats the last line when the total is a multiple
 * of its step.
 */
function progressPrinter(output: ConsoleOutput): (done: number, total: number) => void {
  let printed = -1;
  return (done, total) => {
    if (done === printed) return;
    printed = done;
    output.err(PROGRESS.scoring(done, total));
  };
}

/** Reads the previous snapshots and computes every account's trend; null without snapshots. */
async function trendFor(scores: PortfolioScores, previousPaths: readonly string[]): Promise<PortfolioTrend | null> {
  if (previousPaths.length === 0) return null;
  const { accountColumn } = scores.model;
  if (accountColumn === null) throw new CliError(OPTION_ERRORS.noAccountColumn);

  const snapshots = [];
  for (const path of previousPaths) snapshots.push(await readPreviousSnapshot(path, accountColumn));
  const composites = scores.accounts.map((account) => account.composite);
  return portfolioTrend(composites, scores.accountNames, snapshots, scores.model.trend);
}

function outputRows(scores: PortfolioScores, model: HealthModel, trend: PortfolioTrend | null): CellValue[][] {
  return scores.accounts.map((account, index) => {
    const row = outputRow(account, model.bands);
    const accountTrend = trend?.accounts[index];
    return accountTrend === undefined ? row : [...row, ...trendCells(accountTrend)];
  });
}

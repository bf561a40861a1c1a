import { formatIssue } from "../../core/messages/issues";
import { scorePortfolio } from "../../core/score";
import { backtestJson } from "../backtest/backtest-json";
import { formatBacktestText } from "../backtest/backtest-text";
import { pickOutcomeColumn, runBacktest } from "../backtest/run-backtest";
import { CliError } from "../cli-error";
import type { ConsoleOutput } from "../console-output";
import { chooseModel } from "../model-file";
import { readAsOfOption } from "../options";
import { readSheetFile } from "../read";

/** The options of `health-model backtest`. */
export interface BacktestCommandOptions {
  readonly outcome?: string;
  readonly sheet?: string;
  readonly model?: string;
  readonly asOf?: string;
  readonly json?: boolean;
}

/**
 * Runs `health-model backtest FILE`: scores the table with `--model` or the model proposed from
 * its headers, reads the outcome column, and prints how well the health score separated churned
 * from retained accounts, with suggested pillar weights as advice. It writes no file.
 *
 * @throws CliError when the input, the model, the options or the outcome column are not usable
 */
export async function backtestCommand(file: string, options: BacktestCommandOptions, output: ConsoleOutput): Promise<void> {
  const asOf = readAsOfOption(options.asOf);
  const source = await readSheetFile(file, options.sheet === undefined ? {} : { sheet: options.sheet });
  const { model } = await chooseModel(source.table, options.model, asOf);
  const outcomeColumn = pickOutcomeColumn(source.table, options.outcome, model);

  const scored = scorePortfolio(source.table, model, asOf === undefined ? {} : { asOf });
  if (!scored.ok) throw new CliError(scored.issues.map(formatIssue));

  const run = runBacktest(file, source.table, scored.value, outcomeColumn);
  if (options.json === true) output.out(JSON.stringify(backtestJson(run), null, 2));
  else formatBacktestText(run).forEach((line) => output.out(line));
}

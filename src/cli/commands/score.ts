import { proposeModel } from "../../core/automap";
import type { Issue } from "../../core/issues";
import { formatIssue } from "../../core/messages/issues";
import type { HealthModel } from "../../core/model";
import { outputRow } from "../../core/outputs";
import { scorePortfolio } from "../../core/score";
import { CliError } from "../cli-error";
import type { ConsoleOutput } from "../console-output";
import { PROGRESS } from "../messages";
import { loadModelFile } from "../model-file";
import { readAsOfOption } from "../options";
import { readSheetFile } from "../read";
import { formatSummary } from "../summary-report";
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
}

/**
 * Runs `health-model score FILE`: reads the table, loads the model from `--model` or proposes
 * one from the headers, scores every account, writes the scored workbook and prints the
 * summary. The workbook's model sheet records the as-of date the scores used, so formulas in it
 * give the same numbers.
 *
 * @throws CliError when the input, the model, the options or the output path are not usable
 */
export async function scoreCommand(file: string, options: ScoreCommandOptions, output: ConsoleOutput): Promise<void> {
  const asOf = readAsOfOption(options.asOf);
  const outputPath = options.out ?? defaultOutputPath(file);
  checkOutputPath(file, outputPath, options.force === true);

  const source = await readSheetFile(file, options.sheet === undefined ? {} : { sheet: options.sheet });
  const { model, issues } = options.model === undefined ? proposeFor(source.table, asOf) : { model: await loadModelFile(options.model), issues: [] };

  const size = source.table.rows.length;
  const onProgress = size > PROGRESS_THRESHOLD ? (done: number, total: number) => output.err(PROGRESS.scoring(done, total)) : undefined;
  const scored = scorePortfolio(source.table, model, { ...(asOf === undefined ? {} : { asOf }), ...(onProgress === undefined ? {} : { onProgress }) });
  if (!scored.ok) throw new CliError(scored.issues.map(formatIssue));

  const scores = scored.value;
  const usedModel: HealthModel = { ...scores.model, asOf: scores.asOf };
  await writeScoredWorkbook({
    inputPath: file,
    outputPath,
    force: options.force === true,
    source,
    outputs: scores.accounts.map((account) => outputRow(account, usedModel.bands)),
    model: usedModel,
  });
  formatSummary(scores, { input: file, output: outputPath }, source.table.firstRowNumber, issues).forEach((line) => output.out(line));
}

function proposeFor(table: Parameters<typeof proposeModel>[0], asOf: string | undefined): { model: HealthModel; issues: readonly Issue[] } {
  const proposal = proposeModel(table, asOf === undefined ? {} : { asOf });
  return { model: proposal.model, issues: proposal.issues };
}

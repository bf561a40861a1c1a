import { proposeModel, type ColumnRole } from "../../core/automap";
import { formatIssue } from "../../core/messages/issues";
import type { ConsoleOutput } from "../console-output";
import { MAP } from "../messages";
import { readAsOfOption } from "../options";
import { readSheetFile } from "../read";

/** The options of `health-model map`. */
export interface MapCommandOptions {
  readonly sheet?: string;
  readonly asOf?: string;
}

/**
 * Runs `health-model map FILE`: prints the model proposed from the table as JSON to stdout, in
 * the shape `score --model` reads, and each column's role with its reason to stderr, so the
 * JSON can be redirected to a file and edited.
 *
 * @throws CliError when the input or the options are not usable
 */
export async function mapCommand(file: string, options: MapCommandOptions, output: ConsoleOutput): Promise<void> {
  const asOf = readAsOfOption(options.asOf);
  const source = await readSheetFile(file, options.sheet === undefined ? {} : { sheet: options.sheet });
  const proposal = proposeModel(source.table, asOf === undefined ? {} : { asOf });

  output.out(JSON.stringify(proposal.model, null, 2));
  output.err(MAP.rolesHeading);
  proposal.columns.forEach((column, index) => output.err(roleLine(column, index)));
  if (proposal.issues.length === 0) return;

  output.err(MAP.issuesHeading);
  proposal.issues.forEach((issue) => output.err(`  ${formatIssue(issue)}`));
}

/** Words one column's role; `index` is its position in the table, which names a column without a header. */
function roleLine(column: ColumnRole, index: number): string {
  const detail = column.metric === undefined ? "" : MAP.metricDetail(column.metric.pillar, column.metric.method.kind);
  return MAP.role(column.column, index, column.role, detail, column.reason);
}

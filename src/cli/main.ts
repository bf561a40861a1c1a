import { Command, CommanderError } from "commander";
import { CliError } from "./cli-error";
import { backtestCommand, type BacktestCommandOptions } from "./commands/backtest";
import { mapCommand, type MapCommandOptions } from "./commands/map";
import { scoreCommand, type ScoreCommandOptions } from "./commands/score";
import { processOutput, watchForClosedPipes, type ConsoleOutput } from "./console-output";
import { HELP, OPTION_ERRORS, PROGRAM_NAME } from "./messages";

/**
 * Runs the `health-model` command line. Failures set `process.exitCode` to 1 (commander's own
 * code for usage errors) and print through `printError`; nothing calls `process.exit`, so
 * pending output is flushed. With the process's own streams, a reader that closes the pipe
 * early (`| head`) ends the output quietly instead of crashing the run.
 *
 * @param argv the full argument vector, as in `process.argv` (node, script, then arguments)
 */
export async function run(argv: readonly string[], output: ConsoleOutput = processOutput): Promise<void> {
  if (output === processOutput) watchForClosedPipes();
  try {
    await buildProgram(output).parseAsync([...argv]);
  } catch (error) {
    if (error instanceof CommanderError) {
      process.exitCode = error.exitCode;
      return;
    }
    printError(error, output);
    process.exitCode = 1;
  }
}

/** Prints a failure as `health-model: <reason>`, one line per reason. */
export function printError(error: unknown, output: ConsoleOutput): void {
  const reasons = error instanceof CliError ? error.reasons : [OPTION_ERRORS.unexpected(error instanceof Error ? error.message : String(error))];
  reasons.forEach((reason) => output.err(`${PROGRAM_NAME}: ${reason}`));
}

function buildProgram(output: ConsoleOutput): Command {
  const program = new Command(PROGRAM_NAME)
    .description(HELP.program)
    .exitOverride()
    .configureOutput({
      writeOut: (text) => output.out(text.trimEnd()),
      writeErr: (text) => output.err(text.trimEnd()),
      outputError: (text, write) => write(`${PROGRAM_NAME}: ${text.replace(/^error: /, "")}`),
    });

  program
    .command("score")
    .description(HELP.score)
    .argument("<file>", HELP.file)
    .option("--sheet <name>", HELP.sheet)
    .option("--model <model.json>", HELP.model)
    .option("--out <out.xlsx>", HELP.out)
    .option("--as-of <YYYY-MM-DD>", HELP.asOf)
    .option("--force", HELP.force)
    .option("--previous <file>", HELP.previous, collect)
    .action(async (file: string, _options: unknown, command: Command) => scoreCommand(file, command.opts<ScoreCommandOptions>(), output));

  program
    .command("backtest")
    .description(HELP.backtest)
    .argument("<file>", HELP.file)
    .option("--outcome <column>", HELP.outcome)
    .option("--sheet <name>", HELP.sheet)
    .option("--model <model.json|scored.xlsx>", HELP.model)
    .option("--as-of <YYYY-MM-DD>", HELP.asOf)
    .option("--json", HELP.json)
    .action(async (file: string, _options: unknown, command: Command) => backtestCommand(file, command.opts<BacktestCommandOptions>(), output));

  program
    .command("map")
    .description(HELP.map)
    .argument("<file>", HELP.file)
    .option("--sheet <name>", HELP.sheet)
    .option("--as-of <YYYY-MM-DD>", HELP.asOf)
    .action(async (file: string, _options: unknown, command: Command) => mapCommand(file, command.opts<MapCommandOptions>(), output));

  return program;
}

/** Collects a repeatable option's values in the order given; commander passes undefined before the first. */
function collect(value: string, previous: readonly string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

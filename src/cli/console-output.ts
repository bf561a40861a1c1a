/** The two output streams of a command: results to `out` (stdout), progress and diagnostics to `err` (stderr). */
export interface ConsoleOutput {
  out(line: string): void;
  err(line: string): void;
}

/** Prints to the process's stdout and stderr, one line per call. */
export const processOutput: ConsoleOutput = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

/** The two output streams of a command: results to `out` (stdout), progress and diagnostics to `err` (stderr). */
export interface ConsoleOutput {
  out(line: string): void;
  err(line: string): void;
}

/** Streams whose reader has gone, such as `head` after its last line; nothing more is written to them. */
const closedStreams = new Set<NodeJS.WriteStream>();

/** Prints to the process's stdout and stderr, one line per call, and skips a stream whose reader has gone. */
export const processOutput: ConsoleOutput = {
  out: (line) => writeLine(process.stdout, line),
  err: (line) => writeLine(process.stderr, line),
};

function writeLine(stream: NodeJS.WriteStream, line: string): void {
  if (!closedStreams.has(stream)) stream.write(`${line}\n`);
}

let watching = false;

/**
 * Lets the command run on quietly when the reader of stdout or stderr closes the pipe, as
 * `health-model score … | head` does. The EPIPE error that Node emits on the stream is caught,
 * and nothing more is written to that stream. So the workbook is still written and the exit
 * code stays that of the command. Any other stream error is rethrown. Calling it again does nothing.
 */
export function watchForClosedPipes(): void {
  if (watching) return;
  watching = true;
  for (const stream of [process.stdout, process.stderr]) {
    stream.on("error", (error: NodeJS.ErrnoException) => {
      if (error.code !== "EPIPE") throw error;
      closedStreams.add(stream);
    });
  }
}

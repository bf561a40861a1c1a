import { spawn } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** A finished child process: its exit code, output, wall time and peak memory. */
export interface ChildRun {
  readonly exitCode: number | null;
  readonly stdout: string;
  readonly stderr: string;
  /** Milliseconds from the spawn to the exit, by the parent's monotonic clock. */
  readonly wallMs: number;
  /** The child's peak resident set size in bytes, when it was started with `--require` of the peak reporter. */
  readonly peakResidentBytes: number | null;
}

/** Options of `runNode`. */
export interface RunNodeOptions {
  /** V8's old-space limit for the child, in MB. */
  readonly maxOldSpaceMb?: number;
  /** Expose `gc()` to the child. */
  readonly exposeGc?: boolean;
  /** Records the child's peak resident set size through `bench/peak-reporter.js`. */
  readonly reportPeak?: boolean;
  readonly cwd?: string;
}

/** The peak reporter as compiled next to this file. */
const PEAK_REPORTER = join(__dirname, "peak-reporter.js");

/**
 * Runs a node script in a child process, so its memory is its own, and waits for it to exit.
 *
 * @param script the script's path
 * @param args its arguments
 * @returns the exit code, output, wall time and, when requested, peak memory
 */
export function runNode(script: string, args: readonly string[], options: RunNodeOptions = {}): Promise<ChildRun> {
  const peakFile = join(tmpdir(), `health-bench-peak-${process.pid}-${Date.now()}.txt`);
  const nodeFlags = [
    ...(options.maxOldSpaceMb === undefined ? [] : [`--max-old-space-size=${options.maxOldSpaceMb}`]),
    ...(options.exposeGc === true ? ["--expose-gc"] : []),
    ...(options.reportPeak === true ? ["--require", PEAK_REPORTER] : []),
  ];
  const env = options.reportPeak === true ? { ...process.env, HEALTH_BENCH_PEAK_FILE: peakFile } : process.env;

  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn(process.execPath, [...nodeFlags, script, ...args], { cwd: options.cwd ?? process.cwd(), env, stdio: ["ignore", "pipe", "pipe"] });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => stderr.push(chunk));
    child.on("error", reject);
    child.on("close", (exitCode) => {
      const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
      resolve({
        exitCode,
        stdout: Buffer.concat(stdout).toString("utf8"),
        stderr: Buffer.concat(stderr).toString("utf8"),
        wallMs,
        peakResidentBytes: options.reportPeak === true ? readPeak(peakFile) : null,
      });
    });
  });
}

/**
 * Runs a benchmark case script that prints its result as JSON on its last line of output.
 *
 * @throws Error when the child fails or prints no JSON, with its output
 */
export async function runCase<T>(script: string, args: readonly string[], options: RunNodeOptions = {}): Promise<T> {
  const run = await runNode(script, args, { exposeGc: true, ...options });
  const lastLine = run.stdout.trim().split("\n").pop() ?? "";
  if (run.exitCode !== 0 || !lastLine.startsWith("{")) {
    throw new Error(`Benchmark case ${script} ${args.join(" ")} failed with exit code ${run.exitCode}:\n${run.stderr}${run.stdout}`);
  }
  return JSON.parse(lastLine) as T;
}

function readPeak(file: string): number | null {
  try {
    const bytes = Number(readFileSync(file, "utf8").trim());
    rmSync(file, { force: true });
    return Number.isFinite(bytes) ? bytes : null;
  } catch {
    return null;
  }
}

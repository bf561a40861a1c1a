import { existsSync, statSync } from "node:fs";
import { basename, dirname, extname, join, resolve } from "node:path";
import { CliError } from "../cli-error";
import { WRITE_ERRORS } from "../messages";

/**
 * Returns the default output path: `<input name>-scored.xlsx` in the input's folder.
 *
 * @example defaultOutputPath("data/portfolio.csv") // "data/portfolio-scored.xlsx"
 */
export function defaultOutputPath(input: string): string {
  return join(dirname(input), `${basename(input, extname(input))}-scored.xlsx`);
}

/**
 * Checks that writing `output` leaves the input alone and replaces nothing without `force`.
 * The input is never replaced, with or without `force`: the paths are compared after resolving
 * them, and, when the output exists, by device and inode, which also catches links and
 * case-insensitive file systems.
 *
 * @throws CliError when the output is the input, or exists and `force` is false
 */
export function checkOutputPath(input: string, output: string, force: boolean): void {
  if (resolve(input) === resolve(output)) throw new CliError(WRITE_ERRORS.sameAsInput(output));
  if (!existsSync(output)) return;

  if (isSameFile(input, output)) throw new CliError(WRITE_ERRORS.sameAsInput(output));
  if (!force) throw new CliError(WRITE_ERRORS.exists(output));
}

function isSameFile(first: string, second: string): boolean {
  try {
    const a = statSync(first);
    const b = statSync(second);
    return a.dev === b.dev && a.ino === b.ino;
  } catch {
    return false;
  }
}

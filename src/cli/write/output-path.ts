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
 * Checks that an output path names an .xlsx file (the extension compared ignoring case), because
 * the output is always an Excel workbook and Excel opens a file by its extension.
 *
 * @throws CliError for any other name, e.g. `scores.csv` or `scores`
 */
export function checkOutputExtension(output: string): void {
  if (extname(output).toLowerCase() !== ".xlsx") throw new CliError(WRITE_ERRORS.outNotXlsx(output));
}

/**
 * Checks that writing `output` leaves the input alone, writes an .xlsx name and replaces nothing
 * without `force`, in that order, so the input named as the output is reported as such. The
 * input is never replaced, with or without `force`: the paths are compared after resolving
 * them, and, when the output exists, by device and inode, which also catches links and
 * case-insensitive file systems.
 *
 * @throws CliError when the output is the input, does not end in .xlsx, or exists and `force`
 *   is false
 */
export function checkOutputPath(input: string, output: string, force: boolean): void {
  const exists = existsSync(output);
  if (resolve(input) === resolve(output) || (exists && isSameFile(input, output))) throw new CliError(WRITE_ERRORS.sameAsInput(output));
  checkOutputExtension(output);
  if (exists && !force) throw new CliError(WRITE_ERRORS.exists(output));
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

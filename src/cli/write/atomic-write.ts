import { randomBytes } from "node:crypto";
import { existsSync, linkSync, mkdirSync, renameSync, rmSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { CliError } from "../cli-error";
import { WRITE_ERRORS } from "../messages";

/**
 * Writes a file atomically: `write` fills a temporary file in the output's folder, which then
 * takes the output's name in one step, so a reader never sees a half-written file and a failed
 * run leaves no partial output. Without `replace`, the temporary file is hard-linked to the
 * output name, which fails when that name exists even if another process created it after the
 * caller checked.
 *
 * @param write fills the file at the path it is given
 * @throws CliError when the output exists and `replace` is false, or the write fails
 */
export async function writeAtomically(output: string, write: (path: string) => Promise<void>, replace: boolean): Promise<void> {
  const temporary = join(dirname(output), `.${basename(output)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  try {
    // An output folder that does not exist yet is created, as `--out reports/q4.xlsx` suggests.
    mkdirSync(dirname(output), { recursive: true });
    await write(temporary);
    if (replace) renameSync(temporary, output);
    else claimName(temporary, output);
  } catch (error) {
    throw writeError(error, output);
  } finally {
    rmSync(temporary, { force: true });
  }
}

/**
 * Gives the temporary file the output's name unless that name exists. File systems without hard
 * links (FAT, some network shares) fall back to a check and a rename, which a process creating
 * the output in between could race.
 */
function claimName(temporary: string, output: string): void {
  try {
    linkSync(temporary, output);
  } catch (error) {
    const code = typeof error === "object" && error !== null && "code" in error ? String(error.code) : "";
    if (code !== "EPERM" && code !== "ENOTSUP" && code !== "ENOSYS") throw error;
    if (existsSync(output)) throw new CliError(WRITE_ERRORS.exists(output));
    renameSync(temporary, output);
  }
}

function writeError(error: unknown, output: string): CliError {
  if (error instanceof CliError) return error;
  const code = typeof error === "object" && error !== null && "code" in error ? String(error.code) : "";
  if (code === "EEXIST") return new CliError(WRITE_ERRORS.exists(output));
  return new CliError(WRITE_ERRORS.failed(output, error instanceof Error ? error.message : String(error)));
}

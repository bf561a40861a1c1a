import { readIsoDate } from "../core/values";
import { CliError } from "./cli-error";
import { OPTION_ERRORS } from "./messages";

/**
 * Checks an `--as-of` value: a real calendar date written YYYY-MM-DD.
 *
 * @returns the date, or undefined when the option was not given
 * @throws CliError for any other text, e.g. `2026-02-30` or `30/11/2026`
 */
export function readAsOfOption(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || readIsoDate(value) === "invalid") throw new CliError(OPTION_ERRORS.invalidAsOf(value));
  return value;
}

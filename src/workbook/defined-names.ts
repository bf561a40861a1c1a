import { WorkbookError } from "./errors";
import { workbookMessages } from "./messages";

const NAME_SHAPE = /^[A-Za-z_\\][A-Za-z0-9_.\\]{0,254}$/;
const A1_REFERENCE = /^[A-Za-z]{1,3}\d+$/;
const R1C1_REFERENCE = /^[Rr](\d*)[Cc](\d*)$|^[RrCc]$/;

/**
 * Checks a workbook name or table name against Excel's rules: at most 255 characters, starting with
 * a letter, "_" or "\", then letters, digits, "_", "." or "\", and not a cell reference ("A1",
 * "R1C1", "R", "C").
 *
 * @throws WorkbookError with code `InvalidName` and the name when it breaks a rule.
 */
export function checkDefinedName(name: string): void {
  const isValid = NAME_SHAPE.test(name) && !A1_REFERENCE.test(name) && !R1C1_REFERENCE.test(name);
  if (!isValid) throw new WorkbookError("InvalidName", workbookMessages.invalidName(name), name);
}

/** Names compare without regard to case in Excel. */
export function sameName(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

const SHEET_NAME = /^[^:\\/?*[\]']([^:\\/?*[\]]{0,29}[^:\\/?*[\]'])?$/;

/**
 * Checks a sheet name against Excel's rules: 1 to 31 characters, none of `: \ / ? * [ ]`, and no
 * apostrophe at the start or the end.
 *
 * @throws WorkbookError with code `InvalidName` and the name when it breaks a rule.
 */
export function checkSheetName(name: string): void {
  if (!SHEET_NAME.test(name)) throw new WorkbookError("InvalidName", workbookMessages.invalidSheetName(name), name);
}

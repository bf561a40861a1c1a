import { readNumber, isMissing } from "../values";
import type { CellValue } from "../table";

/**
 * The reading of an outcome cell: the account churned, it was retained, it is in neither
 * class (a new customer such as "Joined", or text the reader does not recognise), or the cell is
 * blank or a missing marker. Only "churned" and "retained" accounts enter a backtest.
 */
export type Outcome = "churned" | "retained" | "excluded" | "missing";

/**
 * The meaning of a yes-like cell (1, Yes, TRUE). In a churn column ("Churn", "Churned?")
 * yes means churned. In a renewal column ("Renewed", "Will renew") yes means retained.
 */
export type OutcomePolarity = "churn" | "renewal";

export interface OutcomeOptions {
  /** The meaning of a yes-like cell. Default `"churn"`; `guessOutcomePolarity` picks it from a header. */
  readonly positive?: OutcomePolarity;
}

/** Words that mean churned or retained whatever the column's polarity, compared lower-cased. */
const CHURNED_WORDS = new Set(["churned", "churn", "cancelled", "canceled", "lost", "left", "terminated"]);
const RETAINED_WORDS = new Set(["stayed", "renewed", "retained", "active", "won", "continuing"]);

/** Yes-like and no-like text, whose meaning depends on the polarity. */
const YES_WORDS = new Set(["yes", "y", "true"]);
const NO_WORDS = new Set(["no", "n", "false"]);

/**
 * Headers that name a renewal column: a word starting with "renew", or the word "retained".
 * Underscores and digits separate words too, so "auto_renew_flag" matches.
 */
const RENEWAL_HEADER = /(^|[^a-z])(renew|retained([^a-z]|$))/i;

/**
 * Reads one outcome cell. Yes-like cells (1, `"1"`, `"1.0"`, Yes, Y, TRUE, `true`, True) and
 * no-like cells (0, No, N, FALSE) are read through the polarity: in a churn column yes is churned,
 * in a renewal column yes is retained. Status words are read the same way in both:
 * Churned, Churn, Cancelled, Canceled, Lost, Left, Terminated are churned, and Stayed, Renewed,
 * Retained, Active, Won, Continuing are retained. Text is trimmed and compared case-insensitively.
 * Any other present value (a third state such as "Joined", or a number other than 0 and 1) is
 * excluded, so the backtest counts it instead of guessing.
 *
 * @param cell the raw cell value
 * @param options `positive` sets the polarity (default `"churn"`)
 * @returns the outcome
 * @example readOutcome("Yes") // "churned"
 * @example readOutcome("Yes", { positive: "renewal" }) // "retained"
 * @example readOutcome("Joined") // "excluded"
 */
export function readOutcome(cell: CellValue, options: OutcomeOptions = {}): Outcome {
  if (isMissing(cell)) return "missing";

  const positive = options.positive ?? "churn";
  const flag = readFlag(cell);
  if (flag !== null) return flag === (positive === "churn") ? "churned" : "retained";
  if (typeof cell !== "string") return "excluded";

  const word = cell.trim().toLowerCase();
  if (CHURNED_WORDS.has(word)) return "churned";
  if (RETAINED_WORDS.has(word)) return "retained";
  return "excluded";
}

/** Reads a yes-like cell as true and a no-like one as false; null for anything else. */
function readFlag(cell: CellValue): boolean | null {
  if (typeof cell === "boolean") return cell;
  if (typeof cell === "string") {
    const word = cell.trim().toLowerCase();
    if (YES_WORDS.has(word)) return true;
    if (NO_WORDS.has(word)) return false;
  }
  if (cell instanceof Date) return null;

  const number = readNumber(cell);
  if (number === 1) return true;
  if (number === 0) return false;
  return null;
}

/**
 * Guesses a column's polarity from its header: a header with a word starting with "renew"
 * ("Renewed", "Will renew", "auto_renew_flag") or the word "retained" is a renewal column, and
 * anything else ("Churn", "Churn Value", "Customer Status") is a churn column. Status words
 * such as "Stayed" read the same under either polarity, so a wrong guess only affects
 * yes-like and no-like cells.
 *
 * @example guessOutcomePolarity("Renewed?") // "renewal"
 * @example guessOutcomePolarity("Churn Label") // "churn"
 */
export function guessOutcomePolarity(header: string): OutcomePolarity {
  return RENEWAL_HEADER.test(header) ? "renewal" : "churn";
}

/** An outcome column read in one pass, with the excluded labels tallied for the report. */
export interface OutcomeColumn {
  readonly outcomes: readonly Outcome[];
  /** Each excluded value as shown (trimmed text or the number), with how many cells held it. */
  readonly excludedLabels: ReadonlyMap<string, number>;
}

/**
 * Reads every cell of an outcome column and tallies the values it excluded, so a user can see
 * that "Joined" (or a typo such as "Chruned") was left out and how often.
 *
 * @returns one outcome per cell, in order, and the excluded labels in order of first appearance
 * @example readOutcomeColumn(["Stayed", "Joined", "Churned"]).excludedLabels // Map { "Joined" => 1 }
 */
export function readOutcomeColumn(cells: readonly CellValue[], options: OutcomeOptions = {}): OutcomeColumn {
  const excludedLabels = new Map<string, number>();
  const outcomes = cells.map((cell) => {
    const outcome = readOutcome(cell, options);
    if (outcome === "excluded") {
      const label = showExcludedCell(cell);
      excludedLabels.set(label, (excludedLabels.get(label) ?? 0) + 1);
    }
    return outcome;
  });
  return { outcomes, excludedLabels };
}

function showExcludedCell(cell: CellValue): string {
  if (typeof cell === "string") return cell.trim();
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  return String(cell);
}

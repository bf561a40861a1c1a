/**
 * Parallel per-account arguments, such as a column of health scores and a column of outcomes,
 * lined up row by row. The arguments must cover the same rows. They may start with a header row,
 * and whole-column references are cut after the last row with data in any of them.
 */
import { guessOutcomePolarity, readOutcomeColumn, type OutcomeColumn } from "../core/backtest";
import { PILLARS } from "../core/pillars";
import { readNumber } from "../core/values";
import type { PillarScores } from "../core/vector";
import { readScoreCell } from "./argument-kinds";
import { isBlankCell, isMissingCell, toCellValue, type Matrix } from "./cells";
import { MESSAGES } from "./messages";
import { invalidArgument, notAvailable } from "./problem";

/** One per-account argument as given: its name for messages and its cells, one per account row. */
export interface AccountArgument {
  readonly name: string;
  /** The number of account rows the argument covers, header row included. */
  readonly length: number;
  /** "cell" for a row or column of cells, "row" for a block. */
  readonly unit: "cell" | "row";
  /** Tells whether the argument's entry at a row is blank. */
  readonly isBlankAt: (row: number) => boolean;
}

/** The account rows of the given ranges: from `first` (1 after a header row) up to, not including, `end`. */
export interface AccountRows {
  readonly first: number;
  readonly end: number;
  /** The header row's text in the outcomes argument, or null without a header row. */
  readonly outcomeHeader: string | null;
}

/** Describes a row or column of cells as a per-account argument. */
export function vectorArgument(name: string, cells: readonly unknown[]): AccountArgument {
  return { name, length: cells.length, unit: "cell", isBlankAt: (row) => isBlankCell(cells[row]) };
}

/** Describes a block with one row per account as a per-account argument. */
export function blockArgument(name: string, block: Matrix): AccountArgument {
  return { name, length: block.length, unit: "row", isBlankAt: (row) => (block[row] ?? []).every(isBlankCell) };
}

/**
 * Lines up per-account arguments. The first argument decides whether there is a header row: its
 * first entry is text that reads as no number and no missing marker, such as "Health score".
 * Then the first row of every argument is a header and is skipped.
 *
 * Cost: O(rows after the last row with data), one pass from the bottom.
 *
 * @param headerCells the first row's cells of the first argument
 * @param outcomes the outcome cells, whose header text sets the outcome polarity
 * @throws ArgumentProblem `#VALUE!` when the arguments cover different numbers of rows, and
 *   `#N/A` when no row below the header has data
 */
export function alignAccountRows(args: readonly AccountArgument[], headerCells: readonly unknown[], outcomes: readonly unknown[]): AccountRows {
  const [reference, ...others] = args;
  if (reference === undefined) throw new TypeError("alignAccountRows needs at least one argument");
  for (const other of others) {
    if (other.length !== reference.length) {
      invalidArgument(MESSAGES.accountCountMismatch(other.name, other.length, other.unit, reference.name, reference.length, reference.unit));
    }
  }

  const first = headerCells.length > 0 && headerCells.every((cell) => isBlankCell(cell) || isHeaderText(cell)) && headerCells.some(isHeaderText) ? 1 : 0;
  let end = reference.length;
  while (end > first && args.every((argument) => argument.isBlankAt(end - 1))) end--;
  if (end === first) notAvailable(MESSAGES.noAccounts(args.map((argument) => argument.name)));

  const header = first === 1 ? outcomes[0] : null;
  return { first, end, outcomeHeader: typeof header === "string" ? header.trim() : null };
}

/** Tells whether a cell is header text: text that reads as no number and no missing marker. */
function isHeaderText(cell: unknown): boolean {
  return typeof cell === "string" && !isMissingCell(cell) && typeof readNumber(cell) !== "number";
}

/** Reads the scores of the account rows; null where a cell has no score. */
export function readScoreColumn(name: string, cells: readonly unknown[], rows: AccountRows): (number | null)[] {
  const scores: (number | null)[] = [];
  for (let row = rows.first; row < rows.end; row++) scores.push(readScoreCell(cells[row], `${name} (cell ${row + 1})`));
  return scores;
}

/** Reads the pillar scores of the account rows, four per row in pillar order; null where a cell has no score. */
export function readPillarRows(name: string, block: Matrix, rows: AccountRows): PillarScores[] {
  const pillars: PillarScores[] = [];
  for (let row = rows.first; row < rows.end; row++) {
    const line = block[row] ?? [];
    const [engagement, satisfaction, adoption, outcomes] = PILLARS.map((pillar, index) => readScoreCell(line[index], `${name} (row ${row + 1}, ${pillar})`));
    pillars.push([engagement ?? null, satisfaction ?? null, adoption ?? null, outcomes ?? null]);
  }
  return pillars;
}

/**
 * Reads the outcomes of the account rows with the core's outcome reader. A yes-like cell (1, Yes,
 * TRUE) means churned, unless the header row names a renewal column such as "Renewed". Status
 * words such as "Churned" and "Stayed" read the same either way. An error cell is a missing outcome.
 */
export function readOutcomeRows(cells: readonly unknown[], rows: AccountRows): OutcomeColumn {
  const values = [];
  for (let row = rows.first; row < rows.end; row++) values.push(toCellValue(cells[row]));
  const positive = rows.outcomeHeader === null ? "churn" : guessOutcomePolarity(rows.outcomeHeader);
  return readOutcomeColumn(values, { positive });
}

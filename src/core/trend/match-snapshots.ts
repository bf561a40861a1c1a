import { isCellError, type CellValue } from "../table";

/** One account found in both snapshots, by its row index (0-based) in each. */
export interface MatchedAccount {
  /** The normalised key: trimmed and lower-cased. */
  readonly key: string;
  readonly previous: number;
  readonly current: number;
}

/** The accounts of two snapshots, matched by key. */
export interface SnapshotMatch {
  /** Matched accounts, in the current snapshot's order. */
  readonly matched: readonly MatchedAccount[];
  /** Keys of the previous snapshot with no match, trimmed, as first written, in order. */
  readonly unmatchedPrevious: readonly string[];
  /** Keys of the current snapshot with no match, trimmed, as first written, in order. */
  readonly unmatchedCurrent: readonly string[];
  /** Keys that appear more than once in a snapshot; only the first row of each is matched. */
  readonly duplicatePrevious: readonly string[];
  readonly duplicateCurrent: readonly string[];
  /** Rows with a blank or error key, which cannot be matched. */
  readonly blankPrevious: number;
  readonly blankCurrent: number;
}

/**
 * Matches the accounts of two snapshots by account key, ignoring case and surrounding spaces,
 * so "ACME Corp " and "acme corp" are one account. Numbers match their text ("1042" and 1042).
 *
 * Cost: O(p + c) for p previous and c current rows.
 *
 * @param previousKeys the account key of each row of the earlier snapshot
 * @param currentKeys the account key of each row of the current snapshot
 * @returns the matched rows and what could not be matched
 * @example matchSnapshots(["Acme", "Beta"], [" ACME", "Gamma"])
 *   // matched [{ key: "acme", previous: 0, current: 0 }], unmatchedPrevious ["Beta"], unmatchedCurrent ["Gamma"]
 */
export function matchSnapshots(previousKeys: readonly CellValue[], currentKeys: readonly CellValue[]): SnapshotMatch {
  const previous = indexKeys(previousKeys);
  const current = indexKeys(currentKeys);

  const matched: MatchedAccount[] = [];
  const unmatchedCurrent: string[] = [];
  for (const [key, entry] of current.rows) {
    const match = previous.rows.get(key);
    if (match === undefined) unmatchedCurrent.push(entry.displayKey);
    else matched.push({ key, previous: match.row, current: entry.row });
  }
  const unmatchedPrevious = [...previous.rows].filter(([key]) => !current.rows.has(key)).map(([, entry]) => entry.displayKey);

  return {
    matched,
    unmatchedPrevious,
    unmatchedCurrent,
    duplicatePrevious: previous.duplicates,
    duplicateCurrent: current.duplicates,
    blankPrevious: previous.blank,
    blankCurrent: current.blank,
  };
}

interface KeyedRow {
  readonly row: number;
  readonly displayKey: string;
}

interface KeyIndex {
  /** The first row of each key, in order of first appearance. */
  readonly rows: Map<string, KeyedRow>;
  readonly duplicates: string[];
  readonly blank: number;
}

function indexKeys(keys: readonly CellValue[]): KeyIndex {
  const rows = new Map<string, KeyedRow>();
  const duplicates: string[] = [];
  let blank = 0;
  keys.forEach((cell, row) => {
    const displayKey = displayKeyOf(cell);
    if (displayKey === "") {
      blank++;
      return;
    }
    const key = displayKey.toLowerCase();
    if (!rows.has(key)) rows.set(key, { row, displayKey });
    else if (!duplicates.includes(displayKey)) duplicates.push(displayKey);
  });
  return { rows, duplicates, blank };
}

/** Shows a key cell as trimmed text; "" for a blank or error cell. */
function displayKeyOf(cell: CellValue): string {
  if (cell === null || cell === undefined || isCellError(cell)) return "";
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  return String(cell).trim();
}

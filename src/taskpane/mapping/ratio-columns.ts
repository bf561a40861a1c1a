import { isNumericColumn, profileColumn } from "../../core/automap/profile";
import type { Table } from "../../core/table";
import type { ColumnMapping } from "./column-mapping";

/** The two columns of a ratio metric: numerator ÷ denominator. */
export interface RatioPair {
  readonly numerator: string;
  readonly denominator: string;
}

/**
 * Lists the columns a ratio can divide: those whose present cells are mostly numbers, as
 * auto-mapping's `isNumericColumn` decides, in sheet order. Yes/No words, dates and identifiers
 * such as "ACC-0001" are not numbers, so their columns are left out.
 *
 * @param table the sheet's data
 * @returns the numeric column headers
 */
export function numericColumns(table: Table): string[] {
  return table.headers.filter((_, index) => isNumericColumn(profileColumn(table, index)));
}

/**
 * Returns the ratio the builder starts from: the first ratio metric the mapping already has
 * (auto-mapping's Active Users ÷ Licensed Seats, say) when both its columns are numeric.
 *
 * @returns the pair, or null when the mapping has no such ratio, so the builder starts empty
 */
export function proposedRatioPair(mapping: readonly ColumnMapping[], numeric: readonly string[]): RatioPair | null {
  for (const row of mapping) {
    const method = row.role === "metric" ? row.metric?.method : undefined;
    if (method?.kind !== "ratio") continue;
    if (numeric.includes(row.column) && numeric.includes(method.denominator)) return { numerator: row.column, denominator: method.denominator };
  }
  return null;
}

/** Tells whether a ratio can be built from two picks: both numeric columns, and different. */
export function isRatioPair(numerator: string, denominator: string, numeric: readonly string[]): boolean {
  return numerator !== denominator && numeric.includes(numerator) && numeric.includes(denominator);
}

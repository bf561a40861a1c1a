import { findColumn, type Table } from "../../core/table";
import { readNumber } from "../../core/values";

/** Headers that name a revenue column, compared after trimming and lower-casing. */
const REVENUE_HEADERS = /^(arr|mrr|acv|tcv|revenue|annual recurring revenue|monthly recurring revenue|annual contract value|contract value|annual revenue)\b/;

/**
 * Finds the column the preview totals revenue from: the first header that names recurring
 * revenue or contract value (ARR, MRR, ACV, "Annual recurring revenue", "Revenue", …).
 *
 * @returns the header as written, or null when no header names revenue
 * @example findRevenueColumn(["Account", "ARR (USD)", "NPS"]) // "ARR (USD)"
 */
export function findRevenueColumn(headers: readonly string[]): string | null {
  return headers.find((header) => REVENUE_HEADERS.test(header.trim().toLowerCase())) ?? null;
}

/**
 * Reads a revenue column as numbers, one per data row. Text such as "$12,400" is parsed as the
 * core parses numeric text, and a blank or unreadable cell is null.
 *
 * @returns the values, or null when the table has no such column
 */
export function readRevenue(table: Table, column: string | null): (number | null)[] | null {
  const index = column === null ? -1 : findColumn(table.headers, column);
  if (index < 0) return null;

  return table.rows.map((row) => {
    const value = readNumber(row[index]);
    return typeof value === "number" ? value : null;
  });
}

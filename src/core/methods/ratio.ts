import type { NumberReading } from "../values";

/**
 * Divides a numerator by a denominator, both as read from cells.
 *
 * Cost: O(1).
 *
 * @param numerator the reading of the metric's column, e.g. active users
 * @param denominator the reading of the method's denominator column, e.g. licensed seats
 * @returns the ratio, or NaN when either reading is missing or invalid or the denominator is 0
 * @example ratioOf(30, 40) // 0.75
 */
export function ratioOf(numerator: NumberReading, denominator: NumberReading): number {
  if (typeof numerator !== "number" || typeof denominator !== "number") return Number.NaN;
  if (denominator === 0) return Number.NaN;

  return numerator / denominator;
}

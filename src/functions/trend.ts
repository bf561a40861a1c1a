import { trendOf } from "../core/trend";
import { defineFunction, type ResultCell } from "./define-function";
import { TABLE_LABELS } from "./messages";

/** The cells in a row HEALTH.TREND spills: change, slope per period, declining. */
export const TREND_ROW_WIDTH = TABLE_LABELS.trendHeaders.length;

/**
 * HEALTH.TREND: the movement of one account's health score. It spills one row: the change since
 * the previous snapshot, the least-squares slope per period over the last `periods` snapshots
 * (the current one included), and TRUE when either has dropped by `decline_threshold` points or
 * more. With `headers` TRUE a header row comes first. One row by default, so the formula fills
 * down a table of accounts without the spills colliding.
 *
 * A blank, missing marker or error cell inside `earlier_scores` is a snapshot the account missed.
 * It is skipped, but it still counts as a period. Blank cells at the end of `earlier_scores` are
 * dropped, as snapshots not yet taken. A change or slope with too few scores behind it is "".
 *
 * @example healthTrend([[70, 65, 62]], 55) // [[-7, -4.8, TRUE]]: 55 − 62, and the slope of 70, 65, 62, 55
 */
export const healthTrend = defineFunction(
  [
    { name: "earlier_scores", kind: "scoreSeries" },
    { name: "current_score", kind: "scoreOrBlank" },
    { name: "periods", kind: "trendPeriods", optional: true },
    { name: "decline_threshold", kind: "declineThreshold", optional: true },
    { name: "headers", kind: "flag", optional: true },
  ],
  (earlier, current, periods, threshold, headers) => {
    const trend = trendOf(earlier, current, { periods, threshold });
    const row: ResultCell[] = [trend.change ?? "", trend.slope ?? "", trend.declining];
    return headers ? [[...TABLE_LABELS.trendHeaders], row] : [row];
  },
);

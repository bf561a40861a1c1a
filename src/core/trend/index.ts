export { changeSincePrevious } from "./change";
export { slopePerPeriod } from "./slope";
export { trendOf, DEFAULT_DECLINE_THRESHOLD, DEFAULT_TREND_PERIODS, type Trend, type TrendOptions } from "./trend";
export { matchSnapshots, type MatchedAccount, type SnapshotMatch } from "./match-snapshots";

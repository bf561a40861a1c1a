/**
 * The words users read on the "Health Model" sheet: the sheet title, table and range names,
 * headers and row labels. Formulas and the task pane refer to the table and range names, so
 * renaming one breaks workbooks already in use. HealthSegmentWeights, HealthOverrides and
 * HealthChangeLog came later than the other tables, so a sheet without them still reads.
 */

/** The sheet's name and the title in its A1 cell. */
export const MODEL_SHEET_NAME = "Health Model";

/** The Excel table names on the model sheet. */
export const TABLE_NAMES = {
  metrics: "HealthMetrics",
  pillarWeights: "HealthPillarWeights",
  bands: "HealthBands",
  settings: "HealthSettings",
  segmentWeights: "HealthSegmentWeights",
  overrides: "HealthOverrides",
  changeLog: "HealthChangeLog",
} as const;

/** The workbook-level defined names that HEALTH.* formulas take as arguments. */
export const RANGE_NAMES = {
  /** The four pillar weight cells, one column, in pillar order. */
  weights: "HealthWeights",
  /** The Healthy and Watch threshold cells, in that order. */
  thresholds: "HealthThresholds",
  policy: "HealthPolicy",
  minCoverage: "HealthMinCoverage",
  /** The whole HealthMetrics table, header row included. */
  metricMap: "HealthMetricMap",
} as const;

/** The header row of each table, in column order. */
export const TABLE_HEADERS = {
  metrics: ["Column", "Pillar", "Method", "Direction", "Weight", "Parameters"],
  pillarWeights: ["Pillar", "Weight"],
  bands: ["Band", "Threshold", "Label"],
  settings: ["Setting", "Value"],
  segmentWeights: ["Segment", "Engagement", "Satisfaction", "Adoption", "Outcomes"],
  overrides: ["Account", "Band", "Score", "Reason", "Owner", "Expires"],
  changeLog: ["Version", "Date", "Author", "Change"],
} as const;

/** The fixed names in the Band column. The Label column contains the text users see. */
export const BAND_ROW_NAMES = {
  healthy: "Healthy",
  watch: "Watch",
  atRisk: "At risk",
} as const;

/**
 * The labels in the Setting column, one per row of HealthSettings. Rows added later (the model
 * version and the trend settings) come last, so the cells that defined names point at stay put.
 */
export const SETTING_LABELS = {
  missingPolicy: "Missing-data policy",
  minCoverage: "Minimum coverage",
  accountColumn: "Account column",
  segmentColumn: "Segment column",
  outcomeColumn: "Outcome column",
  asOf: "As-of date",
  version: "Model version",
  trendPeriods: "Trend periods",
  declineThreshold: "Decline threshold",
} as const;

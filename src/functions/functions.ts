/**
 * The HEALTH custom functions as Excel registers them. custom-functions-metadata reads the doc
 * comments below to generate functions.json, and its webpack loader appends a
 * `CustomFunctions.associate(id, function)` call for each. Each function only hands its raw
 * arguments to the implementation of the same name, which coerces them and calls the core.
 *
 * Every parameter is typed `unknown` (metadata type `any`) so a cell error inside an argument
 * reaches the code instead of making Excel skip the call: functions.json sets
 * `allowErrorForDataTypeAny`, which applies only to `any` parameters.
 *
 * Parameter names are snake_case, as in Excel's own functions, because Excel shows them to
 * users and the error messages name arguments the same way.
 *
 * The ids are stable forever once released: workbooks store formulas by id. A test compares
 * the generated metadata with a stored copy, so a rename fails the build.
 */
import { healthBacktest } from "./backtest";
import { healthBand } from "./band";
import { healthComposite } from "./composite";
import { healthCoverage } from "./coverage";
import type { FunctionResult } from "./define-function";
import { healthDiagnosis } from "./diagnosis";
import { healthDriver } from "./driver";
import { healthExplain } from "./explain";
import { healthGap } from "./gap";
import { healthMetric } from "./metric";
import { healthPillar } from "./pillar";
import { healthPillarRaw } from "./pillar-raw";
import { healthScore } from "./score";
import { healthSuggestWeights } from "./suggest-weights";
import { healthTrend } from "./trend";

/**
 * Weighted mean of the metric scores present in one pillar.
 * @customfunction PILLAR PILLAR
 * @param scores Metric scores 0-100 in one row or column; blank, N/A or error cells are left out.
 * @param [weights] One non-negative weight per score; omitted means equal weights.
 * @returns The pillar score 0-100.
 */
export function pillar(scores: unknown[][], weights?: unknown[][]): unknown {
  return healthPillar(scores, weights);
}

/**
 * Pillar score from raw metric values, each scored against its population column.
 * @customfunction PILLAR.RAW PILLAR.RAW
 * @param values The account's raw metric values, one row or column.
 * @param population The same metrics for every account, one column per metric.
 * @param [directions] "higher" or "lower" per metric; omitted means higher is better.
 * @param [weights] One non-negative weight per metric; omitted means equal weights.
 * @param [methods] percentile, minmax or zscore per metric; omitted means percentile.
 * @returns The pillar score 0-100.
 */
export function pillarRaw(values: unknown[][], population: unknown[][], directions?: unknown[][], weights?: unknown[][], methods?: unknown[][]): unknown {
  return healthPillarRaw(values, population, directions, weights, methods);
}

/**
 * One metric score 0-100 for a raw value, by any scoring method.
 * @customfunction METRIC METRIC
 * @param value The raw value; for a ratio, the numerator and denominator cells.
 * @param population_or_params The metric's column for every account, or parameters such as "floor=0; target=100".
 * @param [method] percentile (default), minmax, target, thresholds, tiers, zscore, scale, category, recency or ratio.
 * @param [direction] "higher" (default) or "lower" is better.
 * @param [as_of] The date recency counts days to.
 * @returns The metric score 0-100.
 */
export function metric(value: unknown[][], population_or_params: unknown[][], method?: unknown, direction?: unknown, as_of?: unknown): unknown {
  return healthMetric(value, population_or_params, method, direction, as_of);
}

/**
 * Weighted composite 0-100 of the four pillar scores.
 * @customfunction COMPOSITE COMPOSITE
 * @param pillar_scores Engagement, Satisfaction, Adoption, Outcomes scores in one row or column.
 * @param [weights] Four non-negative pillar weights; omitted means equal weights.
 * @param [missing_policy] redistribute (default), neutral, penalize or median.
 * @param [min_coverage] Share of pillar weight that must have data, 0-1; omitted means 0.5.
 * @param [pillar_medians] The portfolio median of each pillar, four cells; needed by the median policy.
 * @returns The composite 0-100.
 */
export function composite(pillar_scores: unknown[][], weights?: unknown[][], missing_policy?: unknown, min_coverage?: unknown, pillar_medians?: unknown[][]): unknown {
  return healthComposite(pillar_scores, weights, missing_policy, min_coverage, pillar_medians);
}

/**
 * Band of a score: Healthy, Watch or At risk.
 * @customfunction BAND BAND
 * @param score A score 0-100.
 * @param [thresholds] The Healthy and Watch thresholds; omitted means 70 and 40.
 * @param [labels] The Healthy, Watch and At-risk labels.
 * @returns The band label.
 */
export function band(score: unknown, thresholds?: unknown[][], labels?: unknown[][]): unknown {
  return healthBand(score, thresholds, labels);
}

/**
 * The pillar that drives the account's risk, or empty when none is below Healthy.
 * @customfunction DRIVER DRIVER
 * @param pillar_scores Engagement, Satisfaction, Adoption, Outcomes scores in one row or column.
 * @param [weights] Four non-negative pillar weights; omitted means equal weights.
 * @param [healthy_threshold] The Healthy threshold; omitted means 70.
 * @param [missing_policy] redistribute (default), neutral, penalize or median; the driver is the same under each.
 * @param [min_coverage] Share of pillar weight that must have data, 0-1; omitted means 0.5.
 * @returns The pillar name.
 */
export function driver(pillar_scores: unknown[][], weights?: unknown[][], healthy_threshold?: unknown, missing_policy?: unknown, min_coverage?: unknown): unknown {
  return healthDriver(pillar_scores, weights, healthy_threshold, missing_policy, min_coverage);
}

/**
 * Points the driver pillar must gain for the composite to reach the next band.
 * @customfunction GAP GAP
 * @param pillar_scores Engagement, Satisfaction, Adoption, Outcomes scores in one row or column.
 * @param [weights] Four non-negative pillar weights; omitted means equal weights.
 * @param [thresholds] The Healthy and Watch thresholds; omitted means 70 and 40.
 * @param [missing_policy] redistribute (default), neutral, penalize or median.
 * @param [min_coverage] Share of pillar weight that must have data, 0-1; omitted means 0.5.
 * @param [pillar_medians] The portfolio median of each pillar, four cells; needed by the median policy.
 * @returns The points, rounded up to 0.1.
 */
export function gap(pillar_scores: unknown[][], weights?: unknown[][], thresholds?: unknown[][], missing_policy?: unknown, min_coverage?: unknown, pillar_medians?: unknown[][]): unknown {
  return healthGap(pillar_scores, weights, thresholds, missing_policy, min_coverage, pillar_medians);
}

/**
 * Share (0-1) of the total pillar weight that has data.
 * @customfunction COVERAGE COVERAGE
 * @param pillar_scores Engagement, Satisfaction, Adoption, Outcomes scores in one row or column.
 * @param [weights] Four non-negative pillar weights; omitted means equal weights.
 * @returns The coverage 0-1.
 */
export function coverage(pillar_scores: unknown[][], weights?: unknown[][]): unknown {
  return healthCoverage(pillar_scores, weights);
}

/**
 * Divergence patterns between the pillars, most specific first.
 * @customfunction DIAGNOSIS DIAGNOSIS
 * @param pillar_scores Engagement, Satisfaction, Adoption, Outcomes scores in one row or column.
 * @param [thresholds] The Healthy and Watch thresholds; omitted means 70 and 40.
 * @returns The diagnoses, separated by semicolons.
 */
export function diagnosis(pillar_scores: unknown[][], thresholds?: unknown[][]): unknown {
  return healthDiagnosis(pillar_scores, thresholds);
}

/**
 * One sentence on where to look first for this account.
 * @customfunction EXPLAIN EXPLAIN
 * @param pillar_scores Engagement, Satisfaction, Adoption, Outcomes scores in one row or column.
 * @param [weights] Four non-negative pillar weights; omitted means equal weights.
 * @param [thresholds] The Healthy and Watch thresholds; omitted means 70 and 40.
 * @param [missing_policy] redistribute (default), neutral, penalize or median.
 * @param [min_coverage] Share of pillar weight that must have data, 0-1; omitted means 0.5.
 * @param [pillar_medians] The portfolio median of each pillar, four cells; needed by the median policy.
 * @param [labels] The Healthy, Watch and At-risk labels.
 * @returns The explanation.
 */
export function explain(
  pillar_scores: unknown[][],
  weights?: unknown[][],
  thresholds?: unknown[][],
  missing_policy?: unknown,
  min_coverage?: unknown,
  pillar_medians?: unknown[][],
  labels?: unknown[][],
): unknown {
  return healthExplain(pillar_scores, weights, thresholds, missing_policy, min_coverage, pillar_medians, labels);
}

/**
 * Scores a whole table against the model and spills one row per account.
 * @customfunction SCORE SCORE
 * @param data The table, header row included.
 * @param model_map The metric map (HealthMetricMap), header row included.
 * @param [pillar_weights] Four non-negative pillar weights (HealthWeights); omitted means equal weights.
 * @param [options] Settings such as "policy=neutral; min_coverage=0.6; as_of=2026-11-30", or a two-column range.
 * @param [segment_weights] The segment weights table (HealthSegmentWeights): Segment and four pillar weights per row.
 * @param [overrides] The overrides table (HealthOverrides): Account, Band, Score, Reason, Owner, Expires per row.
 * @returns A header row, then per account: pillar scores, health score, band, driver, gap, coverage, diagnosis, explanation.
 */
export function score(
  data: unknown[][],
  model_map: unknown[][],
  pillar_weights?: unknown[][],
  options?: unknown[][],
  segment_weights?: unknown[][],
  overrides?: unknown[][],
): unknown[][] {
  return spilled(healthScore(data, model_map, pillar_weights, options, segment_weights, overrides));
}

/**
 * Backtests health scores against churn: AUC, churn per band, lift and warnings.
 * @customfunction BACKTEST BACKTEST
 * @param health_scores One health score per account, in one column; a header row is allowed.
 * @param outcomes One outcome per account (Churned/Stayed, 1/0, Yes/No), in the same rows.
 * @param [pillar_scores] The four pillar scores per account, four columns, for the AUC of each pillar.
 * @param [thresholds] The Healthy and Watch thresholds; omitted means 70 and 40.
 * @param [labels] The Healthy, Watch and At-risk labels.
 * @returns A two-column table of measures and values.
 */
export function backtest(health_scores: unknown[][], outcomes: unknown[][], pillar_scores?: unknown[][], thresholds?: unknown[][], labels?: unknown[][]): unknown[][] {
  return spilled(healthBacktest(health_scores, outcomes, pillar_scores, thresholds, labels));
}

/**
 * Suggests pillar weights from churn outcomes, beside the current weights. Advice only.
 * @customfunction SUGGESTWEIGHTS SUGGESTWEIGHTS
 * @param pillar_scores The four pillar scores per account, four columns; a header row is allowed.
 * @param outcomes One outcome per account (Churned/Stayed, 1/0, Yes/No), in the same rows.
 * @param [current_weights] Four non-negative pillar weights (HealthWeights); omitted means equal weights.
 * @param [min_coverage] Share of pillar weight that must have data, 0-1; omitted means 0.5.
 * @returns A table of suggested and current weights, AUC in and out of sample, validation and warnings.
 */
export function suggestWeights(pillar_scores: unknown[][], outcomes: unknown[][], current_weights?: unknown[][], min_coverage?: unknown): unknown[][] {
  return spilled(healthSuggestWeights(pillar_scores, outcomes, current_weights, min_coverage));
}

/**
 * Trend of one account's health score: change, slope per period and a declining flag.
 * @customfunction TREND TREND
 * @param earlier_scores Earlier health scores of the account, oldest first, in one row; blanks allowed.
 * @param current_score The current health score.
 * @param [periods] Snapshots in the slope, the current one included; omitted means 4.
 * @param [decline_threshold] Points of drop that flag a decline; omitted means 5.
 * @param [headers] TRUE to add a header row; omitted means one row without headers.
 * @returns One row: change, slope per period, declining.
 */
export function trend(earlier_scores: unknown[][], current_score: unknown, periods?: unknown, decline_threshold?: unknown, headers?: unknown): unknown[][] {
  return spilled(healthTrend(earlier_scores, current_score, periods, decline_threshold, headers));
}

/** Returns a spilling function's rows; a problem is thrown, as the runtime documents for a function that declares a matrix result. */
function spilled(result: FunctionResult): unknown[][] {
  if (!Array.isArray(result)) throw result;
  return result;
}

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
import { healthBand } from "./band";
import { healthComposite } from "./composite";
import { healthCoverage } from "./coverage";
import { healthDiagnosis } from "./diagnosis";
import { healthDriver } from "./driver";
import { healthExplain } from "./explain";
import { healthGap } from "./gap";
import { healthMetric } from "./metric";
import { healthPillar } from "./pillar";
import { healthPillarRaw } from "./pillar-raw";
import { healthScore } from "./score";

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
 * @param [missing_policy] redistribute (default), neutral or penalize.
 * @param [min_coverage] Share of pillar weight that must have data, 0-1; omitted means 0.5.
 * @returns The composite 0-100.
 */
export function composite(pillar_scores: unknown[][], weights?: unknown[][], missing_policy?: unknown, min_coverage?: unknown): unknown {
  return healthComposite(pillar_scores, weights, missing_policy, min_coverage);
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
 * @returns The pillar name.
 */
export function driver(pillar_scores: unknown[][], weights?: unknown[][], healthy_threshold?: unknown): unknown {
  return healthDriver(pillar_scores, weights, healthy_threshold);
}

/**
 * Points the driver pillar must gain for the composite to reach the next band.
 * @customfunction GAP GAP
 * @param pillar_scores Engagement, Satisfaction, Adoption, Outcomes scores in one row or column.
 * @param [weights] Four non-negative pillar weights; omitted means equal weights.
 * @param [thresholds] The Healthy and Watch thresholds; omitted means 70 and 40.
 * @returns The points, rounded up to 0.1.
 */
export function gap(pillar_scores: unknown[][], weights?: unknown[][], thresholds?: unknown[][]): unknown {
  return healthGap(pillar_scores, weights, thresholds);
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
 * @returns The explanation.
 */
export function explain(pillar_scores: unknown[][], weights?: unknown[][], thresholds?: unknown[][]): unknown {
  return healthExplain(pillar_scores, weights, thresholds);
}

/**
 * Scores a whole table against the model and spills one row per account.
 * @customfunction SCORE SCORE
 * @param data The table, header row included.
 * @param model_map The metric map (HealthMetricMap), header row included.
 * @param [pillar_weights] Four non-negative pillar weights (HealthWeights); omitted means equal weights.
 * @param [options] Settings such as "policy=neutral; min_coverage=0.6; as_of=2026-11-30", or a two-column range.
 * @returns A header row, then per account: pillar scores, health score, band, driver, gap, coverage, diagnosis, explanation.
 */
export function score(data: unknown[][], model_map: unknown[][], pillar_weights?: unknown[][], options?: unknown[][]): unknown[][] {
  const result = healthScore(data, model_map, pillar_weights, options);
  // A spilling function declares a matrix result, so a problem is thrown as the runtime documents.
  if (!Array.isArray(result)) throw result;
  return result;
}

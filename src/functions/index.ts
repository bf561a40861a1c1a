/** The HEALTH function implementations by their stable id, as functions.ts registers them. */
import { healthBacktest } from "./backtest";
import { healthBand } from "./band";
import { healthComposite } from "./composite";
import { healthCoverage } from "./coverage";
import type { HealthFunction } from "./define-function";
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

export const HEALTH_FUNCTIONS: Readonly<Record<string, HealthFunction>> = {
  PILLAR: healthPillar,
  "PILLAR.RAW": healthPillarRaw,
  METRIC: healthMetric,
  COMPOSITE: healthComposite,
  BAND: healthBand,
  DRIVER: healthDriver,
  GAP: healthGap,
  COVERAGE: healthCoverage,
  DIAGNOSIS: healthDiagnosis,
  EXPLAIN: healthExplain,
  SCORE: healthScore,
  BACKTEST: healthBacktest,
  SUGGESTWEIGHTS: healthSuggestWeights,
  TREND: healthTrend,
};

export { MAX_SCORE_ROWS } from "./score";
export { BACKTEST_TABLE_SIZE } from "./backtest";
export { SUGGESTION_TABLE_SIZE } from "./suggest-weights";
export { TREND_ROW_WIDTH } from "./trend";
export type { HealthFunction } from "./define-function";

import type { AucEstimate } from "../../core/backtest";
import { formatLiftUnavailable, formatValidation } from "../../core/messages/backtest";
import { perPillar } from "../../core/pillars";
import { reportWarnings } from "./backtest-warnings";
import { MAX_LISTED_HEALTHY_CHURNED } from "./backtest-text";
import type { BacktestRun } from "./run-backtest";

/**
 * Builds the backtest report `backtest --json` prints: the same facts as the text report, as
 * numbers at full precision. Shares are 0–1, AUCs 0–1, weights points summing to 100, and a
 * value that cannot be computed is null. Accounts are named by sheet row and account name.
 */
export function backtestJson(run: BacktestRun): Record<string, unknown> {
  const { report, suggestion, model } = run;
  const { lift } = report;
  return {
    file: run.input,
    outcomeColumn: run.outcomeColumn,
    outcomePolarity: run.polarity,
    outcomeLabels: run.outcomeLabels,
    modelVersion: model.version,
    asOf: model.asOf,
    counts: report.counts,
    excludedValues: Object.fromEntries(run.excludedLabels),
    auc: { healthScore: aucJson(report.composite), pillars: perPillar((pillar) => aucJson(report.pillars[pillar])) },
    bands: {
      healthy: { label: model.bands.labels.healthy, ...report.bands.healthy },
      watch: { label: model.bands.labels.watch, ...report.bands.watch },
      atRisk: { label: model.bands.labels.atRisk, ...report.bands.atRisk },
    },
    lift: lift.ratio === null ? { ratio: null, unavailable: lift.unavailable, message: formatLiftUnavailable(lift.unavailable, model.bands) } : { ratio: lift.ratio },
    healthyChurned: {
      count: report.healthyChurned.length,
      accounts: report.healthyChurned
        .slice(0, MAX_LISTED_HEALTHY_CHURNED)
        .map((index) => ({ row: run.firstRowNumber + index, account: run.accountNames[index] ?? null })),
    },
    suggestedWeights: {
      current: suggestion.current,
      suggested: suggestion.suggested,
      inSample: { current: aucJson(suggestion.inSample.current), suggested: aucJson(suggestion.inSample.suggested) },
      outOfSample: suggestion.outOfSample,
      validation: { ...suggestion.validation, description: formatValidation(suggestion.validation) },
      folds: suggestion.folds,
      pillarsWithoutData: run.pillarsWithoutData,
    },
    warnings: reportWarnings(run),
  };
}

function aucJson(estimate: AucEstimate | null): AucEstimate | null {
  return estimate === null ? null : { auc: estimate.auc, standardError: estimate.standardError, churned: estimate.churned, retained: estimate.retained };
}

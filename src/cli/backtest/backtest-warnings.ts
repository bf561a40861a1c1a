import { formatBacktestWarning, type BacktestWarning } from "../../core/messages/backtest";
import { BACKTEST } from "../messages";
import type { BacktestRun } from "./run-backtest";

/** A warning of the backtest report: its code and its sentence. */
export interface ReportWarning {
  readonly code: BacktestWarning["code"] | "outcome-is-metric";
  readonly message: string;
}

/**
 * Collects the warnings of the backtest and of the suggested weights, each once: both check the
 * class sizes, so the same warning can come from each. An outcome column that is also a metric
 * comes first, because it invalidates every number after it.
 */
export function reportWarnings(run: BacktestRun): ReportWarning[] {
  const warnings: ReportWarning[] = run.outcomeIsMetric ? [{ code: "outcome-is-metric", message: BACKTEST.outcomeIsMetric(run.outcomeColumn) }] : [];
  for (const warning of [...run.report.warnings, ...run.suggestion.warnings]) {
    const message = formatBacktestWarning(warning);
    if (!warnings.some((listed) => listed.message === message)) warnings.push({ code: warning.code, message });
  }
  return warnings;
}

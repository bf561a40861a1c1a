import type { AucEstimate } from "../../core/backtest";
import type { BandKey } from "../../core/band";
import { formatAuc, formatLiftUnavailable, formatValidation } from "../../core/messages/backtest";
import { PILLARS } from "../../core/pillars";
import { BACKTEST } from "../messages";
import { formatRate, LABEL_WIDTH, labelledRow as row } from "../report-layout";
import { reportWarnings } from "./backtest-warnings";
import type { BacktestRun } from "./run-backtest";

/** How many Healthy accounts that churned the report names before it only counts the rest. */
export const MAX_LISTED_HEALTHY_CHURNED = 20;

/** Width of each value column in the weights table, in characters. */
const VALUE_WIDTH = 10;

const BAND_KEYS: readonly BandKey[] = ["healthy", "watch", "atRisk"];

/**
 * Formats the backtest report as text: the counts, AUC of the health score and of each pillar
 * with its standard error, churn per band, lift, the Healthy accounts that churned, suggested
 * weights beside the current ones, and the warnings.
 */
export function formatBacktestText(run: BacktestRun): string[] {
  return [
    BACKTEST.heading(run.report.counts.accounts, run.input, run.outcomeColumn, run.outcomeLabels.churned, run.outcomeLabels.retained),
    BACKTEST.modelLine(run.model.version, run.model.asOf ?? ""),
    "",
    ...countLines(run),
    "",
    ...aucLines(run),
    "",
    ...bandLines(run),
    "",
    ...healthyChurnedLines(run),
    "",
    ...weightLines(run),
    "",
    ...warningLines(run),
  ];
}

function countLines(run: BacktestRun): string[] {
  const { counts } = run.report;
  const excluded = [...run.excludedLabels];
  return [
    BACKTEST.countsHeading,
    row(BACKTEST.churned, String(counts.churned)),
    row(BACKTEST.retained, String(counts.retained)),
    row(BACKTEST.excluded, String(counts.excluded)),
    row(BACKTEST.missing, String(counts.missing)),
    row(BACKTEST.unscored, String(counts.unscored)),
    ...(excluded.length === 0 ? [] : [BACKTEST.excludedValues(excluded)]),
  ];
}

function aucLines(run: BacktestRun): string[] {
  return [
    BACKTEST.aucHeading,
    row(BACKTEST.healthScore, aucText(run.report.composite)),
    ...PILLARS.map((pillar) => row(pillar, aucText(run.report.pillars[pillar]))),
  ];
}

function aucText(estimate: AucEstimate | null): string {
  if (estimate === null) return BACKTEST.noAuc;
  return BACKTEST.auc(formatAuc(estimate.auc), formatAuc(estimate.standardError), estimate.churned, estimate.retained);
}

function bandLines(run: BacktestRun): string[] {
  const { labels } = run.model.bands;
  const { bands, lift } = run.report;
  const liftLine = lift.ratio === null ? formatLiftUnavailable(lift.unavailable, run.model.bands) : BACKTEST.lift(lift.ratio.toFixed(2), labels.atRisk, labels.healthy);
  return [
    BACKTEST.bandsHeading,
    ...BAND_KEYS.map((key) => {
      const { accounts, churned, churnRate } = bands[key];
      return row(labels[key], churnRate === null ? BACKTEST.emptyBand : BACKTEST.bandChurn(churned, accounts, formatRate(churnRate)));
    }),
    liftLine,
  ];
}

function healthyChurnedLines(run: BacktestRun): string[] {
  const indices = run.report.healthyChurned;
  const listed = indices.slice(0, MAX_LISTED_HEALTHY_CHURNED).map((index) => BACKTEST.account(run.firstRowNumber + index, run.accountNames[index] ?? null));
  const more = indices.length > MAX_LISTED_HEALTHY_CHURNED ? [BACKTEST.moreAccounts(indices.length - MAX_LISTED_HEALTHY_CHURNED)] : [];
  return [BACKTEST.healthyChurnedHeading(run.model.bands.labels.healthy, indices.length), ...listed, ...more];
}

function weightLines(run: BacktestRun): string[] {
  const { suggestion } = run;
  const { suggested, current, inSample, outOfSample } = suggestion;
  if (suggested === null) return [BACKTEST.weightsHeading, BACKTEST.noSuggestion];

  const columns = (left: string, right: string) => `${left.padEnd(VALUE_WIDTH)}${right}`;
  const optionalAuc = (value: number | null) => (value === null ? BACKTEST.notAvailable : formatAuc(value));
  const [currentLabel, suggestedLabel] = BACKTEST.weightsColumns;
  const recomputed = run.model.missingPolicy !== "redistribute" || Object.keys(run.model.segmentWeights).length > 0;
  return [
    BACKTEST.weightsHeading,
    `  ${"".padEnd(LABEL_WIDTH)}${columns(currentLabel, suggestedLabel)}`,
    ...PILLARS.map((pillar) => row(pillar, columns(current[pillar].toFixed(1), String(suggested[pillar])))),
    row(BACKTEST.inSample, columns(optionalAuc(inSample.current?.auc ?? null), optionalAuc(inSample.suggested?.auc ?? null))),
    row(BACKTEST.outOfSample, columns(optionalAuc(outOfSample.current), optionalAuc(outOfSample.suggested))),
    BACKTEST.foldsMeasured(outOfSample.foldsMeasured),
    `  ${formatValidation(suggestion.validation)}`,
    ...(run.pillarsWithoutData.length === 0 ? [] : [BACKTEST.pillarsWithoutData(run.pillarsWithoutData)]),
    ...(recomputed ? [BACKTEST.recomputed] : []),
  ];
}

function warningLines(run: BacktestRun): string[] {
  const warnings = reportWarnings(run);
  if (warnings.length === 0) return [BACKTEST.noWarnings];
  return [BACKTEST.warningsHeading(warnings.length), ...warnings.map((warning) => `  ${warning.message}`)];
}

import type { AccountAssessment } from "../../core/account";
import type { BandKey } from "../../core/band";
import {
  backtest,
  guessOutcomePolarity,
  readOutcomeColumn,
  suggestWeights,
  type BacktestReport,
  type OutcomePolarity,
  type WeightSuggestion,
} from "../../core/backtest";
import type { HealthModel } from "../../core/model";
import { PILLARS, type Pillar } from "../../core/pillars";
import type { PortfolioScores } from "../../core/score";
import { findColumn, type Table } from "../../core/table";
import type { PillarVector } from "../../core/vector";
import { CliError } from "../cli-error";
import { OPTION_ERRORS } from "../messages";

/** Everything `backtest` reports, before it is worded as text or JSON. */
export interface BacktestRun {
  readonly input: string;
  /** The outcome column's header as the table writes it. */
  readonly outcomeColumn: string;
  readonly polarity: OutcomePolarity;
  /** The model scored with, its as-of date filled in. */
  readonly model: HealthModel;
  /** The sheet row of the first account, to name accounts by row. */
  readonly firstRowNumber: number;
  readonly accountNames: readonly (string | null)[];
  /** Each excluded outcome value with how many cells held it, in order of first appearance. */
  readonly excludedLabels: ReadonlyMap<string, number>;
  readonly report: BacktestReport;
  readonly suggestion: WeightSuggestion;
  /** True when the model also scores the outcome column as a metric, which leaks the outcome into the score. */
  readonly outcomeIsMetric: boolean;
  /** Pillars no account has a score for; their weights change no composite. */
  readonly pillarsWithoutData: readonly Pillar[];
}

/**
 * Picks the outcome column: the `--outcome` option, else the model's outcome column.
 *
 * @returns the header as the table writes it
 * @throws CliError when neither names a column, or the named column is not in the table; the
 *   message lists the table's columns
 */
export function pickOutcomeColumn(table: Table, option: string | undefined, model: HealthModel): string {
  const requested = option ?? model.outcomeColumn;
  if (requested === null) throw new CliError(OPTION_ERRORS.noOutcomeColumn(table.headers));

  const index = findColumn(table.headers, requested);
  const header = table.headers[index];
  if (header === undefined) throw new CliError(OPTION_ERRORS.outcomeNotFound(requested, table.headers));
  return header;
}

/**
 * Backtests scored accounts against an outcome column and suggests pillar weights. The outcome
 * header sets what a yes means (`guessOutcomePolarity`). Overridden accounts enter with their
 * computed score and band, because an override is a person's judgement, not the model's.
 * Suggested weights use stratified 5-fold cross-validation with seed 1, the core's defaults.
 */
export function runBacktest(input: string, table: Table, scores: PortfolioScores, outcomeColumn: string): BacktestRun {
  const polarity = guessOutcomePolarity(outcomeColumn);
  const column = findColumn(table.headers, outcomeColumn);
  const { outcomes, excludedLabels } = readOutcomeColumn(table.rows.map((row) => row[column]), { positive: polarity });

  const pillars = scores.accounts.map((account) => account.pillars);
  const report = backtest({
    composites: scores.accounts.map(computedComposite),
    pillars,
    bands: scores.accounts.map(computedBand),
    outcomes,
  });
  const { model } = scores;
  const weights = model.pillarWeights;
  const currentWeights: PillarVector<number> = [weights.Engagement, weights.Satisfaction, weights.Adoption, weights.Outcomes];
  const suggestion = suggestWeights({ pillars, outcomes, currentWeights, minCoverage: model.minCoverage });

  return {
    input,
    outcomeColumn,
    polarity,
    model: { ...model, asOf: scores.asOf },
    firstRowNumber: table.firstRowNumber,
    accountNames: scores.accountNames,
    excludedLabels,
    report,
    suggestion,
    outcomeIsMetric: model.metrics.some((metric) => findColumn([metric.column], outcomeColumn) === 0),
    pillarsWithoutData: PILLARS.filter((_, index) => pillars.every((scores) => scores[index] === null)),
  };
}

function computedComposite(account: AccountAssessment): number | null {
  return account.override === undefined ? account.composite : account.override.computedComposite;
}

function computedBand(account: AccountAssessment): BandKey | null {
  return account.override === undefined ? account.band : account.override.computedBand;
}

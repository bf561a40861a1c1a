import type { AccountAssessment } from "../../core/account";
import type { BandKey } from "../../core/band";
import {
  backtest,
  guessOutcomePolarity,
  readOutcomeColumn,
  suggestWeights,
  type BacktestReport,
  type Outcome,
  type OutcomePolarity,
  type WeightSuggestion,
} from "../../core/backtest";
import type { HealthModel } from "../../core/model";
import { PILLARS, type Pillar } from "../../core/pillars";
import type { PortfolioScores } from "../../core/score";
import { findColumn, isCellError, type CellValue, type Table } from "../../core/table";
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
  /** The distinct values read as churned and as retained, as the cells show them, in order of first appearance. */
  readonly outcomeLabels: OutcomeLabels;
  readonly report: BacktestReport;
  readonly suggestion: WeightSuggestion;
  /** True when the model also scores the outcome column as a metric, which leaks the outcome into the score. */
  readonly outcomeIsMetric: boolean;
  /** Pillars no account has a score for; their weights change no composite. */
  readonly pillarsWithoutData: readonly Pillar[];
}

/** The distinct values of an outcome column read as each class. */
export interface OutcomeLabels {
  readonly churned: readonly string[];
  readonly retained: readonly string[];
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
 *
 * @throws CliError when most present cells of the outcome column are neither churned nor
 *   retained, as in a numeric metric or a notes column
 */
export function runBacktest(input: string, table: Table, scores: PortfolioScores, outcomeColumn: string): BacktestRun {
  const polarity = guessOutcomePolarity(outcomeColumn);
  const column = findColumn(table.headers, outcomeColumn);
  const cells = table.rows.map((row) => row[column]);
  const { outcomes, excludedLabels } = readOutcomeColumn(cells, { positive: polarity });
  checkOutcomeColumn(outcomeColumn, outcomes, excludedLabels);

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
    outcomeLabels: labelsByOutcome(cells, outcomes),
    report,
    suggestion,
    outcomeIsMetric: model.metrics.some((metric) => findColumn([metric.column], outcomeColumn) === 0),
    pillarsWithoutData: PILLARS.filter((_, index) => pillars.every((scores) => scores[index] === null)),
  };
}

/** How many values of a column that is not an outcome column the message shows, and the length each is cut to. */
const SAMPLE_VALUES = 3;
const SAMPLE_LENGTH = 30;

/** Rejects a column where most present cells are neither churned nor retained: it does not record outcomes. */
function checkOutcomeColumn(column: string, outcomes: readonly Outcome[], excludedLabels: ReadonlyMap<string, number>): void {
  const present = outcomes.filter((outcome) => outcome !== "missing").length;
  const excluded = outcomes.filter((outcome) => outcome === "excluded").length;
  if (excluded * 2 <= present) return;

  const sample = [...excludedLabels.keys()].slice(0, SAMPLE_VALUES).map((value) => (value.length > SAMPLE_LENGTH ? `${value.slice(0, SAMPLE_LENGTH - 1)}…` : value));
  throw new CliError(OPTION_ERRORS.notOutcomeColumn(column, excluded, present, sample));
}

function labelsByOutcome(cells: readonly CellValue[], outcomes: readonly Outcome[]): OutcomeLabels {
  const churned = new Set<string>();
  const retained = new Set<string>();
  outcomes.forEach((outcome, index) => {
    if (outcome === "churned") churned.add(cellLabel(cells[index]));
    if (outcome === "retained") retained.add(cellLabel(cells[index]));
  });
  return { churned: [...churned], retained: [...retained] };
}

/** Shows an outcome cell as Excel would: text trimmed, TRUE and FALSE in capitals, numbers as written. */
function cellLabel(cell: CellValue): string {
  if (typeof cell === "string") return cell.trim();
  if (typeof cell === "boolean") return cell ? "TRUE" : "FALSE";
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  if (isCellError(cell)) return cell.error;
  return String(cell ?? "");
}

function computedComposite(account: AccountAssessment): number | null {
  return account.override === undefined ? account.composite : account.override.computedComposite;
}

function computedBand(account: AccountAssessment): BandKey | null {
  return account.override === undefined ? account.band : account.override.computedBand;
}

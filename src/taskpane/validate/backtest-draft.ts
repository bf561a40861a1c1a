import type { AccountAssessment } from "../../core/account";
import { backtest, readOutcomeColumn, type BacktestReport, type Outcome, type OutcomePolarity, type SuggestWeightsInput } from "../../core/backtest";
import type { HealthModel } from "../../core/model";
import { PILLARS } from "../../core/pillars";
import { findColumn, type Table } from "../../core/table";

/** A backtest of the draft model against one outcome column. */
export interface DraftBacktest {
  readonly column: string;
  readonly polarity: OutcomePolarity;
  readonly report: BacktestReport;
  readonly outcomes: readonly Outcome[];
  /** Values read as neither churned nor retained, with how many cells held each. */
  readonly excludedLabels: ReadonlyMap<string, number>;
}

/**
 * Backtests the draft's scores against an outcome column. An account with an override enters
 * with the composite and band the model computed (the override's `computedComposite` and
 * `computedBand`), not the override's, because the backtest measures the model.
 *
 * Cost: O(n log n), one `backtest` run.
 *
 * @returns the backtest, or null when the table has no such column
 */
export function backtestDraft(table: Table, accounts: readonly AccountAssessment[], column: string, polarity: OutcomePolarity): DraftBacktest | null {
  const index = findColumn(table.headers, column);
  if (index < 0) return null;

  const { outcomes, excludedLabels } = readOutcomeColumn(table.rows.map((row) => row[index] ?? null), { positive: polarity });
  const report = backtest({
    composites: accounts.map(computedComposite),
    pillars: accounts.map((account) => account.pillars),
    bands: accounts.map((account) => (account.override === undefined ? account.band : account.override.computedBand)),
    outcomes,
  });
  return { column, polarity, report, outcomes, excludedLabels };
}

function computedComposite(account: AccountAssessment): number | null {
  return account.override === undefined ? account.composite : account.override.computedComposite;
}

/**
 * Builds the input of `suggestWeights` from the draft: each account's pillar scores, its outcome,
 * the portfolio weights and the minimum coverage. Segment weight sets are not part of it, because
 * the search fits one weight set.
 */
export function suggestionInput(accounts: readonly AccountAssessment[], outcomes: readonly Outcome[], model: HealthModel): SuggestWeightsInput {
  const [engagement = 0, satisfaction = 0, adoption = 0, outcomesWeight = 0] = PILLARS.map((pillar) => model.pillarWeights[pillar]);
  return {
    pillars: accounts.map((account) => account.pillars),
    outcomes,
    currentWeights: [engagement, satisfaction, adoption, outcomesWeight],
    minCoverage: model.minCoverage,
  };
}

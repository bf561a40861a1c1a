import { backtest, type AucEstimate, type BacktestReport } from "../core/backtest";
import { bandOf, type BandKey } from "../core/band";
import { formatBacktestWarning, formatLiftUnavailable } from "../core/messages/backtest";
import { DEFAULT_BANDS, type Bands } from "../core/model";
import { PILLARS } from "../core/pillars";
import type { PillarScores } from "../core/vector";
import { alignAccountRows, blockArgument, readOutcomeRows, readPillarRows, readScoreColumn, vectorArgument, type AccountRows } from "./account-rows";
import { defineFunction, type ResultCell } from "./define-function";
import { describeCells, describeExcludedValues, TABLE_LABELS } from "./messages";

/** The size of the table HEALTH.BACKTEST spills, whatever the data, so a workbook can lay out cells beside it. */
export const BACKTEST_TABLE_SIZE = { columns: 2, rows: 24 } as const;

const NO_PILLARS: PillarScores = [null, null, null, null];
const BAND_KEYS: readonly BandKey[] = ["healthy", "watch", "atRisk"];

/**
 * HEALTH.BACKTEST: how well the health score separated churned from retained accounts. It spills
 * a two-column table of labels and values, always `BACKTEST_TABLE_SIZE` (24 rows), so the spill
 * never changes size. The rows are the account counts, the churn AUC of the health score and of
 * each pillar, and the accounts, churned accounts and churn rate of each band. Then come lift,
 * the cells of the Healthy accounts that churned, and warnings (fewer than 20 churned accounts,
 * or no churned or no retained account). A value that cannot be computed is "", and the warnings
 * or the lift row explain why.
 *
 * AUC is the probability that a churned account scores lower than a retained one (ties count
 * half), computed by the core's `backtest`, so 0.5 is chance and 1 is perfect.
 *
 * @example healthBacktest([[20], [35], [50], [60], [60], [80]], [[1], [0], [1], [0], [1], [0]])
 *   // AUC (health score) 0.7222…: of the 9 churned–retained pairs 6 are in order and 1 is tied
 */
export const healthBacktest = defineFunction(
  [
    { name: "health_scores", kind: "vector" },
    { name: "outcomes", kind: "vector" },
    { name: "pillar_scores", kind: "optionalPillarBlock", optional: true },
    { name: "thresholds", kind: "thresholds", optional: true },
    { name: "labels", kind: "bandLabels", optional: true },
  ],
  (scoreCells, outcomeCells, pillarBlock, thresholds, labels) => {
    const args = [vectorArgument("health_scores", scoreCells), vectorArgument("outcomes", outcomeCells)];
    if (pillarBlock !== null) args.push(blockArgument("pillar_scores", pillarBlock));
    const rows = alignAccountRows(args, [scoreCells[0], ...(pillarBlock?.[0] ?? [])], outcomeCells);

    const bands: Bands = { ...DEFAULT_BANDS, ...thresholds, labels };
    const composites = readScoreColumn("health_scores", scoreCells, rows);
    const pillars = pillarBlock === null ? composites.map(() => NO_PILLARS) : readPillarRows("pillar_scores", pillarBlock, rows);
    const outcomes = readOutcomeRows(outcomeCells, rows);
    const report = backtest({
      composites,
      pillars,
      bands: composites.map((score) => (score === null ? null : bandOf(score, bands))),
      outcomes: outcomes.outcomes,
    });
    return backtestTable(report, outcomes.excludedLabels, bands, rows);
  },
);

/** Lays the report out as label–value rows, in a fixed order and number. */
function backtestTable(report: BacktestReport, excludedLabels: ReadonlyMap<string, number>, bands: Bands, rows: AccountRows): ResultCell[][] {
  const { counts } = report;
  const table: ResultCell[][] = [
    [TABLE_LABELS.accounts, counts.accounts],
    [TABLE_LABELS.churned, counts.churned],
    [TABLE_LABELS.retained, counts.retained],
    [TABLE_LABELS.excluded, counts.excluded],
    [TABLE_LABELS.excludedValues, describeExcludedValues(excludedLabels)],
    [TABLE_LABELS.missingOutcome, counts.missing],
    [TABLE_LABELS.unscored, counts.unscored],
    [TABLE_LABELS.healthAuc, aucCell(report.composite)],
    ...PILLARS.map((pillar) => [TABLE_LABELS.pillarAuc(pillar), aucCell(report.pillars[pillar])]),
  ];
  for (const band of BAND_KEYS) {
    const churn = report.bands[band];
    const label = bands.labels[band];
    table.push([TABLE_LABELS.bandAccounts(label), churn.accounts], [TABLE_LABELS.bandChurned(label), churn.churned], [TABLE_LABELS.bandChurnRate(label), churn.churnRate ?? ""]);
  }

  const lift = report.lift.ratio ?? formatLiftUnavailable(report.lift.unavailable, bands);
  // Cell numbers count from the top of the given range, header row included, so they can be found in the sheet.
  const healthyChurnedCells = report.healthyChurned.map((index) => rows.first + index + 1);
  table.push(
    [TABLE_LABELS.lift(bands.labels), lift],
    [TABLE_LABELS.healthyChurnedCells(bands.labels), describeCells("health_scores", healthyChurnedCells)],
    [TABLE_LABELS.warnings, report.warnings.map(formatBacktestWarning).join(" ")],
  );
  return table;
}

function aucCell(estimate: AucEstimate | null): number | string {
  return estimate === null ? "" : estimate.auc;
}

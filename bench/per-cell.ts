import { scoreMetricColumn } from "../src/core/metric-column";
import { scoreValue } from "../src/core/methods";
import type { CellValue } from "../src/core/table";
import { readIsoDate } from "../src/core/values";
import { figure, type Figure } from "./figure";
import { AS_OF, benchmarkModel, generateTable } from "./portfolio";
import { timeSideBySide } from "./timing";

const SIZE = 10_000;
/** Cells scored one by one per metric and round; the per-cell time of all cells is extrapolated from them. */
const SAMPLED_ROWS_PER_METRIC = 20;
const ROUNDS = 5;
/** The target: the core's sort-once path at least this many times faster than per-cell scoring. */
const MIN_SPEED_UP = 100;

/**
 * Compares two ways of getting every metric score of 10,000 accounts × 12 percentile metrics.
 * The core's sort-once path (`scoreMetricColumn`) sorts each metric column once. Per-cell formulas
 * such as `=HEALTH.METRIC(B2, B$2:B$10001)` call `scoreValue` for each cell with its whole
 * population column. Scoring all 120,000 cells one by one would take minutes,
 * so a fixed sample of cells is timed and the per-cell time is extrapolated to every cell.
 * Each sampled score is checked against the sort-once score of the same cell.
 */
export function measurePerCell(): Figure[] {
  const model = benchmarkModel();
  const table = generateTable(SIZE);
  const asOfSerial = readIsoDate(AS_OF);
  if (typeof asOfSerial !== "number") throw new Error(`Invalid as-of date ${AS_OF}`);

  const columns = model.metrics.map((metric) => {
    const index = table.headers.indexOf(metric.column);
    return table.rows.map((row): CellValue => row[index]);
  });
  const stride = Math.floor(SIZE / SAMPLED_ROWS_PER_METRIC);
  const sampledRows = Array.from({ length: SAMPLED_ROWS_PER_METRIC }, (_, index) => index * stride + 13);
  const sortOnce = (): Float64Array[] => model.metrics.map((metric) => scoreMetricColumn({ metric, table, segments: null, asOfSerial }).scores);
  const perCellSample = (): number[] =>
    model.metrics.flatMap((metric, index) => {
      const population = columns[index] ?? [];
      return sampledRows.map((row) => {
        const scored = scoreValue(population[row], metric.method, metric.direction, population, asOfSerial);
        return "score" in scored ? scored.score : Number.NaN;
      });
    });

  checkSameScores(sortOnce(), perCellSample(), sampledRows);
  const medians = timeSideBySide({ sortOnce: () => void sortOnce(), perCellSample: () => void perCellSample() }, ROUNDS);

  const sampledCells = SAMPLED_ROWS_PER_METRIC * model.metrics.length;
  const perCellMs = (medians.perCellSample / sampledCells) * SIZE * model.metrics.length;
  const speedUp = perCellMs / medians.sortOnce;
  return [
    figure("per-cell.10000.sort-once", medians.sortOnce, "ms"),
    figure("per-cell.10000.per-cell-estimate", perCellMs, "ms", { ratio: speedUp, ratioTo: "sort-once" }),
    figure("per-cell.10000.per-cell-call", (medians.perCellSample / sampledCells) * 1000, "µs/cell"),
    figure("per-cell.10000.speed-up", speedUp, "x", { target: `>= ${MIN_SPEED_UP}x`, met: speedUp >= MIN_SPEED_UP }),
  ];
}

/** Throws when a sampled per-cell score differs from the sort-once score of the same cell. */
function checkSameScores(columns: readonly Float64Array[], sampled: readonly number[], rows: readonly number[]): void {
  columns.forEach((scores, metric) => {
    rows.forEach((row, index) => {
      const expected = scores[row] as number;
      const actual = sampled[metric * rows.length + index] as number;
      const same = Number.isNaN(expected) ? Number.isNaN(actual) : Math.abs(expected - actual) < 1e-9;
      if (!same) throw new Error(`Per-cell score ${actual} differs from the sort-once score ${expected} (metric ${metric}, row ${row})`);
    });
  });
}

import { writableColumns, type AssessmentColumns } from "../src/core/assessment-columns";
import { emptyPillarColumns, type PillarColumns } from "../src/core/pillar-columns";
import { findColumn, type Table } from "../src/core/table";

/** Everything the floor pass writes; the caller keeps it so no write can be optimised away. */
export interface FloorOutput {
  readonly metricScores: readonly Float64Array[];
  readonly pillarScores: PillarColumns;
  readonly assessments: AssessmentColumns;
  readonly accountNames: readonly (string | null)[];
}

const FIXED_EXPLANATION = "Healthy (70): no pillar is below Healthy.";

/**
 * Runs the floor of a scoring run: one pass that only reads every input value and writes every output
 * value, with no scoring in between. Per account it reads the account cell and each metric cell
 * (a number, or NaN for anything else). It writes one value into each metric score column and each
 * pillar score column. Then it writes one entry in each assessment column of the core's shape,
 * filled with the values read and fixed text. The core's `scorePortfolio` writes the same
 * outputs, so its time divided by this one is the cost of the scoring itself.
 *
 * Cost: O(n × metrics), one pass, no sort.
 *
 * @param table the portfolio
 * @param metricColumns the headers of the metric columns, in model order
 * @param metricPillars the pillar index (0–3) of each metric column
 * @param accountColumn the header of the account column
 */
export function readWriteFloor(table: Table, metricColumns: readonly string[], metricPillars: readonly number[], accountColumn: string): FloorOutput {
  const size = table.rows.length;
  const columns = Int32Array.from(metricColumns.map((column) => findColumn(table.headers, column)));
  const pillarOf = Int32Array.from(metricPillars);
  const accountIndex = findColumn(table.headers, accountColumn);
  const metricScores = columns.length === 0 ? [] : Array.from(columns, () => new Float64Array(size));
  const pillarScores = emptyPillarColumns(size);
  const assessments = writableColumns(pillarScores);
  const accountNames = new Array<string | null>(size);

  for (let row = 0; row < size; row++) {
    const cells = table.rows[row] ?? [];
    const name = cells[accountIndex];
    accountNames[row] = typeof name === "string" ? name : null;

    const pillarRow = [0, 0, 0, 0];
    for (let metric = 0; metric < columns.length; metric++) {
      const cell = cells[columns[metric] as number];
      const value = typeof cell === "number" ? cell : Number.NaN;
      (metricScores[metric] as Float64Array)[row] = value;
      pillarRow[pillarOf[metric] as number] = value;
    }
    for (let pillar = 0; pillar < 4; pillar++) pillarScores[pillar as 0 | 1 | 2 | 3][row] = pillarRow[pillar] as number;
    assessments.composite[row] = pillarRow[0] ?? 0;
    assessments.coverage[row] = 1;
    assessments.band[row] = 0;
    assessments.driver[row] = -1;
    assessments.diagnoses[row] = 0;
    assessments.gaps[row] = null;
    assessments.explanations[row] = FIXED_EXPLANATION;
  }
  return { metricScores, pillarScores, assessments, accountNames };
}

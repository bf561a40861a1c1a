import type { HealthModel } from "../src/core/model";
import { normalizeModel } from "../src/core/normalize-model";
import type { Pillar } from "../src/core/pillars";
import type { CellValue, Table } from "../src/core/table";
import { seededRandom } from "./prng";

/** The header of the account column of the generated portfolios. */
export const ACCOUNT_COLUMN = "Account ID";

/** The as-of date every benchmark scores against, so runs never depend on the day. */
export const AS_OF = "2026-11-30";

/** The share of metric cells left blank. */
export const BLANK_SHARE = 0.05;

/** The seed of every generated portfolio. */
export const SEED = 20261130;

/** One generated metric column: its header, pillar, direction and how its values are drawn. */
interface MetricColumnSpec {
  readonly column: string;
  readonly pillar: Pillar;
  readonly direction: "higher" | "lower";
  /** Draws one value from a uniform number in [0, 1). */
  readonly draw: (uniform: number) => number;
}

const whole = (low: number, high: number) => (uniform: number) => Math.floor(low + uniform * (high - low + 1));
const decimal = (low: number, high: number, digits: number) => (uniform: number) => Number((low + uniform * (high - low)).toFixed(digits));

/** Twelve metrics, three per pillar, with value ranges like a CS export's; whole-number columns have many ties. */
export const METRIC_COLUMNS: readonly MetricColumnSpec[] = [
  { column: "Meetings Attended (90d)", pillar: "Engagement", direction: "higher", draw: whole(0, 20) },
  { column: "Stakeholders in Calls", pillar: "Engagement", direction: "higher", draw: whole(1, 12) },
  { column: "Avg Response Time (hrs)", pillar: "Engagement", direction: "lower", draw: decimal(0.5, 72, 1) },
  { column: "NPS", pillar: "Satisfaction", direction: "higher", draw: whole(-100, 100) },
  { column: "CSAT", pillar: "Satisfaction", direction: "higher", draw: decimal(1, 5, 2) },
  { column: "Support Tickets (90d)", pillar: "Satisfaction", direction: "lower", draw: whole(0, 40) },
  { column: "Active Users", pillar: "Adoption", direction: "higher", draw: whole(1, 5000) },
  { column: "Feature Adoption", pillar: "Adoption", direction: "higher", draw: decimal(0, 1, 3) },
  { column: "Weekly Logins", pillar: "Adoption", direction: "higher", draw: whole(0, 20000) },
  { column: "Goal Attainment", pillar: "Outcomes", direction: "higher", draw: decimal(0, 1.5, 3) },
  { column: "Time Saved vs Target (%)", pillar: "Outcomes", direction: "higher", draw: decimal(0, 150, 1) },
  { column: "ROI", pillar: "Outcomes", direction: "higher", draw: decimal(-0.5, 5, 2) },
];

/** The headers of a generated portfolio: the account column, then the twelve metric columns. */
export const PORTFOLIO_HEADERS: readonly string[] = [ACCOUNT_COLUMN, ...METRIC_COLUMNS.map((metric) => metric.column)];

/** Returns the benchmark model as a user writes it in a model file: every metric by percentile, equal weights. */
export function looseBenchmarkModel(): Record<string, unknown> {
  return {
    accountColumn: ACCOUNT_COLUMN,
    metrics: METRIC_COLUMNS.map(({ column, pillar, direction }) => ({ column, pillar, method: "percentile", direction })),
    pillarWeights: { Engagement: 25, Satisfaction: 25, Adoption: 25, Outcomes: 25 },
    asOf: AS_OF,
  };
}

/**
 * Returns the benchmark model, normalised by the core.
 *
 * @throws Error when the core rejects the model, which means the benchmark is out of date
 */
export function benchmarkModel(): HealthModel {
  const model = normalizeModel(looseBenchmarkModel());
  if (!model.ok) throw new Error(`The benchmark model is invalid: ${JSON.stringify(model.issues)}`);
  return model.value;
}

/** Formats the account id of row `index`, such as "ACC-0000042". */
export function accountId(index: number): string {
  return `ACC-${String(index + 1).padStart(7, "0")}`;
}

/**
 * Generates the data rows of a portfolio: an account id and twelve numbers per row, about 5% of
 * the numbers blank (`blank`). The same size always gives the same rows.
 *
 * @param size the number of accounts
 * @param blank the cell value that stands for a blank: null as a file reader gives it, "" as Excel reads it
 */
export function generateRows<B extends null | "">(size: number, blank: B): (string | number | B)[][] {
  const random = seededRandom(SEED);
  const rows = new Array<(string | number | B)[]>(size);
  for (let index = 0; index < size; index++) {
    const row: (string | number | B)[] = [accountId(index)];
    for (const metric of METRIC_COLUMNS) {
      const isBlank = random() < BLANK_SHARE;
      const value = metric.draw(random());
      row.push(isBlank ? blank : value);
    }
    rows[index] = row;
  }
  return rows;
}

/** Generates a portfolio as a core table, blanks as null, with data from sheet row 2. */
export function generateTable(size: number): Table {
  const rows: readonly (readonly CellValue[])[] = generateRows(size, null);
  return { headers: PORTFOLIO_HEADERS, rows, firstRowNumber: 2 };
}

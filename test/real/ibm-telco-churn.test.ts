import { proposeModel, type MappingProposal } from "../../src/core/automap";
import { readOutcomeColumn, type Outcome } from "../../src/core/backtest";
import type { HealthModel } from "../../src/core/model";
import { scorePortfolio, type PortfolioScores } from "../../src/core/score";
import type { Table } from "../../src/core/table";
import {
  accountsWithoutVerdict,
  backtestPortfolio,
  columnCells,
  countBands,
  countOutcomes,
  describeAucs,
  emptyPillars,
  readDataTable,
} from "./data-files";

/*
 * IBM's Telco customer churn sample: 7,043 customers × 21 columns, with Churn as the label
 * (1,869 Yes, 5,174 No as published). TotalCharges is a single space in 11 rows, all with
 * tenure 0, which suggests customers not billed yet.
 */
const FILE = "ibm-telco-churn.csv";
const AS_OF = "2026-11-30";

function scoreOrThrow(table: Table, model: HealthModel): PortfolioScores {
  const result = scorePortfolio(table, model, { asOf: AS_OF });
  if (!result.ok) throw new Error(`Scoring ${FILE} failed: ${JSON.stringify(result.issues)}`);
  return result.value;
}

/** Returns the rows (0-based) whose TotalCharges cell is a single space. */
function blankChargeRows(table: Table): number[] {
  return columnCells(table, "TotalCharges").flatMap((cell, row) => (cell === " " ? [row] : []));
}

describe("ibm-telco-churn.csv", () => {
  let table: Table;
  let proposal: MappingProposal;
  let scores: PortfolioScores;
  let outcomes: readonly Outcome[];

  beforeAll(async () => {
    table = await readDataTable(FILE);
    proposal = proposeModel(table, { asOf: AS_OF });
    scores = scoreOrThrow(table, proposal.model);
    outcomes = readOutcomeColumn(columnCells(table, "Churn")).outcomes;
  });

  test("reads 7,043 rows of 21 columns", () => {
    expect(table.rows).toHaveLength(7043);
    expect(table.headers).toHaveLength(21);
    expect(table.headers[0]).toBe("customerID");
  });

  test("keeps the 11 blank charges as text", () => {
    const rows = blankChargeRows(table);
    expect(rows).toHaveLength(11);
    const tenures = columnCells(table, "tenure");
    expect(rows.map((row) => tenures[row])).toEqual(Array.from({ length: 11 }, () => 0));
  });

  test("maps only Contract", () => {
    // tenure, MonthlyCharges and TotalCharges describe the account, not its health, so they are ignored.
    expect(proposal.model.outcomeColumn).toBe("Churn");
    expect(proposal.model.metrics.map((metric) => [metric.column, metric.pillar])).toEqual([["Contract", "Outcomes"]]);
  });

  test("reports three empty pillars", () => {
    // The file has no usage, survey or support column, and no rule counts its add-on flags
    // (OnlineSecurity … StreamingMovies, Yes / No / "No internet service") as Adoption.
    expect(emptyPillars(scores)).toEqual(["Engagement", "Satisfaction", "Adoption"]);
  });

  test("gives every account a verdict", () => {
    expect(scores.size).toBe(7043);
    expect(accountsWithoutVerdict(scores)).toEqual([]);
  });

  test("finds every account insufficient", () => {
    // Only Outcomes has data, so coverage is 25 / 100 = 0.25, below the default minimum of 0.5:
    // all 7,043 accounts are insufficient and none is scored.
    const counts = countBands(scores);
    console.log(`${FILE}, automap proposal: ${JSON.stringify(counts)}`);
    expect(counts).toEqual({ healthy: 0, watch: 0, atRisk: 0, insufficient: 7043 });
    expect(scores.accounts.every((account) => account.coverage === 0.25)).toBe(true);
  });

  test("reports no invalid cell", () => {
    expect(scores.issues.filter((issue) => issue.code !== "pillar-without-metric")).toEqual([]);
  });

  test("reads Churn as published", () => {
    expect(countOutcomes(outcomes)).toEqual({ churned: 1869, retained: 5174, excluded: 0, missing: 0 });
  });

  test("backtests the Outcomes pillar", () => {
    const report = backtestPortfolio(scores, outcomes);
    console.log(describeAucs(`${FILE}, automap proposal`, report));

    // No account has a composite, so the composite has no AUC and every labelled account is unscored.
    expect(report.composite).toBeNull();
    expect(report.counts).toEqual({ accounts: 7043, churned: 0, retained: 0, excluded: 0, missing: 0, unscored: 7043 });

    const outcomesAuc = report.pillars.Outcomes;
    expect(outcomesAuc?.churned).toBe(1869);
    expect(outcomesAuc?.retained).toBe(5174);
    expect(outcomesAuc?.auc).toBeGreaterThanOrEqual(0);
    expect(outcomesAuc?.auc).toBeLessThanOrEqual(1);
    expect(report.pillars.Engagement).toBeNull();
  });
});

describe("ibm-telco-churn.csv with TotalCharges mapped", () => {
  let table: Table;
  let scores: PortfolioScores;

  beforeAll(async () => {
    table = await readDataTable(FILE);
    const proposed = proposeModel(table, { asOf: AS_OF }).model;
    // Automap ignores TotalCharges as account size, so this model adds it to Outcomes by hand.
    const model: HealthModel = {
      ...proposed,
      metrics: [...proposed.metrics, { column: "TotalCharges", pillar: "Outcomes", method: { kind: "percentile" }, direction: "higher", weight: 1 }],
    };
    scores = scoreOrThrow(table, model);
  });

  function totalCharges(): { readonly scores: Float64Array; readonly values: Float64Array } {
    const metric = scores.metrics.find((scored) => scored.metric.column === "TotalCharges");
    if (metric === undefined) throw new Error("The model has no TotalCharges metric");
    return metric;
  }

  test("reads a blank charge as missing", () => {
    const { scores: metricScores, values } = totalCharges();
    for (const row of blankChargeRows(table)) {
      expect(values[row]).toBeNaN();
      expect(metricScores[row]).toBeNaN();
    }
  });

  test("ranks among the 7,032 billed", () => {
    // Were the blanks read as 0, they would be the 11 lowest values and the smallest real charge
    // would beat them: 11 / 7,042 × 100. Read as missing, the smallest real charge beats no one.
    const { scores: metricScores, values } = totalCharges();
    const billed = Array.from(values).filter((value) => !Number.isNaN(value));
    expect(billed).toHaveLength(7032);

    const smallest = Array.from(values).indexOf(Math.min(...billed));
    expect(metricScores[smallest]).toBe(0);
  });

  test("reports no invalid charge", () => {
    expect(scores.issues.filter((issue) => "column" in issue && issue.column === "TotalCharges")).toEqual([]);
  });
});

import { proposeModel, type MappingProposal } from "../../src/core/automap";
import { readOutcomeColumn, type Outcome } from "../../src/core/backtest";
import { AUTOMAP_REASONS } from "../../src/core/messages/automap";
import type { Metric } from "../../src/core/model";
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
 * The status table of IBM's extended Telco sample: one sheet, Telco_Churn, 7,043 customers ×
 * 11 columns. Satisfaction Score is a 1–5 survey answer, Customer Status the label (Stayed
 * 4,720, Churned 1,869, Joined 454 as published), and Churn Score IBM's own churn model, which
 * already encodes the label and must never feed the health score. CLTV is a lifetime value in
 * dollars, which automap ignores as account size, so the proposal maps only Satisfaction Score.
 */
const FILE = "ibm-telco-churn-status.xlsx";
const SHEET = "Telco_Churn";
const AS_OF = "2026-11-30";

/** The columns that hold the label or another model's prediction of it. */
const LABEL_COLUMNS = ["Customer Status", "Churn Label", "Churn Value", "Churn Score", "Churn Category", "Churn Reason"];

function metricOf(proposal: MappingProposal, column: string): Metric | undefined {
  return proposal.model.metrics.find((metric) => metric.column === column);
}

describe("ibm-telco-churn-status.xlsx", () => {
  let table: Table;
  let proposal: MappingProposal;
  let scores: PortfolioScores;
  let outcomes: readonly Outcome[];

  beforeAll(async () => {
    table = await readDataTable(FILE, SHEET);
    proposal = proposeModel(table, { asOf: AS_OF });
    const scored = scorePortfolio(table, proposal.model, { asOf: AS_OF });
    if (!scored.ok) throw new Error(`Scoring ${FILE} failed: ${JSON.stringify(scored.issues)}`);
    scores = scored.value;
    outcomes = readOutcomeColumn(columnCells(table, "Customer Status")).outcomes;
  });

  test("reads the Telco_Churn sheet", () => {
    expect(table.rows).toHaveLength(7043);
    expect(table.headers).toEqual([
      "Customer ID",
      "Count",
      "Quarter",
      "Satisfaction Score",
      "Customer Status",
      "Churn Label",
      "Churn Value",
      "Churn Score",
      "CLTV",
      "Churn Category",
      "Churn Reason",
    ]);
  });

  test("reads the float cells as numbers", () => {
    // The sheet stores integers as floats (1.0, 3.0), which must arrive as numbers, not text.
    expect(columnCells(table, "Satisfaction Score").every((cell) => typeof cell === "number")).toBe(true);
  });

  test("puts Satisfaction Score on 1 to 5", () => {
    expect(metricOf(proposal, "Satisfaction Score")).toMatchObject({
      pillar: "Satisfaction",
      direction: "higher",
      method: { kind: "scale", low: 1, high: 5 },
    });
  });

  test("never scores a label column", () => {
    expect(proposal.model.metrics.filter((metric) => LABEL_COLUMNS.includes(metric.column))).toEqual([]);
    expect(proposal.columns.find((role) => role.column === "Churn Score")?.role).toBe("ignored");
  });

  test("takes the outcome from Customer Status", () => {
    // Customer Status also has the state "Joined", so it keeps the 454 new customers out of a backtest,
    // where Churn Label would count them as retained.
    expect(proposal.model.outcomeColumn).toBe("Customer Status");
  });

  test("ignores CLTV as account size", () => {
    expect(proposal.columns.find((role) => role.column === "CLTV")).toMatchObject({ role: "ignored", reason: AUTOMAP_REASONS.accountSize });
  });

  test("leaves three pillars empty", () => {
    // Only Satisfaction Score measures the account, because Count and Quarter are constant.
    expect(emptyPillars(scores)).toEqual(["Engagement", "Adoption", "Outcomes"]);
  });

  test("gives every account a verdict", () => {
    expect(scores.size).toBe(7043);
    expect(accountsWithoutVerdict(scores)).toEqual([]);
  });

  test("finds every account insufficient", () => {
    // Satisfaction Score has a value in every row, so each account covers one pillar of 25:
    // coverage 0.25, below the default minimum of 0.5, and no account gets a composite.
    const counts = countBands(scores);
    console.log(`${FILE}, automap proposal: ${JSON.stringify(counts)}`);
    expect(counts).toEqual({ healthy: 0, watch: 0, atRisk: 0, insufficient: 7043 });
    expect(scores.accounts.every((account) => account.coverage === 0.25)).toBe(true);
  });

  test("reads Customer Status as published", () => {
    expect(countOutcomes(outcomes)).toEqual({ churned: 1869, retained: 4720, excluded: 454, missing: 0 });
    expect(readOutcomeColumn(columnCells(table, "Customer Status")).excludedLabels).toEqual(new Map([["Joined", 454]]));
  });

  test("backtests Satisfaction on Customer Status", () => {
    const report = backtestPortfolio(scores, outcomes);
    console.log(describeAucs(`${FILE}, automap proposal, Customer Status`, report));

    // No account has a composite, so the 6,589 labelled accounts are unscored; the 454 Joined are excluded first.
    expect(report.composite).toBeNull();
    expect(report.counts).toEqual({ accounts: 7043, churned: 0, retained: 0, excluded: 454, missing: 0, unscored: 6589 });
    expect(report.pillars.Satisfaction).toMatchObject({ churned: 1869, retained: 4720 });
    expect(report.pillars.Satisfaction?.auc).toBeGreaterThanOrEqual(0);
    expect(report.pillars.Satisfaction?.auc).toBeLessThanOrEqual(1);
  });

  test("Churn Label counts Joined as retained", () => {
    // Churn Label is No for the 454 Joined customers, so a backtest on it has 4,720 + 454 = 5,174
    // retained accounts where Customer Status leaves the new customers out.
    const report = backtestPortfolio(scores, readOutcomeColumn(columnCells(table, "Churn Label")).outcomes);
    console.log(describeAucs(`${FILE}, automap proposal, Churn Label`, report));
    expect(report.pillars.Satisfaction).toMatchObject({ churned: 1869, retained: 5174 });
  });
});

import { proposeModel, type MappingProposal } from "../../src/core/automap";
import { readOutcomeColumn, type Outcome } from "../../src/core/backtest";
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
 * Maven Analytics' telecom churn table as re-uploaded with squashed headers: a UTF-8 byte-order
 * mark, CRLF line endings, no newline after the last row, and trailing spaces on 24 of the 38
 * headers ("Customerid ", "Customerstatus "). Customerstatus is the label: Stayed 4,720,
 * Churned 1,869, Joined 454 as published.
 */
const FILE = "maven-telecom-churn.csv";
const AS_OF = "2026-11-30";

function metricOf(proposal: MappingProposal, column: string): Metric | undefined {
  return proposal.model.metrics.find((metric) => metric.column === column);
}

describe("maven-telecom-churn.csv", () => {
  let table: Table;
  let proposal: MappingProposal;
  let scores: PortfolioScores;
  let outcomes: readonly Outcome[];

  beforeAll(async () => {
    table = await readDataTable(FILE);
    proposal = proposeModel(table, { asOf: AS_OF });
    const scored = scorePortfolio(table, proposal.model, { asOf: AS_OF });
    if (!scored.ok) throw new Error(`Scoring ${FILE} failed: ${JSON.stringify(scored.issues)}`);
    scores = scored.value;
    outcomes = readOutcomeColumn(columnCells(table, "Customerstatus")).outcomes;
  });

  test("drops the byte-order mark", () => {
    expect(table.headers[0]).toBe("Customerid");
  });

  test("trims the header spaces", () => {
    expect(table.headers).toHaveLength(38);
    expect(table.headers.filter((header) => header !== header.trim())).toEqual([]);
    expect(table.headers).toContain("Customerstatus");
  });

  test("reads the unterminated last row", () => {
    // The file ends in "…,3707.6,Stayed,," with no line break after it.
    expect(table.rows).toHaveLength(7043);
    const last = table.rows[7042] ?? [];
    expect(last[0]).toBe("9995-HOTOH");
    expect(last).toHaveLength(38);
    expect(columnCells(table, "Customerstatus")[7042]).toBe("Stayed");
  });

  test("maps the squashed headers", () => {
    expect(metricOf(proposal, "Avgmonthlygbdownload")?.pillar).toBe("Adoption");
    expect(metricOf(proposal, "Totalrefunds")).toMatchObject({ pillar: "Satisfaction", direction: "lower" });
    expect(metricOf(proposal, "Numberofreferrals")?.pillar).toBe("Outcomes");
    expect(metricOf(proposal, "Contract")).toMatchObject({ pillar: "Outcomes", method: { kind: "category" } });
  });

  test("lists the proposed metrics", () => {
    // Tenure, revenue and the five charge columns describe the account, not its health, so they are ignored.
    expect(proposal.model.metrics.map((metric) => [metric.column, metric.pillar])).toEqual([
      ["Numberofreferrals", "Outcomes"],
      ["Avgmonthlygbdownload", "Adoption"],
      ["Contract", "Outcomes"],
      ["Totalrefunds", "Satisfaction"],
    ]);
  });

  test("keeps Customerstatus as the outcome", () => {
    expect(proposal.model.outcomeColumn).toBe("Customerstatus");
    expect(metricOf(proposal, "Customerstatus")).toBeUndefined();
    expect(proposal.model.metrics.filter((metric) => /^churn/i.test(metric.column))).toEqual([]);
  });

  test("leaves Engagement empty", () => {
    // No column measures contact with the vendor: downloads are product use, so Adoption.
    expect(emptyPillars(scores)).toEqual(["Engagement"]);
  });

  test("gives every account a verdict", () => {
    expect(scores.size).toBe(7043);
    expect(accountsWithoutVerdict(scores)).toEqual([]);
  });

  test("finds no account insufficient", () => {
    // Totalrefunds (Satisfaction) and the two Outcomes columns have no blank cell, so every
    // account has two pillars of 25: coverage 0.5, the minimum. Avgmonthlygbdownload is blank
    // for the 1,526 customers without internet, which leaves their Adoption missing.
    const counts = countBands(scores);
    console.log(`${FILE}, automap proposal: ${JSON.stringify(counts)}`);
    expect(counts.insufficient).toBe(0);
    expect(scores.accounts.filter((account) => account.pillars[2] === null)).toHaveLength(1526);
    expect(scores.accounts.filter((account) => account.coverage === 0.5)).toHaveLength(1526);
    expect(scores.issues.filter((issue) => issue.code !== "pillar-without-metric")).toEqual([]);
  });

  test("scores no refund at the top", () => {
    // 6,518 of 7,043 customers have Totalrefunds 0, the best value. By percentile they would only
    // beat the 525 with a refund (525 / 7,042 × 100 = 7.455), so automap scores the column min–max:
    // lower is better, so (max − 0) ÷ (max − 0) × 100 = 100 for no refund.
    const refunds = scores.metrics.find((scored) => scored.metric.column === "Totalrefunds");
    const zeros = Array.from(refunds?.values ?? []).flatMap((value, row) => (value === 0 ? [row] : []));
    expect(refunds?.metric.method).toEqual({ kind: "minmax" });
    expect(zeros).toHaveLength(6518);
    expect(refunds?.scores[zeros[0] ?? -1]).toBe(100);
  });

  test("reads Customerstatus as published", () => {
    expect(countOutcomes(outcomes)).toEqual({ churned: 1869, retained: 4720, excluded: 454, missing: 0 });
    expect(readOutcomeColumn(columnCells(table, "Customerstatus")).excludedLabels).toEqual(new Map([["Joined", 454]]));
  });

  test("backtests the composite", () => {
    const report = backtestPortfolio(scores, outcomes);
    console.log(describeAucs(`${FILE}, automap proposal`, report));

    expect(report.counts).toEqual({ accounts: 7043, churned: 1869, retained: 4720, excluded: 454, missing: 0, unscored: 0 });
    expect(report.composite?.auc).toBeGreaterThanOrEqual(0);
    expect(report.composite?.auc).toBeLessThanOrEqual(1);
  });
});

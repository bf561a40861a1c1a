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
} from "./data-files";
import { buildRavenstackTable } from "./ravenstack-table";

/*
 * RavenStack is a fictional B2B SaaS company whose data model spreads one account over five
 * files. The accounts file alone has no metric, so this suite joins per-account aggregates of
 * the support tickets, subscriptions and feature usage onto it, as a CS team would before
 * scoring. churn_flag is the label: 110 True, 390 False as published.
 */
const AS_OF = "2026-11-30";

function metricOf(proposal: MappingProposal, column: string): Metric | undefined {
  return proposal.model.metrics.find((metric) => metric.column === column);
}

function sumOf(table: Table, header: string): number {
  return columnCells(table, header).reduce<number>((sum, cell) => sum + (typeof cell === "number" ? cell : 0), 0);
}

describe("RavenStack accounts joined with activity", () => {
  let table: Table;
  let proposal: MappingProposal;
  let scores: PortfolioScores;
  let outcomes: readonly Outcome[];

  beforeAll(async () => {
    table = await buildRavenstackTable();
    proposal = proposeModel(table, { asOf: AS_OF });
    const scored = scorePortfolio(table, proposal.model, { asOf: AS_OF });
    if (!scored.ok) throw new Error(`Scoring the joined RavenStack table failed: ${JSON.stringify(scored.issues)}`);
    scores = scored.value;
    outcomes = readOutcomeColumn(columnCells(table, "churn_flag")).outcomes;
  });

  test("joins 500 accounts", () => {
    expect(table.rows).toHaveLength(500);
  });

  test("keeps every ticket and subscription", () => {
    // The tickets file has 2,000 rows, 95 of them escalated; the feature-usage file has 25,000
    // rows, every one under a subscription of some account.
    expect(sumOf(table, "tickets")).toBe(2000);
    expect(sumOf(table, "escalations")).toBe(95);
    expect(columnCells(table, "features_used").every((cell) => typeof cell === "number" && cell >= 1 && cell <= 40)).toBe(true);
  });

  test("leaves unscored tickets blank", () => {
    // 825 tickets have no satisfaction score. Counted per account, 34 accounts have no scored
    // ticket (8 of them have no ticket at all), so their mean is blank rather than 0.
    const blanks = columnCells(table, "avg_satisfaction_score").filter((cell) => cell === "");
    expect(blanks).toHaveLength(34);
    expect(columnCells(table, "tickets").filter((cell) => cell === 0)).toHaveLength(8);
  });

  test("maps every aggregate", () => {
    expect(proposal.model.accountColumn).toBe("account_name");
    expect(proposal.model.outcomeColumn).toBe("churn_flag");
    expect(metricOf(proposal, "usage_count")?.pillar).toBe("Adoption");
    expect(metricOf(proposal, "avg_satisfaction_score")).toMatchObject({ pillar: "Satisfaction", method: { kind: "scale", low: 1, high: 5 } });
    expect(metricOf(proposal, "escalations")).toMatchObject({ pillar: "Satisfaction", direction: "lower" });
    expect(metricOf(proposal, "tickets")).toMatchObject({ pillar: "Satisfaction", direction: "lower" });
    expect(metricOf(proposal, "active_seats")).toMatchObject({ pillar: "Adoption", method: { kind: "ratio", denominator: "seats" } });
    expect(metricOf(proposal, "features_used")?.pillar).toBe("Adoption");
    expect(metricOf(proposal, "upgrades")?.pillar).toBe("Outcomes");
    expect(metricOf(proposal, "churn_flag")).toBeUndefined();
  });

  test("ignores MRR as account size", () => {
    expect(proposal.columns.find((role) => role.column === "mrr_sum")).toMatchObject({ role: "ignored", reason: AUTOMAP_REASONS.accountSize });
  });

  test("leaves Engagement empty", () => {
    // usage_count is product use, so Adoption, and no column measures contact with the vendor.
    expect(emptyPillars(scores)).toEqual(["Engagement"]);
  });

  test("gives every account a verdict", () => {
    expect(scores.size).toBe(500);
    expect(accountsWithoutVerdict(scores)).toEqual([]);
  });

  test("finds no account insufficient", () => {
    // Every account has a ticket count, features used and an upgrade count, so Satisfaction,
    // Adoption and Outcomes have data (coverage 0.75) even where the mean satisfaction is blank.
    const counts = countBands(scores);
    console.log(`RavenStack joined table, automap proposal: ${JSON.stringify(counts)}`);
    expect(counts.insufficient).toBe(0);
    expect(scores.accounts.every((account) => account.coverage === 0.75)).toBe(true);
  });

  test("reads churn_flag as published", () => {
    expect(countOutcomes(outcomes)).toEqual({ churned: 110, retained: 390, excluded: 0, missing: 0 });
  });

  test("backtests the composite", () => {
    const report = backtestPortfolio(scores, outcomes);
    console.log(describeAucs("RavenStack joined table, automap proposal", report));

    expect(report.counts).toEqual({ accounts: 500, churned: 110, retained: 390, excluded: 0, missing: 0, unscored: 0 });
    expect(report.composite?.auc).toBeGreaterThanOrEqual(0);
    expect(report.composite?.auc).toBeLessThanOrEqual(1);
  });
});

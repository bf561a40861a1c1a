import { InvalidArgumentError } from "../../../src/core/backtest/argument-error";
import { backtest, type BacktestInput } from "../../../src/core/backtest/backtest";
import type { Outcome } from "../../../src/core/backtest/outcome";
import type { BandKey } from "../../../src/core/band";
import type { PillarScores } from "../../../src/core/vector";

/**
 * Thirteen accounts. Pillars: Engagement is 50 everywhere (no signal), Satisfaction equals the
 * composite, Adoption has no data, Outcomes is 100 − composite (inverted). Account 10 churned
 * without a composite but has Engagement and Outcomes scores.
 */
const ROWS: readonly [composite: number | null, band: BandKey | null, outcome: Outcome, outcomesPillar: number | null][] = [
  [85, "healthy", "retained", 15],
  [78, "healthy", "churned", 22],
  [72, "healthy", "retained", 28],
  [90, "healthy", "retained", 10],
  [55, "watch", "churned", 45],
  [60, "watch", "retained", 40],
  [45, "watch", "retained", 55],
  [30, "atRisk", "churned", 70],
  [20, "atRisk", "churned", 80],
  [35, "atRisk", "retained", 65],
  [null, null, "churned", 95],
  [50, "watch", "excluded", 50],
  [65, "watch", "missing", 35],
];

function portfolio(): BacktestInput {
  return {
    composites: ROWS.map(([composite]) => composite),
    bands: ROWS.map(([, band]) => band),
    outcomes: ROWS.map(([, , outcome]) => outcome),
    pillars: ROWS.map(([composite, , , outcomes]): PillarScores => [50, composite, null, outcomes]),
  };
}

describe("backtest", () => {
  const report = backtest(portfolio());

  test("counts partition the accounts", () => {
    // Churned with a composite: 1, 4, 7, 8. Retained: 0, 2, 3, 5, 6, 9. Account 10 is unscored,
    // 11 excluded, 12 missing: 4 + 6 + 1 + 1 + 1 = 13.
    expect(report.counts).toEqual({ accounts: 13, churned: 4, retained: 6, excluded: 1, missing: 1, unscored: 1 });
  });

  test("composite AUC by hand", () => {
    // Retained composites above each churned one: 78 → 85, 90 (2); 55 → 85, 72, 90, 60 (4);
    // 30 → all 6; 20 → all 6. AUC = 18 ÷ (4 · 6) = 0.75.
    expect(report.composite?.auc).toBe(0.75);
    expect(report.composite?.churned).toBe(4);
    expect(report.composite?.retained).toBe(6);
  });

  test("pillar AUCs use the accounts with that pillar", () => {
    // Engagement: 50 everywhere, 5 churned (account 10 included) × 6 retained, all ties: 0.5.
    expect(report.pillars.Engagement?.auc).toBe(0.5);
    expect(report.pillars.Engagement?.churned).toBe(5);
    // Satisfaction equals the composite and is null for account 10: the same 0.75.
    expect(report.pillars.Satisfaction?.auc).toBe(0.75);
    expect(report.pillars.Adoption).toBeNull();
    // Outcomes compares churned 22, 45, 70, 80, 95 with retained 15, 28, 10, 40, 55, 65.
    // Four retained scores lie above 22 (28, 40, 55, 65) and two above 45 (55, 65).
    // None lies above 70, 80 or 95, so AUC = 6 ÷ (5 · 6) = 0.2.
    expect(report.pillars.Outcomes?.auc).toBeCloseTo(0.2, 12);
  });

  test("churn per band by hand", () => {
    // Healthy 0–3: 1 churned of 4. Watch 4–6: 1 of 3 (11 and 12 have no outcome). At risk 7–9: 2 of 3.
    expect(report.bands.healthy).toEqual({ accounts: 4, churned: 1, churnRate: 0.25 });
    expect(report.bands.watch).toEqual({ accounts: 3, churned: 1, churnRate: 1 / 3 });
    expect(report.bands.atRisk).toEqual({ accounts: 3, churned: 2, churnRate: 2 / 3 });
  });

  test("lift by hand", () => {
    // (2/3) ÷ (1/4) = 8/3.
    expect(report.lift.ratio).toBeCloseTo(8 / 3, 12);
    expect(report.lift.unavailable).toBeNull();
  });

  test("lists Healthy accounts that churned", () => {
    expect(report.healthyChurned).toEqual([1]);
  });

  test("warns below 20 churned accounts", () => {
    expect(report.warnings).toEqual([{ code: "few-churned", churned: 4, minimum: 20 }]);
  });

  test("reordering accounts changes no statistic", () => {
    const input = portfolio();
    const order = [12, 3, 7, 0, 10, 5, 1, 9, 11, 2, 8, 6, 4];
    const reordered = backtest({
      composites: order.map((index) => input.composites[index] ?? null),
      bands: order.map((index) => input.bands[index] ?? null),
      outcomes: order.map((index) => input.outcomes[index] ?? "missing"),
      pillars: order.map((index) => input.pillars[index] ?? [null, null, null, null]),
    });

    expect(reordered.composite).toEqual(report.composite);
    expect(reordered.pillars).toEqual(report.pillars);
    expect(reordered.bands).toEqual(report.bands);
    expect(reordered.counts).toEqual(report.counts);
    expect(reordered.healthyChurned).toEqual([order.indexOf(1)]);
  });

  test("no churned accounts gives null AUC and a warning", () => {
    const input = portfolio();
    const allRetained = backtest({ ...input, outcomes: input.outcomes.map((outcome) => (outcome === "churned" ? "retained" : outcome)) });

    expect(allRetained.composite).toBeNull();
    expect(allRetained.lift).toEqual({ ratio: null, unavailable: "no-healthy-churn" });
    expect(allRetained.warnings).toEqual([{ code: "no-churned", accounts: 10 }]);
  });

  test("no retained accounts gives a warning", () => {
    const input = portfolio();
    const allChurned = backtest({ ...input, outcomes: input.outcomes.map((outcome) => (outcome === "retained" ? "churned" : outcome)) });

    expect(allChurned.composite).toBeNull();
    expect(allChurned.warnings).toContainEqual({ code: "no-retained", accounts: 10 });
  });

  test("mismatched lengths throw", () => {
    const input = portfolio();
    expect(() => backtest({ ...input, outcomes: input.outcomes.slice(1) })).toThrow(InvalidArgumentError);
  });

  test("band without a composite throws", () => {
    const input = portfolio();
    const bands = [...input.bands];
    bands[10] = "atRisk";
    expect(() => backtest({ ...input, bands })).toThrow(/bands\[10\]/);
  });
});

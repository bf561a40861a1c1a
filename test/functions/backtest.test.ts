import fc from "fast-check";
import { cellError, errorOf } from "./custom-functions-stand-in";
import { BACKTEST_TABLE_SIZE, HEALTH_FUNCTIONS } from "../../src/functions";
import { estimateChurnAuc, readOutcome } from "../../src/core/backtest";
import type { CellValue } from "../../src/core/table";

const backtest = (...args: unknown[]): unknown => HEALTH_FUNCTIONS["BACKTEST"]!(...args);

/** Reads the value of a labelled row of a spilled table. */
function valueOf(table: unknown, label: string): unknown {
  if (!Array.isArray(table)) throw new Error(`BACKTEST returned ${JSON.stringify(errorOf(table) ?? table)}`);
  const row = (table as unknown[][]).find((cells) => cells[0] === label);
  if (row === undefined) throw new Error(`The table has no row ${label}`);
  return row[1];
}

/**
 * Ten accounts below a header row, as Excel passes two columns: numbers as text, an error cell,
 * a blank score, and outcomes written as 1/0, Yes/No, TRUE, status words and "Joined".
 *
 * Scored accounts with an outcome: churned 20, 50, 60, 75 and retained 35, 60, 80.
 * AUC by hand: 20 is below all 3 retained, 50 below 60 and 80, 60 below 80 and tied with 60
 * (half a pair), 75 below 80: (3 + 2 + 1.5 + 1) ÷ (4 × 3) = 7.5 ÷ 12 = 0.625.
 * Bands at 70 / 40: Healthy 80 (retained), 75 (churned); Watch 50, 60 (churned), 60 (retained);
 * At risk 20 (churned), 35 (retained).
 */
const SCORES = [["Health score"], [20], ["35"], [50], [" 60 "], [60], [80], [cellError("#N/A")], [""], [90], [75]];
const OUTCOMES = [["Churned?"], [1], ["No"], ["Yes"], [0], [true], ["Stayed"], ["Churned"], ["Joined"], [cellError("#N/A")], ["Churned"]];

describe("HEALTH.BACKTEST", () => {
  test("counts the accounts", () => {
    const table = backtest(SCORES, OUTCOMES);
    // Ten rows below the header: 4 churned and 3 retained with a score, "Joined" excluded,
    // the #N/A outcome missing, and the churned account with the #N/A score unscored.
    expect(valueOf(table, "Accounts")).toBe(10);
    expect(valueOf(table, "Churned")).toBe(4);
    expect(valueOf(table, "Retained")).toBe(3);
    expect(valueOf(table, "Excluded (other outcome)")).toBe(1);
    expect(valueOf(table, "Excluded values")).toBe('"Joined" (1)');
    expect(valueOf(table, "No outcome")).toBe(1);
    expect(valueOf(table, "No health score")).toBe(1);
  });

  test("computes the AUC by hand", () => {
    expect(valueOf(backtest(SCORES, OUTCOMES), "AUC (health score)")).toBe(0.625);
  });

  test("computes churn per band and lift", () => {
    const table = backtest(SCORES, OUTCOMES);
    expect(valueOf(table, "Healthy accounts")).toBe(2);
    expect(valueOf(table, "Healthy churned")).toBe(1);
    expect(valueOf(table, "Healthy churn rate")).toBe(0.5);
    expect(valueOf(table, "Watch accounts")).toBe(3);
    expect(valueOf(table, "Watch churned")).toBe(2);
    expect(valueOf(table, "Watch churn rate")).toBeCloseTo(2 / 3, 12);
    expect(valueOf(table, "At risk churn rate")).toBe(0.5);
    // At-risk churn rate 1 of 2 over Healthy churn rate 1 of 2.
    expect(valueOf(table, "Lift (At risk ÷ Healthy churn rate)")).toBe(1);
  });

  test("names the Healthy accounts that churned", () => {
    // The 75 that churned is cell 11 of health_scores, counting the header row.
    expect(valueOf(backtest(SCORES, OUTCOMES), "Cells of Healthy accounts that churned")).toBe("cell 11 of health_scores");
  });

  test("warns below 20 churned accounts", () => {
    expect(valueOf(backtest(SCORES, OUTCOMES), "Warnings")).toBe(
      "Only 4 churned accounts have a score. With fewer than 20, AUC and churn rates are too noisy to act on, so add more outcome history before relying on them.",
    );
  });

  test("spills a fixed size without null", () => {
    const table = backtest(SCORES, OUTCOMES) as unknown[][];
    expect([table[0]?.length, table.length]).toEqual([BACKTEST_TABLE_SIZE.columns, BACKTEST_TABLE_SIZE.rows]);
    expect(table.flat().filter((cell) => cell === null || cell === undefined)).toEqual([]);
  });

  test("computes each pillar's AUC", () => {
    // Engagement ranks every churned account (10, 30, 50, 40, 20) below every retained one
    // (90, 70, 80): AUC 1. Satisfaction is blank: no AUC. Adoption is 50 for all: every pair
    // tied, AUC 0.5. Outcomes is 100 − Engagement, so the order reverses: AUC 0.
    const engagement: (number | null)[] = [10, 90, 30, 70, 50, 80, 40, null, 60, 20];
    const pillars = [["E", "S", "A", "O"], ...engagement.map((score) => [score, "", 50, score === null ? "" : 100 - score])];
    const table = backtest(SCORES, OUTCOMES, pillars);
    expect(valueOf(table, "AUC (Engagement)")).toBe(1);
    expect(valueOf(table, "AUC (Satisfaction)")).toBe("");
    expect(valueOf(table, "AUC (Adoption)")).toBe(0.5);
    expect(valueOf(table, "AUC (Outcomes)")).toBe(0);
  });

  test("leaves pillar AUCs blank without pillar scores", () => {
    expect(valueOf(backtest(SCORES, OUTCOMES), "AUC (Engagement)")).toBe("");
  });

  test("uses the thresholds and labels", () => {
    // At 60 / 30: Green 60, 60, 75, 80 (2 churned of 4); Amber 50, 35; Red 20.
    const table = backtest(SCORES, OUTCOMES, null, [[60], [30]], [["Green", "Amber", "Red"]]);
    expect(valueOf(table, "Green accounts")).toBe(4);
    expect(valueOf(table, "Green churned")).toBe(2);
    expect(valueOf(table, "Amber accounts")).toBe(2);
    expect(valueOf(table, "Red accounts")).toBe(1);
    // Red churn rate 1 of 1 over Green 2 of 4.
    expect(valueOf(table, "Lift (Red ÷ Green churn rate)")).toBe(2);
  });

  test("says why lift is unavailable", () => {
    // Healthy 80 was retained and nothing Healthy churned.
    const table = backtest([[80], [20], [30]], [[0], [1], [0]]);
    expect(valueOf(table, "Lift (At risk ÷ Healthy churn rate)")).toBe(
      "Lift is not available because no Healthy account churned, so the Healthy churn rate is 0.",
    );
  });

  test("reads a renewal column from its header", () => {
    // Under "Renewed", yes means retained: 10 churned and 90 renewed, so the score ranks them right.
    expect(valueOf(backtest([["Score"], [10], [90]], [["Renewed"], ["No"], ["Yes"]]), "AUC (health score)")).toBe(1);
    // Without a header, yes means churned: the same cells rank them wrong.
    expect(valueOf(backtest([[10], [90]], [["No"], ["Yes"]]), "AUC (health score)")).toBe(0);
  });

  test("warns when no account churned", () => {
    const table = backtest([[80], [20]], [[0], ["Stayed"]]);
    expect(valueOf(table, "AUC (health score)")).toBe("");
    expect(valueOf(table, "Warnings")).toBe(
      "None of the 2 scored accounts with an outcome churned, so AUC and lift cannot be computed. Check the outcome column and whether a yes in it means churn or renewal.",
    );
  });

  test("trims whole columns", () => {
    const column = (cells: unknown[][]): unknown[][] => Array.from({ length: 1_048_576 }, (_, row) => cells[row] ?? [null]);
    const started = Date.now();
    expect(backtest(column(SCORES), column(OUTCOMES))).toEqual(backtest(SCORES, OUTCOMES));
    // A generous bound: trimming is one pass from the bottom over the blank rows.
    expect(Date.now() - started).toBeLessThan(2000);
  });

  test("gives the same table for reordered rows", () => {
    // Reordering changes only which cell the Healthy churned account is in.
    const order = [1, 10, 3, 9, 5, 2, 7, 8, 4, 6];
    const forward = backtest(SCORES, OUTCOMES) as unknown[][];
    const reordered = backtest([SCORES[0], ...order.map((row) => SCORES[row])], [OUTCOMES[0], ...order.map((row) => OUTCOMES[row])]) as unknown[][];
    const withoutCells = (table: unknown[][]) => table.filter(([label]) => label !== "Cells of Healthy accounts that churned");
    expect(withoutCells(reordered)).toEqual(withoutCells(forward));
  });

  test("rejects columns of different lengths", () => {
    expect(errorOf(backtest([[50], [60], [70], [80]], [[1], [0], [1]]))).toEqual({
      code: "#VALUE!",
      message: "outcomes has 3 cells but health_scores has 4 cells; give one per account, in the same order.",
    });
  });

  test("rejects pillar scores for other rows", () => {
    expect(errorOf(backtest([[50], [60]], [[1], [0]], [[1, 2, 3, 4]]))).toEqual({
      code: "#VALUE!",
      message: "pillar_scores has 1 row but health_scores has 2 cells; give one per account, in the same order.",
    });
  });

  test("rejects pillar scores that are not 4 columns", () => {
    expect(errorOf(backtest([[50], [60]], [[1], [0]], [[1, 2, 3], [4, 5, 6]]))).toEqual({
      code: "#VALUE!",
      message: "pillar_scores must be 4 columns (Engagement, Satisfaction, Adoption, Outcomes) with one row per account; received 2 rows × 3 columns.",
    });
  });

  test("rejects text in the scores", () => {
    expect(errorOf(backtest([["Health score"], [50], ["high"]], [["Churn"], [1], [0]]))).toEqual({
      code: "#VALUE!",
      message: 'health_scores (cell 3) is "high", not a number. Expected a score from 0 to 100, or a blank cell for no data.',
    });
  });

  test("rejects a block of scores", () => {
    expect(errorOf(backtest([[50, 60], [70, 80]], [[1], [0]]))?.code).toBe("#VALUE!");
  });

  test("has no value without accounts", () => {
    expect(errorOf(backtest([[null], [""]], [[""], [null]]))).toEqual({
      code: "#N/A",
      message: "health_scores and outcomes have no account rows with data.",
    });
  });

  test("agrees with the core's AUC", () => {
    const score = fc.oneof(fc.integer({ min: 0, max: 100 }), fc.constantFrom(null, ""));
    const outcome = fc.constantFrom<CellValue>(1, 0, "Yes", "No", "Churned", "Stayed", "Joined", "", null);
    fc.assert(
      fc.property(fc.array(fc.tuple(score, outcome), { minLength: 1, maxLength: 60 }), (accounts) => {
        fc.pre(accounts.some(([cell, result]) => cell !== null && cell !== "" || (result !== null && result !== "")));
        const scores = accounts.map(([cell]) => (typeof cell === "number" ? cell : null));
        const outcomes = accounts.map(([, result]) => readOutcome(result));
        const expected = estimateChurnAuc(scores, outcomes)?.auc ?? "";

        const table = backtest(accounts.map(([cell]) => [cell]), accounts.map(([, result]) => [result]));
        expect(valueOf(table, "AUC (health score)")).toBe(expected);
      }),
      { seed: 20_241_204, numRuns: 300 },
    );
  });
});

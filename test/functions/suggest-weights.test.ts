import { cellError, errorOf } from "./custom-functions-stand-in";
import { HEALTH_FUNCTIONS, SUGGESTION_TABLE_SIZE } from "../../src/functions";
import { readOutcome, suggestWeights } from "../../src/core/backtest";
import { formatBacktestWarning, formatValidation } from "../../src/core/messages/backtest";
import type { PillarScores } from "../../src/core/vector";

const suggest = (...args: unknown[]): unknown => HEALTH_FUNCTIONS["SUGGESTWEIGHTS"]!(...args);

/**
 * Ten churned and ten retained accounts. Engagement alone separates them: churned 40–49,
 * retained 50–59. The other pillars point the wrong way: 100 for churned, 0 for retained.
 * Any weight w > 0 off Engagement lifts the churned 49 above the retained 50, because
 * (1 − w) · 49 + 100 · w > (1 − w) · 50 whenever w > 1/101, so all weight on Engagement is the
 * only set with AUC 1. Equal weights put every churned composite (85 or more) above every
 * retained one (15 or less): AUC 0.
 */
const CHURNED = Array.from({ length: 10 }, (_, index) => [40 + index, 100, 100, 100]);
const RETAINED = Array.from({ length: 10 }, (_, index) => [50 + index, 0, 0, 0]);

/** The accounts as Excel passes them: a header row, a number as text, and a "Joined" account with an error cell. */
const PILLARS: unknown[][] = [
  ["Engagement", "Satisfaction", "Adoption", "Outcomes"],
  ...CHURNED.map((row, index) => (index === 0 ? [String(row[0]), ...row.slice(1)] : row)),
  ...RETAINED,
  [70, cellError("#N/A"), "", 20],
];
const OUTCOMES: unknown[][] = [["Churned"], ...CHURNED.map(() => ["Yes"]), ...RETAINED.map(() => ["No"]), ["Joined"]];

/** The core's suggestion for the same accounts, read without the header and with the text and error cells as the function reads them. */
function coreSuggestion() {
  const pillars: PillarScores[] = [...CHURNED, ...RETAINED].map(([e = 0, s = 0, a = 0, o = 0]) => [e, s, a, o]);
  pillars.push([70, null, null, 20]);
  const outcomes = [...CHURNED.map(() => readOutcome("Yes")), ...RETAINED.map(() => readOutcome("No")), readOutcome("Joined")];
  return suggestWeights({ pillars, outcomes, currentWeights: [1, 1, 1, 1], minCoverage: 0.5 });
}

describe("HEALTH.SUGGESTWEIGHTS", () => {
  test("suggests all weight on the separating pillar", () => {
    const table = suggest(PILLARS, OUTCOMES) as unknown[][];
    expect(table.slice(0, 5)).toEqual([
      ["", "Suggested", "Current"],
      ["Engagement", 100, 25],
      ["Satisfaction", 0, 25],
      ["Adoption", 0, 25],
      ["Outcomes", 0, 25],
    ]);
  });

  test("reports the in-sample AUCs", () => {
    expect((suggest(PILLARS, OUTCOMES) as unknown[][])[5]).toEqual(["AUC in sample", 1, 0]);
  });

  test("reports the core's validation", () => {
    const core = coreSuggestion();
    const table = suggest(PILLARS, OUTCOMES) as unknown[][];
    expect(table[6]).toEqual(["AUC out of sample", core.outOfSample.suggested, core.outOfSample.current]);
    expect(table[7]).toEqual(["Validation", formatValidation({ method: "stratified-k-fold", folds: 5, seed: 1 }), ""]);
    expect(table[8]).toEqual(["Warnings", core.warnings.map(formatBacktestWarning).join(" "), ""]);
  });

  test("warns below 20 churned accounts", () => {
    const warnings = String((suggest(PILLARS, OUTCOMES) as unknown[][])[8]?.[1]);
    expect(warnings).toContain("Only 10 churned accounts have a score.");
  });

  test("scales the current weights to 100", () => {
    // 2, 1, 1, 0 are 50, 25, 25 and 0 points.
    const table = suggest(PILLARS, OUTCOMES, [[2, 1, 1, 0]]) as unknown[][];
    expect(table.slice(1, 5).map((row) => row[2])).toEqual([50, 25, 25, 0]);
  });

  test("spills a fixed size without null", () => {
    const table = suggest(PILLARS, OUTCOMES) as unknown[][];
    expect([table[0]?.length, table.length]).toEqual([SUGGESTION_TABLE_SIZE.columns, SUGGESTION_TABLE_SIZE.rows]);
    expect(table.flat().filter((cell) => cell === null || cell === undefined)).toEqual([]);
  });

  test("leaves the suggestion blank without churn", () => {
    const table = suggest(RETAINED, RETAINED.map(() => [0])) as unknown[][];
    expect(table.slice(1, 5).map((row) => row[1])).toEqual(["", "", "", ""]);
    expect(String(table[8]?.[1])).toContain("None of the 10 scored accounts with an outcome churned");
  });

  test("trims whole columns", () => {
    const column = (cells: unknown[][], width: number): unknown[][] =>
      Array.from({ length: 1_048_576 }, (_, row) => cells[row] ?? new Array<null>(width).fill(null));
    expect(suggest(column(PILLARS, 4), column(OUTCOMES, 1))).toEqual(suggest(PILLARS, OUTCOMES));
  });

  test("rejects outcomes for other rows", () => {
    expect(errorOf(suggest(PILLARS, OUTCOMES.slice(1)))).toEqual({
      code: "#VALUE!",
      message: "outcomes has 21 cells but pillar_scores has 22 rows; give one per account, in the same order.",
    });
  });

  test("rejects a minimum coverage above 1", () => {
    expect(errorOf(suggest(PILLARS, OUTCOMES, null, 50))).toEqual({
      code: "#VALUE!",
      message: "min_coverage: 50 is not valid. Expected a share from 0 to 1, e.g. 0.5.",
    });
  });

  test("rejects a score above 100", () => {
    expect(errorOf(suggest([[50, 60, 70, 120]], [[1]]))).toEqual({
      code: "#VALUE!",
      message: "pillar_scores (row 1, Outcomes) is 120, which is outside 0 to 100.",
    });
  });
});

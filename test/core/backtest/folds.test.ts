import { InvalidArgumentError } from "../../../src/core/backtest/argument-error";
import { assignStratifiedFolds, NO_FOLD } from "../../../src/core/backtest/folds";
import type { Outcome } from "../../../src/core/backtest/outcome";

/** 24 churned and 76 retained, interleaved, then 5 excluded and 3 missing. */
const OUTCOMES: Outcome[] = Array.from({ length: 108 }, (_, index): Outcome => {
  if (index >= 105) return "missing";
  if (index >= 100) return "excluded";
  return index % 13 < 3 ? "churned" : "retained";
});

function countIn(assignment: Int32Array, fold: number, outcome: Outcome): number {
  return OUTCOMES.filter((value, index) => value === outcome && assignment[index] === fold).length;
}

describe("assignStratifiedFolds", () => {
  test("same input and seed, same folds", () => {
    expect(assignStratifiedFolds(OUTCOMES, 5, 1)).toEqual(assignStratifiedFolds(OUTCOMES, 5, 1));
  });

  test("a different seed moves accounts", () => {
    expect(assignStratifiedFolds(OUTCOMES, 5, 2)).not.toEqual(assignStratifiedFolds(OUTCOMES, 5, 1));
  });

  test("each fold gets its share of each class", () => {
    const churned = OUTCOMES.filter((outcome) => outcome === "churned").length;
    expect(churned).toBe(24);
    // Dealing 24 churned and 76 retained in turn gives 4 or 5 churned and 15 or 16 retained per fold.
    const assignment = assignStratifiedFolds(OUTCOMES, 5, 1);
    for (let fold = 0; fold < 5; fold++) {
      expect([4, 5]).toContain(countIn(assignment, fold, "churned"));
      expect([15, 16]).toContain(countIn(assignment, fold, "retained"));
    }
  });

  test("excluded and missing outcomes get no fold", () => {
    const assignment = assignStratifiedFolds(OUTCOMES, 5, 1);
    expect([...assignment.slice(100)]).toEqual(new Array(8).fill(NO_FOLD));
  });

  test("fold count out of range throws", () => {
    expect(() => assignStratifiedFolds(OUTCOMES, 1, 1)).toThrow(InvalidArgumentError);
    expect(() => assignStratifiedFolds(OUTCOMES, 2.5, 1)).toThrow(/folds/);
    expect(() => assignStratifiedFolds(OUTCOMES, 21, 1)).toThrow(/from 2 to 20/);
  });
});

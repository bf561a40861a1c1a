import { guessOutcomePolarity, readOutcome, readOutcomeColumn, type Outcome } from "../../../src/core/backtest/outcome";
import type { CellValue } from "../../../src/core/table";

describe("readOutcome", () => {
  const churnColumn: readonly [CellValue, Outcome][] = [
    [1, "churned"],
    [0, "retained"],
    ["1", "churned"],
    ["0", "retained"],
    ["1.0", "churned"],
    [1.0, "churned"],
    ["Yes", "churned"],
    ["No", "retained"],
    [" yes ", "churned"],
    ["Y", "churned"],
    ["TRUE", "churned"],
    ["FALSE", "retained"],
    ["True", "churned"],
    ["False", "retained"],
    [true, "churned"],
    [false, "retained"],
    ["Churned", "churned"],
    ["Cancelled", "churned"],
    ["Canceled", "churned"],
    ["Lost", "churned"],
    ["Stayed", "retained"],
    ["Renewed", "retained"],
    ["Retained", "retained"],
    ["Active", "retained"],
    ["Won", "retained"],
    ["Joined", "excluded"],
    ["Chruned", "excluded"],
    [2, "excluded"],
    [0.5, "excluded"],
    [new Date(Date.UTC(2024, 0, 1)), "excluded"],
    ["", "missing"],
    ["  ", "missing"],
    [null, "missing"],
    [undefined, "missing"],
    ["N/A", "missing"],
    ["#N/A", "missing"],
    [{ error: "#N/A" }, "missing"],
  ];

  test.each(churnColumn)("reads %p in a churn column as %p", (cell, expected) => {
    expect(readOutcome(cell)).toBe(expected);
    expect(readOutcome(cell, { positive: "churn" })).toBe(expected);
  });

  const renewalColumn: readonly [CellValue, Outcome][] = [
    [1, "retained"],
    [0, "churned"],
    ["Yes", "retained"],
    ["No", "churned"],
    [true, "retained"],
    [false, "churned"],
    ["TRUE", "retained"],
    ["Renewed", "retained"],
    ["Churned", "churned"],
    ["Stayed", "retained"],
    ["Lost", "churned"],
    ["Joined", "excluded"],
    ["", "missing"],
  ];

  test.each(renewalColumn)("reads %p in a renewal column as %p", (cell, expected) => {
    expect(readOutcome(cell, { positive: "renewal" })).toBe(expected);
  });
});

describe("guessOutcomePolarity", () => {
  test.each([
    ["Renewed", "renewal"],
    ["Renewed?", "renewal"],
    ["Will renew", "renewal"],
    ["renewal_flag", "renewal"],
    ["auto_renew_flag", "renewal"],
    ["Unrenewed", "churn"],
    ["Retained", "renewal"],
    ["is_retained", "renewal"],
    ["Churn", "churn"],
    ["Churn Label", "churn"],
    ["Churn Value", "churn"],
    ["Customer Status", "churn"],
    ["churn_flag", "churn"],
  ] as const)("guesses %p as %p", (header, expected) => {
    expect(guessOutcomePolarity(header)).toBe(expected);
  });
});

describe("readOutcomeColumn", () => {
  test("tallies excluded labels in order of first appearance", () => {
    const column = readOutcomeColumn(["Stayed", "Joined", "Churned", " Joined ", "Pending", "", 2]);

    expect(column.outcomes).toEqual(["retained", "excluded", "churned", "excluded", "excluded", "missing", "excluded"]);
    expect([...column.excludedLabels]).toEqual([
      ["Joined", 2],
      ["Pending", 1],
      ["2", 1],
    ]);
  });

  test("applies the polarity to every cell", () => {
    expect(readOutcomeColumn(["Yes", "No"], { positive: "renewal" }).outcomes).toEqual(["retained", "churned"]);
  });
});

import { contractLengthCategory, expansionCategory, ragCategory, yesNoCategory } from "../../../src/core/automap/category-labels";

describe("yesNoCategory", () => {
  it("scores yes 100 and no 0", () => {
    expect(yesNoCategory(["yes", "no"], true)).toEqual({ kind: "category", scores: { yes: 100, no: 0 } });
  });

  it("swaps scores when yes is worse", () => {
    expect(yesNoCategory(["true", "false"], false)).toEqual({ kind: "category", scores: { true: 0, false: 100 } });
  });

  it("scores a no-service state like no", () => {
    const method = yesNoCategory(["no", "yes", "no internet service"], true);

    expect(method?.scores["no internet service"]).toBe(0);
  });

  it("rejects other labels", () => {
    expect(yesNoCategory(["yes", "maybe"], true)).toBeNull();
  });

  it("rejects a column of no-service states only", () => {
    expect(yesNoCategory(["no internet service"], true)).toBeNull();
  });
});

describe("expansionCategory", () => {
  it("scores yes 100 and no 50", () => {
    expect(expansionCategory(["yes", "no"])).toEqual({ kind: "category", scores: { yes: 100, no: 50 } });
  });

  it("rejects other labels", () => {
    expect(expansionCategory(["yes", "pending"])).toBeNull();
  });
});

describe("contractLengthCategory", () => {
  it("scores month-to-month, one and two years", () => {
    const method = contractLengthCategory(["month-to-month", "one year", "two year"]);

    expect(method).toEqual({ kind: "category", scores: { "month-to-month": 0, "one year": 50, "two year": 100 } });
  });

  it("rejects unknown contract labels", () => {
    expect(contractLengthCategory(["month-to-month", "enterprise agreement"])).toBeNull();
  });

  it("rejects inherited property names", () => {
    expect(contractLengthCategory(["constructor"])).toBeNull();
  });
});

describe("ragCategory", () => {
  it("scores red, amber, yellow and green", () => {
    const method = ragCategory(["red", "amber", "yellow", "green"]);

    expect(method).toEqual({ kind: "category", scores: { red: 0, amber: 50, yellow: 50, green: 100 } });
  });

  it("needs two colours", () => {
    expect(ragCategory(["green"])).toBeNull();
  });
});

import { estimateChurnAuc } from "../../../src/core/backtest/auc-estimate";

describe("estimateChurnAuc", () => {
  test("skips null scores and accounts without a class", () => {
    // Kept: churned 10, 40 and retained 30, 50 (the null, "excluded" and "missing" rows drop out).
    // AUC = 3 ordered pairs ÷ 4 = 0.75; Hanley–McNeil with 2 and 2:
    // SE² = (0.1875 + 0.0375 + 0.080357) ÷ 4 = 0.076339, SE = 0.276296.
    const estimate = estimateChurnAuc(
      [10, 40, null, 30, 50, 5, 99],
      ["churned", "churned", "churned", "retained", "retained", "excluded", "missing"],
    );
    expect(estimate?.auc).toBe(0.75);
    expect(estimate?.standardError).toBeCloseTo(0.276296, 6);
    expect(estimate?.churned).toBe(2);
    expect(estimate?.retained).toBe(2);
  });

  test("one empty class gives null", () => {
    expect(estimateChurnAuc([10, 20], ["retained", "retained"])).toBeNull();
  });
});

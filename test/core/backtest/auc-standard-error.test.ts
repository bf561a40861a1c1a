import { InvalidArgumentError } from "../../../src/core/backtest/argument-error";
import { aucStandardError } from "../../../src/core/backtest/auc-standard-error";

describe("aucStandardError", () => {
  test("hand-computed Hanley–McNeil value", () => {
    // A = 0.75, 4 churned, 4 retained:
    // Q1 = 0.75 ÷ 1.25 = 0.6, Q2 = 2 · 0.5625 ÷ 1.75 = 0.642857, A² = 0.5625
    // SE² = (0.1875 + 3 · 0.0375 + 3 · 0.080357) ÷ 16 = 0.541071 ÷ 16 = 0.033817, SE = 0.183894.
    expect(aucStandardError(0.75, 4, 4)).toBeCloseTo(0.183894, 6);
  });

  test("chance AUC on larger classes", () => {
    // A = 0.5: Q1 = 1/3, Q2 = 1/3, A² = 0.25, so Q − A² = 1/12 for both.
    // SE² = (0.25 + 99/12 + 399/12) ÷ (100 · 400) = 41.75 ÷ 40000, SE = 0.032307.
    expect(aucStandardError(0.5, 100, 400)).toBeCloseTo(0.032307, 6);
  });

  test("shrinks as the classes grow", () => {
    expect(aucStandardError(0.7, 200, 800)).toBeLessThan(aucStandardError(0.7, 20, 80));
  });

  test("perfect AUC has no error", () => {
    // A = 1: Q1 = 1, Q2 = 1, so every term is 0.
    expect(aucStandardError(1, 10, 10)).toBe(0);
  });

  test("invalid arguments throw", () => {
    expect(() => aucStandardError(1.2, 4, 4)).toThrow(InvalidArgumentError);
    expect(() => aucStandardError(0.5, 0, 4)).toThrow(/churned/);
    expect(() => aucStandardError(0.5, 4, 2.5)).toThrow(/retained/);
  });
});

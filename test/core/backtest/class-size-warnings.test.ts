import { classSizeWarnings, MIN_CHURNED_ACCOUNTS } from "../../../src/core/backtest/class-size-warnings";

describe("classSizeWarnings", () => {
  test("19 churned warns", () => {
    expect(classSizeWarnings(19, 500)).toEqual([{ code: "few-churned", churned: 19, minimum: 20 }]);
  });

  test("20 churned is enough", () => {
    expect(MIN_CHURNED_ACCOUNTS).toBe(20);
    expect(classSizeWarnings(20, 500)).toEqual([]);
  });

  test("no churned warns once", () => {
    expect(classSizeWarnings(0, 500)).toEqual([{ code: "no-churned", accounts: 500 }]);
  });

  test("no retained warns with the few-churned warning", () => {
    expect(classSizeWarnings(5, 0)).toEqual([
      { code: "no-retained", accounts: 5 },
      { code: "few-churned", churned: 5, minimum: 20 },
    ]);
  });
});

import { HyperFormula, type RawCellContent } from "hyperformula";
import { HEALTH_TRANSLATIONS, HealthPlugin } from "../../src/playground/health-plugin";
import { HEALTH_FUNCTIONS } from "../../src/functions";
import { assessAccount } from "../../src/core/account";
import { DEFAULT_BANDS } from "../../src/core/model";
import { gapCell } from "../../src/core/outputs";

HyperFormula.registerFunctionPlugin(HealthPlugin, HEALTH_TRANSLATIONS);

/** Builds a workbook with the playground's settings: array arithmetic off, as `HyperFormulaEvaluator` builds it. */
function workbook(sheets: Record<string, RawCellContent[][]>): HyperFormula {
  return HyperFormula.buildFromSheets(sheets, { licenseKey: "gpl-v3", useArrayArithmetic: false });
}

describe("the playground's HEALTH plugin", () => {
  test("declares every function with its arguments", () => {
    const declared = Object.entries(HealthPlugin.implementedFunctions).map(([name, { parameters }]) => [name, parameters?.map((parameter) => parameter.optionalArg === true)]);
    const expected = Object.entries(HEALTH_FUNCTIONS).map(([id, fn]) => [`HEALTH.${id}`, fn.spec.map((argument) => argument.optional === true)]);
    expect(declared).toEqual(expected);
  });

  test("evaluates formulas with the model's policy", () => {
    // Penalize counts the missing Satisfaction as 0: composite (80 + 0 + 65 + 30) ÷ 4 = 43.75,
    // and Outcomes needs (70 − 43.75) ÷ 0.25 = 105 points, more than the 70 it can gain.
    const book = workbook({
      Sheet1: [
        [80, null, 65, 30, "=HEALTH.GAP(A1:D1, , , \"penalize\", 0.5)", "=HEALTH.EXPLAIN(A1:D1, , , \"penalize\", 0.5, , F2:H2)"],
        [null, null, null, null, null, "Green", "Amber", "Red"],
      ],
    });
    const bands = { ...DEFAULT_BANDS, labels: { healthy: "Green", watch: "Amber", atRisk: "Red" } };
    const account = assessAccount([80, null, 65, 30], { weights: [0.25, 0.25, 0.25, 0.25], bands, policy: "penalize", minCoverage: 0.5 });

    expect(book.getCellValue({ sheet: 0, row: 0, col: 4 })).toBe("Out of reach (+105)");
    expect(book.getCellValue({ sheet: 0, row: 0, col: 4 })).toBe(gapCell(account));
    expect(book.getCellValue({ sheet: 0, row: 0, col: 5 })).toBe(account.explanation);
    book.destroy();
  });

  test("spills TREND with a literal header flag", () => {
    const book = workbook({ Sheet1: [[70, 65, 62, 55, "=HEALTH.TREND(A1:C1, D1, , , TRUE())"]] });
    expect(book.getSheetValues(0)).toEqual([
      [70, 65, 62, 55, "Change", "Slope per period", "Declining"],
      [null, null, null, null, -7, -4.8, true],
    ]);
    book.destroy();
  });

  test("spills BACKTEST at its fixed size", () => {
    const book = workbook({ Sheet1: [[20, 1, "=HEALTH.BACKTEST(A1:A3, B1:B3)"], [35, 0], [80, 0]] });
    const spilled = book.getSheetValues(0).map((row) => row.slice(2));
    // Churned 20 against retained 35 and 80: both pairs in order, AUC 1.
    expect(spilled.length).toBe(24);
    expect(spilled[7]).toEqual(["AUC (health score)", 1]);
    book.destroy();
  });
});

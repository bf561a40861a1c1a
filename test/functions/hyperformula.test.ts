import * as fs from "fs";
import * as path from "path";
import { ArraySize, CellError, EmptyValue, ErrorType, FunctionArgumentType, FunctionPlugin, HyperFormula, SimpleRangeValue } from "hyperformula";
import type { ProcedureAst } from "hyperformula/typings/parser";
import type { InterpreterState } from "hyperformula/typings/interpreter/InterpreterState";
import type { InternalScalarValue, InterpreterValue } from "hyperformula/typings/interpreter/InterpreterValue";
import { StandInError } from "./custom-functions-stand-in";
import { BACKTEST_TABLE_SIZE, HEALTH_FUNCTIONS, SUGGESTION_TABLE_SIZE, TREND_ROW_WIDTH } from "../../src/functions";
import { assessAccount } from "../../src/core/account";
import { DEFAULT_BANDS } from "../../src/core/model";
import { normalizeModel } from "../../src/core/normalize-model";
import { gapCell, OUTPUT_COLUMNS, outputRow } from "../../src/core/outputs";
import { scorePortfolio } from "../../src/core/score";

interface ParameterMetadata {
  readonly name: string;
  readonly optional?: boolean;
  readonly dimensionality?: string;
}
const METADATA = JSON.parse(fs.readFileSync(path.resolve(__dirname, "functions.metadata.json"), "utf8")) as {
  functions: { id: string; parameters: ParameterMetadata[] }[];
};

/** Excel's text of each HyperFormula error type, as the custom functions runtime passes errors in. */
const EXCEL_ERROR_TEXT: Readonly<Record<string, string>> = {
  [ErrorType.NA]: "#N/A",
  [ErrorType.VALUE]: "#VALUE!",
  [ErrorType.REF]: "#REF!",
  [ErrorType.DIV_BY_ZERO]: "#DIV/0!",
  [ErrorType.NUM]: "#NUM!",
  [ErrorType.NAME]: "#NAME?",
};

/** Turns a HyperFormula value into what Excel passes a custom function: blanks as null, errors as CustomFunctions.Error. */
function toExcelArgument(value: unknown): unknown {
  if (value instanceof SimpleRangeValue) return value.data.map((row) => row.map(toExcelArgument));
  if (value === EmptyValue || value === undefined) return null;
  if (value instanceof CellError) return new StandInError(EXCEL_ERROR_TEXT[value.type] ?? "#VALUE!", value.message);
  if (typeof value === "object" && value !== null && typeof (value as { val?: unknown }).val === "number") return (value as { val: number }).val;
  return value;
}

/** Turns what a HEALTH function returned into a HyperFormula value. */
function toHyperFormulaValue(result: unknown): InterpreterValue {
  if (result instanceof StandInError) return new CellError(result.code === "#N/A" ? ErrorType.NA : ErrorType.VALUE, result.message);
  if (Array.isArray(result)) return SimpleRangeValue.onlyValues(result as InternalScalarValue[][]);
  return result as InterpreterValue;
}

/** The size method of each spilling function. */
const SIZE_METHODS: Readonly<Record<string, string>> = { SCORE: "scoreSize", BACKTEST: "backtestSize", SUGGESTWEIGHTS: "suggestionSize", TREND: "trendSize" };

/**
 * Registers every HEALTH function in HyperFormula under its Excel name, typed from functions.json:
 * a matrix parameter takes a range as it is, and a scalar parameter lets error values through,
 * as `allowErrorForDataTypeAny` makes Excel do.
 */
class HealthPlugin extends FunctionPlugin {
  static override implementedFunctions = Object.fromEntries(
    METADATA.functions.map((fn) => [
      `HEALTH.${fn.id}`,
      {
        method: "run",
        ...(SIZE_METHODS[fn.id] === undefined ? {} : { sizeOfResultArrayMethod: SIZE_METHODS[fn.id] }),
        parameters: fn.parameters.map((parameter) => ({
          argumentType: parameter.dimensionality === "matrix" ? FunctionArgumentType.ANY : FunctionArgumentType.SCALAR,
          ...(parameter.optional === true ? { optionalArg: true } : {}),
        })),
      },
    ]),
  );

  run(ast: ProcedureAst, state: InterpreterState): InterpreterValue {
    const id = ast.procedureName.replace(/^HEALTH\./, "");
    const fn = HEALTH_FUNCTIONS[id];
    if (fn === undefined) throw new Error(`HEALTH.${id} is not a HEALTH function`);
    return this.runFunction(ast.args, state, this.metadata(ast.procedureName), (...args: unknown[]) => {
      try {
        return toHyperFormulaValue(fn(...args.map(toExcelArgument)));
      } catch (thrown) {
        return toHyperFormulaValue(thrown);
      }
    });
  }

  /** SCORE spills a header row and one row per data row of its first argument, 11 columns wide. */
  scoreSize(ast: ProcedureAst, state: InterpreterState): ArraySize {
    const [data] = ast.args;
    const size = data === undefined ? ArraySize.error() : this.arraySizeForAst(data, state);
    return new ArraySize(OUTPUT_COLUMNS.length, size.height);
  }

  backtestSize(): ArraySize {
    return new ArraySize(BACKTEST_TABLE_SIZE.columns, BACKTEST_TABLE_SIZE.rows);
  }

  suggestionSize(): ArraySize {
    return new ArraySize(SUGGESTION_TABLE_SIZE.columns, SUGGESTION_TABLE_SIZE.rows);
  }

  /** Sizes TREND as one row, because these tests call it without headers. */
  trendSize(): ArraySize {
    return new ArraySize(TREND_ROW_WIDTH, 1);
  }
}

HyperFormula.registerFunctionPlugin(HealthPlugin, {
  enGB: Object.fromEntries(METADATA.functions.map((fn) => [`HEALTH.${fn.id}`, `HEALTH.${fn.id}`])),
});

/** Pillar scores of four accounts, with blanks and an error, in columns A–D. */
const PILLAR_ROWS: (number | string | null)[][] = [
  [80, 50, 65, 30],
  [90, null, 75, 85],
  [20, 35, "=NA()", 60],
  [null, null, 55, null],
];

describe("HEALTH formulas in HyperFormula", () => {
  const engine = HyperFormula.buildFromSheets(
    {
      Accounts: PILLAR_ROWS.map((row, index) => {
        const line = index + 1;
        return [
          ...row,
          `=HEALTH.COMPOSITE(A${line}:D${line}, Weights!A1:D1)`,
          `=HEALTH.BAND(E${line})`,
          `=HEALTH.DRIVER(A${line}:D${line}, Weights!A1:D1)`,
          `=HEALTH.GAP(A${line}:D${line}, Weights!A1:D1)`,
          `=HEALTH.COVERAGE(A${line}:D${line}, Weights!A1:D1)`,
          `=HEALTH.EXPLAIN(A${line}:D${line}, Weights!A1:D1)`,
        ];
      }),
      Weights: [[40, 20, 20, 20]],
    },
    { licenseKey: "gpl-v3" },
  );
  const sheet = engine.getSheetId("Accounts")!;
  const weights = [0.4, 0.2, 0.2, 0.2] as const;

  afterAll(() => engine.destroy());

  test.each(PILLAR_ROWS.map((_, row) => [row]))("row %i matches the core's assessment", (row) => {
    const cells = PILLAR_ROWS[row]!.map((cell) => (typeof cell === "number" ? cell : null));
    const [e = null, s = null, a = null, o = null] = cells;
    const account = assessAccount([e, s, a, o], { weights, bands: DEFAULT_BANDS, policy: "redistribute", minCoverage: 0.5 });
    const value = (column: number): unknown => engine.getCellValue({ sheet, row, col: column });

    if (account.composite === null) {
      expect(value(4)).toMatchObject({ type: ErrorType.NA });
      expect(value(5)).toMatchObject({ type: ErrorType.NA });
    } else {
      expect(value(4)).toBeCloseTo(account.composite, 9);
      expect(value(5)).toBe(account.band === null ? null : DEFAULT_BANDS.labels[account.band]);
    }
    expect(value(6)).toBe(account.driver ?? "");
    expect(value(7)).toBe(gapCell(account));
    expect(value(8)).toBeCloseTo(account.coverage, 12);
    expect(value(9)).toBe(account.explanation);
  });

  test("HEALTH.SCORE spills the core's rows", () => {
    const data = [
      ["Account", "NPS", "Logins"],
      ["Acme", 50, 10],
      ["Birch", -20, 3],
      ["Cobalt", "=NA()", 7],
    ];
    const map = [
      ["Column", "Pillar", "Method", "Direction", "Weight", "Parameters"],
      ["NPS", "Satisfaction", "scale", null, null, "low=-100; high=100"],
      ["Logins", "Engagement", null, null, null, null],
    ];
    const book = HyperFormula.buildFromSheets(
      { Data: data, Model: map, Out: [["=HEALTH.SCORE(Data!A1:C4, Model!A1:F3, , \"minCoverage=0.25\")"]] },
      { licenseKey: "gpl-v3" },
    );
    const spilled = book.getSheetValues(book.getSheetId("Out")!);

    const model = normalizeModel({
      minCoverage: 0.25,
      metrics: [
        { column: "NPS", pillar: "Satisfaction", method: { kind: "scale", low: -100, high: 100 } },
        { column: "Logins", pillar: "Engagement" },
      ],
    });
    if (!model.ok) throw new Error("the test model is invalid");
    const table = { headers: ["Account", "NPS", "Logins"], rows: [["Acme", 50, 10], ["Birch", -20, 3], ["Cobalt", { error: "#N/A" }, 7]], firstRowNumber: 2 };
    const scored = scorePortfolio(table, model.value);
    if (!scored.ok) throw new Error("the test table does not score");
    const expected = [[...OUTPUT_COLUMNS], ...scored.value.accounts.map((account) => outputRow(account, model.value.bands))];

    expect(spilled).toEqual(expected);
    book.destroy();
  });

  test("passes the model's policy and minimum coverage", () => {
    // Neutral counts the missing Satisfaction as 50: the formulas must match the core under it.
    const book = HyperFormula.buildFromSheets(
      {
        Accounts: [
          [80, null, 65, 30, "=HEALTH.DRIVER(A1:D1, Weights!A1:D1, INDEX(Weights!A2:B2, 1), Weights!A3, Weights!B3)"],
          [null, null, null, null, "=HEALTH.GAP(A1:D1, Weights!A1:D1, Weights!A2:B2, Weights!A3, Weights!B3)"],
          [null, null, null, null, "=HEALTH.EXPLAIN(A1:D1, Weights!A1:D1, Weights!A2:B2, Weights!A3, Weights!B3, , Weights!A4:C4)"],
        ],
        Weights: [[40, 20, 20, 20], [70, 40], ["neutral", 0.5], ["Green", "Amber", "Red"]],
      },
      { licenseKey: "gpl-v3" },
    );
    const sheet = book.getSheetId("Accounts")!;
    const bands = { ...DEFAULT_BANDS, labels: { healthy: "Green", watch: "Amber", atRisk: "Red" } };
    const account = assessAccount([80, null, 65, 30], { weights, bands, policy: "neutral", minCoverage: 0.5 });

    expect(book.getCellValue({ sheet, row: 0, col: 4 })).toBe(account.driver);
    expect(book.getCellValue({ sheet, row: 1, col: 4 })).toBe(gapCell(account));
    expect(book.getCellValue({ sheet, row: 2, col: 4 })).toBe(account.explanation);
    book.destroy();
  });

  test("spills BACKTEST, SUGGESTWEIGHTS and TREND", () => {
    const scores = [["Health score"], [20], [35], [50], [60], [60], [80]];
    const outcomes = [["Churned"], [1], [0], [1], [0], [1], [0]];
    const pillars = [["E", "S", "A", "O"], [20, 30, 10, 40], [35, 40, 30, 50], [50, 40, 60, 50], [60, 70, 50, 60], [60, 50, 70, 60], [80, 90, 70, 80]];
    const book = HyperFormula.buildFromSheets(
      {
        Data: scores.map((row, index) => [...row, ...(outcomes[index] ?? []), ...(pillars[index] ?? [])]),
        Backtest: [["=HEALTH.BACKTEST(Data!A1:A7, Data!B1:B7, Data!C1:F7)"]],
        Suggest: [["=HEALTH.SUGGESTWEIGHTS(Data!C1:F7, Data!B1:B7)"]],
        Trend: [[70, 65, 62, 55, "=HEALTH.TREND(A1:C1, D1)"]],
      },
      { licenseKey: "gpl-v3" },
    );
    // HyperFormula rounds the numbers it shows to 10 significant digits, so both sides are rounded to 9 decimals.
    const rounded = (table: unknown): unknown =>
      (table as unknown[][]).map((row) => row.map((cell) => (typeof cell === "number" ? Math.round(cell * 1e9) / 1e9 : cell)));
    const values = (name: string) => rounded(book.getSheetValues(book.getSheetId(name)!));

    expect(values("Backtest")).toEqual(rounded(HEALTH_FUNCTIONS["BACKTEST"]!(scores, outcomes, pillars)));
    expect(values("Suggest")).toEqual(rounded(HEALTH_FUNCTIONS["SUGGESTWEIGHTS"]!(pillars, outcomes)));
    // 55 − 62 = −7, and the slope of 70, 65, 62, 55 is −4.8.
    expect(values("Trend")).toEqual([[70, 65, 62, 55, -7, -4.8, true]]);
    book.destroy();
  });
});

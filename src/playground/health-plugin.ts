import { ArraySize, CellError, ErrorType, FunctionArgumentType, FunctionPlugin, SimpleRangeValue, type ImplementedFunctions } from "hyperformula";
import type { ProcedureAst } from "hyperformula/typings/parser/Ast";
import type { InterpreterState } from "hyperformula/typings/interpreter/InterpreterState";
import type { InternalScalarValue, InterpreterValue } from "hyperformula/typings/interpreter/InterpreterValue";
import { BACKTEST_TABLE_SIZE, HEALTH_FUNCTIONS, SUGGESTION_TABLE_SIZE, TREND_ROW_WIDTH, type HealthFunction } from "../functions";
import { OUTPUT_COLUMNS } from "../core/outputs";
import { installCustomFunctionsRuntime } from "./custom-functions-shim";

installCustomFunctionsRuntime();

/** The methods of `HealthPlugin` that predict the size of a spilling function's result, by function id. */
const SPILL_SIZE_METHODS: Readonly<Record<string, string>> = {
  SCORE: "scoreSize",
  BACKTEST: "backtestSize",
  SUGGESTWEIGHTS: "suggestionSize",
  TREND: "trendSize",
};

const ERROR_TYPES: Readonly<Record<string, ErrorType>> = {
  "#N/A": ErrorType.NA,
  "#VALUE!": ErrorType.VALUE,
  "#DIV/0!": ErrorType.DIV_BY_ZERO,
  "#NUM!": ErrorType.NUM,
  "#NAME?": ErrorType.NAME,
  "#REF!": ErrorType.REF,
};

/** Excel's text of each HyperFormula error type, as the custom functions runtime delivers errors (`{ code }`). */
const ERROR_TEXT: Readonly<Record<string, string>> = Object.fromEntries(Object.entries(ERROR_TYPES).map(([text, type]) => [type, text]));

/** Converts one HyperFormula argument value to what Excel hands a custom function: a matrix for a range, `{ code }` for an error, "" for a blank. */
function toExcelArgument(value: unknown): unknown {
  if (value instanceof SimpleRangeValue) return value.rawData().map((row) => row.map(toExcelScalar));
  return toExcelScalar(value);
}

function toExcelScalar(value: unknown): unknown {
  if (value instanceof CellError) return { code: ERROR_TEXT[value.type] ?? "#VALUE!", message: value.message };
  if (typeof value === "symbol" || value === undefined || value === null) return "";
  if (typeof value === "object" && "val" in value) return (value as { val: unknown }).val;
  return value;
}

/** Converts a HEALTH function's return value to a HyperFormula value: a block spills, and the runtime error becomes a cell error with its message. */
function toInterpreterValue(result: unknown): InterpreterValue {
  if (typeof result === "number" || typeof result === "string" || typeof result === "boolean") return result;
  if (Array.isArray(result)) return SimpleRangeValue.onlyValues(result as InternalScalarValue[][]);
  if (typeof result === "object" && result !== null && "code" in result) {
    const { code, message } = result as { code: unknown; message?: unknown };
    return new CellError(ERROR_TYPES[String(code)] ?? ErrorType.VALUE, typeof message === "string" ? message : undefined);
  }
  return new CellError(ErrorType.VALUE, "The function returned a value the playground cannot show");
}

/** Tells whether a formula argument is the literal TRUE, TRUE() or a non-zero number. */
function isLiteralTrue(node: unknown): boolean {
  if (typeof node !== "object" || node === null) return false;
  if ("procedureName" in node) return String(node.procedureName).toUpperCase() === "TRUE";
  if ("value" in node) return typeof node.value === "number" ? node.value !== 0 : node.value === true;
  return false;
}

/** Declares one HEALTH function to HyperFormula from its argument spec: every argument of type any, the optional ones optional. */
function declaration(id: string, fn: HealthFunction): ImplementedFunctions[string] {
  const sizeMethod = SPILL_SIZE_METHODS[id];
  return {
    method: "runHealth",
    ...(sizeMethod === undefined ? {} : { sizeOfResultArrayMethod: sizeMethod }),
    parameters: fn.spec.map((argument) => ({ argumentType: FunctionArgumentType.ANY, optionalArg: argument.optional === true })),
  };
}

/**
 * A HyperFormula plugin that runs every HEALTH function from `src/functions`, so formulas the
 * task pane writes show the values Excel would compute. The declarations come from each
 * function's argument spec, so the playground accepts exactly the arguments the add-in does.
 * Arguments reach the functions the way Excel's runtime passes them: a range as a matrix, a cell
 * error as `{ code }`, an omitted one as null.
 *
 * HyperFormula sizes a spill before it evaluates the formula, so each spilling function has a
 * size method. BACKTEST and SUGGESTWEIGHTS always spill the same size, and SCORE spills one row
 * per row of its data range.
 * NOTE: TREND spills a header row only when its `headers` argument is a literal such as TRUE. A
 * cell reference that holds TRUE is sized as one row, so the header row shows and the data row is cut.
 */
export class HealthPlugin extends FunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = Object.fromEntries(
    Object.entries(HEALTH_FUNCTIONS).map(([id, fn]) => [`HEALTH.${id}`, declaration(id, fn)]),
  );

  runHealth(ast: ProcedureAst, state: InterpreterState): InterpreterValue {
    const name = ast.procedureName.toUpperCase();
    const fn = HEALTH_FUNCTIONS[name.replace(/^HEALTH\./, "")];
    if (fn === undefined) return new CellError(ErrorType.NAME, name);

    return this.runFunction(ast.args, state, this.metadata(name), (...args: unknown[]) => {
      const raw = args.map((argument) => (argument === undefined ? null : toExcelArgument(argument)));
      return toInterpreterValue(fn(...raw));
    });
  }

  /** SCORE spills a header row and one row per data row of its first argument. */
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

  trendSize(ast: ProcedureAst): ArraySize {
    return new ArraySize(TREND_ROW_WIDTH, isLiteralTrue(ast.args[4]) ? 2 : 1);
  }
}

/** The translations HyperFormula needs for a plugin: each HEALTH name is the same in every language. */
export const HEALTH_TRANSLATIONS = {
  enGB: Object.fromEntries(Object.keys(HEALTH_FUNCTIONS).map((id) => [`HEALTH.${id}`, `HEALTH.${id}`])),
};

import { CellError, ErrorType, FunctionArgumentType, FunctionPlugin, SimpleRangeValue, type ImplementedFunctions } from "hyperformula";
import type { ProcedureAst } from "hyperformula/typings/parser/Ast";
import type { InterpreterState } from "hyperformula/typings/interpreter/InterpreterState";
import type { InterpreterValue } from "hyperformula/typings/interpreter/InterpreterValue";
import * as health from "../functions/functions";
import { installCustomFunctionsRuntime } from "./custom-functions-shim";

installCustomFunctionsRuntime();

/** A HEALTH function as `functions.ts` exports it: raw Excel-shaped arguments in, a cell value or error out. */
type HealthFunction = (...args: unknown[]) => unknown;

/** The HEALTH functions the playground evaluates, by Excel name, with their argument counts (required, total). */
const FUNCTIONS: Readonly<Record<string, { readonly run: HealthFunction; readonly required: number; readonly total: number }>> = {
  "HEALTH.PILLAR": { run: health.pillar as HealthFunction, required: 1, total: 2 },
  "HEALTH.COMPOSITE": { run: health.composite as HealthFunction, required: 1, total: 4 },
  "HEALTH.BAND": { run: health.band as HealthFunction, required: 1, total: 3 },
  "HEALTH.DRIVER": { run: health.driver as HealthFunction, required: 1, total: 3 },
  "HEALTH.GAP": { run: health.gap as HealthFunction, required: 1, total: 3 },
  "HEALTH.COVERAGE": { run: health.coverage as HealthFunction, required: 1, total: 2 },
  "HEALTH.DIAGNOSIS": { run: health.diagnosis as HealthFunction, required: 1, total: 2 },
  "HEALTH.EXPLAIN": { run: health.explain as HealthFunction, required: 1, total: 3 },
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

/** Converts a HEALTH function's return value to a HyperFormula value; the runtime error becomes a cell error with its message. */
function toInterpreterValue(result: unknown): InterpreterValue {
  if (typeof result === "number" || typeof result === "string" || typeof result === "boolean") return result;
  if (typeof result === "object" && result !== null && "code" in result) {
    const { code, message } = result as { code: unknown; message?: unknown };
    return new CellError(ERROR_TYPES[String(code)] ?? ErrorType.VALUE, typeof message === "string" ? message : undefined);
  }
  return new CellError(ErrorType.VALUE, "The function returned a value the playground cannot show");
}

/**
 * A HyperFormula plugin that runs the HEALTH custom functions from `src/functions`, so formulas
 * the task pane writes show the values Excel would compute. Arguments reach the functions the way
 * Excel's runtime passes them: a range as a matrix, a cell error as `{ code }`, an omitted one as null.
 * NOTE: HEALTH.SCORE (a spilling function), HEALTH.METRIC and HEALTH.PILLAR.RAW are not registered;
 * the pane writes none of them.
 */
export class HealthPlugin extends FunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = Object.fromEntries(
    Object.entries(FUNCTIONS).map(([name, { required, total }]) => [
      name,
      {
        method: "runHealth",
        parameters: Array.from({ length: total }, (_, index) => ({ argumentType: FunctionArgumentType.ANY, optionalArg: index >= required })),
      },
    ]),
  );

  runHealth(ast: ProcedureAst, state: InterpreterState): InterpreterValue {
    const name = ast.procedureName.toUpperCase();
    const entry = FUNCTIONS[name];
    if (entry === undefined) return new CellError(ErrorType.NAME, name);

    return this.runFunction(ast.args, state, this.metadata(name), (...args: unknown[]) => {
      const raw = args.map((argument) => (argument === undefined ? null : toExcelArgument(argument)));
      return toInterpreterValue(entry.run(...raw));
    });
  }
}

/** The translations HyperFormula needs for a plugin: each HEALTH name is the same in every language. */
export const HEALTH_TRANSLATIONS = {
  enGB: Object.fromEntries(Object.keys(FUNCTIONS).map((name) => [name, name])),
};

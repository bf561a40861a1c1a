import { isCellError } from "../core/table";
import { coerceArgument, type KindName, type KindValue } from "./argument-kinds";
import { ArgumentProblem, toExcelError } from "./problem";

/** One declared argument: its name as the user reads it in messages, its kind, and whether it may be omitted. */
export interface ArgumentSpec {
  readonly name: string;
  readonly kind: KindName;
  readonly optional?: boolean;
}

/** The coerced values of a declared argument list, in order. */
export type CoercedArguments<S extends readonly ArgumentSpec[]> = {
  -readonly [I in keyof S]: S[I] extends { readonly kind: infer K extends KindName } ? KindValue<K> : never;
};

/** A cell value a HEALTH function may return. */
export type ResultCell = string | number | boolean;

/** The result of a HEALTH function: one value, a block of values, or an Excel error. */
export type FunctionResult = ResultCell | ResultCell[][] | CustomFunctions.Error;

/** A HEALTH function implementation: it takes the runtime's raw arguments and carries its declared arguments. */
export interface HealthFunction {
  (...raw: unknown[]): FunctionResult;
  readonly spec: readonly ArgumentSpec[];
}

/**
 * Builds a custom function from its declared arguments and its body. Every raw argument is
 * coerced by its kind's routine, then the body runs on complete values. An `ArgumentProblem`
 * thrown while coercing or computing comes back as an Excel error with its short message. Any
 * other error is a programming mistake, so it propagates.
 *
 * @param spec the arguments in formula order
 * @param body the computation on coerced values
 * @returns a function that takes the runtime's raw arguments, with `spec` attached
 */
export function defineFunction<const S extends readonly ArgumentSpec[]>(
  spec: S,
  body: (...args: CoercedArguments<S>) => ResultCell | readonly (readonly ResultCell[])[],
): HealthFunction {
  const run = (...raw: unknown[]): FunctionResult => {
    try {
      const args = spec.map((argument, index) => coerceArgument(argument.kind, raw[index], argument.name, argument.optional === true));
      return toResult(body(...(args as CoercedArguments<S>)));
    } catch (error) {
      if (error instanceof ArgumentProblem) return toExcelError(error);
      throw error;
    }
  };
  return Object.assign(run, { spec });
}

/** Copies a returned block so it is mutable and holds no null, which the runtime would reject. */
function toResult(value: ResultCell | readonly (readonly ResultCell[])[]): ResultCell | ResultCell[][] {
  if (!Array.isArray(value)) return value as ResultCell;
  return (value as readonly (readonly ResultCell[])[]).map((row) => row.map(toResultCell));
}

/** Turns a core cell value into a returned cell: "" for null. Returning an error value is a programming mistake, so it throws. */
export function toResultCell(value: unknown): ResultCell {
  if (value === null || value === undefined) return "";
  if (typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "number") return Number.isFinite(value) ? value : "";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (isCellError(value)) throw new TypeError(`A HEALTH function tried to return the error value ${value.error} as a cell`);
  throw new TypeError(`A HEALTH function tried to return a value of type ${typeof value} as a cell`);
}

/**
 * The two error codes the HEALTH functions return. `#VALUE!` means an argument is wrong and the
 * user must change it; `#N/A` means the arguments are fine but there is no value to show, such
 * as a composite with too little data behind it.
 */
export type ProblemCode = "#VALUE!" | "#N/A";

/**
 * A problem with a function's cell arguments or data. Coercion and the function bodies throw it,
 * and `defineFunction` catches it and returns it to the cell as an Excel error with `message`.
 * Any other thrown error is a programming mistake and propagates.
 */
export class ArgumentProblem extends Error {
  constructor(
    readonly code: ProblemCode,
    message: string,
  ) {
    super(message);
    this.name = "ArgumentProblem";
  }
}

/** Throws a `#VALUE!` problem: the argument must change. */
export function invalidArgument(message: string): never {
  throw new ArgumentProblem("#VALUE!", message);
}

/** Throws a `#N/A` problem: there is no value to show. */
export function notAvailable(message: string): never {
  throw new ArgumentProblem("#N/A", message);
}

/**
 * Builds the Excel error a cell shows for a problem. `CustomFunctions` is the global object the
 * custom functions runtime provides; the two codes used here accept a custom message.
 */
export function toExcelError(problem: ArgumentProblem): CustomFunctions.Error {
  const code = problem.code === "#N/A" ? CustomFunctions.ErrorCode.notAvailable : CustomFunctions.ErrorCode.invalidValue;
  return new CustomFunctions.Error(code, problem.message);
}

/**
 * The part of Excel's custom functions runtime that the HEALTH functions use outside Excel:
 * `CustomFunctions.Error` and `CustomFunctions.ErrorCode`. Excel provides the real object as a
 * global; the playground and tests install this one when it is absent.
 */
export class PlaygroundFunctionError extends Error {
  constructor(
    readonly code: string,
    message?: string,
  ) {
    super(message ?? code);
    this.name = "PlaygroundFunctionError";
  }
}

/** Installs the runtime's `CustomFunctions` global unless one exists. */
export function installCustomFunctionsRuntime(): void {
  const global = globalThis as { CustomFunctions?: unknown };
  if (global.CustomFunctions !== undefined) return;
  global.CustomFunctions = {
    Error: PlaygroundFunctionError,
    ErrorCode: {
      invalidValue: "#VALUE!",
      notAvailable: "#N/A",
      divisionByZero: "#DIV/0!",
      invalidNumber: "#NUM!",
      nullReference: "#NULL!",
      invalidName: "#NAME?",
      invalidReference: "#REF!",
    },
  };
}

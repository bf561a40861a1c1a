/**
 * A minimal stand-in for the `CustomFunctions` global the Excel custom functions runtime
 * provides: the `Error` class, the `ErrorCode` values the HEALTH functions use, and an
 * `associate` that records each registration. Import it before any code under src/functions.
 */

export const ERROR_CODES = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;

/** An error value as the runtime represents it, both when passed in and when returned. */
export class StandInError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

/** The functions registered through `CustomFunctions.associate`, by id. */
export const associations = new Map<string, (...args: unknown[]) => unknown>();

const standIn = {
  Error: StandInError,
  ErrorCode: ERROR_CODES,
  associate(id: string, fn: (...args: unknown[]) => unknown): void {
    associations.set(id, fn);
  },
};

Object.assign(globalThis, { CustomFunctions: standIn });

/** Builds an incoming cell error such as `#N/A`, as Excel passes it to a function that allows errors. */
export function cellError(code: string): StandInError {
  return new StandInError(code);
}

/** Reads a returned value as `{ code, message }` when it is an Excel error, else null. */
export function errorOf(value: unknown): { code: string; message: string | undefined } | null {
  return value instanceof StandInError ? { code: value.code, message: value.message } : null;
}

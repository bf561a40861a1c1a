/**
 * A programmer's mistake in a call to the backtest or trend math, such as arrays of different
 * lengths or a fold count below 2. It carries the argument's name and the value received. Bad
 * data in cells never throws: it comes back as a warning or an "excluded"/"missing" reading.
 */
export class InvalidArgumentError extends RangeError {
  override readonly name = "InvalidArgumentError";

  /**
   * @param argument the parameter's name, e.g. `outcomes`
   * @param value the value received
   * @param allowed what the parameter accepts, e.g. `an integer from 2 to 20`
   */
  constructor(
    readonly argument: string,
    readonly value: unknown,
    readonly allowed: string,
  ) {
    super(`Invalid argument \`${argument}\`: received ${describe(value)}, expected ${allowed}.`);
  }
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return `an array of length ${value.length}`;
  if (typeof value === "string") return JSON.stringify(value);
  return String(value);
}

/** Throws unless two parallel arrays have the same length, one entry per account. */
export function requireSameLength(argument: string, values: readonly unknown[], expectedLength: number): void {
  if (values.length !== expectedLength) {
    throw new InvalidArgumentError(argument, values, `an array of length ${expectedLength}, one entry per account`);
  }
}

/**
 * A failure the CLI reports to the user and exits on: one or more one-line reasons, each
 * printed as `health-model: <reason>`. Anything else that is thrown is a bug.
 */
export class CliError extends Error {
  readonly reasons: readonly string[];

  constructor(reasons: string | readonly string[]) {
    const list = typeof reasons === "string" ? [reasons] : reasons;
    super(list.join("\n"));
    this.name = "CliError";
    this.reasons = list;
  }
}

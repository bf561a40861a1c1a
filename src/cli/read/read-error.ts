import { CliError } from "../cli-error";

/** The kind of failure that stopped a file from being read as a table. */
export type ReadFailure =
  | "not-found"
  | "unreadable"
  | "empty"
  | "header-only"
  | "encrypted"
  | "binary"
  | "invalid-csv"
  | "no-table"
  | "sheet-not-found";

/** A file that cannot be read as a table, with the kind of failure and its one-line reason. */
export class ReadError extends CliError {
  readonly failure: ReadFailure;

  constructor(failure: ReadFailure, reason: string) {
    super(reason);
    this.name = "ReadError";
    this.failure = failure;
  }
}

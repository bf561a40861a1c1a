/**
 * Problems found in a model or in the data, as values. Every surface collects them in one pass
 * and words them with `formatIssue` (messages/issues.ts), so the CLI, the pane and the functions
 * word the same problem the same way.
 */

/** A cell that could not be read as the metric needs. `row` is the sheet row number (1-based). */
export interface CellIssue {
  readonly code: "invalid-number" | "invalid-date" | "unknown-category" | "zero-denominator";
  readonly row: number;
  readonly column: string;
  readonly value: unknown;
  /** The accepted labels, for `unknown-category`. */
  readonly allowed?: readonly string[];
}

/** A model field whose value is not allowed. `path` is the field's JSON path, e.g. `metrics[2].weight`. */
export interface ModelFieldIssue {
  readonly code:
    | "invalid-field"
    | "missing-field"
    | "negative-weight"
    | "all-zero-weights"
    | "unknown-pillar"
    | "unknown-method"
    | "unknown-direction"
    | "unknown-policy"
    | "invalid-parameter"
    | "direction-conflict"
    | "bands-out-of-order"
    | "duplicate-metric";
  readonly path: string;
  readonly value: unknown;
  /** The allowed values, in words or as a list. */
  readonly allowed?: string | readonly string[];
}

/** A column the model names that the table does not have. */
export interface MissingColumnIssue {
  readonly code: "column-not-found";
  readonly path: string;
  readonly column: string;
  /** The headers the table does have. */
  readonly allowed: readonly string[];
}

/** A pillar that no metric feeds; reported by auto-mapping and validation, never faked. */
export interface EmptyPillarIssue {
  readonly code: "pillar-without-metric";
  readonly pillar: string;
}

/** An override or a segment weight set that names an account or segment the table does not have. */
export interface UnmatchedReferenceIssue {
  readonly code: "override-account-not-found" | "segment-not-found";
  readonly path: string;
  readonly value: string;
}

/** A table that cannot be scored at all. */
export interface TableIssue {
  readonly code: "empty-table" | "no-data-rows" | "duplicate-header" | "blank-header";
  readonly column?: string;
  /** Sheet column number (1-based) of a blank or repeated header. */
  readonly columnNumber?: number;
}

/** Any problem the core reports. */
export type Issue = CellIssue | ModelFieldIssue | MissingColumnIssue | EmptyPillarIssue | UnmatchedReferenceIssue | TableIssue;

/** The codes of every issue. */
export type IssueCode = Issue["code"];

const NON_BLOCKING: ReadonlySet<IssueCode> = new Set(["pillar-without-metric", "override-account-not-found", "segment-not-found"]);

/** Issues that stop scoring; the rest are reported beside the scores. */
export function isBlocking(issue: Issue): boolean {
  return !NON_BLOCKING.has(issue.code) && !isCellIssue(issue);
}

/** Tells whether the issue is about one cell of the data. */
export function isCellIssue(issue: Issue): issue is CellIssue {
  return "row" in issue;
}

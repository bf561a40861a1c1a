import type { Metric } from "../model";

/** The role of a column in the proposed model. */
export type ColumnRoleKind = "metric" | "account" | "segment" | "outcome" | "ignored";

/** The proposed role of one column, with the reason the task pane shows beside it. */
export interface ColumnRole {
  /** The header exactly as written, surrounding spaces included. */
  readonly column: string;
  readonly role: ColumnRoleKind;
  /** The metric, when `role` is "metric". */
  readonly metric?: Metric;
  /** One short sentence saying why, worded in `messages/automap.ts`. */
  readonly reason: string;
  /** Up to five distinct present values as text, in order of first appearance. */
  readonly sample: readonly string[];
}

import type { Metric } from "../model";

/**
 * The rules' reading of one column on its own, before the columns are weighed against each
 * other. Roles that a model has at most one of carry a rank (lower is a better candidate), and
 * the two halves of an active-users ÷ seats ratio wait for their partner.
 */
export type ColumnClaim =
  | { readonly kind: "ignored"; readonly reason: string }
  | { readonly kind: "metric"; readonly metric: Metric; readonly reason: string }
  | { readonly kind: "account" | "segment" | "outcome"; readonly rank: number; readonly reason: string }
  /** An active-users column; `alone` is its metric when no seats column pairs with it. */
  | { readonly kind: "ratio-numerator"; readonly alone: Metric; readonly reason: string }
  /** A seats column, scored only as the denominator of an active-users column. */
  | { readonly kind: "ratio-denominator"; readonly reason: string };

/** Claims a column is ignored, for the given reason. */
export function ignored(reason: string): ColumnClaim {
  return { kind: "ignored", reason };
}

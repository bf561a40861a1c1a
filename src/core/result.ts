import type { Issue } from "./issues";

/** The outcome of a check on user data: the value, or every issue found. */
export type Result<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly issues: readonly Issue[] };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function failed<T>(issues: readonly Issue[]): Result<T> {
  return { ok: false, issues };
}

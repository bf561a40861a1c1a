import type { Metric } from "../model";
import { AUTOMAP_REASONS } from "../messages/automap";
import { mentionsAny, type HeaderForms } from "./header";
import { isNumericColumn, type ColumnProfile } from "./profile";
import type { ColumnClaim } from "./claim";

/**
 * The rules for the Adoption ratio: active users ÷ licensed seats. Each half is claimed here, and
 * the proposal pairs them once every column has been seen.
 */

const ACTIVE_USER_WORDS = ["activeuser", "seatsused", "usedseats", "activeseat", "licensesused", "usedlicenses", "activelicense"];

const SEAT_WORDS = ["seat", "license", "licence"];

/** Claims a numeric active-users column, which is ranked alone by percentile when no seats column pairs with it. */
export function activeUsersRule(header: string, forms: HeaderForms, profile: ColumnProfile): ColumnClaim | null {
  if (!mentionsAny(forms, ACTIVE_USER_WORDS) || !isNumericColumn(profile)) return null;

  const alone: Metric = { column: header, pillar: "Adoption", method: { kind: "percentile" }, direction: "higher", weight: 1 };
  return { kind: "ratio-numerator", alone, reason: AUTOMAP_REASONS.activeUsers };
}

/** Claims a numeric seats or licences column as the denominator of an active-users ratio. */
export function seatsRule(forms: HeaderForms, profile: ColumnProfile): ColumnClaim | null {
  if (!mentionsAny(forms, SEAT_WORDS) || !isNumericColumn(profile)) return null;
  return { kind: "ratio-denominator", reason: AUTOMAP_REASONS.seatsAlone };
}

/** Builds the Adoption ratio metric of an active-users column over a seats column, ranked by percentile. */
export function ratioMetric(numerator: string, denominator: string): Metric {
  return {
    column: numerator,
    pillar: "Adoption",
    method: { kind: "ratio", denominator, then: { kind: "percentile" } },
    direction: "higher",
    weight: 1,
  };
}

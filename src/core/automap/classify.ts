import { AUTOMAP_REASONS } from "../messages/automap";
import { normalizeHeader } from "./header";
import { matchPillarRule } from "./pillar-rules";
import { isNumericColumn, type ColumnProfile } from "./profile";
import { ignored, type ColumnClaim } from "./claim";
import { accountSizeRule, tenureRule } from "./attribute-rules";
import { otherDateRule, recencyRule } from "./date-rules";
import { pillarMetricRule, ragRule } from "./metric-rules";
import { activeUsersRule, seatsRule } from "./ratio-rules";
import {
  accountRule,
  churnScoreRule,
  codeValuesRule,
  freeTextHeaderRule,
  freeTextValuesRule,
  identifierRule,
  outcomeRule,
  segmentRule,
} from "./role-rules";

/**
 * Classifies one column on its own, trying the rules in a fixed order so the result depends
 * only on the header and the values. The order settles overlaps: an outcome label is never
 * read as a metric, a churn score never as a churn label, a notes column never as a segment, and
 * a revenue column never as an Outcomes metric, even when its header also names a renewal.
 *
 * @param header the header exactly as written.
 * @param profile the values under it (see `profileColumn`).
 * @returns the column's claim; a column no rule recognises is ignored with the reason.
 */
export function classifyColumn(header: string, profile: ColumnProfile): ColumnClaim {
  if (profile.present === 0) return ignored(AUTOMAP_REASONS.noValues);

  const forms = normalizeHeader(header);
  const claim =
    identifierRule(forms) ??
    outcomeRule(forms, profile) ??
    churnScoreRule(forms, profile) ??
    freeTextHeaderRule(forms, profile) ??
    segmentRule(forms, profile) ??
    accountRule(forms, profile) ??
    recencyRule(header, forms, profile) ??
    otherDateRule(forms, profile) ??
    accountSizeRule(header, forms) ??
    tenureRule(forms) ??
    codeValuesRule(profile) ??
    activeUsersRule(header, forms, profile) ??
    seatsRule(forms, profile);
  if (claim !== null) return claim;

  const rule = matchPillarRule(forms);
  if (rule !== null) return pillarMetricRule(header, rule, profile);

  return ragRule(header, profile) ?? freeTextValuesRule(profile) ?? ignored(unrecognisedReason(profile));
}

function unrecognisedReason(profile: ColumnProfile): string {
  return isNumericColumn(profile) ? AUTOMAP_REASONS.numberUnrecognised : AUTOMAP_REASONS.textUnrecognised;
}

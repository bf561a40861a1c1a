/** Auto-mapping: proposes a health model from a sheet's headers and values. */

export { proposeModel, type MappingProposal, type ProposeOptions } from "./proposal";
export type { ColumnRole, ColumnRoleKind } from "./column-role";

export { normalizeHeader, mentions, type HeaderForms } from "./header";
export { profileColumn, SAMPLE_SIZE, type ColumnProfile } from "./profile";
export { directionFromHeader, matchPillarRule, PILLAR_RULES, type PillarRule, type PillarRuleId } from "./pillar-rules";
export { contractLengthCategory, expansionCategory, ragCategory, yesNoCategory } from "./category-labels";
export { DEFAULT_RECENCY } from "./date-rules";
export { MAX_SEGMENT_VALUES } from "./role-rules";

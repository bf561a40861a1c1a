import type { PerPillar } from "../../core/pillars";

/** The names of the weight presets the Weights view offers. */
export type WeightPresetKey = "equal" | "outcomeLed" | "adoptionLed";

/**
 * The weight presets, each totalling 100: Equal weighs every pillar 25; Outcome-led gives
 * Outcomes 40 and the others 20 each; Adoption-led does the same for Adoption.
 */
export const WEIGHT_PRESETS: Readonly<Record<WeightPresetKey, PerPillar<number>>> = {
  equal: { Engagement: 25, Satisfaction: 25, Adoption: 25, Outcomes: 25 },
  outcomeLed: { Engagement: 20, Satisfaction: 20, Adoption: 20, Outcomes: 40 },
  adoptionLed: { Engagement: 20, Satisfaction: 20, Adoption: 40, Outcomes: 20 },
};

export const WEIGHT_PRESET_KEYS: readonly WeightPresetKey[] = ["equal", "outcomeLed", "adoptionLed"];

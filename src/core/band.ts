import type { Bands } from "./model";

/** The three bands, best first. */
export type BandKey = "healthy" | "watch" | "atRisk";

/**
 * Puts a composite in its band: Healthy at or above `bands.healthy`, Watch at or above
 * `bands.watch`, At risk below.
 *
 * @example bandOf(70, DEFAULT_BANDS) // "healthy"
 */
export function bandOf(score: number, bands: Bands): BandKey {
  if (score >= bands.healthy) return "healthy";
  if (score >= bands.watch) return "watch";
  return "atRisk";
}

/** Returns the label the model gives a band. */
export function bandLabel(band: BandKey, bands: Bands): string {
  return bands.labels[band];
}

/** Returns the band above a band and its threshold, or null for the top band. */
export function nextBandUp(band: BandKey, bands: Bands): { readonly band: BandKey; readonly threshold: number } | null {
  if (band === "atRisk") return { band: "watch", threshold: bands.watch };
  if (band === "watch") return { band: "healthy", threshold: bands.healthy };
  return null;
}

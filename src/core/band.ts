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

/** Returns the band above a band, or null for the top band. */
export function nextBandUp(band: BandKey): "healthy" | "watch" | null {
  if (band === "atRisk") return "watch";
  if (band === "watch") return "healthy";
  return null;
}

/** Returns the lowest composite in a band above At risk, the band's threshold. */
export function bandThreshold(band: "healthy" | "watch", bands: Bands): number {
  return band === "healthy" ? bands.healthy : bands.watch;
}

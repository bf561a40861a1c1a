import type { Bands } from "../../core/model";
import { RANGE_NAMES } from "../../core/model-sheet";
import type { ConditionalFormatRule } from "../../workbook/port";

/** The tags that mark the product's conditional formats, so applying again replaces them instead of stacking. */
export const CONDITIONAL_FORMAT_TAGS = { band: "band", score: "score" } as const;

/** Fill and font colors per band, from Fluent's status palette (success, warning, danger backgrounds and foregrounds). */
export const BAND_COLORS = {
  healthy: { fill: "#F1FAF1", fontColor: "#0E700E" },
  watch: { fill: "#FFF9F5", fontColor: "#8A3707" },
  atRisk: { fill: "#FDF3F4", fontColor: "#B10E1C" },
} as const;

/** Quotes text for a formula string literal, doubling its quotes. */
function quoted(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/**
 * Builds the Band column's rules: each band's label gets its color. Formulas are relative to the
 * first data row, as Excel reads "Use a formula to determine which cells to format".
 */
export function bandConditionalFormats(column: string, firstRow: number, bands: Bands): ConditionalFormatRule[] {
  const cell = `$${column}${firstRow}`;
  return (["healthy", "watch", "atRisk"] as const).map((band) => ({ formula: `=${cell}=${quoted(bands.labels[band])}`, ...BAND_COLORS[band] }));
}

/**
 * Builds the Health score column's rules. They compare with the HealthThresholds name, so a
 * threshold changed on the model sheet recolors the scores without applying again. A blank or
 * error cell gets no color.
 */
export function scoreConditionalFormats(column: string, firstRow: number): ConditionalFormatRule[] {
  const cell = `$${column}${firstRow}`;
  const healthy = `INDEX(${RANGE_NAMES.thresholds},1)`;
  const watch = `INDEX(${RANGE_NAMES.thresholds},2)`;
  return [
    { formula: `=AND(ISNUMBER(${cell}),${cell}>=${healthy})`, fontColor: BAND_COLORS.healthy.fontColor, bold: true },
    { formula: `=AND(ISNUMBER(${cell}),${cell}<${healthy},${cell}>=${watch})`, fontColor: BAND_COLORS.watch.fontColor, bold: true },
    { formula: `=AND(ISNUMBER(${cell}),${cell}<${watch})`, fontColor: BAND_COLORS.atRisk.fontColor, bold: true },
  ];
}

/** Width of the label column in the tables of the CLI's reports, in characters. */
export const LABEL_WIDTH = 20;

/** Formats one line of a two-column report table: two spaces, the padded label, then the value. */
export function labelledRow(label: string, value: string): string {
  return `  ${label.padEnd(LABEL_WIDTH)}${value}`;
}

/** Shows a 0–1 share as a percentage with one decimal, e.g. 0.2654 → "26.5%". */
export function formatRate(share: number): string {
  return `${(share * 100).toFixed(1)}%`;
}

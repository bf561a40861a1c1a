import { PILLARS, perPillar, type PerPillar, type Pillar } from "../../core/pillars";

/** The total the pane's pillar weights always add up to. */
export const WEIGHT_TOTAL = 100;

/**
 * Sets one pillar's weight and rebalances the other three so the four still total 100.
 *
 * The rule: the moved pillar takes `value` (rounded to a whole number and clamped to 0–100), and
 * the remaining 100 − value is shared among the other pillars in proportion to their current
 * weights. When the other pillars all weigh 0, they share it equally. Shares are rounded to
 * whole numbers by the largest-remainder method, ties going to the earlier pillar in the order
 * Engagement, Satisfaction, Adoption, Outcomes, so the total is exactly 100.
 *
 * @param weights the current weights; any non-negative numbers
 * @param pillar the pillar the user moved
 * @param value its new weight, 0–100
 * @returns whole-number weights that total 100, with `pillar` at the clamped value
 * @example setPillarWeight({ Engagement: 25, Satisfaction: 25, Adoption: 25, Outcomes: 25 }, "Outcomes", 40)
 *   // { Engagement: 20, Satisfaction: 20, Adoption: 20, Outcomes: 40 }
 */
export function setPillarWeight(weights: PerPillar<number>, pillar: Pillar, value: number): PerPillar<number> {
  const fixed = Math.min(WEIGHT_TOTAL, Math.max(0, Math.round(Number.isFinite(value) ? value : 0)));
  const others = PILLARS.filter((other) => other !== pillar);
  const otherTotal = others.reduce((sum, other) => sum + Math.max(0, weights[other]), 0);

  const remaining = WEIGHT_TOTAL - fixed;
  const exactShares = others.map((other) => (otherTotal > 0 ? (remaining * Math.max(0, weights[other])) / otherTotal : remaining / others.length));
  const shares = roundToTotal(exactShares, remaining);

  return perPillar((name) => (name === pillar ? fixed : (shares[others.indexOf(name)] ?? 0)));
}

/**
 * Scales any non-negative weights to whole numbers that total 100, by the same largest-remainder
 * rounding; all-zero or invalid weights become 25 each. The pane calls this on a model read from
 * the sheet, whose weights may be 1/1/1/1 or 0.25 each.
 */
export function toPercentWeights(weights: PerPillar<number>): PerPillar<number> {
  const values = PILLARS.map((pillar) => (Number.isFinite(weights[pillar]) ? Math.max(0, weights[pillar]) : 0));
  const total = values.reduce((sum, weight) => sum + weight, 0);
  const exact = values.map((weight) => (total > 0 ? (WEIGHT_TOTAL * weight) / total : WEIGHT_TOTAL / PILLARS.length));
  const rounded = roundToTotal(exact, WEIGHT_TOTAL);
  return perPillar((_, index) => rounded[index] ?? 0);
}

/** Rounds non-negative shares down, then gives the leftover units to the largest remainders (earlier first on ties). */
function roundToTotal(exact: readonly number[], total: number): number[] {
  const floors = exact.map((share) => Math.floor(share + 1e-9));
  let leftover = total - floors.reduce((sum, share) => sum + share, 0);
  const order = exact
    .map((share, index) => ({ index, remainder: share - (floors[index] ?? 0) }))
    .sort((a, b) => b.remainder - a.remainder || a.index - b.index);

  for (const { index } of order) {
    if (leftover <= 0) break;
    floors[index] = (floors[index] ?? 0) + 1;
    leftover--;
  }
  return floors;
}

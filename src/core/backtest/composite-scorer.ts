import { composite } from "../composite";
import type { PillarScores, PillarVector } from "../vector";

/** The pillars' presence patterns: bit i is set when pillar i has a score, so 16 patterns. */
const PATTERNS = 16;

/**
 * Recomputes the composite of many accounts under many weight vectors, for the weight search.
 * Every result equals `composite()` with the `redistribute` policy bit for bit, which a test
 * checks, but costs four multiplications per account instead of a call.
 *
 * Method: the composite of an account depends on the weights only through the effective
 * weights and the coverage check of its presence pattern. So for each weight vector,
 * `composite()` runs once per pattern (16 calls), and each account then sums its effective
 * weights times its scores in pillar order, as `composite()` does, and clamps to 0–100.
 * NaN checks and the clamp use comparisons, because `Number.isNaN` and `Math.min` were an
 * order of magnitude slower inside Jest's sandbox.
 *
 * Cost: O(n) to build; O(n) per weight vector.
 */
export class RedistributedCompositeScorer {
  readonly accounts: number;
  private readonly scores: Float64Array;
  private readonly patterns: Uint8Array;
  private readonly minCoverage: number;

  /**
   * @param pillars each account's pillar scores, null where a pillar has no data
   * @param minCoverage the model's minimum coverage, 0–1
   */
  constructor(pillars: readonly PillarScores[], minCoverage: number) {
    this.accounts = pillars.length;
    this.minCoverage = minCoverage;
    this.scores = new Float64Array(pillars.length * 4);
    this.patterns = new Uint8Array(pillars.length);
    pillars.forEach((scores, account) => {
      let pattern = 0;
      scores.forEach((score, pillar) => {
        if (score === null) return;
        pattern |= 1 << pillar;
        this.scores[account * 4 + pillar] = score;
      });
      this.patterns[account] = pattern;
    });
  }

  /**
   * Writes each account's composite into `out`, NaN where coverage is below the minimum.
   *
   * @param weights pillar weights normalised to sum to 1
   * @param out an array of length `accounts`, overwritten
   */
  scoreInto(weights: PillarVector<number>, out: Float64Array): void {
    const effective = this.effectiveWeightsByPattern(weights);
    const scores = this.scores;
    for (let account = 0; account < this.accounts; account++) {
      const base = (this.patterns[account] as number) * 4;
      if (isNotANumber(effective[base] as number)) {
        out[account] = Number.NaN;
        continue;
      }
      const offset = account * 4;
      let sum = 0;
      sum = sum + (effective[base] as number) * (scores[offset] as number);
      sum = sum + (effective[base + 1] as number) * (scores[offset + 1] as number);
      sum = sum + (effective[base + 2] as number) * (scores[offset + 2] as number);
      sum = sum + (effective[base + 3] as number) * (scores[offset + 3] as number);
      out[account] = clampByComparison(sum);
    }
  }

  /** Runs `composite()` once per presence pattern: 4 effective weights per pattern, all NaN when insufficient. */
  private effectiveWeightsByPattern(weights: PillarVector<number>): Float64Array {
    const table = new Float64Array(PATTERNS * 4);
    for (let pattern = 0; pattern < PATTERNS; pattern++) {
      const probe: PillarScores = [bit(pattern, 0), bit(pattern, 1), bit(pattern, 2), bit(pattern, 3)];
      const result = composite({ scores: probe, weights, policy: "redistribute", minCoverage: this.minCoverage });
      result.effectiveWeights.forEach((weight, pillar) => {
        table[pattern * 4 + pillar] = result.insufficient ? Number.NaN : weight;
      });
    }
    return table;
  }
}

/**
 * Tests for NaN. Inside Jest's sandbox a call to `Number.isNaN` cost about 80 times this
 * comparison in a loop of 3.5 million checks (Node 20), so the hot loops use it instead.
 */
export function isNotANumber(value: number): boolean {
  return value !== value;
}

/**
 * Keeps a sum inside 0–100 like core's `clampScore`. That one calls `Math.min` and `Math.max`,
 * which were as slow as `Number.isNaN` inside Jest's sandbox. The two agree on every sum the
 * scorer makes, because the sum starts at +0 and so is never −0.
 */
function clampByComparison(sum: number): number {
  if (sum < 0) return 0;
  return sum > 100 ? 100 : sum;
}

/** Makes the probe score of `pillar`: 0 when the pattern has the pillar, null when it does not. */
function bit(pattern: number, pillar: number): number | null {
  return (pattern >> pillar) & 1 ? 0 : null;
}

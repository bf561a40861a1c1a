import fc from "fast-check";
import { RedistributedCompositeScorer } from "../../../src/core/backtest/composite-scorer";
import { composite } from "../../../src/core/composite";
import type { PillarScores, PillarVector } from "../../../src/core/vector";
import { normalizePillarWeights } from "../../../src/core/weights";

const FAST_CHECK = { seed: 20240611, numRuns: 200 };

function scoreAll(pillars: readonly PillarScores[], weights: PillarVector<number>, minCoverage: number): number[] {
  const out = new Float64Array(pillars.length);
  new RedistributedCompositeScorer(pillars, minCoverage).scoreInto(weights, out);
  return [...out];
}

describe("RedistributedCompositeScorer", () => {
  test("hand-computed redistribution", () => {
    // [80, null, 60, 40] with equal weights: (80 + 60 + 40) ÷ 3 = 60, coverage 0.75.
    // [null, null, null, 90]: coverage 0.25 is below 0.5, so no composite (NaN).
    const scores = scoreAll([[80, null, 60, 40], [null, null, null, 90]], [0.25, 0.25, 0.25, 0.25], 0.5);
    expect(scores[0]).toBeCloseTo(60, 12);
    expect(scores[1]).toBeNaN();
  });

  test("equals composite() bit for bit", () => {
    const score = fc.option(fc.double({ min: 0, max: 100, noNaN: true }), { nil: null, freq: 4 });
    const account = fc.tuple(score, score, score, score);
    const weights = fc.tuple(...[0, 1, 2, 3].map(() => fc.integer({ min: 0, max: 20 }))).filter((raw) => raw.some((weight) => weight > 0));
    const minCoverage = fc.constantFrom(0, 0.25, 0.5, 0.6, 1);

    fc.assert(
      fc.property(fc.array(account, { minLength: 1, maxLength: 30 }), weights, minCoverage, (pillars, raw, coverage) => {
        const normalized = normalizePillarWeights(raw);
        if (!normalized.ok) throw new Error("the generator makes valid weights");

        const fast = scoreAll(pillars, normalized.value, coverage);
        pillars.forEach((scores, index) => {
          const expected = composite({ scores, weights: normalized.value, policy: "redistribute", minCoverage: coverage }).score;
          expect(fast[index]).toBe(expected ?? Number.NaN);
        });
      }),
      FAST_CHECK,
    );
  });
});

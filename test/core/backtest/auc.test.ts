import fc from "fast-check";
import { InvalidArgumentError } from "../../../src/core/backtest/argument-error";
import { churnAuc, countChurnPairsSorted } from "../../../src/core/backtest/auc";

const FAST_CHECK = { seed: 20240611, numRuns: 300 };

/** Computes the AUC from its definition, pair by pair in O(c · r), to check the sort-based count. */
function aucByPairs(churned: readonly number[], retained: readonly number[]): number {
  let pairs = 0;
  for (const low of churned) {
    for (const high of retained) {
      if (low < high) pairs += 1;
      if (low === high) pairs += 0.5;
    }
  }
  return pairs / (churned.length * retained.length);
}

describe("churnAuc", () => {
  test("hand-computed case without ties", () => {
    // Pairs (churned, retained): (10, 30) ordered, (10, 50) ordered, (40, 30) reversed, (40, 50) ordered.
    // AUC = 3 ordered pairs ÷ 4 pairs = 0.75.
    expect(churnAuc([10, 40], [30, 50])).toBe(0.75);
  });

  test("ties count one half", () => {
    // Pairs: (20, 20) tie = 0.5, (20, 40) = 1, (30, 20) = 0, (30, 40) = 1. Sum 2.5 ÷ 4 pairs = 0.625.
    expect(churnAuc([20, 30], [20, 40])).toBe(0.625);
  });

  test("all scores equal give one half", () => {
    // Every one of the 2 × 3 pairs is a tie worth 0.5, so AUC = 3 ÷ 6.
    expect(churnAuc([50, 50], [50, 50, 50])).toBe(0.5);
  });

  test("perfect and inverted separation", () => {
    expect(churnAuc([1, 2, 3], [4, 5])).toBe(1);
    expect(churnAuc([4, 5], [1, 2, 3])).toBe(0);
  });

  test("input order changes nothing", () => {
    expect(churnAuc([40, 10], [50, 30])).toBe(churnAuc([10, 40], [30, 50]));
  });

  test("empty class gives null", () => {
    expect(churnAuc([], [1, 2])).toBeNull();
    expect(churnAuc([1, 2], [])).toBeNull();
  });

  test("NaN score throws with the value", () => {
    expect(() => churnAuc([1, Number.NaN], [2])).toThrow(InvalidArgumentError);
    expect(() => churnAuc([1], [Number.POSITIVE_INFINITY])).toThrow(/retainedScores.*Infinity/);
  });

  test("input arrays are left unsorted", () => {
    const churned = [40, 10];
    churnAuc(churned, [30]);
    expect(churned).toEqual([40, 10]);
  });
});

describe("countChurnPairsSorted", () => {
  test("counts U with a tie", () => {
    // (10, 30) = 1, (10, 40) = 1, (40, 30) = 0, (40, 40) = 0.5: U = 2.5.
    expect(countChurnPairsSorted([10, 40], [30, 40])).toBe(2.5);
  });

  test("runs of ties on both sides", () => {
    // Churned 5, 5 against retained 5, 5, 5: 6 ties = 3. Churned 7 against the three 5s: 0.
    expect(countChurnPairsSorted([5, 5, 7], [5, 5, 5])).toBe(3);
  });
});

describe("churnAuc properties", () => {
  const scores = fc.array(fc.integer({ min: -50, max: 50 }), { minLength: 1, maxLength: 40 });

  test("matches the pair-by-pair definition", () => {
    fc.assert(
      fc.property(scores, scores, (churned, retained) => {
        expect(churnAuc(churned, retained)).toBeCloseTo(aucByPairs(churned, retained), 12);
      }),
      FAST_CHECK,
    );
  });

  test("lies in [0, 1]", () => {
    const anyScores = fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 60 });
    fc.assert(
      fc.property(anyScores, anyScores, (churned, retained) => {
        const auc = churnAuc(churned, retained) ?? Number.NaN;
        expect(auc).toBeGreaterThanOrEqual(0);
        expect(auc).toBeLessThanOrEqual(1);
      }),
      FAST_CHECK,
    );
  });

  test("negating scores without ties gives 1 − AUC", () => {
    const distinct = fc.uniqueArray(fc.integer({ min: -1000, max: 1000 }), { minLength: 2, maxLength: 60 });
    fc.assert(
      fc.property(distinct, fc.integer({ min: 1, max: 59 }), (values, cut) => {
        const split = Math.min(cut, values.length - 1);
        const churned = values.slice(0, split);
        const retained = values.slice(split);
        const negated = churnAuc(churned.map((score) => -score), retained.map((score) => -score)) ?? Number.NaN;
        expect(negated).toBeCloseTo(1 - (churnAuc(churned, retained) ?? Number.NaN), 12);
      }),
      FAST_CHECK,
    );
  });

  test("scaling by a positive factor changes nothing", () => {
    // Integer scores times a factor of at least 0.01 stay at least 0.01 apart, far above
    // rounding error, so the order and the ties are exactly preserved.
    fc.assert(
      fc.property(scores, scores, fc.double({ min: 0.01, max: 100, noNaN: true }), (churned, retained, factor) => {
        const scaled = churnAuc(churned.map((score) => score * factor), retained.map((score) => score * factor));
        expect(scaled).toBe(churnAuc(churned, retained));
      }),
      FAST_CHECK,
    );
  });
});

import { assertTiers, tiersScore, tiersScores } from "../../../src/core/methods/tiers";

const cuts = [40, 70];
const points = [0, 50, 100];

describe("tiersScore", () => {
  test("below the first cut scores the first tier", () => {
    expect(tiersScore(39.9, cuts, points)).toBe(0);
  });

  test("between cuts scores the middle tier", () => {
    expect(tiersScore(50, cuts, points)).toBe(50);
  });

  test("a value on a cut belongs to the tier above", () => {
    expect(tiersScore(40, cuts, points)).toBe(50);
    expect(tiersScore(70, cuts, points)).toBe(100);
  });

  test("descending points reward lower values", () => {
    // Open tickets: fewer than 3 → 100, 3 to 9 → 50, 10 or more → 0.
    expect(tiersScore(2, [3, 10], [100, 50, 0])).toBe(100);
    expect(tiersScore(10, [3, 10], [100, 50, 0])).toBe(0);
  });

  test("no cuts scores the only tier", () => {
    expect(tiersScore(123, [], [60])).toBe(60);
  });
});

describe("tiersScores", () => {
  test("keeps missing rows missing", () => {
    const scores = tiersScores(Float64Array.of(Number.NaN, 80), { kind: "tiers", cuts, points });

    expect(Array.from(scores)).toEqual([Number.NaN, 100]);
  });
});

describe("assertTiers", () => {
  test("rejects a points count that misses a tier", () => {
    expect(() => assertTiers([40, 70], [0, 100])).toThrow(/2 points for 2 cuts/);
  });

  test("rejects descending cuts", () => {
    expect(() => assertTiers([70, 40], [0, 50, 100])).toThrow(/cuts\[1\] is 40/);
  });
});

import { InvalidArgumentError } from "../../../src/core/backtest/argument-error";
import { pointDistance, pointTransfers, pointWeightsKey, simplexGrid } from "../../../src/core/backtest/weight-grid";

describe("simplexGrid", () => {
  test("step 5 has 1,771 points", () => {
    // Multiples of 5 summing to 100 are 4 parts summing to 20: C(20 + 3, 3) = 23 · 22 · 21 ÷ 6 = 1,771.
    expect(simplexGrid(5)).toHaveLength(1771);
  });

  test("every point sums to 100 in whole steps", () => {
    for (const weights of simplexGrid(5)) {
      expect(weights.reduce((sum, weight) => sum + weight, 0)).toBe(100);
      expect(weights.every((weight) => weight >= 0 && weight % 5 === 0)).toBe(true);
    }
  });

  test("points are distinct", () => {
    const keys = new Set(simplexGrid(5).map(pointWeightsKey));
    expect(keys.size).toBe(1771);
  });

  test("step 50 lists the ten points in order", () => {
    expect(simplexGrid(50)).toEqual([
      [0, 0, 0, 100],
      [0, 0, 50, 50],
      [0, 0, 100, 0],
      [0, 50, 0, 50],
      [0, 50, 50, 0],
      [0, 100, 0, 0],
      [50, 0, 0, 50],
      [50, 0, 50, 0],
      [50, 50, 0, 0],
      [100, 0, 0, 0],
    ]);
  });

  test("a step that does not divide 100 throws", () => {
    expect(() => simplexGrid(3)).toThrow(InvalidArgumentError);
    expect(() => simplexGrid(0)).toThrow(/step/);
  });
});

describe("pointTransfers", () => {
  test("moves one point between pillars", () => {
    expect(pointTransfers([0, 0, 0, 100])).toEqual([
      [1, 0, 0, 99],
      [0, 1, 0, 99],
      [0, 0, 1, 99],
    ]);
  });

  test("an interior point has 12 neighbours summing to 100", () => {
    const neighbours = pointTransfers([25, 25, 25, 25]);
    expect(neighbours).toHaveLength(12);
    for (const weights of neighbours) expect(weights.reduce((sum, weight) => sum + weight, 0)).toBe(100);
  });
});

describe("pointDistance", () => {
  test("L1 distance by hand", () => {
    // |0 − 25| + |10 − 25| + |30 − 25| + |60 − 25| = 25 + 15 + 5 + 35 = 80.
    expect(pointDistance([0, 10, 30, 60], [25, 25, 25, 25])).toBe(80);
  });
});

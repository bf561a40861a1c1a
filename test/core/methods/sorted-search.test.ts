import { countAtOrBelow, countBelow } from "../../../src/core/methods/sorted-search";

describe("countBelow and countAtOrBelow", () => {
  const sorted = [10, 20, 20, 30];

  test.each([
    // value, strictly below, at or below
    [5, 0, 0],
    [10, 0, 1],
    [15, 1, 1],
    [20, 1, 3],
    [30, 3, 4],
    [35, 4, 4],
  ])("place %p", (value, below, atOrBelow) => {
    expect(countBelow(sorted, value)).toBe(below);
    expect(countAtOrBelow(sorted, value)).toBe(atOrBelow);
  });

  test("empty list counts 0", () => {
    expect(countBelow([], 1)).toBe(0);
    expect(countAtOrBelow([], 1)).toBe(0);
  });
});

import { cellError, errorOf } from "./custom-functions-stand-in";
import { HEALTH_FUNCTIONS } from "../../src/functions";

const trend = (...args: unknown[]): unknown => HEALTH_FUNCTIONS["TREND"]!(...args);

describe("HEALTH.TREND", () => {
  test("computes change, slope and decline", () => {
    // Change 55 − 62 = −7. Slope over 70, 65, 62, 55 at x = 0…3: Σ(x − 1.5)(y − 63) = −24 over
    // Σ(x − 1.5)² = 5, so −4.8. The change passes the default 5-point threshold, so it is declining.
    expect(trend([[70, 65, 62]], 55)).toEqual([[-7, -4.8, true]]);
  });

  test("reads a column and numbers as text", () => {
    expect(trend([["70"], [" 65 "], ["62"]], "55")).toEqual([[-7, -4.8, true]]);
  });

  test("adds a header row", () => {
    expect(trend([[70, 65, 62]], 55, null, null, true)).toEqual([
      ["Change", "Slope per period", "Declining"],
      [-7, -4.8, true],
    ]);
  });

  test("counts a blank inside as a missed period", () => {
    // Points (0, 70), (2, 62), (3, 66): x̄ = 5/3, ȳ = 66, Σ(x − x̄)(y − ȳ) = −8, Σ(x − x̄)² = 14/3,
    // slope −8 ÷ 14/3 = −12/7. Change 66 − 62 = +4. Neither drops by 5.
    expect(trend([[70, "", 62]], 66)).toEqual([[4, -12 / 7, false]]);
    expect(trend([[70, cellError("#N/A"), 62]], 66)).toEqual([[4, -12 / 7, false]]);
  });

  test("drops blank cells at the end", () => {
    expect(trend([[70, 65, 62, "", null]], 55)).toEqual(trend([[70, 65, 62]], 55));
  });

  test("keeps a missing marker at the end", () => {
    // Series 70, 65, 62, N/A, 55; the last 4 are (0, 65), (1, 62), (3, 55): x̄ = 4/3, ȳ = 182/3,
    // Σ(x − x̄)(y − ȳ) = −141/9 and Σ(x − x̄)² = 42/9, so the slope is −141/42.
    expect(trend([[70, 65, 62, "N/A"]], 55)).toEqual([[-7, -141 / 42, true]]);
  });

  test("uses the periods and threshold", () => {
    // The last 2 snapshots: 62 then 55, slope −7. A 10-point threshold flags neither −7.
    expect(trend([[70, 65, 62]], 55, 2, 10)).toEqual([[-7, -7, false]]);
  });

  test("has no change without a current score", () => {
    // Slope over 70, 65, 62 at x = 0…2: (−1 · 4.33 + 1 · −3.67) ÷ 2 = −4, above −5.
    expect(trend([[70, 65, 62]], "")).toEqual([["", -4, false]]);
  });

  test("has no slope with one score", () => {
    expect(trend([[""]], 60)).toEqual([["", "", false]]);
  });

  test("rejects one period", () => {
    expect(errorOf(trend([[70, 65]], 60, 1))).toEqual({ code: "#VALUE!", message: "periods: 1 is not valid. Expected a whole number of snapshots, 2 or more." });
  });

  test("rejects a zero threshold", () => {
    expect(errorOf(trend([[70, 65]], 60, null, 0))).toEqual({ code: "#VALUE!", message: "decline_threshold: 0 is not valid. Expected a number of points above 0." });
  });

  test("rejects text in the scores", () => {
    expect(errorOf(trend([[70, "high"]], 60))).toEqual({
      code: "#VALUE!",
      message: 'earlier_scores (cell 2) is "high", not a number. Expected a score from 0 to 100, or a blank cell for no data.',
    });
  });

  test("rejects a headers value that is not a flag", () => {
    expect(errorOf(trend([[70, 65]], 60, null, null, "maybe"))).toEqual({ code: "#VALUE!", message: 'headers is "maybe". Expected TRUE or FALSE.' });
  });

  test("rejects a block of earlier scores", () => {
    expect(errorOf(trend([[70, 65], [60, 55]], 60))).toEqual({
      code: "#VALUE!",
      message: "earlier_scores must be one row or one column of cells; received 2 rows × 2 columns.",
    });
  });
});

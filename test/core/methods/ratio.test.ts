import { ratioOf } from "../../../src/core/methods/ratio";

describe("ratioOf", () => {
  test("divides numerator by denominator", () => {
    // 30 active users ÷ 40 seats = 0.75.
    expect(ratioOf(30, 40)).toBe(0.75);
  });

  test("zero denominator has no ratio", () => {
    expect(ratioOf(30, 0)).toBeNaN();
    expect(ratioOf(0, 0)).toBeNaN();
  });

  test("missing or invalid readings have no ratio", () => {
    expect(ratioOf("missing", 40)).toBeNaN();
    expect(ratioOf(30, "invalid")).toBeNaN();
  });

  test("zero numerator is a ratio of 0", () => {
    expect(ratioOf(0, 40)).toBe(0);
  });
});

import { changeSincePrevious } from "../../../src/core/trend/change";

describe("changeSincePrevious", () => {
  test("drop since the last snapshot", () => {
    // 55 − 62 = −7.
    expect(changeSincePrevious([70, 62], 55)).toBe(-7);
  });

  test("skips trailing nulls", () => {
    // The last non-null earlier composite is 62: 55 − 62 = −7.
    expect(changeSincePrevious([70, 62, null, null], 55)).toBe(-7);
  });

  test("rise is positive", () => {
    expect(changeSincePrevious([40], 52.5)).toBe(12.5);
  });

  test("null without a current composite", () => {
    expect(changeSincePrevious([70, 62], null)).toBeNull();
  });

  test("null without an earlier composite", () => {
    expect(changeSincePrevious([], 55)).toBeNull();
    expect(changeSincePrevious([null, null], 55)).toBeNull();
  });
});

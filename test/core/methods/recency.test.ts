import { daysSince, recencyScores } from "../../../src/core/methods/recency";
import type { RecencyMethod } from "../../../src/core/model";

const lastContact: RecencyMethod = { kind: "recency", targetDays: 7, floorDays: 90 };

describe("daysSince", () => {
  test("counts whole days", () => {
    expect(daysSince(45580, 45590)).toBe(10);
  });

  test("ignores the time of day", () => {
    // floor(45590.2) − floor(45580.9) = 45590 − 45580 = 10.
    expect(daysSince(45580.9, 45590.2)).toBe(10);
  });

  test("future dates are negative", () => {
    expect(daysSince(45595, 45590)).toBe(-5);
  });
});

describe("recencyScores", () => {
  test("scores like target on days", () => {
    const scores = recencyScores(Float64Array.of(7, 90, 48.5, 200, Number.NaN), lastContact);

    // 7 days → target → 100; 90 → floor → 0; 48.5: (48.5 − 90) ÷ (7 − 90) × 100 = −41.5 / −83 × 100 = 50;
    // 200 is past the floor → 0; the blank stays missing.
    expect(Array.from(scores)).toEqual([100, 0, 50, 0, Number.NaN]);
  });

  test("future dates clamp to 100", () => {
    expect(recencyScores(Float64Array.of(-3), lastContact)[0]).toBe(100);
  });
});

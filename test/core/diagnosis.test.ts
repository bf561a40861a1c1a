import { diagnosesOf, sharedDiagnosesOf } from "../../src/core/diagnosis";
import { DEFAULT_BANDS } from "../../src/core/model";

describe("diagnoses", () => {
  test("undervalued lists the more specific pattern first", () => {
    // E, A, O at or above 70 and S below 40: Undervalued, and Adoption high + Satisfaction low.
    expect(diagnosesOf([75, 30, 80, 90], DEFAULT_BANDS)).toEqual(["undervalued", "lockedInUnhappy"]);
  });

  test("locked in, unhappy", () => {
    expect(diagnosesOf([50, 39.9, 70, 50], DEFAULT_BANDS)).toEqual(["lockedInUnhappy"]);
  });

  test("talk without results and champion only together", () => {
    expect(diagnosesOf([85, 50, 20, 10], DEFAULT_BANDS)).toEqual(["talkWithoutResults", "championOnly"]);
  });

  test("drifting when engagement is low", () => {
    expect(diagnosesOf([39, 50, 50, 50], DEFAULT_BANDS)).toEqual(["drifting"]);
  });

  test("thresholds are inclusive for high and exclusive for low", () => {
    // 70 is high, 40 is not low.
    expect(diagnosesOf([70, 50, 50, 40], DEFAULT_BANDS)).toEqual([]);
  });

  test("missing pillars match no condition", () => {
    expect(diagnosesOf([null, 10, 90, null], DEFAULT_BANDS)).toEqual(["lockedInUnhappy"]);
    expect(diagnosesOf([null, null, null, null], DEFAULT_BANDS)).toEqual([]);
  });

  test("shared lists match diagnosesOf", () => {
    const cases: [number | null, number | null, number | null, number | null][] = [
      [75, 30, 80, 90],
      [85, 50, 20, 10],
      [39, 50, 50, 50],
      [70, 50, 50, 40],
      [null, null, null, null],
    ];
    for (const scores of cases) expect(sharedDiagnosesOf(scores, DEFAULT_BANDS)).toEqual(diagnosesOf(scores, DEFAULT_BANDS));
  });

  test("shared lists are frozen and reused", () => {
    const first = sharedDiagnosesOf([85, 50, 75, 20], DEFAULT_BANDS);
    const second = sharedDiagnosesOf([90, 60, 80, 10], DEFAULT_BANDS);

    expect(second).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
  });

  test("diagnosesOf returns a list the caller owns", () => {
    const list = diagnosesOf([85, 50, 75, 20], DEFAULT_BANDS);

    list.push("drifting");
    expect(diagnosesOf([85, 50, 75, 20], DEFAULT_BANDS)).toEqual(["talkWithoutResults"]);
  });
});

import { isAllDistinct, isDateColumn, isNumericColumn, isTextColumn, profileColumn } from "../../../src/core/automap/profile";
import { columnOf } from "./table-of";

describe("profileColumn", () => {
  it("reads numbers written as text", () => {
    const profile = profileColumn(columnOf("ARR", ["1,234", " 12 ", "45%", "4.0", 7]), 0);

    // readNumber: "1,234" → 1234, " 12 " → 12, "45%" → 0.45, "4.0" → 4.
    expect(profile.numbers).toEqual([1234, 12, 0.45, 4, 7]);
    expect(isNumericColumn(profile)).toBe(true);
  });

  it("stays numeric with one bad cell", () => {
    // Five numbers of six present cells: 5 / 6 = 83% is at least 75%, and five is at least three.
    const profile = profileColumn(columnOf("Weekly Logins", [300, 10, 100, 50, "abc", 200]), 0);

    expect(profile.numbers).toEqual([300, 10, 100, 50, 200]);
    expect(profile.textCount).toBe(1);
    expect(isNumericColumn(profile)).toBe(true);
  });

  it.each([
    ["three numbers of four, 75%", [1, 2, 3, "x"], true],
    ["three numbers of five, 60%", [1, 2, 3, "x", "y"], false],
    ["two numbers of two", [1, 2], true],
    ["two numbers of three", [1, 2, "x"], false],
    ["one number", [7], true],
  ])("reads %s as numeric: %j", (_, values, numeric) => {
    const profile = profileColumn(columnOf("Count", values), 0);

    expect(isNumericColumn(profile)).toBe(numeric);
    expect(isTextColumn(profile)).toBe(!numeric);
  });

  it("skips missing markers", () => {
    const profile = profileColumn(columnOf("ARR", ["N/A", "", null, undefined, "-", { error: "#N/A" }, 5]), 0);

    expect(profile.present).toBe(1);
    expect(profile.sample).toEqual(["5"]);
  });

  it("keeps yes and no as labels", () => {
    const profile = profileColumn(columnOf("Escalated", ["Yes", "No", true, false]), 0);

    expect(profile.numbers).toEqual([]);
    expect(profile.labels).toEqual(["yes", "no", "true", "false"]);
    expect(isTextColumn(profile)).toBe(true);
  });

  it("counts ISO dates and date values", () => {
    const profile = profileColumn(columnOf("Signup", ["2024-10-16", "2023-07-28 03:00:00", new Date(Date.UTC(2024, 0, 2))]), 0);

    expect(profile.dateCount).toBe(3);
    expect(isDateColumn(profile)).toBe(true);
    expect(profile.sample).toEqual(["2024-10-16", "2023-07-28 03:00:00", "2024-01-02"]);
  });

  it("treats 1.0 and 1 as one label", () => {
    const profile = profileColumn(columnOf("Churn Value", ["1.0", 1, "0.0", 0]), 0);

    expect(profile.labels).toEqual(["1", "0"]);
    expect(isAllDistinct(profile)).toBe(false);
  });

  it("samples five distinct values in order", () => {
    const profile = profileColumn(columnOf("Plan", ["B", "A", "B", "C", "D", "E", "F"]), 0);

    expect(profile.sample).toEqual(["B", "A", "C", "D", "E"]);
  });

  it("measures text length", () => {
    const profile = profileColumn(columnOf("Notes", ["abcd", "ab"]), 0);

    // (4 + 2) / 2 characters.
    expect(profile.meanTextLength).toBe(3);
  });
});

import { isMissing, readDate, readLabel, readNumber, serialToDate } from "../../src/core/values";

describe("reading numbers", () => {
  test.each([
    ["", "missing"],
    ["   ", "missing"],
    ["N/A", "missing"],
    ["n/a", "missing"],
    ["NA", "missing"],
    ["-", "missing"],
    ["—", "missing"],
    ["none", "missing"],
    ["#N/A", "missing"],
    [null, "missing"],
    [undefined, "missing"],
    [{ error: "#N/A" }, "missing"],
  ])("%p is missing", (cell, expected) => {
    expect(readNumber(cell)).toBe(expected);
  });

  test.each([
    ["1,234", 1234],
    ["1,234,567.5", 1234567.5],
    ["45%", 0.45],
    ["4.0", 4],
    [" 12 ", 12],
    ["-3.5", -3.5],
    ["$12,400", 12400],
    ["1e3", 1000],
    [true, 1],
    [false, 0],
    ["True", 1],
    ["No", 0],
    [42, 42],
  ])("%p reads as %p", (cell, expected) => {
    expect(readNumber(cell)).toBe(expected);
  });

  test.each(["unknown", "TBD", "12abc", "1,23", "0x10", "12 34"])("%p is invalid, never 0", (cell) => {
    expect(readNumber(cell)).toBe("invalid");
  });

  test("a date reads as its Excel serial number", () => {
    // Excel shows 45991 as 2025-11-30.
    expect(readNumber(new Date(Date.UTC(2025, 10, 30)))).toBe(45991);
  });
});

describe("reading dates", () => {
  test("an ISO date becomes its Excel serial number", () => {
    // In Excel, =DATE(2024,10,16) is 45581.
    expect(readDate("2024-10-16")).toBe(45581);
  });

  test("an ISO datetime keeps the time as a fraction", () => {
    expect(readDate("2023-07-28 03:00:00")).toBeCloseTo(45135 + 3 / 24, 10);
  });

  test("a serial number is already a date", () => {
    expect(readDate(45581)).toBe(45581);
    expect(serialToDate(45581).toISOString().slice(0, 10)).toBe("2024-10-16");
  });

  test("ambiguous or impossible dates are invalid", () => {
    expect(readDate("10/16/2024")).toBe("invalid");
    expect(readDate("2024-02-30")).toBe("invalid");
  });

  test("blank is missing", () => {
    expect(readDate("")).toBe("missing");
  });
});

describe("labels and missing cells", () => {
  test("labels are trimmed and lower-cased", () => {
    expect(readLabel("  Green ")).toBe("green");
    expect(readLabel("N/A")).toBeNull();
  });

  test("zero is a value, not missing", () => {
    expect(isMissing(0)).toBe(false);
    expect(isMissing("0")).toBe(false);
  });
});

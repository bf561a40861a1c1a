import { textAsExcelInput, toCellWrite } from "../../src/workbook/write-cell";

describe("toCellWrite", () => {
  it("applies the write rules", () => {
    expect(toCellWrite(null)).toEqual({ kind: "unchanged" });
    expect(toCellWrite("")).toEqual({ kind: "clear" });
    expect(toCellWrite(42.5)).toEqual({ kind: "number", value: 42.5 });
    expect(toCellWrite(false)).toEqual({ kind: "boolean", value: false });
    expect(toCellWrite("=SUM(A1:A3)")).toEqual({ kind: "formula", formula: "=SUM(A1:A3)" });
    expect(toCellWrite("At risk")).toEqual({ kind: "text", text: "At risk" });
    expect(toCellWrite({ text: "=not a formula" })).toEqual({ kind: "text", text: "=not a formula" });
    expect(toCellWrite({ text: "" })).toEqual({ kind: "clear" });
  });

  it("rejects plain strings starting with a sign", () => {
    for (const text of ["-", "+1", "-5", "- drifting"]) {
      expect(() => toCellWrite(text)).toThrow(expect.objectContaining({ code: "InvalidArgument", value: text }));
    }
  });

  it("rejects numbers a cell cannot hold", () => {
    for (const value of [NaN, Infinity, -Infinity]) {
      expect(() => toCellWrite(value)).toThrow(expect.objectContaining({ code: "InvalidArgument" }));
    }
  });

  it("rejects text longer than a cell holds", () => {
    expect(() => toCellWrite("x".repeat(32_768))).toThrow(expect.objectContaining({ code: "InvalidArgument", value: 32_768 }));
    expect(toCellWrite("x".repeat(32_767))).toEqual({ kind: "text", text: "x".repeat(32_767) });
  });
});

describe("textAsExcelInput", () => {
  it("prefixes an apostrophe where Excel would convert the text", () => {
    const converted = ["=x", "+x", "-", "'quoted", "@x", "#N/A", "00123", "45%", ".5", "(5)", "$12", "2024-01-02", "true", " FALSE ", "Jan 5", "mar-2024"];
    for (const text of converted) expect(textAsExcelInput(text)).toBe(`'${text}`);
  });

  it("leaves other text as it is", () => {
    for (const text of ["At risk", "Outcomes", "Janet Lee", "May Corp", "Acme 42"]) expect(textAsExcelInput(text)).toBe(text);
  });
});

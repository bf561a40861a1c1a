import { columnIndex, columnName, formatArea, parseArea, sheetReference } from "../../src/workbook/addresses";

describe("column names", () => {
  it("converts indexes to letters and back", () => {
    const cases: [number, string][] = [[0, "A"], [25, "Z"], [26, "AA"], [27, "AB"], [701, "ZZ"], [702, "AAA"], [16_383, "XFD"]];
    for (const [index, name] of cases) {
      expect(columnName(index)).toBe(name);
      expect(columnIndex(name)).toBe(index);
    }
  });
});

describe("parseArea", () => {
  it("parses a cell and an area with absolute markers", () => {
    expect(parseArea("B3")).toEqual({ top: 2, left: 1, bottom: 2, right: 1 });
    expect(parseArea("$A$1:$C$5")).toEqual({ top: 0, left: 0, bottom: 4, right: 2 });
  });

  it("orders reversed corners", () => {
    expect(parseArea("C5:A1")).toEqual({ top: 0, left: 0, bottom: 4, right: 2 });
  });

  it("rejects several areas, sheet names and cells off the grid", () => {
    for (const address of ["A1:B2,D1:D5", "A1;B2", "Sheet1!A1", "A:C", "XFE1", "A1048577", ""]) {
      expect(() => parseArea(address)).toThrow(expect.objectContaining({ code: "InvalidAddress", value: address }));
    }
  });

  it("round-trips through formatArea", () => {
    expect(formatArea(parseArea("a1:k500"))).toBe("A1:K500");
    expect(formatArea(parseArea("D7"))).toBe("D7");
  });
});

describe("sheetReference", () => {
  it("quotes names that need it and doubles quotes", () => {
    expect(sheetReference("Data")).toBe("Data");
    expect(sheetReference("Health Model")).toBe("'Health Model'");
    expect(sheetReference("Bob's")).toBe("'Bob''s'");
    expect(sheetReference("AB1")).toBe("'AB1'");
  });
});

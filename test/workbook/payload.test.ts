import { estimateRowBytes, planReadChunks, planRowChunks, utf8ByteLength } from "../../src/workbook/payload";

describe("utf8ByteLength", () => {
  it("counts bytes as UTF-8 encodes them", () => {
    for (const text of ["", "abc", "é", "€", "😀", "At risk — 34"]) {
      expect(utf8ByteLength(text)).toBe(Buffer.byteLength(text, "utf8"));
    }
  });
});

describe("estimateRowBytes", () => {
  it("is the row's JSON plus one comma", () => {
    // JSON of [1,"ab",null] is 13 characters.
    expect(estimateRowBytes([[1, "ab", null]])).toEqual([14]);
  });
});

describe("planRowChunks", () => {
  it("fills each chunk up to the budget", () => {
    // 1 byte for the brackets plus 40 per row: two rows make 81 ≤ 100, three make 121.
    expect(planRowChunks([40, 40, 40, 40, 40], 100)).toEqual([
      { start: 0, end: 2 },
      { start: 2, end: 4 },
      { start: 4, end: 5 },
    ]);
  });

  it("gives an oversized row a chunk of its own", () => {
    expect(planRowChunks([10, 500, 10], 100)).toEqual([
      { start: 0, end: 1 },
      { start: 1, end: 2 },
      { start: 2, end: 3 },
    ]);
  });

  it("plans nothing for no rows", () => {
    expect(planRowChunks([], 100)).toEqual([]);
  });
});

describe("planReadChunks", () => {
  it("keeps each chunk within the cell budget", () => {
    expect(planReadChunks(25, 4, 40)).toEqual([
      { start: 0, end: 10 },
      { start: 10, end: 20 },
      { start: 20, end: 25 },
    ]);
  });
});

// office-addin-mock imports office-addin-manifest only for its OfficeApp enum, and under Jest that
// package fails to load: it requires strip-bom 5, which is an ES module only. The enum is all the
// mock needs, so the test supplies it.
jest.mock("office-addin-manifest", () => ({
  OfficeApp: { Excel: "excel", OneNote: "onenote", Outlook: "outlook", PowerPoint: "powerpoint", Project: "project", Word: "word" },
}));

import { OfficeWorkbook } from "../../../src/workbook/office";
import { FakeExcel } from "./fake-excel";

function scoreRow(): (string | number)[] {
  return [12345.5, 67.25, 88.125, 45.5, 99.75, 71.5, "Watch", "Outcomes", 12.5, 0.75, "At risk (34): look at Outcomes first."];
}

describe("OfficeWorkbook writes", () => {
  it("writes 50,000 × 11 in planned chunks", async () => {
    const excel = new FakeExcel();
    const workbook = new OfficeWorkbook({ host: excel.host() });
    const row = scoreRow();

    const report = await workbook.write("Scores", "L2", Array.from({ length: 50_000 }, () => row));

    // Every row has the same JSON, so each 4,000,000-byte chunk takes floor((4e6 - 1) / rowBytes) rows.
    const rowBytes = JSON.stringify(row).length + 1;
    const rowsPerChunk = Math.floor((4_000_000 - 1) / rowBytes);
    const expectedSyncs = Math.ceil(50_000 / rowsPerChunk);
    expect(excel.syncs).toBe(expectedSyncs);
    expect(report).toEqual({ requests: expectedSyncs, retries: 0 });
    expect(Math.max(...excel.requestBytes)).toBeLessThan(5_000_000);
    expect(excel.writes[0]?.address).toBe(`L2:V${rowsPerChunk + 1}`);
    expect(excel.writes.at(-1)?.address).toMatch(/:V50001$/);
  });

  it("keeps numbers and escapes convertible text", async () => {
    const excel = new FakeExcel();
    const workbook = new OfficeWorkbook({ host: excel.host() });

    await workbook.write("Scores", "A1", [[71.5, true, "Watch", { text: "=not a formula" }, "00123", null, ""]]);

    expect(excel.writes).toEqual([
      { sheet: "Scores", address: "A1:G1", property: "values", matrix: [[71.5, true, "Watch", "'=not a formula", "'00123", null, ""]] },
    ]);
  });

  it("sends a chunk with a formula through formulas", async () => {
    const excel = new FakeExcel();
    const workbook = new OfficeWorkbook({ host: excel.host() });

    await workbook.write("Scores", "A2", [["=HEALTH.COMPOSITE(B2:E2,Weights)", 3]]);

    expect(excel.writes).toEqual([{ sheet: "Scores", address: "A2:B2", property: "formulas", matrix: [["=HEALTH.COMPOSITE(B2:E2,Weights)", 3]] }]);
  });

  it("retries a chunk that Excel rejects as too large in halves", async () => {
    const excel = new FakeExcel();
    // The fake measures 40 rows of ["xxxxxxxxxx"] at about 670 bytes and 20 rows at about 370.
    excel.limitBytes = 400;
    const workbook = new OfficeWorkbook({ host: excel.host(), requestBudgetBytes: 1_000 });

    const report = await workbook.write("Out", "A1", Array.from({ length: 40 }, () => ["x".repeat(10)]));

    expect(report).toEqual({ requests: 3, retries: 1 });
    expect(excel.syncs).toBe(3);
    expect(excel.writes.map((write) => write.address)).toEqual(["A1:A20", "A21:A40"]);
  });

  it("fails when a single row is still too large", async () => {
    const excel = new FakeExcel();
    excel.limitBytes = 100;
    const workbook = new OfficeWorkbook({ host: excel.host() });

    await expect(workbook.write("Out", "A1", [["x".repeat(200)]])).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(excel.syncs).toBe(1);
    expect(excel.writes).toEqual([]);
  });

  it("reports progress once per accepted chunk", async () => {
    const excel = new FakeExcel();
    const workbook = new OfficeWorkbook({ host: excel.host(), requestBudgetBytes: 100 });
    const progress: string[] = [];

    // Each row [1234567] is 10 bytes with its comma, so 9 rows (91 bytes) fit in a 100-byte chunk.
    await workbook.write("Out", "A1", Array.from({ length: 20 }, () => [1234567]), {
      onProgress: (p) => progress.push(`${p.rowsWritten}/${p.totalRows}`),
    });

    expect(progress).toEqual(["9/20", "18/20", "20/20"]);
    expect(excel.syncs).toBe(3);
  });

  it("checks the whole block before sending anything", async () => {
    const excel = new FakeExcel();
    const workbook = new OfficeWorkbook({ host: excel.host() });

    await expect(workbook.write("Out", "A1", [["ok"], ["-5"]])).rejects.toMatchObject({ code: "InvalidArgument" });
    expect(excel.syncs).toBe(0);
  });
});

describe("OfficeWorkbook number formats", () => {
  it("sends each area as its own range in one sync", async () => {
    const excel = new FakeExcel();
    const workbook = new OfficeWorkbook({ host: excel.host() });

    await workbook.setNumberFormats("Scores", [{ address: "B2:B3", format: "0.0" }, { address: "D2:D3", format: "0%" }]);

    expect(excel.syncs).toBe(1);
    expect(excel.writes).toEqual([
      { sheet: "Scores", address: "B2:B3", property: "numberFormat", matrix: [["0.0"], ["0.0"]] },
      { sheet: "Scores", address: "D2:D3", property: "numberFormat", matrix: [["0%"], ["0%"]] },
    ]);
  });

  it("rejects a joined list of areas", async () => {
    const workbook = new OfficeWorkbook({ host: new FakeExcel().host() });
    await expect(workbook.setNumberFormats("Scores", [{ address: "B2:B3,D2:D3", format: "0.0" }])).rejects.toMatchObject({
      code: "InvalidAddress",
    });
  });
});

describe("OfficeWorkbook reads", () => {
  it("reads the used range in chunks", async () => {
    const rows = [["Account", "NPS"], ...Array.from({ length: 9 }, (_, i) => [`A${i}`, i === 4 ? { error: "#N/A" } : i === 5 ? "" : i * 10])];
    const excel = new FakeExcel({ Accounts: rows });
    const workbook = new OfficeWorkbook({ host: excel.host(), readCellBudget: 8 });

    const used = await workbook.readUsedRange("Accounts");

    // One sync for the used range's size, then 10 rows × 2 columns in chunks of 4 rows: 3 syncs.
    expect(excel.syncs).toBe(4);
    expect(used?.headers).toEqual(["Account", "NPS"]);
    expect(used?.rows[4]).toEqual(["A4", { error: "#N/A" }]);
    expect(used?.rows[5]).toEqual(["A5", ""]);
    expect(used?.rows[8]).toEqual(["A8", 80]);
    expect(used?.address).toBe("A1:B10");
  });

  it("reads an empty sheet as null after one sync", async () => {
    const excel = new FakeExcel({ Empty: [] });
    const workbook = new OfficeWorkbook({ host: excel.host() });

    expect(await workbook.readUsedRange("Empty")).toBeNull();
    expect(excel.syncs).toBe(1);
  });
});

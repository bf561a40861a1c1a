import { MemoryWorkbook } from "../../../src/workbook/memory";
import type { FormulaEvaluator } from "../../../src/workbook/memory";
import { estimateRowBytes, planRowChunks } from "../../../src/workbook/payload";

function portfolio(): MemoryWorkbook {
  return MemoryWorkbook.fromSheets({
    Accounts: [
      ["Account", "NPS", "Seats", "Status"],
      ["Acme", 40, 120, "Green"],
      ["Globex", null, 80, { error: "#N/A" }],
      ["Initech", -20, "", "Red"],
    ],
  });
}

describe("MemoryWorkbook reads", () => {
  it("reads blanks as empty strings and errors as error values", async () => {
    const used = await portfolio().readUsedRange("Accounts");

    expect(used?.headers).toEqual(["Account", "NPS", "Seats", "Status"]);
    expect(used?.rows).toEqual([
      ["Acme", 40, 120, "Green"],
      ["Globex", "", 80, { error: "#N/A" }],
      ["Initech", -20, "", "Red"],
    ]);
    expect(used?.address).toBe("A1:D4");
    expect(used?.firstRowNumber).toBe(2);
    expect(used?.numberFormats[0]).toEqual(["General", "General", "General", "General"]);
  });

  it("reads an empty sheet's used range as null", async () => {
    const workbook = new MemoryWorkbook();
    await workbook.replaceSheet("Empty");
    expect(await workbook.readUsedRange("Empty")).toBeNull();
  });

  it("rejects an unknown sheet", async () => {
    await expect(portfolio().readUsedRange("Nope")).rejects.toMatchObject({ code: "ItemNotFound", value: "Nope" });
  });

  it("reads the active cell's row across the used columns", async () => {
    const workbook = portfolio();
    workbook.select("Accounts", "C3");

    expect(await workbook.readSelectedRow()).toEqual({
      sheet: "Accounts",
      rowNumber: 3,
      address: "C3",
      firstColumn: 0,
      values: ["Globex", "", 80, { error: "#N/A" }],
    });
  });

  it("tells selection listeners until they unsubscribe", async () => {
    const workbook = portfolio();
    const seen: string[] = [];
    const unsubscribe = await workbook.onSelectionChanged((change) => seen.push(`${change.sheet}!${change.address}`));

    workbook.select("Accounts", "B2");
    await unsubscribe();
    workbook.select("Accounts", "B3");

    expect(seen).toEqual(["Accounts!B2"]);
  });
});

describe("MemoryWorkbook writes", () => {
  it("leaves cells unchanged where the block has null", async () => {
    const workbook = portfolio();
    await workbook.write("Accounts", "B2", [[null, 99], [7, null]]);

    const read = await workbook.readRange("Accounts", "B2:C3");
    expect(read.values).toEqual([[40, 99], [7, 80]]);
  });

  it("clears a cell written with an empty string", async () => {
    const workbook = portfolio();
    await workbook.write("Accounts", "D2", [[""]]);
    expect((await workbook.readRange("Accounts", "D2")).values).toEqual([[""]]);
  });

  it("stores numbers as numbers and text as text", async () => {
    const workbook = portfolio();
    await workbook.write("Accounts", "E1", [["Score", "ID"], [71.25, "00123"], [true, "45%"]]);

    const read = await workbook.readRange("Accounts", "E2:F3");
    expect(read.values).toEqual([[71.25, "00123"], [true, "45%"]]);
    expect(typeof read.values[0]?.[0]).toBe("number");
  });

  it("stores formula-looking text cells as text", async () => {
    const workbook = portfolio();
    await workbook.write("Accounts", "E2", [[{ text: "=not a formula" }, { text: "-" }, { text: "+1" }]]);

    expect((await workbook.readRange("Accounts", "E2:G2")).values).toEqual([["=not a formula", "-", "+1"]]);
    expect(workbook.contents().sheets[0]?.cells[1]?.slice(4)).toEqual(["=not a formula", "-", "+1"]);
  });

  it("reads formula text without an evaluator", async () => {
    const workbook = portfolio();
    await workbook.write("Accounts", "E2", [["=B2*2", 5]]);

    expect(await workbook.readFormulas("Accounts", "E2:F2")).toEqual([["=B2*2", 5]]);
    expect((await workbook.readRange("Accounts", "E2:F2")).values).toEqual([["", 5]]);
  });

  it("reads formula values from an evaluator, recomputed after each change", async () => {
    let evaluations = 0;
    const doubleB2: FormulaEvaluator = {
      evaluate(contents) {
        evaluations++;
        const b2 = contents.sheets[0]?.cells[1]?.[1];
        return { valueAt: (_sheet, row, column) => (row === 1 && column === 4 && typeof b2 === "number" ? b2 * 2 : undefined) };
      },
    };
    const workbook = MemoryWorkbook.fromSheets({ Accounts: [["Account", "NPS"], ["Acme", 40]] }, { evaluator: doubleB2 });

    await workbook.write("Accounts", "E2", [["=B2*2"]]);
    expect((await workbook.readRange("Accounts", "E2")).values).toEqual([[80]]);
    expect((await workbook.readRange("Accounts", "E2")).values).toEqual([[80]]);
    await workbook.write("Accounts", "B2", [[10]]);
    expect((await workbook.readRange("Accounts", "E2")).values).toEqual([[20]]);
    expect(evaluations).toBe(2);
  });

  it("rejects a plain string starting with a sign before writing anything", async () => {
    const workbook = portfolio();
    await expect(workbook.write("Accounts", "A2", [["Changed"], ["-5"]])).rejects.toMatchObject({ code: "InvalidArgument", value: "-5" });
    expect((await workbook.readRange("Accounts", "A2")).values).toEqual([["Acme"]]);
  });

  it("rejects a ragged block", async () => {
    await expect(portfolio().write("Accounts", "A1", [[1, 2], [3]])).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("reports progress after each request", async () => {
    const workbook = new MemoryWorkbook({ requestBudgetBytes: 100 });
    await workbook.replaceSheet("Out");
    const progress: number[] = [];
    // Each row [1234567] is 10 bytes with its comma, so 9 rows (91 bytes) fit in a 100-byte chunk.
    await workbook.write("Out", "A1", Array.from({ length: 20 }, () => [1234567]), { onProgress: (p) => progress.push(p.rowsWritten) });

    expect(progress).toEqual([9, 18, 20]);
  });
});

describe("MemoryWorkbook payload limit", () => {
  it("rejects an oversized request with Excel's error code and changes nothing", async () => {
    const workbook = new MemoryWorkbook({ payloadLimitBytes: 1_000 });
    await workbook.replaceSheet("Out");

    // One row cannot be split further, so a row above the limit fails whatever the chunk budget.
    await expect(workbook.write("Out", "B1", [["y".repeat(2_000)]])).rejects.toMatchObject({
      code: "RequestPayloadSizeLimitExceeded",
      limitBytes: 1_000,
    });
    expect((await workbook.readRange("Out", "B1")).values).toEqual([[""]]);
  });

  it("retries a rejected chunk in halves", async () => {
    // Rows of ["xxxxxxxxxx"] are 15 bytes each with the comma, so 40 rows make one 601-byte chunk under
    // the 1,000-byte budget. The 400-byte limit rejects it, and halves of 20 rows (about 330 bytes) pass.
    const workbook = new MemoryWorkbook({ payloadLimitBytes: 400, requestBudgetBytes: 1_000 });
    await workbook.replaceSheet("Out");
    workbook.resetStats();

    const report = await workbook.write("Out", "A1", Array.from({ length: 40 }, () => ["x".repeat(10)]));

    expect(report).toEqual({ requests: 3, retries: 1 });
    expect(workbook.stats.syncs).toBe(3);
    expect(workbook.stats.rejected).toBe(1);
    expect((await workbook.readRange("Out", "A40")).values).toEqual([["xxxxxxxxxx"]]);
  });

  it("writes 50,000 × 11 in planned chunks", async () => {
    const workbook = new MemoryWorkbook();
    await workbook.replaceSheet("Scores");
    workbook.resetStats();
    const row = [12345.5, 67.25, 88.125, 45.5, 99.75, 71.5, "Watch", "Outcomes", 12.5, 0.75, "At risk (34): look at Outcomes first."];
    const block = Array.from({ length: 50_000 }, () => row);

    const report = await workbook.write("Scores", "L2", block);

    // Every row has the same JSON, so each 4,000,000-byte chunk takes floor((4e6 - 1) / rowBytes) rows.
    const rowBytes = JSON.stringify(row).length + 1;
    const rowsPerChunk = Math.floor((4_000_000 - 1) / rowBytes);
    const expectedSyncs = Math.ceil(50_000 / rowsPerChunk);
    expect(rowBytes).toBe(estimateRowBytes([row])[0]);
    expect(planRowChunks(new Array<number>(50_000).fill(rowBytes), 4_000_000)).toHaveLength(expectedSyncs);
    expect(report).toEqual({ requests: expectedSyncs, retries: 0 });
    expect(workbook.stats.syncs).toBe(expectedSyncs);
    expect(workbook.stats.largestRequestBytes).toBeLessThan(5_000_000);
    expect(workbook.stats.largestRequestBytes).toBeGreaterThan(3_900_000);
  });

  it("reads a large range in chunks whose responses stay under the limit", async () => {
    const rows = Array.from({ length: 3_000 }, (_, i) => [i, "x".repeat(100)]);
    const workbook = MemoryWorkbook.fromSheets({ Data: rows }, { payloadLimitBytes: 100_000, readCellBudget: 2_000 });

    const read = await workbook.readRange("Data", "A1:B3000");

    expect(read.values).toHaveLength(3_000);
    expect(read.values[2_999]).toEqual([2_999, "x".repeat(100)]);
    expect(workbook.stats.largestResponseBytes).toBeLessThanOrEqual(100_000);
    expect(workbook.stats.rejected).toBeGreaterThan(0);
  });
});

describe("MemoryWorkbook names and tables", () => {
  it("defines and replaces a workbook-scoped name", async () => {
    const workbook = portfolio();
    await workbook.defineNames([{ name: "HM_Weights", sheet: "Accounts", address: "B2:B4" }]);
    await workbook.defineNames([{ name: "hm_weights", sheet: "Accounts", address: "C2:C4" }]);

    expect(workbook.contents().names).toEqual([{ name: "hm_weights", sheet: "Accounts", address: "C2:C4" }]);
    expect((await workbook.readNamedRange("HM_WEIGHTS")).values).toEqual([[120], [80], [""]]);
  });

  it("rejects names that Excel rejects", async () => {
    for (const name of ["A1", "R1C1", "1st", "has space", "C"]) {
      await expect(portfolio().defineNames([{ name, sheet: "Accounts", address: "A1" }])).rejects.toMatchObject({ code: "InvalidName", value: name });
    }
  });

  it("replaces a table with the same name instead of stacking", async () => {
    const workbook = portfolio();
    await workbook.defineTable({ name: "Accounts", sheet: "Accounts", address: "A1:D3" });
    await workbook.defineTable({ name: "Accounts", sheet: "Accounts", address: "A1:D4" });

    expect(workbook.contents().tables).toEqual([{ name: "Accounts", sheet: "Accounts", address: "A1:D4" }]);
    const table = await workbook.readTable("accounts");
    expect(table.rows).toHaveLength(3);
    expect(table.firstRowNumber).toBe(2);
  });

  it("rejects a table that overlaps another", async () => {
    const workbook = portfolio();
    await workbook.defineTable({ name: "Left", sheet: "Accounts", address: "A1:B4" });
    await expect(workbook.defineTable({ name: "Right", sheet: "Accounts", address: "B1:D4" })).rejects.toMatchObject({ code: "TableOverlap" });
  });

  it("rejects a table named like an existing named range", async () => {
    const workbook = portfolio();
    await workbook.defineNames([{ name: "Model", sheet: "Accounts", address: "A1" }]);
    await expect(workbook.defineTable({ name: "model", sheet: "Accounts", address: "A1:D4" })).rejects.toMatchObject({ code: "NameConflict" });
  });

  it("makes table headers unique and non-blank like Excel", async () => {
    const workbook = MemoryWorkbook.fromSheets({ Data: [["Name", "", "name"], [1, 2, 3]] });
    await workbook.defineTable({ name: "Data1", sheet: "Data", address: "A1:C2" });
    expect((await workbook.readTable("Data1")).headers).toEqual(["Name", "Column2", "name2"]);
  });
});

describe("MemoryWorkbook formats", () => {
  it("sets number formats area by area", async () => {
    const workbook = portfolio();
    await workbook.setNumberFormats("Accounts", [{ address: "B2:B3", format: "0.0" }, { address: "C4", format: "0%" }]);

    const read = await workbook.readRange("Accounts", "B2:C4");
    expect(read.numberFormats).toEqual([["0.0", "General"], ["0.0", "General"], ["General", "0%"]]);
  });

  it("replaces its own conditional formats instead of stacking and keeps the user's", async () => {
    const workbook = portfolio();
    workbook.seedConditionalFormat("Accounts", "A2:A4", { formula: '=$A2="Acme"', bold: true });
    const bands = [
      { formula: '=$D2="Red"', fill: "#FDE7E9" },
      { formula: '=$D2="Green"', fill: "#DFF6DD" },
    ];

    await workbook.setConditionalFormats("Accounts", "D2:D4", "band", bands);
    await workbook.setConditionalFormats("Accounts", "D2:D4", "band", bands);

    const rules = workbook.contents().sheets[0]?.conditionalFormats;
    expect(rules?.map((rule) => rule.formula)).toEqual([
      '=AND($D2="Red",N("health-model:band")=0)',
      '=AND($D2="Green",N("health-model:band")=0)',
      '=$A2="Acme"',
    ]);
  });

  it("sets and removes notes when notes are supported", async () => {
    const workbook = portfolio();
    await workbook.setNotes("Accounts", [{ address: "D2", text: "Band from the composite" }, { address: "D3", text: "Gap" }]);
    await workbook.setNotes("Accounts", [{ address: "D3", text: "" }]);
    expect(workbook.contents().sheets[0]?.notes).toEqual([{ address: "D2", text: "Band from the composite" }]);
  });

  it("rejects notes where they are not supported", async () => {
    const workbook = new MemoryWorkbook({ notes: false });
    await workbook.replaceSheet("Data");
    expect(workbook.capabilities.notes).toBe(false);
    await expect(workbook.setNotes("Data", [{ address: "A1", text: "x" }])).rejects.toMatchObject({ code: "NotSupported" });
  });

  it("clears a replaced sheet in place and keeps names that refer to it", async () => {
    const workbook = portfolio();
    await workbook.defineNames([{ name: "Seats", sheet: "Accounts", address: "C2:C4" }]);
    await workbook.defineTable({ name: "Accounts", sheet: "Accounts", address: "A1:D4" });

    await workbook.replaceSheet("Accounts");

    expect(await workbook.readUsedRange("Accounts")).toBeNull();
    expect(workbook.contents().tables).toEqual([]);
    expect(workbook.contents().names).toEqual([{ name: "Seats", sheet: "Accounts", address: "C2:C4" }]);
  });
});

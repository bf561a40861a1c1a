import ExcelJS from "exceljs";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { readSheetFile, readTableFile, ReadError } from "../../src/cli/read";
import { useTempDir } from "./temp-dir";
import { TITLED_HEADERS, writeTitledWorkbook } from "./titled-workbook";

const tempDir = useTempDir("health-read-");

function file(name: string, content: string | Uint8Array): string {
  const path = join(tempDir(), name);
  writeFileSync(path, content);
  return path;
}

function utf16be(text: string): Buffer {
  const bytes = Buffer.from(text, "utf16le");
  for (let index = 0; index + 1 < bytes.length; index += 2) {
    const low = bytes[index] ?? 0;
    bytes[index] = bytes[index + 1] ?? 0;
    bytes[index + 1] = low;
  }
  return bytes;
}

async function failureOf(path: string, options = {}): Promise<{ failure: string; message: string }> {
  try {
    await readTableFile(path, options);
  } catch (error) {
    if (error instanceof ReadError) return { failure: error.failure, message: error.message };
    throw error;
  }
  throw new Error(`reading ${path} did not fail`);
}

const SIMPLE = "Account,NPS\nAcme,40\nGlobex,-10\n";
const SIMPLE_TABLE = { headers: ["Account", "NPS"], rows: [["Acme", 40], ["Globex", -10]], firstRowNumber: 2 };

describe("readTableFile text encodings", () => {
  test("reads plain UTF-8", async () => {
    await expect(readTableFile(file("plain.csv", SIMPLE))).resolves.toEqual(SIMPLE_TABLE);
  });

  test("strips a UTF-8 byte order mark", async () => {
    await expect(readTableFile(file("bom.csv", `\uFEFF${SIMPLE}`))).resolves.toEqual(SIMPLE_TABLE);
  });

  test("reads UTF-16 LE with its mark", async () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(SIMPLE, "utf16le")]);
    await expect(readTableFile(file("le.csv", bytes))).resolves.toEqual(SIMPLE_TABLE);
  });

  test("reads UTF-16 BE with its mark", async () => {
    const bytes = Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(SIMPLE)]);
    await expect(readTableFile(file("be.csv", bytes))).resolves.toEqual(SIMPLE_TABLE);
  });

  test("reads UTF-16 LE without a mark", async () => {
    await expect(readTableFile(file("le-nobom.txt", Buffer.from(SIMPLE, "utf16le")))).resolves.toEqual(SIMPLE_TABLE);
  });

  test("keeps accents in UTF-8", async () => {
    const table = await readTableFile(file("utf8.csv", "Account,NPS\nCafé Müller,40\n"));
    expect(table.rows[0]).toEqual(["Café Müller", 40]);
  });

  test("falls back to windows-1252", async () => {
    const bytes = Buffer.concat([Buffer.from("Account,NPS\nCaf"), Buffer.from([0xe9, 0x80]), Buffer.from(",40\n")]);
    const table = await readTableFile(file("ansi.csv", bytes));
    expect(table.rows[0]).toEqual(["Café€", 40]);
  });
});

describe("readTableFile delimiters and quoting", () => {
  test("detects semicolons over decimal commas", async () => {
    const table = await readTableFile(file("semi.csv", "Account;CSAT;NPS\nAcme;4,5;40\nGlobex;3,9;-10\n"));
    expect(table).toEqual({ headers: ["Account", "CSAT", "NPS"], rows: [["Acme", "4,5", 40], ["Globex", "3,9", -10]], firstRowNumber: 2 });
  });

  test("detects tabs", async () => {
    await expect(readTableFile(file("tabs.txt", "Account\tNPS\nAcme\t40\nGlobex\t-10\n"))).resolves.toEqual(SIMPLE_TABLE);
  });

  test("accepts CRLF line ends", async () => {
    await expect(readTableFile(file("crlf.csv", SIMPLE.replace(/\n/g, "\r\n")))).resolves.toEqual(SIMPLE_TABLE);
  });

  test("parses quoted commas, quotes and line breaks", async () => {
    const table = await readTableFile(file("quotes.csv", 'Account,Notes\n"Zelholt, Inc.","said ""later""\nsecond line"\n'));
    expect(table.rows).toEqual([["Zelholt, Inc.", 'said "later"\nsecond line']]);
  });

  test("keeps empty fields as empty text", async () => {
    const table = await readTableFile(file("blanks.csv", "Account,NPS,CSAT\nAcme,,4\n"));
    expect(table.rows).toEqual([["Acme", "", 4]]);
  });

  test("keeps leading zeros as text", async () => {
    const table = await readTableFile(file("ids.csv", "Account,NPS\n00123,40\n"));
    expect(table.rows).toEqual([["00123", 40]]);
  });

  test("accepts rows of different lengths", async () => {
    const table = await readTableFile(file("ragged.csv", "Account,NPS,CSAT\nAcme,40\nGlobex,-10,4,extra\n"));
    expect(table.rows).toEqual([["Acme", 40], ["Globex", -10, 4, "extra"]]);
  });
});

describe("readTableFile header row", () => {
  test("skips title lines above the header", async () => {
    const sheet = await readSheetFile(file("title.csv", "Portfolio export\nGenerated 2026-11-30\n\nAccount,NPS\nAcme,40\nGlobex,-10\n"));
    expect(sheet.table).toEqual({ ...SIMPLE_TABLE, firstRowNumber: 5 });
    expect(sheet.headerRowNumber).toBe(4);
  });

  test("skips a two-cell title over a wider header", async () => {
    const table = await readTableFile(file("wide.csv", "Portfolio,Q3\nAccount,NPS,CSAT,Logins,Seats\nAcme,40,4,12,10\n"));
    expect(table.headers).toEqual(["Account", "NPS", "CSAT", "Logins", "Seats"]);
  });

  test("drops empty rows at the end", async () => {
    await expect(readTableFile(file("trailing.csv", `${SIMPLE},\n\n,,\n`))).resolves.toEqual(SIMPLE_TABLE);
  });

  test("keeps empty rows between accounts", async () => {
    const table = await readTableFile(file("gap.csv", "Account,NPS\nAcme,40\n\nGlobex,-10\n"));
    expect(table.rows).toEqual([["Acme", 40], [""], ["Globex", -10]]);
  });
});

describe("readTableFile xlsx", () => {
  async function workbookFile(name: string, fill: (workbook: ExcelJS.Workbook) => void): Promise<string> {
    const workbook = new ExcelJS.Workbook();
    fill(workbook);
    const path = join(tempDir(), name);
    await workbook.xlsx.writeFile(path);
    return path;
  }

  test("reads values, formulas, errors, dates and links", async () => {
    const path = await workbookFile("values.xlsx", (workbook) => {
      const sheet = workbook.addWorksheet("Accounts");
      sheet.addRow(["Q3 accounts"]);
      sheet.addRow(["Account", "NPS", "Seats", "Last contact", "Site"]);
      sheet.addRow([{ richText: [{ text: "Ac" }, { font: { bold: true }, text: "me" }] }, 40, { formula: "5*2", result: 10 }, new Date(Date.UTC(2026, 10, 29)), { text: "acme.example", hyperlink: "https://acme.example" }]);
      sheet.addRow(["Globex", { error: "#N/A" }, { formula: "NA()", result: { error: "#N/A" } }, null, "none"]);
    });
    await expect(readTableFile(path)).resolves.toEqual({
      headers: ["Account", "NPS", "Seats", "Last contact", "Site"],
      rows: [
        ["Acme", 40, 10, new Date(Date.UTC(2026, 10, 29)), "acme.example"],
        ["Globex", { error: "#N/A" }, { error: "#N/A" }, null, "none"],
      ],
      firstRowNumber: 3,
    });
  });

  test("skips a merged title above the header", async () => {
    const path = join(tempDir(), "titled.xlsx");
    await writeTitledWorkbook(path);
    const sheet = await readSheetFile(path);
    expect(sheet.headerRowNumber).toBe(4);
    expect(sheet.table.firstRowNumber).toBe(5);
    expect(sheet.table.headers).toEqual([...TITLED_HEADERS]);
    expect(sheet.table.rows.map((row) => row[0])).toEqual(["Acme", "Globex", "Initech", "Umbrella", "Hooli", "Stark"]);
  });

  test("reads a merged title once", async () => {
    const path = join(tempDir(), "titled.xlsx");
    await writeTitledWorkbook(path);
    const sheet = await readSheetFile(path);
    expect(sheet.cells[0]).toEqual(["Customer health export", null, null, null, null, null, null]);
  });

  test("reads the first worksheet by default", async () => {
    const path = await workbookFile("two.xlsx", (workbook) => {
      workbook.addWorksheet("First").addRows([["Account", "NPS"], ["Acme", 40], ["Globex", -10]]);
      workbook.addWorksheet("Second").addRows([["Name", "CSAT"], ["Initech", 4]]);
    });
    await expect(readTableFile(path)).resolves.toEqual(SIMPLE_TABLE);
  });

  test("reads the worksheet named by sheet", async () => {
    const path = await workbookFile("two.xlsx", (workbook) => {
      workbook.addWorksheet("First").addRows([["Account", "NPS"], ["Acme", 40]]);
      workbook.addWorksheet("Second").addRows([["Name", "CSAT"], ["Initech", 4]]);
    });
    await expect(readTableFile(path, { sheet: "Second" })).resolves.toEqual({ headers: ["Name", "CSAT"], rows: [["Initech", 4]], firstRowNumber: 2 });
  });

  test("names the worksheets when sheet is wrong", async () => {
    const path = await workbookFile("two.xlsx", (workbook) => {
      workbook.addWorksheet("First").addRows([["Account", "NPS"], ["Acme", 40]]);
      workbook.addWorksheet("Second").addRows([["Name", "CSAT"], ["Initech", 4]]);
    });
    await expect(failureOf(path, { sheet: "Third" })).resolves.toEqual({
      failure: "sheet-not-found",
      message: `worksheet "Third" not found in ${path}; its worksheets are "First", "Second"`,
    });
  });
});

describe("readTableFile failures", () => {
  test("missing file", async () => {
    const path = join(tempDir(), "absent.csv");
    await expect(failureOf(path)).resolves.toEqual({ failure: "not-found", message: `file not found: ${path}` });
  });

  test("folder instead of a file", async () => {
    const path = join(tempDir(), "folder.csv");
    mkdirSync(path);
    await expect(failureOf(path)).resolves.toEqual({ failure: "unreadable", message: `cannot read ${path}: it is a folder, not a file` });
  });

  test("empty file", async () => {
    const path = file("empty.csv", "");
    await expect(failureOf(path)).resolves.toEqual({ failure: "empty", message: `${path} is empty; expected a header row followed by data rows` });
  });

  test("file of blank lines", async () => {
    const path = file("blank.csv", "\n ,\n\n");
    await expect(failureOf(path)).resolves.toEqual({ failure: "empty", message: `${path} is empty; expected a header row followed by data rows` });
  });

  test("header only", async () => {
    const path = file("header.csv", "Account,NPS,CSAT\n");
    await expect(failureOf(path)).resolves.toEqual({ failure: "header-only", message: `${path} has a header row but no data rows` });
  });

  test("encrypted or legacy workbook", async () => {
    const path = file("locked.xlsx", Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0]));
    await expect(failureOf(path)).resolves.toEqual({
      failure: "encrypted",
      message: `${path} is an encrypted workbook or a legacy .xls file; remove the password or save it as .xlsx, then try again`,
    });
  });

  test("binary file", async () => {
    const path = file("image.csv", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
    await expect(failureOf(path)).resolves.toEqual({
      failure: "binary",
      message: `${path} is not a spreadsheet (it contains binary data); expected .xlsx, .csv or .txt`,
    });
  });

  test("damaged zip", async () => {
    const path = file("broken.xlsx", Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(64, 7)]));
    await expect(failureOf(path)).resolves.toEqual({
      failure: "binary",
      message: `${path} is not a valid .xlsx workbook (the zip container cannot be read); open and save it in Excel, or export it as .csv`,
    });
  });

  test("prose without a table", async () => {
    const path = file("letter.txt", "Dear team,\nplease find the numbers attached.\nThanks\n");
    await expect(failureOf(path)).resolves.toEqual({
      failure: "no-table",
      message: `no table found in ${path}; expected a header row of at least two column names followed by data rows`,
    });
  });

  test("numbers without a header", async () => {
    const path = file("numbers.csv", "1,2\n3,4\n");
    await expect(failureOf(path)).resolves.toMatchObject({ failure: "no-table" });
  });
});

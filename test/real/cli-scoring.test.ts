import ExcelJS from "exceljs";
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { proposeModel } from "../../src/core/automap";
import { INSUFFICIENT_DATA } from "../../src/core/messages/explanation";
import { DEFAULT_BANDS } from "../../src/core/model";
import { OUTPUT_COLUMNS } from "../../src/core/outputs";
import { scorePortfolio } from "../../src/core/score";
import type { Table } from "../../src/core/table";
import { countBands, dataFile, readDataTable, type BandCounts } from "./data-files";
import { buildRavenstackTable, tableToCsv } from "./ravenstack-table";

/*
 * Runs `health-model score` as a user would, on each public data file, and reads the scored
 * workbook back. The band counts in the workbook must match what the core gives for the same
 * file read through the same reader, because the CLI is only a front end to it.
 */
const ROOT = resolve(__dirname, "../..");
const BIN = join(ROOT, "bin/health-model.js");
const MAIN = join(ROOT, "dist/cli/src/cli/main.js");
const AS_OF = "2026-11-30";

let tempDir = "";

beforeAll(() => {
  tempDir = mkdtempSync(join(tmpdir(), "health-real-"));
  const started = Date.now();
  try {
    execFileSync("npx", ["tsc", "-p", "tsconfig.cli.json"], { cwd: ROOT, stdio: "pipe" });
  } catch {
    // tsc exits non-zero on a type error anywhere in the CLI project, but it still emits. Type
    // errors are for `npm run typecheck`, because this suite only needs freshly emitted JavaScript.
  }
  // A main.js older than this build would mean tsc emitted nothing and the CLI under test is stale.
  expect(statSync(MAIN).mtimeMs).toBeGreaterThanOrEqual(started - 1000);
}, 300_000);

afterAll(() => {
  if (tempDir !== "") rmSync(tempDir, { recursive: true, force: true });
});

interface ScoredFile {
  readonly stdout: string;
  readonly data: ExcelJS.Worksheet;
  readonly sheetNames: readonly string[];
}

/** Scores a file with the CLI into a fresh workbook and opens its data sheet. */
async function scoreWithCli(input: string, output: string, ...extra: string[]): Promise<ScoredFile> {
  const outPath = join(tempDir, output);
  const run = spawnSync("node", [BIN, "score", input, "--out", outPath, "--as-of", AS_OF, ...extra], { cwd: tempDir, encoding: "utf8" });
  if (run.status !== 0) throw new Error(`health-model score ${input} exited with ${run.status}: ${run.stderr}`);

  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(outPath);
  const data = workbook.worksheets[0];
  if (data === undefined) throw new Error(`${outPath} has no worksheet`);
  return { stdout: run.stdout, data, sheetNames: workbook.worksheets.map((sheet) => sheet.name) };
}

/** Reads a header row, one text per column from 1 to `width`. */
function headerRow(sheet: ExcelJS.Worksheet, width: number): string[] {
  return Array.from({ length: width }, (_, index) => String(sheet.getCell(1, index + 1).value ?? ""));
}

/** Counts the Band column of a scored sheet whose header is on row 1. */
function countBandCells(sheet: ExcelJS.Worksheet, bandColumn: number, accounts: number): BandCounts {
  const labels = new Map<string, keyof BandCounts>([
    [DEFAULT_BANDS.labels.healthy, "healthy"],
    [DEFAULT_BANDS.labels.watch, "watch"],
    [DEFAULT_BANDS.labels.atRisk, "atRisk"],
    [INSUFFICIENT_DATA, "insufficient"],
  ]);
  const counts: Record<keyof BandCounts, number> = { healthy: 0, watch: 0, atRisk: 0, insufficient: 0 };
  for (let row = 2; row <= accounts + 1; row++) {
    const key = labels.get(String(sheet.getCell(row, bandColumn).value));
    if (key === undefined) throw new Error(`Row ${row} has no band: ${String(sheet.getCell(row, bandColumn).value)}`);
    counts[key]++;
  }
  return counts;
}

/** Scores a table in process with the automap proposal, as the CLI does without --model. */
function coreBandCounts(table: Table): BandCounts {
  const scored = scorePortfolio(table, proposeModel(table, { asOf: AS_OF }).model, { asOf: AS_OF });
  if (!scored.ok) throw new Error(`Scoring failed: ${JSON.stringify(scored.issues)}`);
  return countBands(scored.value);
}

/** Returns the 1-based column of the Band output for an input with `inputColumns` columns. */
function bandColumn(inputColumns: number): number {
  return inputColumns + OUTPUT_COLUMNS.indexOf("Band") + 1;
}

describe("health-model score on public files", () => {
  describe("on ibm-telco-churn.csv", () => {
    let table: Table;
    let scored: ScoredFile;

    beforeAll(async () => {
      table = await readDataTable("ibm-telco-churn.csv");
      scored = await scoreWithCli(dataFile("ibm-telco-churn.csv"), "telco.xlsx");
    }, 300_000);

    test("keeps every row", () => {
      expect(scored.stdout.split("\n")[0]).toContain("Scored 7043 accounts");
      expect(scored.data.actualRowCount).toBe(7044);
      expect(String(scored.data.getCell(7044, 1).value)).toBe(String(table.rows[7042]?.[0]));
    });

    test("appends 11 output columns", () => {
      // The original 21 headers stay in columns 1 to 21, the outputs fill 22 to 32, and column 33 is empty.
      expect(headerRow(scored.data, 33)).toEqual([...table.headers, ...OUTPUT_COLUMNS, ""]);
    });

    test("matches the core", () => {
      expect(countBandCells(scored.data, bandColumn(21), 7043)).toEqual(coreBandCounts(table));
    });

    test("copies blank charges as written", () => {
      const column = table.headers.indexOf("TotalCharges") + 1;
      const blankRows = table.rows.flatMap((row, index) => (row[column - 1] === " " ? [index + 2] : []));
      expect(blankRows).toHaveLength(11);
      for (const row of blankRows) expect(scored.data.getCell(row, column).value).toBe(" ");
    });
  });

  test("cs-health-dashboard-sample.csv matches the core", async () => {
    const table = await readDataTable("cs-health-dashboard-sample.csv");
    const { data } = await scoreWithCli(dataFile("cs-health-dashboard-sample.csv"), "dashboard.xlsx");
    expect(headerRow(data, 10 + OUTPUT_COLUMNS.length)).toEqual([...table.headers, ...OUTPUT_COLUMNS]);
    expect(countBandCells(data, bandColumn(10), 10)).toEqual(coreBandCounts(table));
  });

  test("maven-telecom-churn.csv copies its headers", async () => {
    const table = await readDataTable("maven-telecom-churn.csv");
    const { data } = await scoreWithCli(dataFile("maven-telecom-churn.csv"), "maven.xlsx");
    // The data sheet is a copy of the user's cells: the byte-order mark is gone, the trailing space stays.
    expect(data.getCell(1, 1).value).toBe("Customerid ");
    expect(data.getCell(1, 39).value).toBe(OUTPUT_COLUMNS[0]);
    expect(data.actualRowCount).toBe(7044);
    expect(countBandCells(data, bandColumn(38), 7043)).toEqual(coreBandCounts(table));
  });

  test("ibm-telco-churn-status.xlsx reads its sheet", async () => {
    const table = await readDataTable("ibm-telco-churn-status.xlsx", "Telco_Churn");
    const { data, sheetNames } = await scoreWithCli(dataFile("ibm-telco-churn-status.xlsx"), "status.xlsx", "--sheet", "Telco_Churn");
    expect(sheetNames[0]).toBe("Telco_Churn");
    expect(data.actualRowCount).toBe(7044);
    expect(countBandCells(data, bandColumn(11), 7043)).toEqual(coreBandCounts(table));
  });

  test("RavenStack joined table matches the core", async () => {
    const table = await buildRavenstackTable();
    const input = join(tempDir, "ravenstack-joined.csv");
    writeFileSync(input, tableToCsv(table));
    const { data } = await scoreWithCli(input, "ravenstack.xlsx");
    expect(data.actualRowCount).toBe(501);
    expect(countBandCells(data, bandColumn(table.headers.length), 500)).toEqual(coreBandCounts(table));
  });
});

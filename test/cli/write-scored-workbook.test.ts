import ExcelJS from "exceljs";
import { readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { CliError } from "../../src/cli/cli-error";
import { TREND_COLUMNS } from "../../src/cli/messages";
import { loadModelFile } from "../../src/cli/model-file";
import { readSheetFile, type SheetFile } from "../../src/cli/read";
import { checkOutputExtension, defaultOutputPath, lastUsedColumn, writeAtomically, writeScoredWorkbook } from "../../src/cli/write";
import { DEFAULT_BANDS, NEW_MODEL_FIELDS, type HealthModel, type Metric } from "../../src/core/model";
import { OUTPUT_COLUMNS } from "../../src/core/outputs";
import type { CellValue } from "../../src/core/table";
import { useTempDir } from "./temp-dir";
import { writeTitledWorkbook } from "./titled-workbook";

const tempDir = useTempDir("health-write-");

const MODEL: HealthModel = {
  accountColumn: "Account",
  segmentColumn: null,
  outcomeColumn: null,
  metrics: [{ column: "NPS", pillar: "Satisfaction", method: { kind: "scale", low: -100, high: 100 }, direction: "higher", weight: 1 }],
  pillarWeights: { Engagement: 25, Satisfaction: 25, Adoption: 25, Outcomes: 25 },
  bands: DEFAULT_BANDS,
  missingPolicy: "redistribute",
  minCoverage: 0.25,
  asOf: "2026-11-30",
  ...NEW_MODEL_FIELDS,
};

/** A CSV with a title row and a user column that shares an output column's header. */
const INPUT = "Q3 export\nAccount,NPS,Band\nAcme,40,Gold\nGlobex,-10,Silver\n";

const OUTPUTS: CellValue[][] = [
  [null, 70, null, null, 70, "Healthy", "", "", 0.25, "", "Healthy (70): every pillar with data is at or above 70."],
  [null, 45, null, null, 45, "Watch", "Satisfaction", 100, 0.25, "", "Watch (45): look at Satisfaction first (45; +100 pts there reaches Healthy)."],
];

async function source(): Promise<{ inputPath: string; sheet: SheetFile }> {
  const inputPath = join(tempDir(), "accounts.csv");
  writeFileSync(inputPath, INPUT);
  return { inputPath, sheet: await readSheetFile(inputPath) };
}

async function writeFrom(outputPath: string, force = false): Promise<string> {
  const { inputPath, sheet } = await source();
  await writeScoredWorkbook({ inputPath, outputPath, force, source: sheet, outputs: OUTPUTS, model: MODEL });
  return inputPath;
}

async function readBack(path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook;
}

function dataSheet(workbook: ExcelJS.Workbook): ExcelJS.Worksheet {
  const sheet = workbook.worksheets[0];
  if (sheet === undefined) throw new Error("the workbook has no worksheet");
  return sheet;
}

function rowValues(worksheet: ExcelJS.Worksheet, row: number, from: number, to: number): unknown[] {
  return Array.from({ length: to - from + 1 }, (_, offset) => worksheet.getCell(row, from + offset).value);
}

async function reasonOf(action: () => Promise<unknown>): Promise<string> {
  try {
    await action();
  } catch (error) {
    if (error instanceof CliError) return error.message;
    throw error;
  }
  throw new Error("the action did not fail");
}

describe("writeScoredWorkbook layout", () => {
  test("copies the data sheet cell for cell", async () => {
    const output = join(tempDir(), "scored.xlsx");
    await writeFrom(output);
    const data = dataSheet(await readBack(output));
    expect(data.name).toBe("accounts");
    expect(rowValues(data, 1, 1, 3)).toEqual(["Q3 export", null, null]);
    expect(rowValues(data, 2, 1, 3)).toEqual(["Account", "NPS", "Band"]);
    expect(rowValues(data, 3, 1, 3)).toEqual(["Acme", 40, "Gold"]);
    expect(rowValues(data, 4, 1, 3)).toEqual(["Globex", -10, "Silver"]);
  });

  test("appends outputs after the last column", async () => {
    const output = join(tempDir(), "scored.xlsx");
    await writeFrom(output);
    const data = dataSheet(await readBack(output));
    expect(rowValues(data, 2, 4, 14)).toEqual([...OUTPUT_COLUMNS]);
    expect(rowValues(data, 3, 4, 14)).toEqual(OUTPUTS[0]?.map((value) => (value === "" ? null : value)));
    expect(data.getCell(1, 4).value).toBeNull();
  });

  test("formats scores and coverage", async () => {
    const output = join(tempDir(), "scored.xlsx");
    await writeFrom(output);
    const data = dataSheet(await readBack(output));
    expect(data.getCell(4, 5).numFmt).toBe("0.0");
    expect(data.getCell(4, 8).numFmt).toBe("0.0");
    expect(data.getCell(4, 11).numFmt).toBe("0.0");
    expect(data.getCell(4, 12).numFmt).toBe("0%");
  });

  test("adds the model sheet with its tables", async () => {
    const output = join(tempDir(), "scored.xlsx");
    await writeFrom(output);
    const model = (await readBack(output)).getWorksheet("Health Model");
    const tables = model?.getTables().map((entry) => {
      const table = (entry as unknown as { table: { name: string; tableRef: string } }).table;
      return [table.name, table.tableRef];
    });
    expect(tables).toEqual([
      ["HealthMetrics", "A3:F4"],
      ["HealthPillarWeights", "A6:B10"],
      ["HealthBands", "A12:C15"],
      ["HealthSettings", "A17:B26"],
      ["HealthSegmentWeights", "A28:E29"],
      ["HealthOverrides", "A31:F32"],
      ["HealthChangeLog", "A34:D35"],
    ]);
    expect(model?.getCell("F4").value).toBe("low=-100; high=100");
  });

  test("defines the workbook names", async () => {
    const output = join(tempDir(), "scored.xlsx");
    await writeFrom(output);
    const names = (await readBack(output)).definedNames.model.map((name) => [name.name, name.ranges]);
    expect(names).toEqual([
      ["HealthWeights", ["'Health Model'!$B$7:$B$10"]],
      ["HealthThresholds", ["'Health Model'!$B$13:$B$14"]],
      ["HealthPolicy", ["'Health Model'!$B$18"]],
      ["HealthMinCoverage", ["'Health Model'!$B$19"]],
      ["HealthMetricMap", ["'Health Model'!$A$3:$F$4"]],
    ]);
  });
});

test("model sheet reads back as the model", async () => {
  const output = join(tempDir(), "scored.xlsx");
  await writeFrom(output);
  await expect(loadModelFile(output)).resolves.toEqual(MODEL);
});

test("model sheet keeps the later fields", async () => {
  const model: HealthModel = {
    ...MODEL,
    segmentColumn: "Band",
    segmentWeights: { Gold: { Engagement: 10, Satisfaction: 60, Adoption: 20, Outcomes: 10 } },
    overrides: [{ account: "Globex", band: "healthy", score: null, reason: "Signed a three-year renewal", owner: "Dana", expires: "2027-03-31" }],
    trend: { periods: 3, declineThreshold: 2.5 },
    version: 4,
    changeLog: [{ version: 4, date: "2026-11-20", author: "Dana", change: "Weighted Satisfaction up for Gold" }],
  };
  const { inputPath, sheet } = await source();
  const output = join(tempDir(), "scored.xlsx");
  await writeScoredWorkbook({ inputPath, outputPath: output, force: false, source: sheet, outputs: OUTPUTS, model });
  await expect(loadModelFile(output)).resolves.toEqual(model);
});

test("trend columns follow the outputs", async () => {
  const { inputPath, sheet } = await source();
  const output = join(tempDir(), "scored.xlsx");
  const headers = [...OUTPUT_COLUMNS, ...TREND_COLUMNS];
  const outputs = OUTPUTS.map((row, index) => [...row, ...(index === 0 ? [74.5, -4.5, -2.25, ""] : ["", "", "", ""])]);
  await writeScoredWorkbook({ inputPath, outputPath: output, force: false, source: sheet, headers, outputs, model: MODEL });

  const data = dataSheet(await readBack(output));
  expect(rowValues(data, 2, 15, 18)).toEqual(["Previous score", "Change", "Slope", "Declining"]);
  expect(rowValues(data, 3, 15, 18)).toEqual([74.5, -4.5, -2.25, null]);
  expect([15, 16, 17].map((column) => data.getCell(3, column).numFmt)).toEqual(["0.0", "0.0", "0.00"]);
});

describe("writeScoredWorkbook on an xlsx input", () => {
  /** Six output rows for the six titled accounts, each its row's Health score only. */
  const SCORES = [95, 72.5, 50, 32.5, 5, 65];
  const scoreRows = (): CellValue[][] => SCORES.map((score) => [null, null, null, null, score]);

  async function scoreTitled(inputName: string, outputName: string, write?: (path: string) => Promise<void>, model = MODEL): Promise<ExcelJS.Workbook> {
    const inputPath = join(tempDir(), inputName);
    if (write !== undefined) await write(inputPath);
    const outputPath = join(tempDir(), outputName);
    const sheet = await readSheetFile(inputPath);
    await writeScoredWorkbook({ inputPath, outputPath, force: false, source: sheet, outputs: scoreRows(), model });
    return readBack(outputPath);
  }

  test("keeps formulas with their results", async () => {
    const data = dataSheet(await scoreTitled("titled.xlsx", "scored.xlsx", writeTitledWorkbook));
    expect(data.getCell("F5").value).toEqual({ formula: "B5*E5", result: 50 });
    expect(data.getCell("F10").value).toEqual({ formula: "B10*E10", result: 180 });
  });

  test("keeps merges, formats and widths", async () => {
    const data = dataSheet(await scoreTitled("titled.xlsx", "scored.xlsx", writeTitledWorkbook));
    expect(data.getCell("G1").isMerged).toBe(true);
    expect(data.getCell("G1").master.address).toBe("A1");
    expect(data.getCell("D5").numFmt).toBe("dd/mm/yyyy");
    expect(data.getCell("D5").value).toEqual(new Date(Date.UTC(2027, 0, 1)));
    expect(data.getColumn(1).width).toBe(30);
  });

  test("keeps every sheet", async () => {
    const workbook = await scoreTitled("titled.xlsx", "scored.xlsx", writeTitledWorkbook);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(["Accounts", "Notes", "Health Model"]);
    expect(workbook.getWorksheet("Notes")?.getCell("A1").value).toBe("Renewals are owned by the CSM team");
  });

  test("writes outputs past the merged title", async () => {
    // The data ends at F, but the title merge spans A1:G1, so the outputs start at H.
    const data = dataSheet(await scoreTitled("titled.xlsx", "scored.xlsx", writeTitledWorkbook));
    expect(rowValues(data, 4, 7, 9)).toEqual([null, "Engagement", "Satisfaction"]);
    expect(rowValues(data, 5, 12, 12)).toEqual([95]);
    expect(rowValues(data, 10, 12, 12)).toEqual([65]);
    expect(data.getCell(11, 12).value).toBeNull();
  });

  test("replaces an earlier model sheet", async () => {
    // A second metric moves the model sheet's tables down a row, so a name left over from the
    // first run would point at other cells than the new one.
    const secondMetric: Metric = { column: "CSAT", pillar: "Satisfaction", method: { kind: "scale", low: 1, high: 5 }, direction: "higher", weight: 1 };
    const model: HealthModel = { ...MODEL, metrics: [...MODEL.metrics, secondMetric] };
    await scoreTitled("titled.xlsx", "first.xlsx", writeTitledWorkbook);
    const workbook = await scoreTitled("first.xlsx", "second.xlsx", undefined, model);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(["Accounts", "Notes", "Health Model"]);
    expect(workbook.definedNames.model.find((name) => name.name === "HealthWeights")?.ranges).toEqual(["'Health Model'!$B$8:$B$11"]);
    await expect(loadModelFile(join(tempDir(), "second.xlsx"))).resolves.toEqual(model);
  });

  test("rejects a model sheet as the data", async () => {
    const inputPath = join(tempDir(), "model-only.xlsx");
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Health Model").addRows([["Account", "NPS"], ["Acme", 40]]);
    await workbook.xlsx.writeFile(inputPath);
    const sheet = await readSheetFile(inputPath);
    const write = () => writeScoredWorkbook({ inputPath, outputPath: join(tempDir(), "out.xlsx"), force: false, source: sheet, outputs: OUTPUTS, model: MODEL });
    await expect(reasonOf(write)).resolves.toBe(
      'cannot score the worksheet "Health Model": the output replaces the "Health Model" sheet of an earlier run, so pass --sheet with the worksheet that holds the accounts',
    );
  });
});

describe("writeScoredWorkbook safety", () => {
  test("leaves no temporary file", async () => {
    const output = join(tempDir(), "scored.xlsx");
    await writeFrom(output);
    expect(readdirSync(tempDir()).sort()).toEqual(["accounts.csv", "scored.xlsx"]);
  });

  test("keeps an existing output without force", async () => {
    const output = join(tempDir(), "scored.xlsx");
    writeFileSync(output, "keep me");
    await expect(reasonOf(() => writeFrom(output))).resolves.toBe(`${output} already exists; pass --force to replace it, or choose another --out path`);
    expect(readFileSync(output, "utf8")).toBe("keep me");
  });

  test("replaces an existing output with force", async () => {
    const output = join(tempDir(), "scored.xlsx");
    writeFileSync(output, "replace me");
    await writeFrom(output, true);
    expect((await readBack(output)).worksheets.map((sheet) => sheet.name)).toEqual(["accounts", "Health Model"]);
  });

  test("never writes over the input", async () => {
    const { inputPath, sheet } = await source();
    const write = () => writeScoredWorkbook({ inputPath, outputPath: inputPath, force: true, source: sheet, outputs: OUTPUTS, model: MODEL });
    await expect(reasonOf(write)).resolves.toBe(`the output ${inputPath} is the input file; choose another --out path, the input is never replaced`);
    expect(readFileSync(inputPath, "utf8")).toBe(INPUT);
  });

  test("sees the input through a link", async () => {
    const { inputPath, sheet } = await source();
    const link = join(tempDir(), "link.xlsx");
    symlinkSync(inputPath, link);
    const write = () => writeScoredWorkbook({ inputPath, outputPath: link, force: true, source: sheet, outputs: OUTPUTS, model: MODEL });
    await expect(reasonOf(write)).resolves.toBe(`the output ${link} is the input file; choose another --out path, the input is never replaced`);
  });

  test("removes the temporary file on failure", async () => {
    const output = join(tempDir(), "failed.xlsx");
    const write = () => writeAtomically(output, async (path) => {
      writeFileSync(path, "half");
      throw new Error("disk full");
    }, false);
    await expect(reasonOf(write)).resolves.toBe(`cannot write ${output}: disk full`);
    expect(readdirSync(tempDir())).toEqual([]);
  });
});

describe("output paths and columns", () => {
  test("output must end in .xlsx", () => {
    expect(() => checkOutputExtension("scores.CSV")).toThrow('invalid --out path "scores.CSV": the output is an Excel workbook, so its name must end in .xlsx');
    expect(() => checkOutputExtension("scores")).toThrow(CliError);
    expect(() => checkOutputExtension(join("out", "Scores.XLSX"))).not.toThrow();
  });

  test("default output sits beside the input", () => {
    expect(defaultOutputPath(join("data", "portfolio.csv"))).toBe(join("data", "portfolio-scored.xlsx"));
  });

  test("last used column spans ragged rows", () => {
    expect(lastUsedColumn([["Title"], ["a", "b", ""], ["c", null, "d", "", null]])).toBe(3);
  });
});

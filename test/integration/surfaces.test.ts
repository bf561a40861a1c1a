// The stand-in for the CustomFunctions global must load before any code under src/functions.
import "../functions/custom-functions-stand-in";
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { modelFromSheet, modelToSheet, MODEL_SHEET_NAME } from "../../src/core/model-sheet";
import type { HealthModel } from "../../src/core/model";
import { OUTPUT_COLUMNS } from "../../src/core/outputs";
import type { CellValue } from "../../src/core/table";
import { HEALTH_FUNCTIONS } from "../../src/functions";
import { HyperFormulaEvaluator } from "../../src/playground/hyperformula-evaluator";
import { SAMPLE_AS_OF, SAMPLE_SHEET, workbookFromCsv } from "../../src/playground/sample-workbook";
import { applyModel, type OutputMode } from "../../src/taskpane/apply";
import { loadWorkbook } from "../../src/taskpane/workbook/load-workbook";

// The same sample portfolio is scored by the CLI, by HEALTH.SCORE and by the task pane, as values
// and as live formulas evaluated by a formula engine. All must give the same cells, because all
// three call one core and share one model sheet format.

const ROOT = join(__dirname, "../..");
const SAMPLE = join(ROOT, "samples/portfolio.csv");
const ACCOUNTS = 400;

type OutputRows = readonly (readonly CellValue[])[];

let cliRows: OutputRows;
let model: HealthModel;

beforeAll(async () => {
  // tsc still emits when files outside the CLI have type errors, so the check is that main.js exists.
  try {
    execFileSync("npx", ["tsc", "-p", "tsconfig.cli.json"], { cwd: ROOT, stdio: "pipe" });
  } catch {
    if (!existsSync(join(ROOT, "dist/cli/src/cli/main.js"))) throw new Error("the CLI did not build");
  }
  const out = join(mkdtempSync(join(tmpdir(), "surfaces-")), "scored.xlsx");
  const run = spawnSync("node", [join(ROOT, "bin/health-model.js"), "score", SAMPLE, "--as-of", SAMPLE_AS_OF, "--out", out], { encoding: "utf8" });
  if (run.status !== 0) throw new Error(`the CLI failed: ${run.stderr}`);

  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(out);
  cliRows = outputRowsOf(sheetCells(workbook.worksheets[0]));
  const saved = modelFromSheet(sheetCells(workbook.getWorksheet(MODEL_SHEET_NAME)));
  if (!saved.ok) throw new Error("the CLI's model sheet does not read back");
  model = saved.value;
}, 300_000);

/** Reads a worksheet's values as a grid, with blanks as "" the way Excel hands them over. */
function sheetCells(sheet: ExcelJS.Worksheet | undefined): CellValue[][] {
  if (sheet === undefined) throw new Error("missing worksheet");
  const grid: CellValue[][] = [];
  for (let row = 1; row <= sheet.rowCount; row++) {
    const cells: CellValue[] = [];
    for (let column = 1; column <= sheet.columnCount; column++) {
      const value = sheet.getRow(row).getCell(column).value;
      cells.push(value === null || value === undefined ? "" : typeof value === "object" && !(value instanceof Date) && "error" in value ? { error: String(value.error) } : (value as CellValue));
    }
    grid.push(cells);
  }
  return grid;
}

/** Takes the 11 output columns under their header row, one row per account. */
function outputRowsOf(grid: readonly (readonly CellValue[])[]): OutputRows {
  const headerRow = grid.findIndex((row) => row.includes("Engagement") && row.includes("Explanation"));
  const header = grid[headerRow] ?? [];
  const start = header.lastIndexOf("Engagement");
  return grid.slice(headerRow + 1, headerRow + 1 + ACCOUNTS).map((row) => row.slice(start, start + OUTPUT_COLUMNS.length));
}

/** Cuts a named range out of the model sheet grid, e.g. "A4:F19". */
function rangeOf(cells: readonly (readonly CellValue[])[], range: string): CellValue[][] {
  const [from = "", to = from] = range.replace(/\$/g, "").split(":");
  const [top, left] = cellIndex(from);
  const [bottom, right] = cellIndex(to);
  return cells.slice(top, bottom + 1).map((row) => Array.from({ length: right - left + 1 }, (_, offset) => row[left + offset] ?? ""));
}

function cellIndex(address: string): [number, number] {
  const match = /^([A-Z]+)(\d+)$/.exec(address);
  if (match === null) throw new Error(`not a cell address: ${address}`);
  const column = [...(match[1] ?? "")].reduce((sum, letter) => sum * 26 + letter.charCodeAt(0) - 64, 0) - 1;
  return [Number(match[2]) - 1, column];
}

async function paneRows(mode: OutputMode): Promise<OutputRows> {
  const workbook = workbookFromCsv(readFileSync(SAMPLE, "utf8"), { evaluator: new HyperFormulaEvaluator() });
  const loaded = await loadWorkbook(workbook, { asOf: SAMPLE_AS_OF });
  if (loaded === null) throw new Error("the sample sheet did not load");
  const report = await applyModel(workbook, { sheet: loaded.sheet, snapshot: loaded.snapshot, model, mode });
  if (!report.ok) throw new Error(`apply failed: ${report.message}`);

  const used = await workbook.readUsedRange(SAMPLE_SHEET);
  if (used === null) throw new Error("the sheet is empty after apply");
  return outputRowsOf([used.headers, ...used.rows]);
}

async function functionRows(): Promise<OutputRows> {
  const used = await workbookFromCsv(readFileSync(SAMPLE, "utf8")).readUsedRange(SAMPLE_SHEET);
  if (used === null) throw new Error("the sample sheet is empty");

  // The model sheet's named ranges, cut out of the sheet the way Excel passes a reference.
  const sheet = modelToSheet(model);
  const named = (name: string): CellValue[][] => rangeOf(sheet.cells, sheet.names.find((entry) => entry.name === name)?.range ?? "");
  // A table name in a formula refers to its data rows, without the header row.
  const settings = rangeOf(sheet.cells, sheet.tables.find((table) => table.name === "HealthSettings")?.range ?? "").slice(1);
  const spill = HEALTH_FUNCTIONS["SCORE"]?.([used.headers, ...used.rows], named("HealthMetricMap"), named("HealthWeights"), settings);
  if (!Array.isArray(spill)) throw new Error(`HEALTH.SCORE returned ${JSON.stringify(spill)}`);
  return (spill as CellValue[][]).slice(1);
}

/** Compares two surfaces cell by cell; a blank and an #N/A health score both mean "insufficient data". */
function expectSameCells(actual: OutputRows, expected: OutputRows): void {
  expect(actual).toHaveLength(ACCOUNTS);
  expected.forEach((row, index) => {
    row.forEach((cell, column) => {
      const other = actual[index]?.[column];
      const blankScore = column === OUTPUT_COLUMNS.indexOf("Health score") && cell === "";
      if (blankScore && typeof other === "object" && other !== null && "error" in other) return;
      if (typeof cell === "number") expect(other).toBeCloseTo(cell, 9);
      else expect(other).toEqual(cell);
    });
  });
}

describe("one portfolio on every surface", () => {
  test("the CLI wrote 400 accounts with outputs", () => {
    expect(cliRows).toHaveLength(ACCOUNTS);
    expect(cliRows.filter((row) => typeof row[4] === "number").length).toBeGreaterThan(390);
  });

  test("HEALTH.SCORE spills the CLI's cells", async () => {
    expectSameCells(await functionRows(), cliRows);
  });

  test("the pane writes the CLI's values", async () => {
    expectSameCells(await paneRows("values"), cliRows);
  });

  test("the pane's formulas evaluate to the CLI's values", async () => {
    expectSameCells(await paneRows("formulas"), cliRows);
  });
});

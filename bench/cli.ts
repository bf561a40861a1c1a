import ExcelJS from "exceljs";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { runCase, runNode } from "./child";
import type { ExcelJsFloorCase } from "./exceljs-floor-case";
import { figure, type Figure } from "./figure";
import { AS_OF, generateRows, looseBenchmarkModel, PORTFOLIO_HEADERS } from "./portfolio";

const SIZE = 100_000;
/** The target: the CLI's wall time at most about twice what ExcelJS alone needs to read and write. */
const MAX_FLOOR_RATIO = 2;
const CLI = resolve("bin", "health-model.js");

/**
 * Runs `health-model score FILE --out OUT --force` on a 100,000-row .xlsx and .csv as a child
 * process, with the benchmark model and as-of date given so no auto-mapping guess changes what is
 * timed: wall time from spawn to exit and peak memory. The floor is the wall time of ExcelJS alone,
 * in its own process, reading the same input and writing it with 11 output columns of the same
 * shape (see exceljs-floor-case.ts), node's startup included on both sides.
 */
export async function measureCli(): Promise<Figure[]> {
  const directory = mkdtempSync(join(tmpdir(), "health-bench-cli-"));
  try {
    const modelFile = join(directory, "model.json");
    writeFileSync(modelFile, JSON.stringify(looseBenchmarkModel()));
    const rows = generateRows(SIZE, "");
    const csv = join(directory, "portfolio.csv");
    const xlsx = join(directory, "portfolio.xlsx");
    writeCsv(csv, rows);
    await writeXlsx(xlsx, rows);

    const figures: Figure[] = [];
    for (const [format, input] of [["xlsx", xlsx], ["csv", csv]] as const) {
      figures.push(...(await measureFile(format, input, modelFile, directory)));
    }
    return figures;
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

async function measureFile(format: string, input: string, modelFile: string, directory: string): Promise<Figure[]> {
  const scored = join(directory, `scored-${format}.xlsx`);
  const cli = await runNode(CLI, ["score", input, "--out", scored, "--force", "--model", modelFile, "--as-of", AS_OF], { reportPeak: true });
  if (cli.exitCode !== 0) throw new Error(`health-model score ${input} failed with exit code ${cli.exitCode}:\n${cli.stderr}`);

  const floorStart = process.hrtime.bigint();
  const floor = await runCase<ExcelJsFloorCase>(join(__dirname, "exceljs-floor-case.js"), [input, join(directory, `floor-${format}.xlsx`)], { exposeGc: false });
  const floorWallMs = Number(process.hrtime.bigint() - floorStart) / 1e6;

  const ratio = cli.wallMs / floorWallMs;
  const prefix = `cli.${SIZE}.${format}`;
  return [
    figure(`${prefix}.wall`, cli.wallMs, "ms", { ratio, ratioTo: "ExcelJS floor", target: `<= ${MAX_FLOOR_RATIO}x floor`, met: ratio <= MAX_FLOOR_RATIO }),
    figure(`${prefix}.floor`, floorWallMs, "ms"),
    figure(`${prefix}.floor-read`, floor.readMs, "ms"),
    figure(`${prefix}.floor-write`, floor.writeMs, "ms"),
    figure(`${prefix}.beyond-floor`, cli.wallMs - floorWallMs, "ms", { ratio: (cli.wallMs - floorWallMs) / floorWallMs, ratioTo: "ExcelJS floor" }),
    figure(`${prefix}.peak-memory`, cli.peakResidentBytes ?? Number.NaN, "bytes"),
  ];
}

function writeCsv(path: string, rows: readonly (readonly (string | number)[])[]): void {
  const lines = [PORTFOLIO_HEADERS.map(quoteCsv).join(","), ...rows.map((row) => row.map((cell) => (typeof cell === "number" ? String(cell) : quoteCsv(cell))).join(","))];
  writeFileSync(path, `${lines.join("\n")}\n`);
}

function quoteCsv(text: string): string {
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

async function writeXlsx(path: string, rows: readonly (readonly (string | number)[])[]): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path });
  const sheet = workbook.addWorksheet("Accounts");
  sheet.addRow([...PORTFOLIO_HEADERS]).commit();
  for (const row of rows) sheet.addRow(row.map((cell) => (cell === "" ? null : cell))).commit();
  sheet.commit();
  await workbook.commit();
}

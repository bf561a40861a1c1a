/**
 * The ExcelJS floor of the CLI measurement, run in its own process:
 * `node exceljs-floor-case.js INPUT OUT`. It times ExcelJS reading INPUT (.xlsx, or .csv with
 * ExcelJS's own CSV reader). Then it times writing the sheet it read to OUT as .xlsx, with the
 * CLI's 11 output columns added beside the data. Those cells have the types and about the lengths
 * of the CLI's (numbers, short labels, a sentence unique to each row), but no scoring behind them.
 * Prints one JSON line (`ExcelJsFloorCase`).
 */
import ExcelJS from "exceljs";
import { OUTPUT_COLUMNS } from "../src/core/outputs";
import { timeMsAsync } from "./timing";

/** The floor case's result, printed as JSON. */
export interface ExcelJsFloorCase {
  readonly readMs: number;
  /** Milliseconds of setting the output cells and writing the workbook. */
  readonly writeMs: number;
}

/** Builds one row of output cells in `OUTPUT_COLUMNS` order, shaped like the CLI's, with an explanation unique to the row as real ones mostly are. */
function placeholderOutputs(row: number): (string | number)[] {
  const score = (row * 37) % 100;
  return [score, score, score, score, score, "Watch", "Outcomes", 12.5, 1, "Talk without results", `Watch (${score}): look at Outcomes first (${row % 100}; +12.5 pts there reaches Healthy). Talk without results.`];
}

async function main(): Promise<void> {
  const [input, out] = process.argv.slice(2);
  if (input === undefined || out === undefined) throw new Error("exceljs-floor-case requires INPUT OUT");

  const workbook = new ExcelJS.Workbook();
  const readMs = await timeMsAsync(async () => {
    if (input.endsWith(".csv")) await workbook.csv.readFile(input);
    else await workbook.xlsx.readFile(input);
  });

  const writeMs = await timeMsAsync(async () => {
    const sheet = workbook.worksheets[0];
    if (sheet === undefined) throw new Error(`ExcelJS read no worksheet from ${input}`);
    const firstColumn = sheet.columnCount + 1;
    OUTPUT_COLUMNS.forEach((header, offset) => (sheet.getCell(1, firstColumn + offset).value = header));
    for (let row = 2; row <= sheet.rowCount; row++) {
      placeholderOutputs(row).forEach((value, offset) => (sheet.getCell(row, firstColumn + offset).value = value));
    }
    await workbook.xlsx.writeFile(out);
  });

  const result: ExcelJsFloorCase = { readMs, writeMs };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});

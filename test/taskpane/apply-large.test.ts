import { readFileSync } from "node:fs";
import { join } from "node:path";
import { readCsvGrid } from "../../src/cli/read/csv-grid";
import { proposeModel } from "../../src/core/automap";
import { modelToSheet } from "../../src/core/model-sheet";
import { applyModel, type ApplyProgress } from "../../src/taskpane/apply";
import { MemoryWorkbook } from "../../src/workbook/memory";
import { DEFAULT_REQUEST_BUDGET_BYTES, PAYLOAD_LIMIT_BYTES } from "../../src/workbook/payload";

const ROWS = 50_000;
/** An upper bound on one output row as JSON: 11 cells of formulas or values; the longest explanation is under 300 characters. */
const MAX_ROW_BYTES = 1_000;
/**
 * Requests besides the output rows and the model sheet's tables: the model sheet (clear, cells,
 * names), the pillar medians block (cells, name), number formats and 2 conditional formats.
 */
const OTHER_REQUESTS = 8;

describe("applyModel on 50,000 rows", () => {
  it.each(["formulas", "values"] as const)("stays under the payload limit in %s mode", async (mode) => {
    const grid = readCsvGrid(readFileSync(join(__dirname, "../../samples/portfolio.csv")), "portfolio.csv");
    const [headers = [], ...sample] = grid;
    const rows = Array.from({ length: ROWS }, (_, index) => sample[index % sample.length] ?? []);
    const workbook = MemoryWorkbook.fromSheets({ portfolio: [headers, ...rows] });
    const snapshot = await workbook.readUsedRange("portfolio");
    if (snapshot === null) throw new Error("the sheet did not read");
    const { model } = proposeModel(snapshot, { asOf: "2026-11-30" });

    workbook.resetStats();
    const progress: ApplyProgress[] = [];
    const report = await applyModel(workbook, { sheet: "portfolio", snapshot, model, mode, onProgress: (step) => progress.push(step) });

    expect(report).toMatchObject({ ok: true, mode, rows: ROWS });
    // Output rows of at most MAX_ROW_BYTES fill each request to within one row of the budget.
    const bound = OTHER_REQUESTS + modelToSheet(model).tables.length + Math.ceil((ROWS * MAX_ROW_BYTES) / (DEFAULT_REQUEST_BUDGET_BYTES - MAX_ROW_BYTES));
    expect(workbook.stats.syncs).toBeLessThanOrEqual(bound);
    expect(workbook.stats.rejected).toBe(0);
    expect(workbook.stats.largestRequestBytes).toBeLessThanOrEqual(PAYLOAD_LIMIT_BYTES);
    expect(progress.filter((step) => step.step === "outputs").length).toBeGreaterThan(2);
    expect(progress.at(-1)).toEqual({ step: "conditionalFormats", rowsWritten: ROWS, totalRows: ROWS });
  });
});

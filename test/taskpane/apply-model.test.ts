import { readFileSync } from "node:fs";
import { join } from "node:path";
import { MODEL_SHEET_NAME } from "../../src/core/model-sheet";
import { OUTPUT_COLUMNS, outputRow } from "../../src/core/outputs";
import { scorePortfolio } from "../../src/core/score";
import { proposeModel } from "../../src/core/automap";
import { HyperFormulaEvaluator } from "../../src/playground/hyperformula-evaluator";
import { SAMPLE_AS_OF, SAMPLE_SHEET, workbookFromCsv } from "../../src/playground/sample-workbook";
import { applyModel, locateOutputs } from "../../src/taskpane/apply";
import { loadWorkbook } from "../../src/taskpane/workbook/load-workbook";

const csv = readFileSync(join(__dirname, "../../samples/portfolio.csv"), "utf8");

async function sampleSetup() {
  const workbook = workbookFromCsv(csv, { evaluator: new HyperFormulaEvaluator() });
  const loaded = await loadWorkbook(workbook, { asOf: SAMPLE_AS_OF });
  if (loaded === null) throw new Error("the sample sheet did not load");
  return { workbook, loaded };
}

describe("applyModel", () => {
  it("writes formulas whose values equal the core's outputs", async () => {
    const { workbook, loaded } = await sampleSetup();
    const model = loaded.proposal.model;
    const report = await applyModel(workbook, { sheet: loaded.sheet, snapshot: loaded.snapshot, model });
    expect(report).toMatchObject({ ok: true, mode: "formulas", rows: 400 });

    const scored = scorePortfolio(loaded.data, model);
    if (!scored.ok) throw new Error("the sample does not score");
    const used = await workbook.readUsedRange(SAMPLE_SHEET);
    const start = used?.headers.indexOf("Engagement") ?? -1;
    expect(used?.headers.slice(start)).toEqual([...OUTPUT_COLUMNS]);
    for (const index of [0, 1, 57, 399]) {
      const expected = outputRow(scored.value.accounts[index]!, model.bands);
      const actual = used?.rows[index]?.slice(start) ?? [];
      expected.forEach((cell, column) => {
        if (typeof cell === "number") expect(actual[column]).toBeCloseTo(cell, 9);
        else if (cell === "" && column === 4) expect(actual[column]).toEqual({ error: "#N/A" });
        else expect(actual[column]).toEqual(cell);
      });
    }
    expect(await workbook.listSheets()).toEqual([SAMPLE_SHEET, MODEL_SHEET_NAME]);
  });
});

describe("applyModel failures", () => {
  it("reports what was written when a step fails", async () => {
    const { workbook, loaded } = await sampleSetup();
    const failing = new Proxy(workbook, {
      get(target, property, receiver) {
        if (property === "setNumberFormats") return async () => Promise.reject(new Error("The workbook is read-only."));
        const value: unknown = Reflect.get(target, property, receiver);
        return typeof value === "function" ? value.bind(target) : value;
      },
    });

    const report = await applyModel(failing, { sheet: loaded.sheet, snapshot: loaded.snapshot, model: loaded.proposal.model });
    expect(report).toEqual({ ok: false, completed: ["modelSheet", "outputs"], failedStep: "numberFormats", rowsWritten: 400, message: "The workbook is read-only.", issues: [] });
  });

  it("writes nothing when the model names a missing column", async () => {
    const { workbook, loaded } = await sampleSetup();
    const model = { ...loaded.proposal.model, accountColumn: "Customer" };

    const report = await applyModel(workbook, { sheet: loaded.sheet, snapshot: loaded.snapshot, model });
    expect(report.ok ? [] : report.issues.map((issue) => issue.code)).toEqual(["column-not-found"]);
    expect(await workbook.listSheets()).toEqual([SAMPLE_SHEET]);
  });

  it("keeps formulas for the median policy", async () => {
    const { workbook, loaded } = await sampleSetup();
    const model = { ...loaded.proposal.model, missingPolicy: "median" as const };

    const report = await applyModel(workbook, { sheet: loaded.sheet, snapshot: loaded.snapshot, model });
    expect(report).toMatchObject({ ok: true, mode: "formulas", fellBackToValues: false, fallbackReason: null });
  });
});

describe("locateOutputs", () => {
  it("reuses earlier outputs found by header", async () => {
    const { workbook, loaded } = await sampleSetup();
    await applyModel(workbook, { sheet: loaded.sheet, snapshot: loaded.snapshot, model: loaded.proposal.model, mode: "values" });
    const after = await workbook.readUsedRange(SAMPLE_SHEET);
    if (after === null) throw new Error("the sheet did not read");

    const location = locateOutputs(after);
    expect(location.reusesEarlierOutputs).toBe(true);
    expect(location.outputLeft).toBe(loaded.data.headers.length);
    expect(location.data.headers).toEqual(loaded.data.headers);
    expect(proposeModel(location.data).model).toEqual(proposeModel(loaded.data).model);
  });
});

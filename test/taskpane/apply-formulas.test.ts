import { readFileSync } from "node:fs";
import { join } from "node:path";
import { readCsvGrid } from "../../src/cli/read/csv-grid";
import { pillarMedians } from "../../src/core/assess-portfolio";
import type { HealthModel, MissingPolicy } from "../../src/core/model";
import { MODEL_SHEET_NAME, modelFromSheet, RANGE_NAMES } from "../../src/core/model-sheet";
import { OUTPUT_COLUMNS, outputRow } from "../../src/core/outputs";
import type { Pillar } from "../../src/core/pillars";
import { scorePortfolio, type PortfolioScores } from "../../src/core/score";
import type { CellValue } from "../../src/core/table";
import { HyperFormulaEvaluator } from "../../src/playground/hyperformula-evaluator";
import { SAMPLE_AS_OF, SAMPLE_SHEET } from "../../src/playground/sample-workbook";
import { applyModel, PILLAR_MEDIANS_NAME, type ApplyReport } from "../../src/taskpane/apply";
import { loadWorkbook, type LoadedWorkbook } from "../../src/taskpane/workbook/load-workbook";
import { MemoryWorkbook } from "../../src/workbook/memory";
import type { ReadCell } from "../../src/workbook/port";

const csv = readFileSync(join(__dirname, "../../samples/portfolio.csv"), "utf8");

/** Weights that differ per pillar, so a missing pillar moves coverage by 0.2 or 0.4 and not always 0.25. */
const OUTCOME_LED = { Engagement: 20, Satisfaction: 20, Adoption: 20, Outcomes: 40 };

/**
 * Loads the sample with the metrics of whole pillars blanked in some rows: Satisfaction in every
 * 5th row, Outcomes in every 7th, both in every 35th. So under OUTCOME_LED an account has coverage
 * 0.8, 0.6 or 0.4 besides the sample's own gaps, and each policy fills those pillars differently.
 */
async function sampleWithGaps(): Promise<{ workbook: MemoryWorkbook; loaded: LoadedWorkbook }> {
  const [headers = [], ...rows] = readCsvGrid(new TextEncoder().encode(csv), "portfolio.csv");
  const original = MemoryWorkbook.fromSheets({ [SAMPLE_SHEET]: [headers, ...rows] });
  original.select(SAMPLE_SHEET, "A2");
  const proposal = await loadWorkbook(original, { asOf: SAMPLE_AS_OF });
  if (proposal === null) throw new Error("the sample did not load");

  const columnsOf = (pillar: Pillar): number[] =>
    proposal.proposal.model.metrics.filter((metric) => metric.pillar === pillar).map((metric) => headers.indexOf(metric.column));
  const blank = (row: readonly CellValue[], columns: readonly number[]): CellValue[] => row.map((cell, index) => (columns.includes(index) ? null : cell));
  const gapped = rows.map((row, index) => {
    let cells = [...row];
    if (index % 5 === 1) cells = blank(cells, columnsOf("Satisfaction"));
    if (index % 7 === 2) cells = blank(cells, columnsOf("Outcomes"));
    return cells;
  });

  const workbook = MemoryWorkbook.fromSheets({ [SAMPLE_SHEET]: [headers, ...gapped] }, { evaluator: new HyperFormulaEvaluator() });
  workbook.select(SAMPLE_SHEET, "A2");
  const loaded = await loadWorkbook(workbook, { asOf: SAMPLE_AS_OF });
  if (loaded === null) throw new Error("the gapped sample did not load");
  return { workbook, loaded };
}

function modelWith(loaded: LoadedWorkbook, settings: Partial<HealthModel>): HealthModel {
  return { ...loaded.proposal.model, pillarWeights: OUTCOME_LED, ...settings };
}

function coreScores(loaded: LoadedWorkbook, model: HealthModel): PortfolioScores {
  const scored = scorePortfolio(loaded.data, model, { asOf: SAMPLE_AS_OF });
  if (!scored.ok) throw new Error(`the sample does not score: ${JSON.stringify(scored.issues)}`);
  return scored.value;
}

async function apply(workbook: MemoryWorkbook, model: HealthModel): Promise<ApplyReport> {
  const snapshot = await workbook.readUsedRange(SAMPLE_SHEET);
  if (snapshot === null) throw new Error("the data sheet did not read");
  return applyModel(workbook, { sheet: SAMPLE_SHEET, snapshot, model, asOf: SAMPLE_AS_OF });
}

/** Reads the output block's data rows as the evaluator computed them. */
async function outputCells(workbook: MemoryWorkbook): Promise<ReadCell[][]> {
  const used = await workbook.readUsedRange(SAMPLE_SHEET);
  if (used === null) throw new Error("the data sheet did not read");
  const start = used.headers.indexOf(OUTPUT_COLUMNS[0]);
  expect(used.headers.slice(start)).toEqual([...OUTPUT_COLUMNS]);
  return used.rows.map((row) => row.slice(start));
}

/**
 * Compares every output cell with the core's `outputRow` for the same model. Two expected
 * differences: a formula's Health score for an account with insufficient data is
 * HEALTH.COMPOSITE's #N/A, where `outputRow` leaves the cell blank. And HyperFormula 3.5 rounds
 * every number it exports to 11 significant digits (`Exporter.cellValueRounding` with its
 * `precisionRounding` default of 10), so numbers are compared to 7 decimals, far below the 0.1
 * points the cells show.
 */
function expectCoreOutputs(actual: readonly ReadCell[][], scored: PortfolioScores, model: HealthModel): void {
  expect(actual).toHaveLength(scored.accounts.length);
  scored.accounts.forEach((account, index) => {
    const expected = outputRow(account, model.bands).map((cell, column): unknown => {
      if (cell === "" && OUTPUT_COLUMNS[column] === "Health score") return { error: "#N/A" };
      return typeof cell === "number" ? expect.closeTo(cell, 7) : cell;
    });
    expect({ row: index + 2, cells: actual[index] }).toEqual({ row: index + 2, cells: expected });
  });
}

async function writeSetting(workbook: MemoryWorkbook, name: string, value: string | number): Promise<void> {
  const { address } = await workbook.readNamedRange(name);
  await workbook.write(MODEL_SHEET_NAME, address, [[typeof value === "string" ? { text: value } : value]]);
}

describe("applyModel formulas", () => {
  const cases: readonly [MissingPolicy, number][] = [
    ["redistribute", 0.7],
    ["neutral", 0.7],
    ["penalize", 0.7],
    ["median", 0.7],
    ["median", 0.3],
  ];

  it.each(cases)("match the core under %s with minimum coverage %s", async (missingPolicy, minCoverage) => {
    const { workbook, loaded } = await sampleWithGaps();
    const model = modelWith(loaded, { missingPolicy, minCoverage });

    const report = await apply(workbook, model);

    expect(report).toMatchObject({ ok: true, mode: "formulas", fellBackToValues: false, fallbackReason: null, rows: 400 });
    expectCoreOutputs(await outputCells(workbook), coreScores(loaded, model), model);
  });

  it("fixture makes the policies differ", async () => {
    const { loaded } = await sampleWithGaps();
    const composites = (settings: Partial<HealthModel>): (number | null)[] => coreScores(loaded, modelWith(loaded, settings)).accounts.map((account) => account.composite);
    const insufficient = (minCoverage: number): number => coreScores(loaded, modelWith(loaded, { minCoverage })).accounts.filter((account) => account.insufficient).length;
    const differ = (a: readonly (number | null)[], b: readonly (number | null)[]): number => a.filter((value, index) => value !== b[index]).length;

    const redistribute = composites({ missingPolicy: "redistribute", minCoverage: 0.3 });
    const neutral = composites({ missingPolicy: "neutral", minCoverage: 0.3 });
    const penalize = composites({ missingPolicy: "penalize", minCoverage: 0.3 });
    const median = composites({ missingPolicy: "median", minCoverage: 0.3 });
    // Of the 400 rows, 80 lose Satisfaction and 57 lose Outcomes, 11 of them both: 126 gapped rows.
    // Each policy fills the gap of every gapped row that still has a composite differently.
    const gapped = redistribute.filter((value, index) => value !== null && (index % 5 === 1 || index % 7 === 2)).length;
    expect(gapped).toBeGreaterThan(120);
    for (const other of [neutral, penalize, median]) expect(differ(redistribute, other)).toBeGreaterThanOrEqual(gapped);
    expect(differ(neutral, penalize)).toBeGreaterThanOrEqual(gapped);
    // Coverage 0.6 (only Outcomes missing) is enough at 0.5 and not at 0.7: 57 − 11 = 46 rows lose
    // only Outcomes, less the sample's sparse accounts among them that lack other pillars too.
    expect(insufficient(0.7) - insufficient(0.5)).toBeGreaterThanOrEqual(40);
  });

  it("write the core's pillar medians", async () => {
    const { workbook, loaded } = await sampleWithGaps();
    const model = modelWith(loaded, { missingPolicy: "median" });

    await apply(workbook, model);

    const medians = pillarMedians(coreScores(loaded, model).accounts.map((account) => account.pillars));
    const cells = (await workbook.readNamedRange(PILLAR_MEDIANS_NAME)).values.map(([cell]) => cell);
    // Each median is a MEDIAN formula, so HyperFormula exports it rounded to 11 significant digits.
    expect(cells).toEqual(medians.map((median) => (median === null ? "" : expect.closeTo(median, 7))));
    expect(medians.every((median) => median !== null)).toBe(true);
  });

  it("blank a median for a pillar with no metric", async () => {
    const { workbook, loaded } = await sampleWithGaps();
    const metrics = loaded.proposal.model.metrics.filter((metric) => metric.pillar !== "Outcomes");
    const model = modelWith(loaded, { metrics, missingPolicy: "median", minCoverage: 0.4 });

    await apply(workbook, model);

    const cells = (await workbook.readNamedRange(PILLAR_MEDIANS_NAME)).values.map(([cell]) => cell);
    expect(cells[3]).toBe("");
    expectCoreOutputs(await outputCells(workbook), coreScores(loaded, model), model);
  });

  it("recalculate when the policy cells change", async () => {
    const { workbook, loaded } = await sampleWithGaps();
    await apply(workbook, modelWith(loaded, { missingPolicy: "redistribute", minCoverage: 0.5 }));

    await writeSetting(workbook, RANGE_NAMES.policy, "median");
    await writeSetting(workbook, RANGE_NAMES.minCoverage, 0.7);

    const edited = modelWith(loaded, { missingPolicy: "median", minCoverage: 0.7 });
    expectCoreOutputs(await outputCells(workbook), coreScores(loaded, edited), edited);
  });

  it("re-apply leaves the same workbook", async () => {
    const { workbook, loaded } = await sampleWithGaps();
    const model = modelWith(loaded, { missingPolicy: "median", minCoverage: 0.7 });
    await apply(workbook, model);
    const once = workbook.contents();

    const again = await apply(workbook, model);

    expect(again).toMatchObject({ ok: true, mode: "formulas", reusedEarlierOutputs: true });
    expect(workbook.contents()).toEqual(once);
  });

  it("leave the model sheet readable", async () => {
    const { workbook, loaded } = await sampleWithGaps();
    const model = modelWith(loaded, { missingPolicy: "penalize", minCoverage: 0.7 });
    await apply(workbook, model);

    const sheet = await workbook.readUsedRange(MODEL_SHEET_NAME);
    if (sheet === null) throw new Error("no model sheet");
    const read = modelFromSheet([sheet.headers, ...sheet.rows]);

    expect(read.ok ? { policy: read.value.missingPolicy, minCoverage: read.value.minCoverage, metrics: read.value.metrics } : read.issues).toEqual({
      policy: "penalize",
      minCoverage: 0.7,
      metrics: model.metrics,
    });
  });
});

describe("applyModel formula fallback", () => {
  it("writes values for a segment weight set in use", async () => {
    const { workbook, loaded } = await sampleWithGaps();
    const model = modelWith(loaded, { segmentWeights: { Enterprise: { Engagement: 10, Satisfaction: 10, Adoption: 10, Outcomes: 70 } } });

    const report = await apply(workbook, model);

    expect(report).toMatchObject({ ok: true, mode: "values", fellBackToValues: true, fallbackReason: "segmentWeights" });
    const expected = coreScores(loaded, model);
    expect(await outputCells(workbook)).toEqual(expected.accounts.map((account) => outputRow(account, model.bands)));
  });

  it("keeps formulas for an unused segment set", async () => {
    const { workbook, loaded } = await sampleWithGaps();
    const model = modelWith(loaded, { segmentWeights: { "Public Sector": { Engagement: 10, Satisfaction: 10, Adoption: 10, Outcomes: 70 } } });

    const report = await apply(workbook, model);

    expect(report).toMatchObject({ ok: true, mode: "formulas", fallbackReason: null });
    expectCoreOutputs(await outputCells(workbook), coreScores(loaded, model), model);
  });

  it("writes values for an active override", async () => {
    const { workbook, loaded } = await sampleWithGaps();
    const account = String(loaded.data.rows[3]?.[loaded.data.headers.indexOf("Account Name")] ?? "");
    const override = { account, band: "healthy" as const, score: null, reason: "Signed a three-year renewal", owner: "Rita Lopez", expires: "2027-01-31" };
    const model = modelWith(loaded, { overrides: [override] });

    const report = await apply(workbook, model);

    expect(report).toMatchObject({ ok: true, mode: "values", fellBackToValues: true, fallbackReason: "overrides" });
    expect(coreScores(loaded, model).accounts[3]?.override).toBeDefined();
  });

  it("keeps formulas for an expired override", async () => {
    const { workbook, loaded } = await sampleWithGaps();
    const account = String(loaded.data.rows[3]?.[loaded.data.headers.indexOf("Account Name")] ?? "");
    // SAMPLE_AS_OF is 2026-11-30, after this expiry.
    const override = { account, band: "healthy" as const, score: null, reason: "Signed a three-year renewal", owner: "Rita Lopez", expires: "2026-10-31" };
    const model = modelWith(loaded, { overrides: [override] });

    const report = await apply(workbook, model);

    expect(report).toMatchObject({ ok: true, mode: "formulas", fallbackReason: null });
    expectCoreOutputs(await outputCells(workbook), coreScores(loaded, model), model);
  });
});

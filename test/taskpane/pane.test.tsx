/** @jest-environment jsdom */
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { MODEL_SHEET_NAME, modelFromSheet } from "../../src/core/model-sheet";
import { OUTPUT_COLUMNS } from "../../src/core/outputs";
import { scorePortfolio } from "../../src/core/score";
import { summarizePortfolio } from "../../src/core/summary";
import { HyperFormulaEvaluator } from "../../src/playground/hyperformula-evaluator";
import { SAMPLE_AS_OF, SAMPLE_SHEET, workbookFromCsv } from "../../src/playground/sample-workbook";
import { loadWorkbook } from "../../src/taskpane/workbook/load-workbook";
import type { MemoryWorkbook } from "../../src/workbook/memory";
import { renderPane, SAMPLE_CSV } from "./pane-setup";

const csv = SAMPLE_CSV;

async function proposal() {
  const loaded = await loadWorkbook(workbookFromCsv(csv), { asOf: SAMPLE_AS_OF });
  if (loaded === null) throw new Error("the sample did not load");
  return loaded;
}

async function readModelSheet(workbook: MemoryWorkbook) {
  const sheet = await workbook.readUsedRange(MODEL_SHEET_NAME);
  if (sheet === null) throw new Error("no model sheet");
  const read = modelFromSheet([sheet.headers, ...sheet.rows]);
  if (!read.ok) throw new Error("the model sheet does not read back");
  return read.value;
}

describe("task pane", () => {
  it("mapping edit changes the applied model", async () => {
    const user = userEvent.setup();
    const workbook = workbookFromCsv(csv);
    renderPane(workbook);

    const role = await screen.findByRole("combobox", { name: "Role of Weekly Logins" });
    expect((role as HTMLSelectElement).value).toBe("metric");
    await user.selectOptions(role, "ignored");
    await user.selectOptions(screen.getByRole("combobox", { name: "Pillar of CSAT" }), "Outcomes");
    await user.click(screen.getByRole("tab", { name: "Apply" }));
    await user.click(screen.getByRole("radio", { name: "Values" }));
    await user.click(screen.getByRole("button", { name: "Apply" }));
    await screen.findByText(/Applied to 400 accounts/);

    const model = await readModelSheet(workbook);
    expect(model.metrics.map((metric) => metric.column)).not.toContain("Weekly Logins");
    expect(model.metrics.find((metric) => metric.column === "CSAT")?.pillar).toBe("Outcomes");
  });

  it("moving a weight keeps the total at 100 and updates the preview", async () => {
    const user = userEvent.setup();
    renderPane(workbookFromCsv(csv), "weights");

    const outcomes = await screen.findByRole("spinbutton", { name: "Outcomes weight, percent" });
    await user.clear(outcomes);
    await user.type(outcomes, "55{Enter}");
    const values = ["Engagement", "Satisfaction", "Adoption", "Outcomes"].map((pillar) => Number((screen.getByRole("spinbutton", { name: `${pillar} weight, percent` }) as HTMLInputElement).value));
    // 100 − 55 = 45 shared equally among three pillars at 25 each: 15 each.
    expect(values).toEqual([15, 15, 15, 55]);
    expect(values.reduce((sum, value) => sum + value, 0)).toBe(100);

    const loaded = await proposal();
    const draft = scorePortfolio(loaded.data, { ...loaded.proposal.model, pillarWeights: { Engagement: 15, Satisfaction: 15, Adoption: 15, Outcomes: 55 } });
    const saved = scorePortfolio(loaded.data, loaded.proposal.model);
    if (!draft.ok || !saved.ok) throw new Error("the sample does not score");
    const bands = within(screen.getByRole("table", { name: "Accounts per band, saved model and draft" }));
    for (const band of summarizePortfolio(draft.value).perBand) {
      const cells = bands.getByRole("row", { name: new RegExp(`^${band.label}`) }).querySelectorAll("td");
      expect(cells[1]?.textContent).toBe(String(band.count));
    }
    const changed = draft.value.accounts.filter((account, index) => account.band !== saved.value.accounts[index]?.band).length;
    expect(screen.getByRole("status").textContent).toContain(`${changed} accounts change band`);
  });

  it("applying twice writes outputs and formats once", async () => {
    const user = userEvent.setup();
    const workbook = workbookFromCsv(csv, { evaluator: new HyperFormulaEvaluator() });
    workbook.seedConditionalFormat(SAMPLE_SHEET, "E2:E401", { formula: "=$E2>500000", bold: true });
    renderPane(workbook, "apply");

    const apply = await screen.findByRole("button", { name: "Apply" });
    await user.click(apply);
    await screen.findByText(/Applied to 400 accounts/);
    const first = workbook.contents();
    await user.click(apply);
    await waitFor(() => expect(screen.getByRole("status").textContent).toMatch(/Applied to 400 accounts/));
    const second = workbook.contents();

    const data = second.sheets.find((sheet) => sheet.name === SAMPLE_SHEET);
    const headers = (data?.cells[0] ?? []).map((cell) => (typeof cell === "string" ? cell : ""));
    expect(headers.filter((header) => header === "Health score")).toHaveLength(1);
    expect(headers.slice(-OUTPUT_COLUMNS.length)).toEqual([...OUTPUT_COLUMNS]);
    expect(second.sheets.map((sheet) => sheet.name)).toEqual([SAMPLE_SHEET, MODEL_SHEET_NAME]);
    expect(data?.conditionalFormats).toHaveLength(7);
    expect(data?.conditionalFormats.filter((rule) => rule.formula === "=$E2>500000")).toHaveLength(1);
    expect(second).toEqual(first);
    expect(data?.conditionalFormats.every((rule) => rule.address === "E2:E401" || /^[A-Z]+2:[A-Z]+401$/.test(rule.address))).toBe(true);
  });

  it("account view shows the core's explanation", async () => {
    const user = userEvent.setup();
    const workbook = workbookFromCsv(csv);
    renderPane(workbook, "account");
    expect(await screen.findByText("Select a cell in an account's row to see its scores.")).toBeTruthy();

    workbook.select(SAMPLE_SHEET, "C12");
    const loaded = await proposal();
    const scored = scorePortfolio(loaded.data, loaded.proposal.model);
    if (!scored.ok) throw new Error("the sample does not score");
    const account = scored.value.accounts[10];
    await waitFor(() => expect(screen.getByLabelText("Explanation").textContent).toBe(account?.explanation));
    expect(screen.getByRole("img", { name: "Pillar scores" })).toBeTruthy();
    await user.click(screen.getByRole("tab", { name: "Map" }));
  });

  it("damaged model sheet prompts a re-map", async () => {
    const workbook = workbookFromCsv(csv);
    workbook.seedSheet(MODEL_SHEET_NAME, [["Health Model"], [], ["Column", "Pillar"], ["NPS", "Happiness"]]);
    renderPane(workbook);

    expect((await screen.findByRole("alert")).textContent).toMatch(/model sheet could not be read/);
    expect(screen.getByRole("button", { name: "Re-map from the data" })).toBeTruthy();
  });
});

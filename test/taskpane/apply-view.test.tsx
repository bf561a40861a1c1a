/** @jest-environment jsdom */
import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { HealthModel } from "../../src/core/model";
import { modelToSheet, RANGE_NAMES } from "../../src/core/model-sheet";
import { HyperFormulaEvaluator } from "../../src/playground/hyperformula-evaluator";
import { workbookFromCsv } from "../../src/playground/sample-workbook";
import { writeModelSheet } from "../../src/taskpane/apply";
import { messages } from "../../src/taskpane/messages";
import type { MemoryWorkbook } from "../../src/workbook/memory";
import { coreScores, loadSample, renderPane, SAMPLE_CSV } from "./pane-setup";

/** Saves a model on the sample's model sheet, renders the Apply view and applies in formula mode. */
async function applyFormulas(edit: (model: HealthModel) => HealthModel): Promise<{ workbook: MemoryWorkbook; status: string }> {
  const user = userEvent.setup();
  const loaded = await loadSample();
  const model = edit(loaded.proposal.model);
  const workbook = workbookFromCsv(SAMPLE_CSV, { evaluator: new HyperFormulaEvaluator() });
  await writeModelSheet(workbook, modelToSheet(model));
  renderPane(workbook, "apply");

  await user.click(await screen.findByRole("radio", { name: messages.apply.formulas }));
  await user.click(screen.getByRole("button", { name: "Apply" }));
  await waitFor(() => expect(screen.getByRole("status").textContent).toMatch(/^Applied to 400 accounts/));
  return { workbook, status: screen.getByRole("status").textContent ?? "" };
}

describe("Apply view", () => {
  it("keeps formulas for the median policy", async () => {
    const { workbook, status } = await applyFormulas((model) => ({ ...model, missingPolicy: "median", minCoverage: 0.7 }));

    expect((await workbook.readNamedRange(RANGE_NAMES.policy)).values).toEqual([["median"]]);
    expect(status).toMatch(/as live formulas\.$/);
    expect(screen.queryByText(messages.apply.fellBack.segmentWeights)).toBeNull();
    expect(screen.queryByText(messages.apply.fellBack.overrides)).toBeNull();
  });

  it("says so when an override needs values", async () => {
    const loaded = await loadSample();
    const scored = coreScores(loaded, loaded.proposal.model);
    const account = scored.accountNames[3] ?? "";
    const override = { account, band: "healthy" as const, score: null, reason: "Signed a three-year renewal", owner: "Rita Lopez", expires: "2027-01-31" };

    const { status } = await applyFormulas((model) => ({ ...model, overrides: [override] }));

    expect(status).toMatch(/as values\.$/);
    expect(screen.getByText(messages.apply.fellBack.overrides)).toBeTruthy();
    expect(screen.queryByText(messages.apply.fellBack.segmentWeights)).toBeNull();
  });

  it("says so when segment weights need values", async () => {
    const enterprise = { Engagement: 10, Satisfaction: 10, Adoption: 10, Outcomes: 70 };

    const { status } = await applyFormulas((model) => ({ ...model, segmentWeights: { Enterprise: enterprise } }));

    expect(status).toMatch(/as values\.$/);
    expect(screen.getByText(messages.apply.fellBack.segmentWeights)).toBeTruthy();
    expect(screen.queryByText(messages.apply.fellBack.overrides)).toBeNull();
  });
});

/** @jest-environment jsdom */
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { HealthModel } from "../../src/core/model";
import { SAMPLE_SHEET } from "../../src/playground/sample-workbook";
import { writeModelSheet } from "../../src/taskpane/apply";
import { modelToSheet } from "../../src/core/model-sheet";
import { coreScores, loadSample, readModelSheet, renderPane, sampleWorkbook } from "./pane-setup";

const author = async (): Promise<string> => "Rita Lopez";

async function apply(user: ReturnType<typeof userEvent.setup>, count: number): Promise<void> {
  await user.click(screen.getByRole("tab", { name: "Apply" }));
  await user.click(screen.getByRole("radio", { name: "Values" }));
  await user.click(screen.getByRole("button", { name: "Apply" }));
  await waitFor(() => expect(screen.getByRole("status").textContent).toMatch(/Applied to 400 accounts/));
  await waitFor(() => expect(screen.getByRole("region", { name: "Model version" }).textContent).toContain(`Version ${count} is on the model sheet.`));
}

describe("model versions", () => {
  it("apply raises the version once per change", async () => {
    const user = userEvent.setup();
    const workbook = sampleWorkbook();
    renderPane(workbook, "apply", { readAuthor: author });

    expect((await screen.findByRole("region", { name: "Model version" })).textContent).toContain("Applying saves this model as version 1.");
    await apply(user, 1);
    const first = await readModelSheet(workbook);
    expect(first.version).toBe(1);
    expect(first.changeLog).toEqual([{ version: 1, date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), author: "Rita Lopez", change: "Created the model." }]);
    expect(screen.getByText("The model matches the model sheet, so applying keeps the version and rewrites the outputs only.")).toBeTruthy();

    await user.click(screen.getByRole("tab", { name: "Weights" }));
    const outcomes = screen.getByRole("spinbutton", { name: "Outcomes weight, percent" });
    await user.clear(outcomes);
    await user.type(outcomes, "40{Enter}");
    await user.click(screen.getByRole("tab", { name: "Apply" }));
    expect(screen.getByText("Applying saves version 2: Weights (E/S/A/O) 25/25/25/25 → 20/20/20/40.")).toBeTruthy();
    await apply(user, 2);

    const second = await readModelSheet(workbook);
    expect(second.version).toBe(2);
    expect(second.changeLog.map((entry) => [entry.version, entry.author, entry.change])).toEqual([
      [1, "Rita Lopez", "Created the model."],
      [2, "Rita Lopez", "Weights (E/S/A/O) 25/25/25/25 → 20/20/20/40."],
    ]);
    expect(within(screen.getByRole("region", { name: "Model version" })).getByText(/^Last change, .* by Rita Lopez: Weights/)).toBeTruthy();
  });

  it("re-applying an unchanged model changes nothing", async () => {
    const user = userEvent.setup();
    const workbook = sampleWorkbook();
    renderPane(workbook, "apply");

    await screen.findByRole("region", { name: "Model version" });
    await apply(user, 1);
    const once = workbook.contents();
    await apply(user, 1);

    expect(workbook.contents()).toEqual(once);
    expect((await readModelSheet(workbook)).changeLog.map((entry) => entry.author)).toEqual(["Task pane"]);
  });

  it("account view shows an override beside the computed values", async () => {
    const user = userEvent.setup();
    const loaded = await loadSample();
    const scored = coreScores(loaded, loaded.proposal.model);
    const index = scored.accounts.findIndex((account) => account.band === "atRisk");
    const computed = scored.accounts[index];
    const override = { account: scored.accountNames[index] ?? "", band: "healthy" as const, score: null, reason: "Signed a three-year renewal", owner: "Rita Lopez", expires: "2027-01-31" };
    const model: HealthModel = { ...loaded.proposal.model, overrides: [override] };
    const workbook = sampleWorkbook();
    await writeModelSheet(workbook, modelToSheet(model));
    renderPane(workbook, "account");

    await screen.findByText("Select a cell in an account's row to see its scores.");
    workbook.select(SAMPLE_SHEET, `C${index + 2}`);
    const card = within(await screen.findByRole("region", { name: "Override" }));
    const fact = (term: string): string => card.getByText(term).nextElementSibling?.textContent ?? "";
    expect(fact("Band shown")).toBe("Healthy");
    expect(fact("Computed band")).toBe("At risk");
    expect(fact("Computed score")).toBe((computed?.composite ?? NaN).toFixed(1));
    expect(fact("Overridden by")).toBe("Rita Lopez");
    expect(fact("Reason")).toBe("Signed a three-year renewal");
    expect(fact("Until")).toBe("2027-01-31");
    expect(screen.getByText(/^Overrides are edited in the HealthOverrides table on the Health Model sheet/)).toBeTruthy();
    await user.click(screen.getByRole("tab", { name: "Map" }));
  });
});

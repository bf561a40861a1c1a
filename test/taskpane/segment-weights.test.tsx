/** @jest-environment jsdom */
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { HealthModel } from "../../src/core/model";
import { summarizePortfolio } from "../../src/core/summary";
import { coreScores, loadSample, renderPane, sampleWorkbook } from "./pane-setup";

const PILLAR_NAMES = ["Engagement", "Satisfaction", "Adoption", "Outcomes"] as const;

function sliderValues(): number[] {
  return PILLAR_NAMES.map((pillar) => Number((screen.getByRole("spinbutton", { name: `${pillar} weight, percent` }) as HTMLInputElement).value));
}

function draftBandCounts(): string[] {
  const table = within(screen.getByRole("table", { name: "Accounts per band, saved model and draft" }));
  return ["Healthy", "Watch", "At risk"].map((band) => table.getByRole("row", { name: new RegExp(`^${band}`) }).querySelectorAll("td")[1]?.textContent ?? "");
}

describe("segment weights", () => {
  it("segment set drives the preview like scorePortfolio", async () => {
    const user = userEvent.setup();
    const loaded = await loadSample();
    renderPane(sampleWorkbook(), "weights");

    const picker = await screen.findByRole("combobox", { name: "Weights for" });
    expect([...(picker as HTMLSelectElement).options].map((option) => option.textContent)).toEqual(["All accounts", "Mid-Market", "SMB", "Enterprise"]);
    await user.selectOptions(picker, "Mid-Market");
    expect(screen.getByText("Mid-Market uses the portfolio weights. Moving a slider gives it its own set.")).toBeTruthy();

    const outcomes = screen.getByRole("spinbutton", { name: "Outcomes weight, percent" });
    await user.clear(outcomes);
    await user.type(outcomes, "70{Enter}");
    // 100 − 70 = 30 shared equally among three pillars at 25 each: 10 each.
    expect(sliderValues()).toEqual([10, 10, 10, 70]);
    expect(screen.getByRole("option", { name: "Mid-Market (own weights)" })).toBeTruthy();

    const model: HealthModel = { ...loaded.proposal.model, segmentWeights: { "Mid-Market": { Engagement: 10, Satisfaction: 10, Adoption: 10, Outcomes: 70 } } };
    const expected = summarizePortfolio(coreScores(loaded, model)).perBand.map((band) => String(band.count));
    expect(draftBandCounts()).toEqual(expected);
    const portfolioOnly = summarizePortfolio(coreScores(loaded, loaded.proposal.model)).perBand.map((band) => String(band.count));
    expect(expected).not.toEqual(portfolioOnly);

    await user.selectOptions(picker, "");
    expect(sliderValues()).toEqual([25, 25, 25, 25]);
    await user.selectOptions(picker, "Mid-Market (own weights)");
    await user.click(screen.getByRole("button", { name: "Use portfolio weights" }));
    expect(sliderValues()).toEqual([25, 25, 25, 25]);
    expect(draftBandCounts()).toEqual(portfolioOnly);
    expect(screen.queryByRole("option", { name: "Mid-Market (own weights)" })).toBeNull();
  });

  it("picker hides without a segment column", async () => {
    const user = userEvent.setup();
    renderPane(sampleWorkbook(), "map");

    await user.selectOptions(await screen.findByRole("combobox", { name: "Role of Segment" }), "ignored");
    await user.click(screen.getByRole("tab", { name: "Weights" }));
    expect(screen.queryByRole("combobox", { name: "Weights for" })).toBeNull();
  });
});

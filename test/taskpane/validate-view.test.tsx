/** @jest-environment jsdom */
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { backtest, readOutcomeColumn, suggestWeights, type BacktestReport } from "../../src/core/backtest";
import { formatAuc, formatBacktestWarning, formatLiftUnavailable } from "../../src/core/messages/backtest";
import { MODEL_SHEET_NAME } from "../../src/core/model-sheet";
import type { HealthModel } from "../../src/core/model";
import { PILLARS } from "../../src/core/pillars";
import type { PortfolioScores } from "../../src/core/score";
import type { LoadedWorkbook } from "../../src/taskpane/workbook/load-workbook";
import { coreScores, loadSample, renderPane, sampleWorkbook } from "./pane-setup";

/** Runs the core's backtest on the sample's "Churned" column, read with churn polarity as the pane preselects it. */
function coreBacktest(loaded: LoadedWorkbook, scored: PortfolioScores): { report: BacktestReport; outcomes: ReturnType<typeof readOutcomeColumn>["outcomes"] } {
  const column = loaded.data.headers.indexOf("Churned");
  const { outcomes } = readOutcomeColumn(loaded.data.rows.map((row) => row[column] ?? null), { positive: "churn" });
  const report = backtest({
    composites: scored.accounts.map((account) => account.composite),
    pillars: scored.accounts.map((account) => account.pillars),
    bands: scored.accounts.map((account) => account.band),
    outcomes,
  });
  return { report, outcomes };
}

function aucCell(name: string): string {
  const table = screen.getByRole("table", { name: /^AUC: the chance/ });
  const cells = within(table).getByRole("row", { name: new RegExp(`^${name}`) }).querySelectorAll("td");
  return cells[0]?.textContent ?? "";
}

describe("validate view", () => {
  it("shows the core's backtest numbers", async () => {
    const loaded = await loadSample();
    const { report } = coreBacktest(loaded, coreScores(loaded, loaded.proposal.model));
    renderPane(sampleWorkbook(), "validate");

    const column = await screen.findByRole("combobox", { name: "Outcome column" });
    expect((column as HTMLSelectElement).value).toBe("Churned");
    expect((screen.getByRole("radio", { name: "The account churned" }) as HTMLInputElement).checked).toBe(true);

    expect(aucCell("Health score")).toBe(formatAuc(report.composite?.auc ?? NaN));
    for (const pillar of PILLARS) expect(aucCell(pillar)).toBe(formatAuc(report.pillars[pillar]?.auc ?? NaN));
    expect(screen.getByRole("status").textContent).toContain(`${report.counts.churned} churned and ${report.counts.retained} retained accounts have a score.`);

    const chart = screen.getByRole("img", { name: "Churn rate per band" });
    const titles = [...chart.querySelectorAll("title")].map((title) => title.textContent);
    // Each rate is churned ÷ accounts of the core's churnByBand, in percent with at most one decimal.
    const percent = (churned: number, accounts: number): string => `${Number(((100 * churned) / accounts).toFixed(1))}%`;
    expect(titles).toEqual(
      (["healthy", "watch", "atRisk"] as const).map((band) => {
        const { churned, accounts } = report.bands[band];
        return `${loaded.proposal.model.bands.labels[band]}: ${percent(churned, accounts)} churned (${churned} of ${accounts})`;
      }),
    );
    expect(report.bands.atRisk.churnRate ?? 0).toBeGreaterThan(report.bands.watch.churnRate ?? 1);
    expect(report.lift.unavailable).toBe("no-healthy-churn");
    expect(screen.getByText(formatLiftUnavailable("no-healthy-churn"))).toBeTruthy();
  });

  it("lists Healthy churned accounts that open the account", async () => {
    const user = userEvent.setup();
    const loaded = await loadSample();
    const model: HealthModel = { ...loaded.proposal.model, bands: { ...loaded.proposal.model.bands, healthy: 55 } };
    const scored = coreScores(loaded, model);
    const { report } = coreBacktest(loaded, scored);
    renderPane(sampleWorkbook(), "weights");

    const healthy = await screen.findByRole("spinbutton", { name: "Healthy at or above" });
    // The threshold input is controlled and ignores values outside 0–100, so set the whole value at once.
    fireEvent.change(healthy, { target: { value: "55" } });
    await user.click(screen.getByRole("tab", { name: "Validate" }));

    const names = report.healthyChurned.map((index) => scored.accountNames[index] ?? "");
    expect(names.length).toBeGreaterThan(0);
    const list = await screen.findByRole("list", { name: "Healthy accounts that churned anyway" });
    expect(within(list).getAllByRole("button").map((button) => button.textContent)).toEqual(names);
    const ratio = report.lift.ratio ?? NaN;
    expect(screen.getByText(new RegExp(`^Lift ${ratio.toFixed(2)}: At risk accounts churned`))).toBeTruthy();

    const first = names[0] ?? "";
    await user.click(screen.getByRole("button", { name: `Open ${first} in the Account view` }));
    expect(screen.getByRole("tab", { name: "Account" }).getAttribute("aria-selected")).toBe("true");
    expect(screen.getByRole("heading", { name: first })).toBeTruthy();
  });

  it("renewal polarity reverses the outcomes", async () => {
    const user = userEvent.setup();
    const loaded = await loadSample();
    const { report } = coreBacktest(loaded, coreScores(loaded, loaded.proposal.model));
    renderPane(sampleWorkbook(), "validate");

    await user.click(await screen.findByRole("radio", { name: "The account renewed" }));
    // Read as renewals, every "No" becomes a churn, so the churned and retained counts swap.
    expect(screen.getByRole("status").textContent).toContain(`${report.counts.retained} churned and ${report.counts.churned} retained accounts have a score.`);
    expect(aucCell("Health score")).toBe(formatAuc(1 - (report.composite?.auc ?? NaN)));
  });

  it("suggested weights load without applying", async () => {
    const user = userEvent.setup();
    const loaded = await loadSample();
    const scored = coreScores(loaded, loaded.proposal.model);
    const { outcomes } = coreBacktest(loaded, scored);
    const weights = loaded.proposal.model.pillarWeights;
    const expected = suggestWeights({
      pillars: scored.accounts.map((account) => account.pillars),
      outcomes,
      currentWeights: [weights.Engagement, weights.Satisfaction, weights.Adoption, weights.Outcomes],
      minCoverage: loaded.proposal.model.minCoverage,
    });
    const suggested = expected.suggested;
    if (suggested === null) throw new Error("the sample gives no suggestion");
    const workbook = sampleWorkbook();
    renderPane(workbook, "validate");

    await user.click(await screen.findByRole("button", { name: "Suggest weights" }));
    const table = await screen.findByRole("table", { name: "Pillar weights, current and suggested" }, { timeout: 20_000 });
    for (const pillar of PILLARS) {
      const cells = within(table).getByRole("row", { name: new RegExp(`^${pillar}`) }).querySelectorAll("td");
      expect(cells[1]?.textContent).toBe(String(suggested[pillar]));
    }
    const comparison = within(screen.getByRole("table", { name: "AUC of the current and suggested weights" }));
    const outOfSample = comparison.getByRole("row", { name: /^Out of sample/ }).querySelectorAll("td");
    expect(outOfSample[1]?.textContent).toBe(formatAuc(expected.outOfSample.suggested ?? NaN));
    expect(screen.getByText(/^Validated by 5-fold cross-validation/)).toBeTruthy();
    // The sample's suggestion does not beat the current weights out of sample, so the core warns.
    expect(expected.warnings.length).toBeGreaterThan(0);
    for (const warning of expected.warnings) expect(screen.getByText(formatBacktestWarning(warning))).toBeTruthy();

    await user.click(screen.getByRole("button", { name: "Use suggested weights" }));
    expect(screen.getByRole("tab", { name: "Weights" }).getAttribute("aria-selected")).toBe("true");
    for (const pillar of PILLARS) {
      expect((screen.getByRole("spinbutton", { name: `${pillar} weight, percent` }) as HTMLInputElement).value).toBe(String(suggested[pillar]));
    }
    expect(screen.getByText("The suggested weights are loaded. Nothing is saved until you apply.")).toBeTruthy();
    expect(await workbook.listSheets()).not.toContain(MODEL_SHEET_NAME);
  });

  it("shows a spinner while the search runs", async () => {
    const user = userEvent.setup();
    const pending: (() => void)[] = [];
    renderPane(sampleWorkbook(), "validate", {
      suggestRunner: (input) => new Promise((resolve) => pending.push(() => resolve(suggestWeights(input, { step: 25, folds: 2 })))),
    });

    await user.click(await screen.findByRole("button", { name: "Suggest weights" }));
    expect(screen.getByText("Searching weights…")).toBeTruthy();
    expect((screen.getByRole("button", { name: "Suggest weights" }) as HTMLButtonElement).disabled).toBe(true);
    // The pane still responds while the search runs: switching tabs works.
    await user.click(screen.getByRole("tab", { name: "Weights" }));
    await user.click(screen.getByRole("tab", { name: "Validate" }));

    expect(pending).toHaveLength(1);
    pending[0]?.();
    await waitFor(() => expect(screen.queryByText("Searching weights…")).toBeNull());
    expect(screen.getByRole("button", { name: "Use suggested weights" })).toBeTruthy();
  });
});

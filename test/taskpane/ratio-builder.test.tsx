/** @jest-environment jsdom */
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { workbookFromCsv } from "../../src/playground/sample-workbook";
import { messages } from "../../src/taskpane/messages";
import { coreScores, loadSample, readModelSheet, renderPane, SAMPLE_CSV, sampleWorkbook } from "./pane-setup";

/** The sample's columns whose values are mostly numbers, read off samples/portfolio.csv by hand. */
const SAMPLE_NUMERIC_COLUMNS = [
  "ARR",
  "Meetings Attended (90d)",
  "Stakeholders in Calls",
  "Avg Response Time (hrs)",
  "NPS",
  "CSAT",
  "Support Tickets (90d)",
  "Escalations (90d)",
  "Active Users",
  "Licensed Seats",
  "Feature Adoption",
  "Weekly Logins",
  "Goal Attainment",
  "Time Saved vs Target (%)",
];

/** The sample with "Licensed Seats" renamed, so auto-mapping finds no seats column and proposes no ratio. */
const CSV_WITHOUT_SEATS = SAMPLE_CSV.replace("Licensed Seats", "Capacity");

function combobox(name: string): HTMLSelectElement {
  return screen.getByRole("combobox", { name }) as HTMLSelectElement;
}

function addButton(): HTMLButtonElement {
  return screen.getByRole("button", { name: messages.map.ratio.add }) as HTMLButtonElement;
}

function columnOptions(select: HTMLSelectElement): string[] {
  return [...select.options].filter((option) => option.value !== "").map((option) => option.value);
}

describe("ratio builder", () => {
  it("offers only numeric columns", async () => {
    renderPane(sampleWorkbook());
    await screen.findByRole("region", { name: messages.map.ratio.heading });

    expect(columnOptions(combobox(messages.map.ratio.numerator))).toEqual(SAMPLE_NUMERIC_COLUMNS);
    expect(columnOptions(combobox(messages.map.ratio.denominator))).toEqual(SAMPLE_NUMERIC_COLUMNS);
    expect(within(combobox(messages.map.ratio.numerator)).queryByRole("option", { name: "Account ID" })).toBeNull();
    expect(within(combobox(messages.map.ratio.denominator)).queryByRole("option", { name: "Account Name" })).toBeNull();
  });

  it("preselects the auto-mapped ratio", async () => {
    renderPane(sampleWorkbook());
    await screen.findByRole("region", { name: messages.map.ratio.heading });

    expect(combobox(messages.map.ratio.numerator).value).toBe("Active Users");
    expect(combobox(messages.map.ratio.denominator).value).toBe("Licensed Seats");
    expect(screen.getByText("Active Users ÷ Licensed Seats")).toBeTruthy();
    expect(addButton().disabled).toBe(false);
  });

  it("disables Add ratio for one column", async () => {
    const user = userEvent.setup();
    renderPane(sampleWorkbook());
    await screen.findByRole("region", { name: messages.map.ratio.heading });

    await user.selectOptions(combobox(messages.map.ratio.denominator), "Active Users");

    expect(addButton().disabled).toBe(true);
    expect(screen.getByText(messages.map.ratio.sameColumn)).toBeTruthy();
  });

  it("starts empty without a proposed ratio", async () => {
    renderPane(workbookFromCsv(CSV_WITHOUT_SEATS));
    await screen.findByRole("region", { name: messages.map.ratio.heading });

    expect(combobox(messages.map.ratio.numerator).value).toBe("");
    expect(combobox(messages.map.ratio.denominator).value).toBe("");
    expect(addButton().disabled).toBe(true);
    expect(screen.getByText(messages.map.ratio.pickBoth)).toBeTruthy();
  });

  it("adds a ratio that reads every cell", async () => {
    const user = userEvent.setup();
    const workbook = workbookFromCsv(CSV_WITHOUT_SEATS);
    renderPane(workbook);
    await screen.findByRole("region", { name: messages.map.ratio.heading });

    await user.selectOptions(combobox(messages.map.ratio.numerator), "Active Users");
    expect(addButton().disabled).toBe(true);
    await user.selectOptions(combobox(messages.map.ratio.denominator), "Capacity");
    await user.click(addButton());

    expect(combobox("Role of Active Users").value).toBe("metric");
    expect(combobox("Method of Active Users").value).toBe("ratio");
    expect(combobox("Role of Capacity").value).toBe("denominator");

    await user.click(screen.getByRole("tab", { name: "Apply" }));
    await user.click(screen.getByRole("button", { name: "Apply" }));
    await screen.findByText(/Applied to 400 accounts/);
    const model = await readModelSheet(workbook);
    expect(model.metrics.find((metric) => metric.column === "Active Users")?.method).toEqual({ kind: "ratio", denominator: "Capacity", then: { kind: "percentile" } });
    const loaded = await loadSample(workbookFromCsv(CSV_WITHOUT_SEATS));
    const unreadable = coreScores(loaded, model).issues.filter((issue) => issue.code === "invalid-number" && (issue.column === "Active Users" || issue.column === "Capacity"));
    expect(unreadable).toEqual([]);
  });
});

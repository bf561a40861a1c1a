import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import type { HealthModel } from "../../src/core/model";
import type { CellValue } from "../../src/core/table";
import { backtest, readOutcomeColumn } from "../../src/core/backtest";
import { formatAuc } from "../../src/core/messages/backtest";
import { OUTPUT_COLUMNS, outputRow } from "../../src/core/outputs";
import { scorePortfolio, type PortfolioScores } from "../../src/core/score";
import { summarizePortfolio } from "../../src/core/summary";
import { SAMPLE_AS_OF, workbookFromCsv } from "../../src/playground/sample-workbook";
import { loadWorkbook } from "../../src/taskpane/workbook/load-workbook";

// The server is plain JavaScript so `npm run playground` can run it without a TypeScript step.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { startPlaygroundServer } = require("../../src/playground/server.js") as {
  startPlaygroundServer: (root: string, port: number) => Promise<{ url: string; close: () => Promise<void> }>;
};

const ROOT = join(__dirname, "../..");
const ARTIFACTS = join(ROOT, "test-artifacts");
const CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];
const IGNORED_COLUMN = "Weekly Logins";

let buildDir: string;
let server: { url: string; close: () => Promise<void> };
let browser: Browser;
let page: Page;
/** Console errors and uncaught page errors since the last test ended; any of them fails the test that saw it. */
const pageProblems: string[] = [];

/** Scores the sample in this process the way the pane does, for the numbers the page must show. */
async function coreScores(edit: (model: HealthModel) => HealthModel): Promise<{ saved: PortfolioScores; draft: PortfolioScores; model: HealthModel; churned: readonly CellValue[] }> {
  const workbook = workbookFromCsv(readFileSync(join(ROOT, "samples/portfolio.csv"), "utf8"));
  const loaded = await loadWorkbook(workbook, { asOf: SAMPLE_AS_OF });
  if (loaded === null) throw new Error("the sample did not load");
  const model = edit(loaded.proposal.model);
  const saved = scorePortfolio(loaded.data, loaded.proposal.model);
  const draft = scorePortfolio(loaded.data, model);
  if (!saved.ok || !draft.ok) throw new Error("the sample does not score");
  const churnedColumn = loaded.data.headers.indexOf("Churned");
  return { saved: saved.value, draft: draft.value, model, churned: loaded.data.rows.map((row) => row[churnedColumn] ?? null) };
}

/** Reads a value until it equals `expected` or 10 s pass, and returns the last value read, for the assertion to report. */
async function settled<T>(read: () => Promise<T>, expected: T): Promise<T> {
  const deadline = Date.now() + 10_000;
  let value = await read();
  while (value !== expected && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    value = await read();
  }
  return value;
}

async function screenshot(name: string): Promise<void> {
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: false });
}

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  buildDir = mkdtempSync(join(tmpdir(), "health-playground-"));
  execFileSync(process.execPath, [join(ROOT, "node_modules/webpack-cli/bin/cli.js"), "--config", "webpack.playground.js", "--env", `outputPath=${buildDir}`], { cwd: ROOT, stdio: "pipe" });
  server = await startPlaygroundServer(buildDir, 0);
  browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS });
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on("console", (message) => message.type() === "error" && pageProblems.push(`console error: ${message.text()} at ${message.location().url}`));
  page.on("pageerror", (error) => pageProblems.push(`page error: ${error.message}`));
  await page.goto(server.url);
  await page.getByRole("tab", { name: "Map" }).waitFor({ timeout: 60_000 });
});

afterEach(() => {
  const problems = pageProblems.splice(0);
  expect(problems).toEqual([]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (buildDir) rmSync(buildDir, { recursive: true, force: true });
});

describe("playground", () => {
  it("maps, weighs, applies and explains the sample like the core", async () => {
    const outcomeLed = { Engagement: 20, Satisfaction: 20, Adoption: 20, Outcomes: 40 };
    const expected = await coreScores((model) => ({
      ...model,
      metrics: model.metrics.filter((metric) => metric.column !== IGNORED_COLUMN),
      pillarWeights: outcomeLed,
    }));
    await screenshot("playground-1-map");

    // The ratio builder starts from auto-mapping's ratio and lists no text column such as Account ID.
    expect(await page.getByRole("combobox", { name: "Numerator" }).inputValue()).toBe("Active Users");
    expect(await page.getByRole("combobox", { name: "Denominator" }).inputValue()).toBe("Licensed Seats");
    expect(await page.getByRole("combobox", { name: "Numerator" }).getByRole("option", { name: "Account ID" }).count()).toBe(0);

    // Fix a mapping: Weekly Logins grows with account size, so it is taken out of Adoption.
    await page.getByRole("combobox", { name: `Role of ${IGNORED_COLUMN}` }).selectOption("ignored");

    await page.getByRole("tab", { name: "Weights" }).click();
    const status = page.getByRole("status");
    const before = await status.textContent();
    await page.getByRole("spinbutton", { name: "Outcomes weight, percent" }).fill("40");
    await page.getByRole("spinbutton", { name: "Outcomes weight, percent" }).press("Enter");
    expect(await settled(async () => page.getByRole("spinbutton", { name: "Engagement weight, percent" }).inputValue(), "20")).toBe("20");
    const after = await status.textContent();
    expect(after).not.toBe(before);

    const changed = expected.draft.accounts.filter((account, index) => account.band !== expected.saved.accounts[index]?.band).length;
    expect(after).toContain(`${changed} accounts change band`);
    const draftSummary = summarizePortfolio(expected.draft);
    const bandTable = page.getByRole("table", { name: "Accounts per band, saved model and draft" });
    for (const band of draftSummary.perBand) {
      expect(await settled(async () => bandTable.getByRole("row", { name: new RegExp(`^${band.label}`) }).getByRole("cell").last().textContent(), String(band.count))).toBe(String(band.count));
    }
    await screenshot("playground-2-weights");

    await page.getByRole("tab", { name: "Apply" }).click();
    await page.getByRole("button", { name: "Apply" }).click();
    await page.getByText(/Applied to 400 accounts/).waitFor({ timeout: 60_000 });

    const grid = page.getByRole("table", { name: "Sheet portfolio" });
    const firstRow = grid.locator("tr[data-row='1'] td");
    const headers = await firstRow.evaluateAll((cells) => cells.map((cell) => [cell.getAttribute("data-value"), cell.getAttribute("data-column")]));
    const scoreColumn = headers.find(([value]) => value === "Health score")?.[1];
    const startColumn = headers.find(([value]) => value === OUTPUT_COLUMNS[0])?.[1];
    expect(scoreColumn).toBeDefined();
    await grid.locator(`tr[data-row='1'] td[data-column='${scoreColumn}']`).scrollIntoViewIfNeeded();
    await screenshot("playground-3-applied");
    for (const row of [2, 3, 60, 401]) {
      const account = expected.draft.accounts[row - 2];
      if (account === undefined) throw new Error(`no account for row ${row}`);
      const cells = await grid.locator(`tr[data-row='${row}'] td`).evaluateAll((tds) => tds.map((td) => [td.getAttribute("data-column"), td.getAttribute("data-value")]));
      const start = cells.findIndex(([column]) => column === startColumn);
      outputRow(account, expected.model.bands).forEach((value, offset) => {
        const cellText = cells[start + offset]?.[1] ?? "";
        if (typeof value === "number") expect(Number(cellText)).toBeCloseTo(value, 9);
        else if (value === "" && OUTPUT_COLUMNS[offset] === "Health score") expect(cellText).toBe("#N/A");
        else expect(cellText).toBe(String(value));
      });
    }

    await page.getByRole("button", { name: "Select row 5", exact: true }).click();
    await page.getByRole("tab", { name: "Account" }).click();
    const explanation = expected.draft.accounts[3]?.explanation ?? "";
    expect(await settled(async () => page.getByLabel("Explanation", { exact: true }).textContent(), explanation)).toBe(explanation);
    await screenshot("playground-4-account");

    // The sample's "Churned" column contains Yes/No, so the Validate view preselects it with churn polarity.
    const { outcomes } = readOutcomeColumn(expected.churned, { positive: "churn" });
    const report = backtest({
      composites: expected.draft.accounts.map((account) => account.composite),
      pillars: expected.draft.accounts.map((account) => account.pillars),
      bands: expected.draft.accounts.map((account) => account.band),
      outcomes,
    });
    await page.getByRole("tab", { name: "Validate" }).click();
    expect(await page.getByRole("combobox", { name: "Outcome column" }).inputValue()).toBe("Churned");
    const aucTable = page.getByRole("table", { name: /^AUC: the chance/ });
    const healthAuc = aucTable.getByRole("row", { name: /^Health score/ }).getByRole("cell").first();
    expect(await healthAuc.textContent()).toBe(formatAuc(report.composite?.auc ?? NaN));

    const chart = page.getByRole("img", { name: "Churn rate per band" });
    const titles = await chart.locator("title").allTextContents();
    const atRisk = report.bands.atRisk;
    expect(titles[2]).toBe(`At risk: ${Number(((100 * atRisk.churned) / atRisk.accounts).toFixed(1))}% churned (${atRisk.churned} of ${atRisk.accounts})`);
    expect(await chart.locator("text").allTextContents()).toContain(`${Number(((100 * atRisk.churned) / atRisk.accounts).toFixed(1))}% (${atRisk.churned} of ${atRisk.accounts})`);

    await chart.scrollIntoViewIfNeeded();
    await page.getByRole("complementary", { name: "Task pane" }).screenshot({ path: join(ARTIFACTS, "playground-5-validate-pane.png") });

    // The weight search runs in a Web Worker in the built playground, so the tab list still responds while it runs.
    const workers: string[] = [];
    page.on("worker", (worker) => workers.push(worker.url()));
    await page.getByRole("button", { name: "Suggest weights" }).click();
    await page.getByRole("tab", { name: "Map" }).click();
    await page.getByRole("tab", { name: "Validate" }).click();
    await page.getByRole("button", { name: "Use suggested weights" }).waitFor({ timeout: 60_000 });
    expect(workers).toEqual([expect.stringContaining("suggest-worker")]);
    await page.getByRole("table", { name: "Pillar weights, current and suggested" }).scrollIntoViewIfNeeded();
    await screenshot("playground-6-suggested");
  });
});

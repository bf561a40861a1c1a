import ExcelJS from "exceljs";
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { normalizeModel } from "../../src/core/normalize-model";
import { useTempDir } from "./temp-dir";
import { writeTitledWorkbook } from "./titled-workbook";

const ROOT = resolve(__dirname, "../..");
const BIN = join(ROOT, "bin/health-model.js");
const SAMPLE = join(ROOT, "samples/portfolio.csv");

const tempDir = useTempDir("health-cli-");

beforeAll(() => {
  // tsc still emits when files outside the CLI have type errors, so the check is that main.js exists.
  try {
    execFileSync("npx", ["tsc", "-p", "tsconfig.cli.json"], { cwd: ROOT, stdio: "pipe" });
  } catch {
    // Type errors are reported by `npm run typecheck`; here only the emitted JavaScript matters.
  }
  expect(existsSync(join(ROOT, "dist/cli/src/cli/main.js"))).toBe(true);
}, 180_000);

interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

function cli(...args: string[]): Run {
  const result = spawnSync("node", [BIN, ...args], { cwd: tempDir(), encoding: "utf8" });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function file(name: string, content: string | Uint8Array): string {
  const path = join(tempDir(), name);
  writeFileSync(path, content);
  return path;
}

/**
 * Two pillars with hand-checkable scores: CSAT on the 1–5 scale (1 → 0, 5 → 100) and
 * Adoption % linear from 0 to 100. Equal weights redistribute to 50/50 over the two pillars,
 * so the composite is their mean and coverage is 50%, exactly the minimum.
 */
const MODEL = {
  accountColumn: "Account",
  metrics: [
    { column: "CSAT", pillar: "Satisfaction", method: { kind: "scale", low: 1, high: 5 } },
    { column: "Adoption %", pillar: "Adoption", method: { kind: "target", floor: 0, target: 100 } },
  ],
};

/**
 * Composites: Acme (100 + 90) / 2 = 95 and Globex (75 + 70) / 2 = 72.5 are Healthy, Initech
 * (50 + 50) / 2 = 50 is Watch, Umbrella (25 + 40) / 2 = 32.5 and Hooli (0 + 10) / 2 = 5 are
 * At risk, and Stark has no CSAT, so its coverage of 25% is insufficient.
 */
const CLEAN = ["Account,CSAT,Adoption %", "Acme,5,90", "Globex,4,70", "Initech,3,50", "Umbrella,2,40", "Hooli,1,10", "Stark,,80", ""].join("\n");

describe("score on a clean file", () => {
  test("prints the band counts", () => {
    const input = file("clean.csv", CLEAN);
    const model = file("model.json", JSON.stringify(MODEL));
    const run = cli("score", input, "--model", model, "--as-of", "2026-11-30");
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(
      [
        "Accounts per band:",
        "  Healthy             2",
        "  Watch               1",
        "  At risk             2",
        "  Insufficient data   1",
      ].join("\n"),
    );
    expect(run.stdout).toContain(["Accounts with insufficient data (coverage below 50%): 1", "  row 7: Stark"].join("\n"));
    expect(run.stdout).toContain(
      ["Mapping used (metric → pillar):", "  CSAT → Satisfaction (scale, higher is better, weight 1)", "  Adoption % → Adoption (target, higher is better, weight 1)"].join("\n"),
    );
  });

  test("writes the default output beside the input", async () => {
    const input = file("clean.csv", CLEAN);
    const model = file("model.json", JSON.stringify(MODEL));
    const run = cli("score", input, "--model", model);
    expect(run.stdout.split("\n")[0]).toBe(`Scored 6 accounts from ${input} into ${join(tempDir(), "clean-scored.xlsx")}.`);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(tempDir(), "clean-scored.xlsx"));
    const data = workbook.worksheets[0];
    const bands = [2, 3, 4, 5, 6, 7].map((row) => data?.getCell(row, 9).value);
    expect(bands).toEqual(["Healthy", "Healthy", "Watch", "At risk", "At risk", "Insufficient data"]);
    expect(data?.getCell(2, 8).value).toBe(95);
  });

  test("scores with the proposed model", () => {
    const input = file("clean.csv", CLEAN);
    const run = cli("score", input, "--as-of", "2026-11-30");
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("Scored 6 accounts");
  });

  test("keeps an existing output", () => {
    const input = file("clean.csv", CLEAN);
    const output = file("taken.xlsx", "keep");
    const run = cli("score", input, "--out", output);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(`health-model: ${output} already exists; pass --force to replace it, or choose another --out path\n`);
    expect(readFileSync(output, "utf8")).toBe("keep");
  });

  test("never writes over the input", () => {
    const input = file("clean.csv", CLEAN);
    const run = cli("score", input, "--out", input, "--force");
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(`health-model: the output ${input} is the input file; choose another --out path, the input is never replaced\n`);
    expect(readFileSync(input, "utf8")).toBe(CLEAN);
  });

  test("input check with relative out", () => {
    file("clean.csv", CLEAN);
    const run = cli("score", "clean.csv", "--out", "./clean.csv");
    expect(run.stderr).toBe("health-model: the output ./clean.csv is the input file; choose another --out path, the input is never replaced\n");
  });
});

describe("score on a text metric", () => {
  const input = ["Account,Logins,CSAT,Adoption %", "Acme,unknown,5,90", "Globex,unknown,4,70", "Initech,unknown,3,50", ""].join("\n");
  const model = {
    accountColumn: "Account",
    metrics: [{ column: "Logins", pillar: "Engagement" }, ...MODEL.metrics],
  };

  test("lists a problem per row", () => {
    const run = cli("score", file("text.csv", input), "--model", file("model.json", JSON.stringify(model)));
    expect(run.status).toBe(0);
    const problem = (row: number) =>
      `  Row ${row}, column "Logins": "unknown" is not a number. Expected a number such as 42, 4.5, 1,234 or 45%; the cell counts as missing.`;
    const outcomes = "  Outcomes: no metric is mapped to this pillar, so it has no data for any account; map a column to it or lower its weight to 0.";
    expect(run.stdout).toContain(["Input problems: 4", outcomes, problem(2), problem(3), problem(4)].join("\n"));
  });

  test("leaves the pillar empty", () => {
    const run = cli("score", file("text.csv", input), "--model", file("model.json", JSON.stringify(model)));
    expect(run.stdout).toContain("  Engagement          no data\n");
    expect(run.stdout).toContain("  Satisfaction        75.0\n");
  });
});

describe("score on long inputs", () => {
  const model = { accountColumn: "Account", metrics: [{ column: "Logins", pillar: "Engagement" }, ...MODEL.metrics] };
  const rows = (count: number, logins: string) => Array.from({ length: count }, (_, index) => `A${index},${logins},4,70`);

  test("lists 50 problems, then a count", () => {
    const input = ["Account,Logins,CSAT,Adoption %", ...rows(60, "unknown"), ""].join("\n");
    const run = cli("score", file("many.csv", input), "--model", file("model.json", JSON.stringify(model)));
    // The first of the 50 listed problems is the Outcomes pillar without a metric, then 49 cells.
    const listed = run.stdout.split("\n").filter((line) => line.includes('column "Logins"'));
    expect(listed).toHaveLength(49);
    expect(run.stdout).toContain("Input problems: 61\n");
    expect(run.stdout).toContain("  … and 11 more problems not shown\n");
  });

  test("reports progress past 20,000 rows", () => {
    const input = ["Account,Logins,CSAT,Adoption %", ...rows(20_001, "12"), ""].join("\n");
    const run = cli("score", file("large.csv", input), "--model", file("model.json", JSON.stringify(model)));
    expect(run.status).toBe(0);
    expect(run.stderr).toBe("scored 10000 of 20001 accounts\nscored 20000 of 20001 accounts\nscored 20001 of 20001 accounts\n");
  });

  test("prints each progress line once", () => {
    // The core reports every 10,000 accounts and again at the end, which repeats 30000 here.
    const input = ["Account,Logins,CSAT,Adoption %", ...rows(30_000, "12"), ""].join("\n");
    const run = cli("score", file("large.csv", input), "--model", file("model.json", JSON.stringify(model)));
    expect(run.status).toBe(0);
    expect(run.stderr).toBe("scored 10000 of 30000 accounts\nscored 20000 of 30000 accounts\nscored 30000 of 30000 accounts\n");
  });

  test("stays quiet at 20,000 rows", () => {
    const input = ["Account,Logins,CSAT,Adoption %", ...rows(20_000, "12"), ""].join("\n");
    const run = cli("score", file("large.csv", input), "--model", file("model.json", JSON.stringify(model)));
    expect(run.stderr).toBe("");
  });
});

describe("score failures", () => {
  test("output not named .xlsx", () => {
    const run = cli("score", file("clean.csv", CLEAN), "--out", "P.CSV");
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('health-model: invalid --out path "P.CSV": the output is an Excel workbook, so its name must end in .xlsx\n');
    expect(readdirSync(tempDir())).toEqual(["clean.csv"]);
  });

  test("missing file", () => {
    const run = cli("score", "absent.csv");
    expect(run.status).toBe(1);
    expect(run.stderr).toBe("health-model: file not found: absent.csv\n");
  });

  test("empty file", () => {
    file("empty.csv", "");
    const run = cli("score", "empty.csv");
    expect(run.status).toBe(1);
    expect(run.stderr).toBe("health-model: empty.csv is empty; expected a header row followed by data rows\n");
  });

  test("header only", () => {
    file("header.csv", "Account,CSAT,Adoption %\n");
    const run = cli("score", "header.csv");
    expect(run.status).toBe(1);
    expect(run.stderr).toBe("health-model: header.csv has a header row but no data rows\n");
  });

  test("binary file", () => {
    file("photo.csv", Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0]));
    const run = cli("score", "photo.csv");
    expect(run.status).toBe(1);
    expect(run.stderr).toBe("health-model: photo.csv is not a spreadsheet (it contains binary data); expected .xlsx, .csv or .txt\n");
  });

  test("encrypted workbook", () => {
    file("locked.xlsx", Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));
    const run = cli("score", "locked.xlsx");
    expect(run.stderr).toBe(
      "health-model: locked.xlsx is an encrypted workbook or a legacy .xls file; remove the password or save it as .xlsx, then try again\n",
    );
  });

  test("model with a misspelt pillar", () => {
    file("clean.csv", CLEAN);
    file("bad.json", JSON.stringify({ metrics: [{ column: "CSAT", pillar: "Satisfction" }] }));
    const run = cli("score", "clean.csv", "--model", "bad.json");
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(
      'health-model: metrics[0].pillar: "Satisfction" is not a pillar. Expected one of "Engagement", "Satisfaction", "Adoption", "Outcomes".\n',
    );
    expect(existsSync(join(tempDir(), "clean-scored.xlsx"))).toBe(false);
  });

  test("model naming an absent column", () => {
    file("clean.csv", CLEAN);
    file("absent.json", JSON.stringify({ metrics: [{ column: "NPS", pillar: "Satisfaction" }] }));
    const run = cli("score", "clean.csv", "--model", "absent.json");
    expect(run.stderr).toBe('health-model: metrics[0].column: the column "NPS" is not in the table. Headers found: "Account", "CSAT", "Adoption %".\n');
  });

  test("model that is not JSON", () => {
    file("clean.csv", CLEAN);
    file("model.json", "{ metrics: ");
    const run = cli("score", "clean.csv", "--model", "model.json");
    expect(run.stderr).toMatch(/^health-model: the model file model\.json is not valid JSON: .+\n$/);
  });

  test("invalid as-of date", () => {
    file("clean.csv", CLEAN);
    const run = cli("score", "clean.csv", "--as-of", "2026-02-30");
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('health-model: invalid --as-of date "2026-02-30"; expected a date as YYYY-MM-DD, e.g. 2026-11-30\n');
  });

  test("missing argument", () => {
    const run = cli("score");
    expect(run.status).toBe(1);
    expect(run.stderr).toBe("health-model: missing required argument 'file'\n");
  });
});

describe("map", () => {
  test("prints a model score accepts", () => {
    const run = cli("map", file("clean.csv", CLEAN));
    expect(run.status).toBe(0);
    expect(normalizeModel(JSON.parse(run.stdout)).ok).toBe(true);
  });

  test("prints column roles to stderr", () => {
    const run = cli("map", file("clean.csv", CLEAN));
    expect(run.stderr.split("\n")[0]).toBe("Column roles:");
    expect(run.stderr).toMatch(/^ {2}CSAT: metric → Satisfaction, scale \(.+\)$/m);
  });

  test("names a column without a header", () => {
    const run = cli("map", file("blank.csv", "Account,,CSAT\nAcme,x,5\nGlobex,y,4\n"));
    expect(run.status).toBe(0);
    // The reason in brackets comes from the core's mapping rules, so only the name and role are pinned here.
    const roles = run.stderr.split("\n").slice(1, 4);
    expect(roles[0]).toMatch(/^ {2}Account: account \(/);
    expect(roles[1]).toMatch(/^ {2}column B \(no header\): ignored \(/);
    expect(roles[2]).toMatch(/^ {2}CSAT: metric → Satisfaction, scale \(/);
  });

  test("fails on a missing file", () => {
    const run = cli("map", "absent.csv");
    expect(run.status).toBe(1);
    expect(run.stderr).toBe("health-model: file not found: absent.csv\n");
  });
});

const describeSample = existsSync(SAMPLE) ? describe : describe.skip;

describeSample("score on the sample portfolio", () => {
  test("summarises 400 accounts", async () => {
    const output = join(tempDir(), "portfolio-scored.xlsx");
    const run = cli("score", SAMPLE, "--out", output, "--as-of", "2026-11-30");
    expect(run.status).toBe(0);
    expect(run.stdout.split("\n")[0]).toBe(`Scored 400 accounts from ${SAMPLE} into ${output}.`);

    const counts = [...run.stdout.matchAll(/^ {2}(Healthy|Watch|At risk|Insufficient data) +(\d+)$/gm)].map((match) => Number(match[2]));
    expect(counts).toHaveLength(4);
    expect(counts.reduce((sum, count) => sum + count, 0)).toBe(400);
  });

  test("writes a band for every account", async () => {
    const output = join(tempDir(), "portfolio-scored.xlsx");
    cli("score", SAMPLE, "--out", output, "--as-of", "2026-11-30");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(output);
    const data = workbook.worksheets[0];
    const headers = (data?.getRow(1).values as unknown[]).slice(1);
    const bandColumn = headers.indexOf("Band") + 1;
    expect(headers.slice(-11)).toEqual(["Engagement", "Satisfaction", "Adoption", "Outcomes", "Health score", "Band", "Driver", "Gap", "Coverage", "Diagnosis", "Explanation"]);
    const bands = new Set(Array.from({ length: 400 }, (_, index) => data?.getCell(index + 2, bandColumn).value));
    expect([...bands].every((band) => ["Healthy", "Watch", "At risk", "Insufficient data"].includes(String(band)))).toBe(true);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(["portfolio", "Health Model"]);
  });
});

/**
 * Eleven accounts scored with MODEL (composite = mean of the CSAT and Adoption % scores), with
 * two outcome columns. Status uses status words; Renewed is a yes/no renewal column.
 *
 *   row account  CSAT Adopt composite band     Status   Renewed
 *    2  Alpha     5    90    95       Healthy  Stayed   Yes
 *    3  Beta      4    70    72.5     Healthy  Churned  No
 *    4  Gamma     4    80    77.5     Healthy  Stayed   Yes
 *    5  Delta     3    50    50       Watch    Stayed   Yes
 *    6  Epsilon   3    30    40       Watch    Churned  No
 *    7  Zeta      2    40    32.5     At risk  Churned  No
 *    8  Eta       1    10    5        At risk  Churned  No
 *    9  Theta     2    60    42.5     Watch    Stayed   Yes
 *   10  Iota      5    20    60       Watch    Joined   (blank)
 *   11  Kappa     1    50    25       At risk  (blank)  (blank)
 *   12  Lambda    -    -     none     -        Churned  No
 *
 * Iota's "Joined" is excluded, Kappa's outcome is missing and Lambda has no score, so 4 churned
 * (72.5, 40, 32.5, 5) and 4 retained (95, 77.5, 50, 42.5) accounts enter the backtest.
 */
const OUTCOMES = [
  "Account,CSAT,Adoption %,Status,Renewed",
  "Alpha,5,90,Stayed,Yes",
  "Beta,4,70,Churned,No",
  "Gamma,4,80,Stayed,Yes",
  "Delta,3,50,Stayed,Yes",
  "Epsilon,3,30,Churned,No",
  "Zeta,2,40,Churned,No",
  "Eta,1,10,Churned,No",
  "Theta,2,60,Stayed,Yes",
  "Iota,5,20,Joined,",
  "Kappa,1,50,,",
  "Lambda,,,Churned,No",
  "",
].join("\n");

const NOT_AVAILABLE = "not available: no churned or no retained account has this score";

describe("backtest on a small portfolio", () => {
  test("counts the accounts", () => {
    const run = cli("backtest", file("outcomes.csv", OUTCOMES), "--model", file("model.json", JSON.stringify(MODEL)), "--outcome", "Status", "--as-of", "2026-11-30");
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(
      [
        `Backtest of 11 accounts from ${join(tempDir(), "outcomes.csv")} against "Status" ("Churned" means churned; "Stayed" means retained).`,
        "Model version 1, scored as of 2026-11-30. Advice only: nothing was written.",
        "",
        "Accounts:",
        "  Churned             4",
        "  Retained            4",
        "  Excluded            1",
        "  Missing outcome     1",
        "  Unscored            1",
        '  Excluded values: "Joined" (1)',
      ].join("\n"),
    );
  });

  test("prints AUC by hand", () => {
    const run = cli("backtest", file("outcomes.csv", OUTCOMES), "--model", file("model.json", JSON.stringify(MODEL)), "--outcome", "Status");
    // Health score: of the 16 churned × retained pairs, only Beta (72.5) fails to score below
    // Delta (50) and Theta (42.5), so AUC = 14 / 16 = 0.875. Hanley–McNeil with n = 4 and 4:
    // Q1 = 0.875 / 1.125 = 0.7778, Q2 = 2 × 0.875² / 1.875 = 0.8167,
    // SE² = (0.875 × 0.125 + 3 × (0.7778 − 0.7656) + 3 × (0.8167 − 0.7656)) / 16 = 0.01868, SE = 0.137.
    // Satisfaction scores churned 75, 50, 25, 0 against retained 100, 75, 50, 25: wins 1.5 + 2.5 + 3.5 + 4
    // = 11.5 of 16 = 0.719, and SE² = (0.2021 + 3 × 0.0444 + 3 × 0.0845) / 16 = 0.0368, SE = 0.192.
    // Adoption scores churned 70, 30, 40, 10 against retained 90, 80, 50, 60: 70 beats 50 and 60,
    // so 14 / 16 = 0.875 again. Engagement and Outcomes have no metric.
    expect(run.stdout).toContain(
      [
        "AUC (the chance that a churned account scores below a retained one; 0.5 is chance, 1 is perfect):",
        "  Health score        0.875 (standard error 0.137; 4 churned, 4 retained)",
        `  Engagement          ${NOT_AVAILABLE}`,
        "  Satisfaction        0.719 (standard error 0.192; 4 churned, 4 retained)",
        "  Adoption            0.875 (standard error 0.137; 4 churned, 4 retained)",
        `  Outcomes            ${NOT_AVAILABLE}`,
      ].join("\n"),
    );
  });

  test("prints churn per band and lift", () => {
    const run = cli("backtest", file("outcomes.csv", OUTCOMES), "--model", file("model.json", JSON.stringify(MODEL)), "--outcome", "Status");
    // Healthy: Alpha, Beta, Gamma, of which Beta churned (1 / 3). Watch: Delta, Epsilon, Theta
    // (Iota is excluded), of which Epsilon churned (1 / 3). At risk: Zeta and Eta both churned
    // (Kappa's outcome is missing). Lift = (2 / 2) ÷ (1 / 3) = 3.
    expect(run.stdout).toContain(
      [
        "Churn per band:",
        "  Healthy             1 of 3 churned (33.3%)",
        "  Watch               1 of 3 churned (33.3%)",
        "  At risk             2 of 2 churned (100.0%)",
        "Lift (At risk churn rate ÷ Healthy churn rate): 3.00",
        "",
        "Healthy accounts that churned anyway: 1",
        "  row 3: Beta",
      ].join("\n"),
    );
  });

  test("suggests weights as advice", () => {
    const run = cli("backtest", file("outcomes.csv", OUTCOMES), "--model", file("model.json", JSON.stringify(MODEL)), "--outcome", "Status");
    // Beta beats Delta and Theta on both pillars, so no weights can score above 14 / 16 = 0.875.
    expect(run.stdout).toMatch(/^ {2}AUC in sample {7}0\.875 {5}0\.875$/m);
    expect(run.stdout).toContain("  Engagement and Outcomes have no data, so their weights change no score.\n");
    expect(run.stdout).toContain(
      "  Validated by 5-fold cross-validation, stratified by outcome (seed 1): the weights were fitted on 4 folds and the AUC measured on the held-out fold, once for each fold.\n",
    );
    const suggested = [...run.stdout.matchAll(/^ {2}(Engagement|Satisfaction|Adoption|Outcomes) +25\.0 +(\d+)$/gm)].map((match) => Number(match[2]));
    expect(suggested).toHaveLength(4);
    expect(suggested.reduce((sum, weight) => sum + weight, 0)).toBe(100);
  });

  test("warns about few churned accounts", () => {
    const run = cli("backtest", file("outcomes.csv", OUTCOMES), "--model", file("model.json", JSON.stringify(MODEL)), "--outcome", "Status");
    expect(run.stdout).toContain(
      "  Only 4 churned accounts have a score. With fewer than 20, AUC and churn rates are too noisy to act on, so add more outcome history before relying on them.\n",
    );
  });

  test("reads a renewal column", () => {
    const run = cli("backtest", file("outcomes.csv", OUTCOMES), "--model", file("model.json", JSON.stringify(MODEL)), "--outcome", "Renewed");
    // Yes in Renewed means retained, so the same 4 accounts churned; Iota and Kappa are blank.
    expect(run.stdout).toContain(`against "Renewed" ("No" means churned; "Yes" means retained).`);
    expect(run.stdout).toContain(["  Churned             4", "  Retained            4", "  Excluded            0", "  Missing outcome     2"].join("\n"));
    expect(run.stdout).toContain("  Health score        0.875 (standard error 0.137; 4 churned, 4 retained)\n");
  });

  test("uses the model's outcome column", () => {
    const model = file("model.json", JSON.stringify({ ...MODEL, outcomeColumn: "Status" }));
    const run = cli("backtest", file("outcomes.csv", OUTCOMES), "--model", model);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`against "Status" ("Churned" means churned; "Stayed" means retained).`);
  });

  test("prints the same as JSON", () => {
    const run = cli("backtest", file("outcomes.csv", OUTCOMES), "--model", file("model.json", JSON.stringify(MODEL)), "--outcome", "Status", "--json");
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(report["counts"]).toEqual({ accounts: 11, churned: 4, retained: 4, excluded: 1, missing: 1, unscored: 1 });
    expect(report["excludedValues"]).toEqual({ Joined: 1 });
    expect(report["auc"]).toMatchObject({ healthScore: { auc: 0.875, churned: 4, retained: 4 }, pillars: { Engagement: null, Satisfaction: { auc: 0.71875 } } });
    expect(report["bands"]).toMatchObject({ healthy: { accounts: 3, churned: 1 }, atRisk: { label: "At risk", accounts: 2, churned: 2, churnRate: 1 } });
    expect(report["lift"]).toEqual({ ratio: 3 });
    expect(report["healthyChurned"]).toEqual({ count: 1, accounts: [{ row: 3, account: "Beta" }] });
    expect(report["suggestedWeights"]).toMatchObject({ validation: { method: "stratified-k-fold", folds: 5, seed: 1 } });
  });

  test("writes nothing", () => {
    const input = file("outcomes.csv", OUTCOMES);
    const model = file("model.json", JSON.stringify(MODEL));
    cli("backtest", input, "--model", model, "--outcome", "Status");
    expect(readdirSync(tempDir()).sort()).toEqual(["model.json", "outcomes.csv"]);
  });

  test("explains a missing lift", () => {
    // Without Beta no Healthy account churned, so the Healthy churn rate is 0.
    const input = file("outcomes.csv", OUTCOMES.replace("Beta,4,70,Churned", "Beta,4,70,Stayed"));
    const run = cli("backtest", input, "--model", file("model.json", JSON.stringify(MODEL)), "--outcome", "Status");
    expect(run.stdout).toContain("Lift is not available because no Healthy account churned, so the Healthy churn rate is 0.\n");
    expect(run.stdout).toContain("Healthy accounts that churned anyway: 0\n");
  });
});

describe("backtest failures", () => {
  test("no outcome column", () => {
    const run = cli("backtest", file("outcomes.csv", OUTCOMES), "--model", file("model.json", JSON.stringify(MODEL)));
    expect(run.status).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toBe(
      'health-model: no outcome column: the model names none, so pass --outcome with the column that records churn or renewal; the columns are "Account", "CSAT", "Adoption %", "Status", "Renewed"\n',
    );
  });

  test("outcome column not in the table", () => {
    const run = cli("backtest", file("outcomes.csv", OUTCOMES), "--model", file("model.json", JSON.stringify(MODEL)), "--outcome", "Churn");
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('health-model: the outcome column "Churn" is not in the table; the columns are "Account", "CSAT", "Adoption %", "Status", "Renewed"\n');
  });

  test("numeric column as outcome", () => {
    // CSAT's 1s (Eta, Kappa) read as churned; its 5s, 4s, 3s and 2s are no outcome, and Lambda's is blank.
    const run = cli("backtest", file("outcomes.csv", OUTCOMES), "--model", file("model.json", JSON.stringify(MODEL)), "--outcome", "CSAT");
    expect(run.status).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toBe(
      'health-model: the column "CSAT" does not record churn or renewal: 8 of its 10 values are neither churned nor retained, such as "5", "4", "3"; pass --outcome with a column of values such as Churned and Stayed, Yes and No, or 1 and 0\n',
    );
  });

  test("text column as outcome", () => {
    const notes = ["Account,CSAT,Adoption %,Notes", "Alpha,5,90,Budget review in January may trim seats", "Beta,4,70,Churned", "Gamma,4,80,New admin", ""].join("\n");
    const run = cli("backtest", file("notes.csv", notes), "--model", file("model.json", JSON.stringify(MODEL)), "--outcome", "Notes");
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(
      'health-model: the column "Notes" does not record churn or renewal: 2 of its 3 values are neither churned nor retained, such as "Budget review in January may …", "New admin"; pass --outcome with a column of values such as Churned and Stayed, Yes and No, or 1 and 0\n',
    );
  });

  test("names a column without a header", () => {
    const input = ["Account,,CSAT,Adoption %", "Alpha,x,5,90", "Beta,y,4,70", ""].join("\n");
    const run = cli("backtest", file("blank.csv", input), "--model", file("model.json", JSON.stringify(MODEL)), "--outcome", "Churn");
    expect(run.stderr).toBe('health-model: the outcome column "Churn" is not in the table; the columns are "Account", column B (no header), "CSAT", "Adoption %"\n');
  });

  test("outcome scored as a metric", () => {
    const leaky = { ...MODEL, metrics: [...MODEL.metrics, { column: "Renewed", pillar: "Outcomes", method: { kind: "category", scores: { Yes: 100, No: 0 } } }] };
    const run = cli("backtest", file("outcomes.csv", OUTCOMES), "--model", file("model.json", JSON.stringify(leaky)), "--outcome", "Renewed");
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(
      '  The outcome column "Renewed" is also scored as a metric, so the AUC measures the outcome against itself; remove it from the model\'s metrics.\n',
    );
  });
});

/**
 * Two earlier snapshots of the CLEAN accounts, oldest first. Wayne has left since the first one,
 * Hooli had no score in it, and the second one writes Hooli in capitals.
 */
const OLDEST = ["Account,Health score", "Acme,99", "Globex,80", "Initech,60", "Umbrella,30", "Hooli,", "Wayne,50", ""].join("\n");
const PREVIOUS = ["Account,Health score", "Acme,97", "Globex,78", "Initech,52", "Umbrella,34", "HOOLI,20", ""].join("\n");

describe("score with previous snapshots", () => {
  function scoreWithTrend(): Run {
    const model = file("model.json", JSON.stringify(MODEL));
    return cli("score", file("clean.csv", CLEAN), "--model", model, "--previous", file("q1.csv", OLDEST), "--previous", file("q2.csv", PREVIOUS), "--out", "scored.xlsx");
  }

  test("lists the declining accounts", () => {
    const run = scoreWithTrend();
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    // Series (q1, q2, now) with the least-squares slope over x = 0, 1, 2:
    //   Globex 80, 78, 72.5: change 72.5 − 78 = −5.5; slope (72.5 − 80) / 2 = −3.75; declining by change.
    //   Initech 60, 52, 50: change −2; slope (50 − 60) / 2 = −5; declining by slope.
    //   Hooli -, 20, 5: change −15; slope through (1, 20) and (2, 5) = −15; declining.
    //   Acme 99, 97, 95 (change −2, slope −2) and Umbrella 30, 34, 32.5 (change −1.5, slope +1.25) are not.
    expect(run.stdout).toContain(
      [
        "Trend against 2 previous snapshots, oldest first (slope over the last 4 snapshots, this one included; declining at a drop of 5.0 points or more):",
        `  ${join(tempDir(), "q1.csv")}: 5 of 6 accounts matched; 1 not in that snapshot; 1 of its accounts not in this one`,
        `  ${join(tempDir(), "q2.csv")}: 5 of 6 accounts matched; 1 not in that snapshot; 0 of its accounts not in this one`,
        `  ${join(tempDir(), "q1.csv")} has no readable Health Model sheet, so the model version it was scored with is unknown.`,
        `  ${join(tempDir(), "q2.csv")} has no readable Health Model sheet, so the model version it was scored with is unknown.`,
        "",
        "Declining accounts: 3",
        "  row 3, Globex: 72.5 (change -5.5, slope -3.75 per period)",
        "  row 4, Initech: 50.0 (change -2.0, slope -5.00 per period)",
        "  row 6, Hooli: 5.0 (change -15.0, slope -15.00 per period)",
      ].join("\n"),
    );
  });

  test("writes four trend columns", async () => {
    scoreWithTrend();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(tempDir(), "scored.xlsx"));
    const data = workbook.worksheets[0];
    // Three data columns and eleven output columns come first, so the trend starts at column 15.
    const trendRow = (row: number) => [15, 16, 17, 18].map((column) => data?.getCell(row, column).value);
    expect(trendRow(1)).toEqual(["Previous score", "Change", "Slope", "Declining"]);
    expect(trendRow(2)).toEqual([97, -2, -2, null]);
    expect(trendRow(3)?.slice(0, 2)).toEqual([78, -5.5]);
    expect(trendRow(3)?.[2]).toBeCloseTo(-3.75, 10);
    expect(trendRow(3)?.[3]).toBe("Yes");
    expect(trendRow(4)).toEqual([52, -2, -5, "Yes"]);
    expect(trendRow(6)).toEqual([20, -15, -15, "Yes"]);
    // Stark has no score now and was in neither snapshot.
    expect(trendRow(7)).toEqual([null, null, null, null]);
  });

  test("changes nothing without previous", () => {
    const run = cli("score", file("clean.csv", CLEAN), "--model", file("model.json", JSON.stringify(MODEL)));
    expect(run.stdout).not.toContain("Declining");
    expect(run.stdout).not.toContain("Trend against");
  });

  test("fails on a snapshot without scores", () => {
    const model = file("model.json", JSON.stringify(MODEL));
    const run = cli("score", file("clean.csv", CLEAN), "--model", model, "--previous", file("plain.csv", "Account,CSAT\nAcme,5\n"));
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(
      `health-model: the previous snapshot ${join(tempDir(), "plain.csv")} has no "Health score" column; pass a workbook that health-model score wrote, or a sheet with the account column and a "Health score" column. Its columns are "Account", "CSAT"\n`,
    );
    expect(existsSync(join(tempDir(), "clean-scored.xlsx"))).toBe(false);
  });

  test("fails on a snapshot without accounts", () => {
    const model = file("model.json", JSON.stringify(MODEL));
    const run = cli("score", file("clean.csv", CLEAN), "--model", model, "--previous", file("ids.csv", "Customer,Health score\nAcme,90\n"));
    expect(run.stderr).toBe(
      `health-model: the previous snapshot ${join(tempDir(), "ids.csv")} has no "Account" column, so its accounts cannot be matched; its columns are "Customer", "Health score"\n`,
    );
  });

  test("fails without an account column", () => {
    const model = file("model.json", JSON.stringify({ ...MODEL, accountColumn: null }));
    const run = cli("score", file("clean.csv", CLEAN), "--model", model, "--previous", file("q2.csv", PREVIOUS));
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(
      "health-model: --previous needs an account column to match accounts between snapshots, and the model names none; set accountColumn in the model (health-model map shows the proposed one)\n",
    );
  });
});

describe("model version", () => {
  test("summary prints it", () => {
    const run = cli("score", file("clean.csv", CLEAN), "--model", file("model.json", JSON.stringify({ ...MODEL, version: 3 })));
    expect(run.stdout.split("\n")[1]).toBe("Model version 3");
  });

  test("model sheet records it", async () => {
    cli("score", file("clean.csv", CLEAN), "--model", file("model.json", JSON.stringify({ ...MODEL, version: 3 })), "--out", "scored.xlsx");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(tempDir(), "scored.xlsx"));
    const settings: unknown[][] = [];
    workbook.getWorksheet("Health Model")?.eachRow((row) => settings.push([row.getCell(1).value, row.getCell(2).value]));
    expect(settings).toContainEqual(["Model version", 3]);
  });

  test("notes a change since a snapshot", () => {
    const input = file("clean.csv", CLEAN);
    cli("score", input, "--model", file("v2.json", JSON.stringify({ ...MODEL, version: 2 })), "--out", "q3.xlsx");
    const run = cli("score", input, "--model", file("v3.json", JSON.stringify({ ...MODEL, version: 3 })), "--previous", "q3.xlsx", "--out", "q4.xlsx");
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(
      [
        "  q3.xlsx: 6 of 6 accounts matched; 0 not in that snapshot; 0 of its accounts not in this one",
        "  q3.xlsx was scored with model version 2 and this run uses version 3, so part of a change may come from the model rather than the account.",
        "",
        "Declining accounts: 0",
      ].join("\n"),
    );
  });

  test("notes other weights since a snapshot", () => {
    // Both runs are model version 1, so only the weights tell them apart.
    const input = file("clean.csv", CLEAN);
    cli("score", input, "--model", file("even.json", JSON.stringify(MODEL)), "--out", "q3.xlsx");
    const weighted = { ...MODEL, pillarWeights: { Engagement: 70, Satisfaction: 10, Adoption: 10, Outcomes: 10 } };
    const run = cli("score", input, "--model", file("weighted.json", JSON.stringify(weighted)), "--previous", "q3.xlsx", "--out", "q4.xlsx");
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(
      [
        "  q3.xlsx: 6 of 6 accounts matched; 0 not in that snapshot; 0 of its accounts not in this one",
        "  q3.xlsx was scored with other model settings (pillar weights 25/25/25/25 → 70/10/10/10), so part of a change may come from the model rather than the account.",
        "",
      ].join("\n"),
    );
    expect(run.stdout).not.toContain("model version");
  });

  test("stays quiet when it is unchanged", () => {
    const input = file("clean.csv", CLEAN);
    const model = file("v2.json", JSON.stringify({ ...MODEL, version: 2 }));
    cli("score", input, "--model", model, "--out", "q3.xlsx");
    const run = cli("score", input, "--model", model, "--previous", "q3.xlsx", "--out", "q4.xlsx");
    expect(run.stdout).not.toContain("model version");
    expect(run.stdout).toContain("  q3.xlsx: 6 of 6 accounts matched; 0 not in that snapshot; 0 of its accounts not in this one\n\nDeclining accounts: 0\n");
  });
});

describe("score on an xlsx with title rows", () => {
  test("scores only the accounts", async () => {
    const input = join(tempDir(), "titled.xlsx");
    await writeTitledWorkbook(input);
    const run = cli("score", input, "--model", file("model.json", JSON.stringify(MODEL)), "--out", "scored.xlsx");
    expect(run.stderr).toBe("");
    expect(run.stdout.split("\n")[0]).toBe(`Scored 6 accounts from ${input} into scored.xlsx.`);
  });

  test("writes into a copy of the workbook", async () => {
    const input = join(tempDir(), "titled.xlsx");
    await writeTitledWorkbook(input);
    cli("score", input, "--model", file("model.json", JSON.stringify(MODEL)), "--out", "scored.xlsx");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(tempDir(), "scored.xlsx"));
    const data = workbook.worksheets[0];
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(["Accounts", "Notes", "Health Model"]);
    expect(data?.getCell("F5").value).toEqual({ formula: "B5*E5", result: 50 });
    // The title merge spans A1:G1, so the outputs start at H; Health score is their fifth column.
    expect(data?.getCell("L4").value).toBe("Health score");
    expect([5, 6, 7, 8, 9, 10].map((row) => data?.getCell(row, 12).value)).toEqual([95, 72.5, 50, 32.5, 5, 65]);
  });
});

describe("output into a closed pipe", () => {
  test("exits quietly", async () => {
    const input = file("clean.csv", CLEAN);
    const model = file("model.json", JSON.stringify(MODEL));
    const child = spawn("node", [BIN, "score", input, "--model", model, "--out", "scored.xlsx"], { cwd: tempDir(), stdio: ["ignore", "pipe", "pipe"] });
    // Closing the read end first, as `head` does once it has its lines, makes every write to stdout fail with EPIPE.
    child.stdout.destroy();
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString("utf8");
    });
    const status = await new Promise<number | null>((done) => child.on("close", done));
    expect(stderr).toBe("");
    expect(status).toBe(0);
    expect(existsSync(join(tempDir(), "scored.xlsx"))).toBe(true);
  });
});

import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { dataFile } from "./data-files";

/*
 * `health-model backtest` run as a process on IBM's two Telco churn samples. Churn in the CSV
 * is 1,869 Yes and 5,174 No. Customer Status in the workbook is 1,869 Churned, 4,720 Stayed and
 * 454 Joined, as published.
 */

const ROOT = resolve(__dirname, "../..");
const BIN = join(ROOT, "bin/health-model.js");
const AS_OF = "2026-11-30";

/** The same three add-on labels score every service column: only a subscribed service counts as adopted. */
const SERVICE = { kind: "category", scores: { Yes: 100, No: 0, "No internet service": 0 } };

/**
 * A hand mapping of the CSV. The proposed model maps only tenure and Contract (Outcomes), whose
 * coverage of 25% is below the default minimum of 50%, so it scores no account. This one adds the
 * six add-on services as Adoption, which brings coverage to 50% and scores every account.
 */
const TELCO_MODEL = {
  accountColumn: "customerID",
  metrics: [
    { column: "tenure", pillar: "Outcomes" },
    { column: "Contract", pillar: "Outcomes", method: { kind: "category", scores: { "Month-to-month": 0, "One year": 50, "Two year": 100 } } },
    ...["OnlineSecurity", "OnlineBackup", "DeviceProtection", "TechSupport", "StreamingTV", "StreamingMovies"].map((column) => ({
      column,
      pillar: "Adoption",
      method: SERVICE,
    })),
  ],
};

/**
 * A hand mapping of the status workbook. The proposed model maps only Satisfaction Score, because
 * CLTV measures the account's value rather than its health and is left for the user to map, so its
 * coverage of 25% scores no account. Mapping CLTV by hand to Outcomes brings coverage to 50%.
 */
const STATUS_MODEL = {
  accountColumn: "Customer ID",
  outcomeColumn: "Customer Status",
  metrics: [
    { column: "Satisfaction Score", pillar: "Satisfaction", method: { kind: "scale", low: 1, high: 5 } },
    { column: "CLTV", pillar: "Outcomes" },
  ],
};

interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

let workDir = "";

beforeAll(() => {
  // tsc still emits when files outside the CLI have type errors, so the check is that main.js exists.
  try {
    execFileSync("npx", ["tsc", "-p", "tsconfig.cli.json"], { cwd: ROOT, stdio: "pipe" });
  } catch {
    // Type errors are reported by `npm run typecheck`; here only the emitted JavaScript matters.
  }
  expect(existsSync(join(ROOT, "dist/cli/src/cli/main.js"))).toBe(true);
  workDir = mkdtempSync(join(tmpdir(), "health-real-backtest-"));
}, 180_000);

afterAll(() => {
  rmSync(workDir, { recursive: true, force: true });
});

function backtest(...args: string[]): Run {
  const result = spawnSync("node", [BIN, "backtest", ...args, "--as-of", AS_OF], { cwd: workDir, encoding: "utf8", maxBuffer: 16 * 1024 * 1024 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Reads the counts table of the text report. */
function countsOf(stdout: string): Record<string, number> {
  const labels = ["Churned", "Retained", "Excluded", "Missing outcome", "Unscored"];
  return Object.fromEntries(labels.map((label) => [label, Number(new RegExp(`^ {2}${label} +(\\d+)$`, "m").exec(stdout)?.[1])]));
}

/** Reads every AUC and standard error the text report prints. */
function aucsOf(stdout: string): number[] {
  return [...stdout.matchAll(/(\d\.\d{3}) \(standard error (\d\.\d{3});/g)].flatMap((match) => [Number(match[1]), Number(match[2])]);
}

describe("backtest on ibm-telco-churn.csv", () => {
  let run: Run;

  beforeAll(() => {
    const model = join(workDir, "telco-model.json");
    writeFileSync(model, JSON.stringify(TELCO_MODEL));
    run = backtest(dataFile("ibm-telco-churn.csv"), "--outcome", "Churn", "--model", model);
    console.log(`ibm-telco-churn.csv, hand mapping:\n${run.stdout}`);
  });

  test("exits cleanly", () => {
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
  });

  test("counts Churn as published", () => {
    expect(countsOf(run.stdout)).toEqual({ Churned: 1869, Retained: 5174, Excluded: 0, "Missing outcome": 0, Unscored: 0 });
  });

  test("prints AUCs within 0 and 1", () => {
    // The health score, Adoption and Outcomes have an AUC; Engagement and Satisfaction have no metric.
    const aucs = aucsOf(run.stdout);
    expect(aucs).toHaveLength(2 * 3);
    for (const value of aucs) {
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThanOrEqual(1);
    }
    expect(run.stdout).toMatch(/^ {2}Health score {8}\d\.\d{3} \(standard error \d\.\d{3}; 1869 churned, 5174 retained\)$/m);
  });

  test("prints lift", () => {
    expect(run.stdout).toMatch(/^Lift \(At risk churn rate ÷ Healthy churn rate\): \d+\.\d{2}$/m);
  });

  test("names Healthy accounts by ID", () => {
    expect(run.stdout).toMatch(/^Healthy accounts that churned anyway: \d+\n {2}row \d+: \d{4}-[A-Z]{5}$/m);
  });

  test("writes nothing", () => {
    expect(readdirSync(workDir)).toEqual(["telco-model.json"]);
  });
});

describe("backtest on ibm-telco-churn.csv with the proposed model", () => {
  test("leaves every account unscored", () => {
    const run = backtest(dataFile("ibm-telco-churn.csv"), "--outcome", "Churn");
    expect(run.status).toBe(0);
    expect(countsOf(run.stdout)).toEqual({ Churned: 0, Retained: 0, Excluded: 0, "Missing outcome": 0, Unscored: 7043 });
    // Only the Outcomes pillar has scores, and its AUC counts every labelled account.
    expect(run.stdout).toMatch(/^ {2}Outcomes {12}\d\.\d{3} \(standard error \d\.\d{3}; 1869 churned, 5174 retained\)$/m);
  });
});

describe("backtest on ibm-telco-churn-status.xlsx", () => {
  let run: Run;

  let model: string;

  beforeAll(() => {
    model = join(mkdtempSync(join(tmpdir(), "status-model-")), "status-model.json");
    writeFileSync(model, JSON.stringify(STATUS_MODEL));
    run = backtest(dataFile("ibm-telco-churn-status.xlsx"), "--sheet", "Telco_Churn", "--outcome", "Customer Status", "--model", model);
    console.log(`ibm-telco-churn-status.xlsx, hand model:\n${run.stdout}`);
  });

  test("exits cleanly", () => {
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
  });

  test("counts Customer Status as published", () => {
    expect(countsOf(run.stdout)).toEqual({ Churned: 1869, Retained: 4720, Excluded: 454, "Missing outcome": 0, Unscored: 0 });
    expect(run.stdout).toContain('  Excluded values: "Joined" (454)\n');
  });

  test("prints AUCs within 0 and 1", () => {
    // The hand model maps Satisfaction Score and CLTV, so the health score and two pillars have an AUC.
    const aucs = aucsOf(run.stdout);
    expect(aucs).toHaveLength(2 * 3);
    for (const value of aucs) {
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThanOrEqual(1);
    }
  });

  test("prints the same counts as JSON", () => {
    const json = backtest(dataFile("ibm-telco-churn-status.xlsx"), "--sheet", "Telco_Churn", "--json", "--model", model);
    const report = JSON.parse(json.stdout) as { counts: unknown; outcomeColumn: string };
    // Without --outcome the model's outcome column is used.
    expect(report.outcomeColumn).toBe("Customer Status");
    expect(report.counts).toEqual({ accounts: 7043, churned: 1869, retained: 4720, excluded: 454, missing: 0, unscored: 0 });
  });
});

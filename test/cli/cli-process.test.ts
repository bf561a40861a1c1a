import ExcelJS from "exceljs";
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { normalizeModel } from "../../src/core/normalize-model";
import { useTempDir } from "./temp-dir";

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

  test("stays quiet at 20,000 rows", () => {
    const input = ["Account,Logins,CSAT,Adoption %", ...rows(20_000, "12"), ""].join("\n");
    const run = cli("score", file("large.csv", input), "--model", file("model.json", JSON.stringify(model)));
    expect(run.stderr).toBe("");
  });
});

describe("score failures", () => {
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

import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { parse } from "csv-parse/sync";
import { findRepositoryRoot, generateSample, writeSample } from "../../scripts/generate-sample";

const repositoryRoot = path.resolve(__dirname, "../..");
const samplePath = path.join(repositoryRoot, "samples", "portfolio.csv");
const readmePath = path.join(repositoryRoot, "samples", "README.md");

/** The header that the README documents and that the CLI demo and the auto-mapping rely on. */
const EXPECTED_COLUMNS = [
  "Account ID",
  "Account Name",
  "Segment",
  "CSM",
  "ARR",
  "Renewal Date",
  "Last Contact Date",
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
  "Expansion",
  "Churned",
  "Notes",
];

/** The metric columns of each pillar, as samples/README.md maps them. */
const PILLAR_COLUMNS: Record<string, readonly string[]> = {
  Engagement: ["Last Contact Date", "Meetings Attended (90d)", "Stakeholders in Calls", "Avg Response Time (hrs)"],
  Satisfaction: ["NPS", "CSAT", "Support Tickets (90d)", "Escalations (90d)"],
  Adoption: ["Active Users", "Licensed Seats", "Feature Adoption", "Weekly Logins"],
  Outcomes: ["Goal Attainment", "Time Saved vs Target (%)", "Expansion"],
};

/** Numeric columns: text in them is a number, a missing marker, or junk that a scorer must report. */
const NUMERIC_COLUMNS = [
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

const MISSING_MARKERS = new Set(["", "n/a", "-", "#n/a"]);

type SampleRecord = Readonly<Record<string, string>>;

const isMissing = (text: string): boolean => MISSING_MARKERS.has(text.trim().toLowerCase());

/** Reads numeric text as a plain number: "$12,400" → 12400, " 4 " → 4, and "45%" → 45 (percent points). */
function readNumber(text: string): number | undefined {
  const body = text.trim().replace(/^\$/, "").replace(/,/g, "").replace(/%$/, "");
  return /^-?\d+(\.\d+)?$/.test(body) ? Number(body) : undefined;
}

function mean(values: readonly number[]): number {
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

const fileText = fs.readFileSync(samplePath, "utf8");
const table: string[][] = parse(fileText);
const header = table[0] ?? [];
const records: SampleRecord[] = table.slice(1).map((cells) => Object.fromEntries(header.map((name, i) => [name, cells[i] ?? ""])));

function cell(record: SampleRecord, column: string): string {
  const text = record[column];
  if (text === undefined) throw new Error(`The sample has no column "${column}".`);
  return text;
}

function countCells(column: string, text: string): number {
  return records.filter((record) => cell(record, column) === text).length;
}

function numbersIn(column: string, churned: "Yes" | "No"): number[] {
  return records
    .filter((record) => cell(record, "Churned") === churned)
    .map((record) => readNumber(cell(record, column)))
    .filter((value): value is number => value !== undefined);
}

function pillarsWithData(record: SampleRecord): string[] {
  return Object.keys(PILLAR_COLUMNS).filter((pillar) =>
    (PILLAR_COLUMNS[pillar] ?? []).some((column) => !isMissing(cell(record, column))),
  );
}

describe("sample file", () => {
  test("regenerating reproduces the committed file byte for byte", () => {
    const committed = fs.readFileSync(samplePath);

    expect(Buffer.from(generateSample(), "utf8").equals(committed)).toBe(true);
  });

  test("is UTF-8 without BOM and with LF line endings", () => {
    expect(fileText.charCodeAt(0)).not.toBe(0xfeff);
    expect(fileText).not.toContain("\r");
    expect(fileText.endsWith("\n")).toBe(true);
  });

  test("writeSample writes the same text to a given path", () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), "health-sample-"));
    const written = writeSample(path.join(folder, "nested", "portfolio.csv"));

    expect(fs.readFileSync(written, "utf8")).toBe(fileText);
    fs.rmSync(folder, { recursive: true, force: true });
  });

  test("default output folder is found from the scripts folder", () => {
    expect(findRepositoryRoot(path.join(repositoryRoot, "scripts"))).toBe(repositoryRoot);
  });
});

describe("sample shape", () => {
  test("header lists every column in order", () => {
    expect(header).toEqual(EXPECTED_COLUMNS);
  });

  test("every row has one cell per column", () => {
    const widths = new Set(table.map((cells) => cells.length));

    expect([...widths]).toEqual([EXPECTED_COLUMNS.length]);
  });

  test("has 400 accounts with unique IDs", () => {
    const ids = records.map((record) => cell(record, "Account ID"));

    expect(records).toHaveLength(400);
    expect(new Set(ids).size).toBe(400);
    expect(ids.every((id) => /^ACC-\d{4}$/.test(id))).toBe(true);
  });

  test("account names are unique and some need CSV quoting", () => {
    const names = records.map((record) => cell(record, "Account Name"));

    expect(new Set(names).size).toBe(400);
    expect(names.some((name) => name.includes(","))).toBe(true);
  });

  test("notes include commas and double quotes", () => {
    const notes = records.map((record) => cell(record, "Notes"));

    expect(notes.some((note) => note.includes(","))).toBe(true);
    expect(notes.some((note) => note.includes('"'))).toBe(true);
  });

  test("segments are the three standard tiers", () => {
    const segments = new Set(records.map((record) => cell(record, "Segment")));

    expect([...segments].sort()).toEqual(["Enterprise", "Mid-Market", "SMB"]);
  });

  test("dates are ISO and contact dates precede the as-of date", () => {
    const contactDates = records.map((record) => cell(record, "Last Contact Date")).filter((text) => text !== "");
    const renewalDates = records.map((record) => cell(record, "Renewal Date"));

    expect([...contactDates, ...renewalDates].every((text) => /^\d{4}-\d{2}-\d{2}$/.test(text))).toBe(true);
    expect(contactDates.every((text) => text <= "2026-11-30")).toBe(true);
    expect(renewalDates.every((text) => text > "2026-11-30")).toBe(true);
  });
});

describe("sample outcome", () => {
  test("churned takes only the values Yes and No", () => {
    const labels = new Set(records.map((record) => cell(record, "Churned")));

    expect([...labels].sort()).toEqual(["No", "Yes"]);
  });

  test("churn share is between 10% and 25%", () => {
    const share = countCells("Churned", "Yes") / records.length;

    expect(share).toBeGreaterThanOrEqual(0.1);
    expect(share).toBeLessThanOrEqual(0.25);
  });

  test.each(["Goal Attainment", "NPS", "Feature Adoption", "Meetings Attended (90d)"])(
    "churned accounts have a lower mean %s",
    (column) => {
      expect(mean(numbersIn(column, "Yes"))).toBeLessThan(mean(numbersIn(column, "No")));
    },
  );

  test("churned accounts answer more slowly on average", () => {
    const column = "Avg Response Time (hrs)";

    expect(mean(numbersIn(column, "Yes"))).toBeGreaterThan(mean(numbersIn(column, "No")));
  });

  test("no churned account is marked as expanded", () => {
    const churnedAndExpanded = records.filter(
      (record) => cell(record, "Churned") === "Yes" && cell(record, "Expansion") === "Yes",
    );

    expect(churnedAndExpanded).toHaveLength(0);
  });
});

describe("sample messes", () => {
  // Exact counts, as samples/README.md lists them. Blank counts include the sparse accounts.
  test.each([
    ["NPS", "N/A", 14],
    ["Time Saved vs Target (%)", "N/A", 6],
    ["CSAT", "n/a", 5],
    ["Avg Response Time (hrs)", "-", 7],
    ["Goal Attainment", "-", 5],
    ["Active Users", "#N/A", 2],
    ["Weekly Logins", "#N/A", 2],
    ["Licensed Seats", "0", 1],
    ["Last Contact Date", "", 15],
    ["CSAT", "", 28],
    ["Time Saved vs Target (%)", "", 36],
  ])("%s has %j in exactly %d rows", (column, text, count) => {
    expect(countCells(column, text)).toBe(count);
  });

  test("junk text appears in exactly three numeric cells", () => {
    const junk = NUMERIC_COLUMNS.flatMap((column) =>
      records
        .map((record) => cell(record, column))
        .filter((text) => !isMissing(text) && readNumber(text) === undefined)
        .map((text) => `${column}: ${text}`),
    );

    expect(junk.sort()).toEqual([
      "Avg Response Time (hrs): TBD",
      "Stakeholders in Calls: unknown",
      "Weekly Logins: pending",
    ]);
  });

  test("percent columns hold percent strings", () => {
    for (const column of ["Feature Adoption", "Goal Attainment"]) {
      const present = records.map((record) => cell(record, column)).filter((text) => !isMissing(text));

      expect(present.length).toBeGreaterThan(350);
      expect(present.every((text) => /^\d+%$/.test(text))).toBe(true);
    }
  });

  test("ARR is text like $12,400 in 36 rows and plain elsewhere", () => {
    const arr = records.map((record) => cell(record, "ARR"));

    expect(arr.filter((text) => /^\$\d{1,3}(,\d{3})+$/.test(text))).toHaveLength(36);
    expect(arr.filter((text) => /^\d+$/.test(text))).toHaveLength(364);
  });

  test("large seat counts carry thousands separators", () => {
    const seats = records.map((record) => cell(record, "Licensed Seats"));

    expect(seats.some((text) => /^\d{1,3}(,\d{3})+$/.test(text))).toBe(true);
  });

  test("two meeting counts have surrounding spaces", () => {
    const padded = records.map((record) => cell(record, "Meetings Attended (90d)")).filter((text) => text !== text.trim());

    expect(padded).toHaveLength(2);
    expect(padded.every((text) => readNumber(text) !== undefined)).toBe(true);
  });

  test("six accounts have data for at most one pillar", () => {
    const sparse = records.filter((record) => pillarsWithData(record).length <= 1);

    expect(sparse).toHaveLength(6);
  });
});

describe("sample README", () => {
  test("documents every column", () => {
    const readme = fs.readFileSync(readmePath, "utf8");

    for (const column of EXPECTED_COLUMNS) {
      expect(readme).toContain(`| ${column} |`);
    }
  });
});

import { formatIssue } from "../../../src/core/messages/issues";
import { DEFAULT_BANDS, NEW_MODEL_FIELDS, type HealthModel, type MetricMethod } from "../../../src/core/model";
import { impliedDirection } from "../../../src/core/normalize-model";
import { modelFromSheet, modelToSheet } from "../../../src/core/model-sheet";
import type { CellValue } from "../../../src/core/table";

function modelWith(methods: readonly MetricMethod[]): HealthModel {
  return {
    accountColumn: "Account",
    segmentColumn: "Segment",
    outcomeColumn: "Churned",
    metrics: methods.map((method, index) => ({
      column: `Metric ${index + 1}`,
      pillar: index % 2 === 0 ? "Engagement" : "Outcomes",
      method,
      direction: impliedDirection(method) ?? "higher",
      weight: index + 1,
    })),
    pillarWeights: { Engagement: 30, Satisfaction: 20, Adoption: 40, Outcomes: 10 },
    bands: { healthy: 75, watch: 45, labels: { healthy: "Green", watch: "Amber", atRisk: "Red" } },
    missingPolicy: "neutral",
    minCoverage: 0.6,
    asOf: "2026-11-30",
    ...NEW_MODEL_FIELDS,
  };
}

const EVERY_METHOD: readonly MetricMethod[] = [
  { kind: "percentile" },
  { kind: "minmax" },
  { kind: "minmax", min: 0, max: 100 },
  { kind: "target", floor: 0, target: 100 },
  { kind: "thresholds", points: [[0, 0], [50, 60], [100, 100]] },
  { kind: "tiers", cuts: [10, 20], points: [0, 50, 100] },
  { kind: "tiers", cuts: [10, 20], points: [0, 50, 100], labels: ["Poor", "Concerning, mostly", "Healthy"] },
  { kind: "zscore" },
  { kind: "scale", low: 1, high: 5 },
  { kind: "category", scores: { Green: 100, Yellow: 50, Red: 0, "Yes: renewing": 90, 'Said "no"': 10 } },
  { kind: "recency", targetDays: 7, floorDays: 90 },
  { kind: "ratio", denominator: "Total_Seats", then: { kind: "percentile" } },
  { kind: "ratio", denominator: "Seats; licensed", then: { kind: "target", floor: 0, target: 0.8 } },
];

/** Replaces the cell at a 1-based row and column of a copy of the grid. */
function withCell(cells: readonly (readonly CellValue[])[], row: number, column: number, value: CellValue): CellValue[][] {
  const copy = cells.map((line) => [...line]);
  const line = copy[row - 1] ?? [];
  line[column - 1] = value;
  copy[row - 1] = line;
  return copy;
}

function issueMessages(cells: readonly (readonly CellValue[])[]): string[] {
  const result = modelFromSheet(cells);
  return result.ok ? [] : result.issues.map(formatIssue);
}

describe("modelToSheet", () => {
  const sheet = modelToSheet(modelWith([{ kind: "target", floor: 0, target: 100 }, { kind: "scale", low: 1, high: 5 }]));

  test("puts the title in A1", () => {
    expect(sheet.cells[0]).toEqual(["Health Model"]);
  });

  test("lays out the seven tables one blank row apart", () => {
    expect(sheet.tables).toEqual([
      { name: "HealthMetrics", range: "A3:F5", headers: ["Column", "Pillar", "Method", "Direction", "Weight", "Parameters"] },
      { name: "HealthPillarWeights", range: "A7:B11", headers: ["Pillar", "Weight"] },
      { name: "HealthBands", range: "A13:C16", headers: ["Band", "Threshold", "Label"] },
      { name: "HealthSettings", range: "A18:B27", headers: ["Setting", "Value"] },
      { name: "HealthSegmentWeights", range: "A29:E30", headers: ["Segment", "Engagement", "Satisfaction", "Adoption", "Outcomes"] },
      { name: "HealthOverrides", range: "A32:F33", headers: ["Account", "Band", "Score", "Reason", "Owner", "Expires"] },
      { name: "HealthChangeLog", range: "A35:D36", headers: ["Version", "Date", "Author", "Change"] },
    ]);
  });

  test("names the cells formulas read", () => {
    expect(sheet.names).toEqual([
      { name: "HealthWeights", range: "B8:B11" },
      { name: "HealthThresholds", range: "B14:B15" },
      { name: "HealthPolicy", range: "B19" },
      { name: "HealthMinCoverage", range: "B20" },
      { name: "HealthMetricMap", range: "A3:F5" },
    ]);
  });

  test("writes metric rows with readable parameters", () => {
    expect(sheet.cells[3]).toEqual(["Metric 1", "Engagement", "target", "higher", 1, "floor=0; target=100"]);
    expect(sheet.cells[4]).toEqual(["Metric 2", "Outcomes", "scale", "higher", 2, "low=1; high=5"]);
  });

  test("writes weights in pillar order", () => {
    expect(sheet.cells.slice(7, 11)).toEqual([["Engagement", 30], ["Satisfaction", 20], ["Adoption", 40], ["Outcomes", 10]]);
  });

  test("leaves the At risk threshold blank", () => {
    expect(sheet.cells.slice(13, 16)).toEqual([["Healthy", 75, "Green"], ["Watch", 45, "Amber"], ["At risk", null, "Red"]]);
  });

  test("writes settings with their labels", () => {
    expect(sheet.cells.slice(18, 27)).toEqual([
      ["Missing-data policy", "neutral"],
      ["Minimum coverage", 0.6],
      ["Account column", "Account"],
      ["Segment column", "Segment"],
      ["Outcome column", "Churned"],
      ["As-of date", "2026-11-30"],
      ["Model version", 1],
      ["Trend periods", 4],
      ["Decline threshold", 5],
    ]);
  });

  test("gives empty lists one blank table row", () => {
    expect(sheet.cells.slice(28, 36)).toEqual([
      ["Segment", "Engagement", "Satisfaction", "Adoption", "Outcomes"],
      [null, null, null, null, null],
      [],
      ["Account", "Band", "Score", "Reason", "Owner", "Expires"],
      [null, null, null, null, null, null],
      [],
      ["Version", "Date", "Author", "Change"],
      [null, null, null, null],
    ]);
  });

  test("gives a model without metrics one blank table row", () => {
    const empty = modelToSheet({ ...modelWith([]), metrics: [] });
    expect(empty.tables[0]?.range).toBe("A3:F4");
    expect(empty.cells[3]).toEqual([null, null, null, null, null, null]);
  });
});

describe("modelFromSheet round trip", () => {
  test.each(EVERY_METHOD.map((method) => [method.kind, method] as const))("keeps a %s metric", (_kind, method) => {
    const model = modelWith([method]);
    expect(modelFromSheet(modelToSheet(model).cells)).toEqual({ ok: true, value: model });
  });

  test("keeps every method in one model", () => {
    const model = modelWith(EVERY_METHOD);
    expect(modelFromSheet(modelToSheet(model).cells)).toEqual({ ok: true, value: model });
  });

  test("keeps a lower-is-better metric", () => {
    const model = modelWith([]);
    const lower: HealthModel = { ...model, metrics: [{ column: "Tickets", pillar: "Satisfaction", method: { kind: "percentile" }, direction: "lower", weight: 1 }] };
    expect(modelFromSheet(modelToSheet(lower).cells)).toEqual({ ok: true, value: lower });
  });

  test("keeps a model with empty settings", () => {
    const model: HealthModel = { ...modelWith([{ kind: "zscore" }]), accountColumn: null, segmentColumn: null, outcomeColumn: null, asOf: null };
    expect(modelFromSheet(modelToSheet(model).cells)).toEqual({ ok: true, value: model });
  });

  test("keeps a model without metrics", () => {
    const model: HealthModel = { ...modelWith([]), bands: DEFAULT_BANDS };
    expect(modelFromSheet(modelToSheet(model).cells)).toEqual({ ok: true, value: model });
  });
});

describe("modelFromSheet reading edits", () => {
  const model = modelWith([{ kind: "target", floor: 0, target: 100 }, { kind: "percentile" }]);
  const cells = modelToSheet(model).cells;

  test("finds tables moved down and right", () => {
    const moved = [[], [], ...cells.map((line) => [null, null, ...line])];
    expect(modelFromSheet(moved)).toEqual({ ok: true, value: model });
  });

  test("reads an as-of date cell that Excel converted", () => {
    const dated = withCell(cells, 24, 2, new Date(Date.UTC(2026, 10, 30)));
    expect(modelFromSheet(dated)).toEqual({ ok: true, value: model });
  });

  test("reads an as-of serial number", () => {
    const serial = withCell(cells, 24, 2, 46356);
    expect(modelFromSheet(serial)).toEqual({ ok: true, value: model });
  });

  test("reads a coverage typed as a percent", () => {
    const percent = withCell(cells, 20, 2, "60%");
    expect(modelFromSheet(percent)).toEqual({ ok: true, value: model });
  });

  test("accepts capitalised keywords", () => {
    const capitalised = withCell(withCell(cells, 4, 4, "Higher"), 19, 2, "Neutral");
    expect(modelFromSheet(capitalised)).toEqual({ ok: true, value: model });
  });

  test("skips a blank metric row", () => {
    const withBlank = [...cells.slice(0, 4), [], ...cells.slice(4)];
    expect(modelFromSheet(withBlank)).toEqual({ ok: true, value: model });
  });

  test("fills in a blank metric weight", () => {
    const blank = withCell(cells, 5, 5, null);
    const result = modelFromSheet(blank);
    expect(result.ok).toBe(true);
    expect(result.ok ? result.value.metrics[1]?.weight : null).toBe(1);
  });
});

describe("modelFromSheet issues", () => {
  const cells = modelToSheet(modelWith([{ kind: "target", floor: 0, target: 100 }, { kind: "percentile" }])).cells;

  test("names the row of a misspelt pillar", () => {
    const result = modelFromSheet(withCell(cells, 5, 2, "Outcomse"));
    expect(result).toEqual({
      ok: false,
      issues: [{ code: "unknown-pillar", path: "'Health Model'!B5", value: "Outcomse", allowed: ["Engagement", "Satisfaction", "Adoption", "Outcomes"] }],
    });
  });

  test("words a misspelt pillar", () => {
    expect(issueMessages(withCell(cells, 5, 2, "Outcomse"))).toEqual([
      `'Health Model'!B5: "Outcomse" is not a pillar. Expected one of "Engagement", "Satisfaction", "Adoption", "Outcomes".`,
    ]);
  });

  test("points a bad parameter at the Parameters cell", () => {
    expect(issueMessages(withCell(cells, 4, 6, "floor=zero; target=100"))).toEqual([
      `'Health Model'!F4 (floor): "zero" is not valid. Expected a number.`,
    ]);
  });

  test("reports an unknown parameter key", () => {
    expect(issueMessages(withCell(cells, 4, 6, "floor=0; target=100; ceiling=5"))).toEqual([
      `'Health Model'!F4: "ceiling" is not valid. Expected "floor", "target".`,
    ]);
  });

  test("reports a segment without an equals sign", () => {
    expect(issueMessages(withCell(cells, 4, 6, "floor 0; target=100"))).toEqual([
      `'Health Model'!F4: "floor 0" is not valid. Expected key=value pairs separated by semicolons, e.g. floor=0; target=100.`,
      `'Health Model'!F4 (floor) is missing. Expected a number.`,
    ]);
  });

  test("points an unknown method at the Method cell", () => {
    expect(issueMessages(withCell(cells, 5, 3, "percentil"))).toEqual([
      `'Health Model'!C5: "percentil" is not a scoring method. Expected one of "percentile", "minmax", "target", "thresholds", "tiers", "zscore", "scale", "category", "recency", "ratio".`,
    ]);
  });

  test("points a negative pillar weight at its cell", () => {
    expect(issueMessages(withCell(cells, 9, 2, -5))).toEqual([`'Health Model'!B9: weight -5 is not allowed. Expected a number of 0 or more.`]);
  });

  test("points bands out of order at the Watch threshold", () => {
    expect(issueMessages(withCell(cells, 15, 2, 80))).toEqual([
      `'Health Model'!B15: 80 is not below the Healthy threshold. Expected a threshold below the Healthy threshold (75).`,
    ]);
  });

  test("points an unknown policy at its cell", () => {
    expect(issueMessages(withCell(cells, 19, 2, "ignore"))).toEqual([
      `'Health Model'!B19: "ignore" is not a missing-data policy. Expected one of "redistribute", "neutral", "penalize", "median".`,
    ]);
  });

  test("reports an unknown setting label", () => {
    expect(issueMessages(withCell(cells, 22, 1, "Region column"))).toEqual([
      `'Health Model'!A22: "Region column" is not valid. Expected "Missing-data policy", "Minimum coverage", "Account column", "Segment column", "Outcome column", "As-of date", "Model version", "Trend periods", "Decline threshold".`,
    ]);
  });

  test("reports a missing table", () => {
    expect(issueMessages(withCell(cells, 13, 1, "Bands"))).toEqual(["HealthBands is missing. Expected a header row Band | Threshold | Label."]);
  });

  test("reports every table of an empty sheet", () => {
    expect(issueMessages([])).toHaveLength(4);
  });

  test("never throws on damaged cells", () => {
    const damaged = cells.map((line, row) => (row % 3 === 0 ? line.map(() => ({ error: "#REF!" })) : line));
    expect(() => modelFromSheet(damaged)).not.toThrow();
  });
});

/**
 * A model that uses every field added after the first four tables: two segment weight sets, an
 * override by band and one by score, its own trend settings, version 7 and two changes.
 * Its sheet has two metric rows (4–5), HealthSettings at rows 18–27, HealthSegmentWeights at
 * 29–31, HealthOverrides at 33–35 and HealthChangeLog at 37–39.
 */
function modelWithNewFields(): HealthModel {
  return {
    ...modelWith([{ kind: "target", floor: 0, target: 100 }, { kind: "percentile" }]),
    segmentWeights: {
      Enterprise: { Engagement: 10, Satisfaction: 20, Adoption: 30, Outcomes: 40 },
      SMB: { Engagement: 40, Satisfaction: 30, Adoption: 20, Outcomes: 0 },
    },
    overrides: [
      { account: "Acme", band: "watch", score: null, reason: "Exec sponsor left", owner: "Dana", expires: "2026-12-31" },
      { account: "Globex", band: null, score: 55.5, reason: "Renewal signed late", owner: "Lee", expires: "2027-01-15" },
    ],
    trend: { periods: 6, declineThreshold: 3 },
    version: 7,
    changeLog: [
      { version: 6, date: "2026-10-01", author: "Dana", change: "Raised Outcomes to 40 for Enterprise" },
      { version: 7, date: "2026-11-02", author: "Lee", change: "Added the Globex override" },
    ],
  };
}

describe("model sheet with the later fields", () => {
  const model = modelWithNewFields();
  const sheet = modelToSheet(model);

  test("writes the model version and trend settings", () => {
    expect(sheet.cells.slice(24, 27)).toEqual([["Model version", 7], ["Trend periods", 6], ["Decline threshold", 3]]);
  });

  test("writes a row per segment weight set", () => {
    expect(sheet.cells.slice(29, 31)).toEqual([["Enterprise", 10, 20, 30, 40], ["SMB", 40, 30, 20, 0]]);
  });

  test("writes overrides with fixed band names", () => {
    expect(sheet.cells.slice(33, 35)).toEqual([
      ["Acme", "Watch", null, "Exec sponsor left", "Dana", "2026-12-31"],
      ["Globex", null, 55.5, "Renewal signed late", "Lee", "2027-01-15"],
    ]);
  });

  test("writes a row per change", () => {
    expect(sheet.cells.slice(37, 39)).toEqual([
      [6, "2026-10-01", "Dana", "Raised Outcomes to 40 for Enterprise"],
      [7, "2026-11-02", "Lee", "Added the Globex override"],
    ]);
  });

  test("keeps the named ranges where they were", () => {
    expect(sheet.names.find((name) => name.name === "HealthPolicy")?.range).toBe("B19");
    expect(sheet.names.find((name) => name.name === "HealthMinCoverage")?.range).toBe("B20");
  });
});

describe("modelFromSheet round trip of the later fields", () => {
  const full = modelWithNewFields();
  const base = modelWith([{ kind: "target", floor: 0, target: 100 }, { kind: "percentile" }]);

  test("keeps segment weights", () => {
    const model: HealthModel = { ...base, segmentWeights: full.segmentWeights };
    expect(modelFromSheet(modelToSheet(model).cells)).toEqual({ ok: true, value: model });
  });

  test("keeps overrides", () => {
    const model: HealthModel = { ...base, overrides: full.overrides };
    expect(modelFromSheet(modelToSheet(model).cells)).toEqual({ ok: true, value: model });
  });

  test("keeps an At risk override", () => {
    const atRisk = { account: "Initech", band: "atRisk", score: 12, reason: "Champion churned", owner: "Sam", expires: "2026-12-01" } as const;
    const model: HealthModel = { ...base, overrides: [atRisk] };
    expect(modelFromSheet(modelToSheet(model).cells)).toEqual({ ok: true, value: model });
  });

  test("keeps trend settings", () => {
    const model: HealthModel = { ...base, trend: full.trend };
    expect(modelFromSheet(modelToSheet(model).cells)).toEqual({ ok: true, value: model });
  });

  test("keeps the version", () => {
    const model: HealthModel = { ...base, version: full.version };
    expect(modelFromSheet(modelToSheet(model).cells)).toEqual({ ok: true, value: model });
  });

  test("keeps the change log", () => {
    const model: HealthModel = { ...base, changeLog: full.changeLog };
    expect(modelFromSheet(modelToSheet(model).cells)).toEqual({ ok: true, value: model });
  });

  test("keeps every later field together", () => {
    expect(modelFromSheet(modelToSheet(full).cells)).toEqual({ ok: true, value: full });
  });

  test("keeps them on tables moved down and right", () => {
    const moved = [[], ...modelToSheet(full).cells.map((line) => [null, ...line])];
    expect(modelFromSheet(moved)).toEqual({ ok: true, value: full });
  });
});

describe("modelFromSheet reading the later tables", () => {
  const model = modelWithNewFields();
  const cells = modelToSheet(model).cells;

  test("reads an older sheet with the defaults", () => {
    // Rows 1–24 are the layout before the later settings rows and tables existed.
    const older = cells.slice(0, 24);
    const expected: HealthModel = { ...model, ...NEW_MODEL_FIELDS };
    expect(modelFromSheet(older)).toEqual({ ok: true, value: expected });
  });

  test("reads header-only tables as empty lists", () => {
    const emptyModel: HealthModel = { ...model, segmentWeights: {}, overrides: [], changeLog: [] };
    // Rows 30, 33 and 36 are the blank data rows written for Excel. Without them a blank row follows each header row.
    const headerOnly = modelToSheet(emptyModel).cells.filter((_, index) => ![29, 32, 35].includes(index));
    expect(headerOnly.slice(28, 33)).toEqual([
      ["Segment", "Engagement", "Satisfaction", "Adoption", "Outcomes"],
      [],
      ["Account", "Band", "Score", "Reason", "Owner", "Expires"],
      [],
      ["Version", "Date", "Author", "Change"],
    ]);
    expect(modelFromSheet(headerOnly)).toEqual({ ok: true, value: emptyModel });
  });

  test("reads a band typed as the model's label", () => {
    // The model labels its Watch band "Amber".
    expect(modelFromSheet(withCell(cells, 34, 2, "amber"))).toEqual({ ok: true, value: model });
  });

  test("reads an expiry date cell that Excel converted", () => {
    const dated = withCell(cells, 34, 6, new Date(Date.UTC(2026, 11, 31)));
    expect(modelFromSheet(dated)).toEqual({ ok: true, value: model });
  });

  test("reads a change date serial number", () => {
    // 46296 is 2026-10-01: 46,022 for 2025-12-31 plus 274 days.
    expect(modelFromSheet(withCell(cells, 38, 2, 46296))).toEqual({ ok: true, value: model });
  });

  test("reads a trend period typed as text", () => {
    expect(modelFromSheet(withCell(cells, 26, 2, " 6 "))).toEqual({ ok: true, value: model });
  });
});

describe("modelFromSheet issues in the later tables", () => {
  const cells = modelToSheet(modelWithNewFields()).cells;

  test("points a bad expiry date at its cell", () => {
    expect(issueMessages(withCell(cells, 35, 6, "next week"))).toEqual([
      `'Health Model'!F35: "next week" is not valid. Expected the last day the override applies, as an ISO date.`,
    ]);
  });

  test("points an unknown band at its cell", () => {
    expect(issueMessages(withCell(cells, 34, 2, "Orange"))).toEqual([
      `'Health Model'!B34: "Orange" is not valid. Expected "Healthy", "Watch", "At risk".`,
    ]);
  });

  test("reports an override with neither band nor score", () => {
    expect(issueMessages(withCell(cells, 34, 2, null))).toEqual([
      `'Health Model'!B34 is missing. Expected a band or a score to show instead of the computed one.`,
    ]);
  });

  test("points a blank reason at its cell", () => {
    expect(issueMessages(withCell(cells, 35, 4, null))).toEqual([`'Health Model'!D35 is missing. Expected why the computed value is overridden.`]);
  });

  test("points a score above 100 at its cell", () => {
    expect(issueMessages(withCell(cells, 35, 3, 120))).toEqual([`'Health Model'!C35: 120 is not valid. Expected a score from 0 to 100.`]);
  });

  test("points a negative segment weight at its cell", () => {
    expect(issueMessages(withCell(cells, 31, 3, -5))).toEqual([`'Health Model'!C31: weight -5 is not allowed. Expected a number of 0 or more.`]);
  });

  test("points all-zero segment weights at the row", () => {
    const zeroed = [2, 3, 4, 5].reduce((grid, column) => withCell(grid, 30, column, 0), cells);
    expect(issueMessages(zeroed)).toEqual([`'Health Model'!B30:E30: every weight is 0, so nothing would count. Expected at least one weight above 0.`]);
  });

  test("reports a segment without a name", () => {
    expect(issueMessages(withCell(cells, 31, 1, null))).toEqual([`'Health Model'!A31 is missing. Expected the segment's name as the segment column holds it.`]);
  });

  test("reports a segment named twice", () => {
    expect(issueMessages(withCell(cells, 31, 1, "Enterprise"))).toEqual([`'Health Model'!A31: "Enterprise" is not valid. Expected each segment once.`]);
  });

  test("points a bad change date at its cell", () => {
    expect(issueMessages(withCell(cells, 39, 2, "last Tuesday"))).toEqual([
      `'Health Model'!B39: "last Tuesday" is not valid. Expected the day of the change, as an ISO date.`,
    ]);
  });

  test("points a single trend period at its cell", () => {
    expect(issueMessages(withCell(cells, 26, 2, 1))).toEqual([`'Health Model'!B26: 1 is not valid. Expected a whole number of snapshots, 2 or more.`]);
  });

  test("points a zero decline threshold at its cell", () => {
    expect(issueMessages(withCell(cells, 27, 2, 0))).toEqual([`'Health Model'!B27: 0 is not valid. Expected a number of points above 0.`]);
  });

  test("points a fractional version at its cell", () => {
    expect(issueMessages(withCell(cells, 25, 2, 2.5))).toEqual([`'Health Model'!B25: 2.5 is not valid. Expected a whole number of 1 or more.`]);
  });
});

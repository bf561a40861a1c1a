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

  test("lays out the four tables one blank row apart", () => {
    expect(sheet.tables).toEqual([
      { name: "HealthMetrics", range: "A3:F5", headers: ["Column", "Pillar", "Method", "Direction", "Weight", "Parameters"] },
      { name: "HealthPillarWeights", range: "A7:B11", headers: ["Pillar", "Weight"] },
      { name: "HealthBands", range: "A13:C16", headers: ["Band", "Threshold", "Label"] },
      { name: "HealthSettings", range: "A18:B24", headers: ["Setting", "Value"] },
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
    expect(sheet.cells.slice(18, 24)).toEqual([
      ["Missing-data policy", "neutral"],
      ["Minimum coverage", 0.6],
      ["Account column", "Account"],
      ["Segment column", "Segment"],
      ["Outcome column", "Churned"],
      ["As-of date", "2026-11-30"],
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
      `'Health Model'!A22: "Region column" is not valid. Expected "Missing-data policy", "Minimum coverage", "Account column", "Segment column", "Outcome column", "As-of date".`,
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

import type { HealthModel } from "../../src/core/model";
import { DEFAULT_BANDS, NEW_MODEL_FIELDS } from "../../src/core/model";
import { formatIssue } from "../../src/core/messages/issues";
import { scorePortfolio, type PortfolioScores } from "../../src/core/score";
import { summarizePortfolio } from "../../src/core/summary";
import type { Table } from "../../src/core/table";

const table: Table = {
  headers: ["Account", "Last Contact", "NPS", "Active Users", "Seats", "Goal Attainment"],
  rows: [
    ["Acme", "2026-11-23", 50, 40, 50, "90%"],
    ["Birch", "2026-10-01", 10, 10, 50, "40%"],
    ["Cobalt", "", "N/A", 25, 50, "unknown"],
    ["Dune", "2026-11-30", 30, 0, 0, 0.7],
    ["Elm", "2026-08-01", -20, 50, 50, 1.2],
  ],
  firstRowNumber: 2,
};

const model: HealthModel = {
  accountColumn: "Account",
  segmentColumn: null,
  outcomeColumn: null,
  metrics: [
    { column: "Last Contact", pillar: "Engagement", method: { kind: "recency", targetDays: 7, floorDays: 90 }, direction: "lower", weight: 1 },
    { column: "NPS", pillar: "Satisfaction", method: { kind: "percentile" }, direction: "higher", weight: 1 },
    { column: "Active Users", pillar: "Adoption", method: { kind: "ratio", denominator: "Seats", then: { kind: "percentile" } }, direction: "higher", weight: 1 },
    { column: "Goal Attainment", pillar: "Outcomes", method: { kind: "target", floor: 0.3, target: 1 }, direction: "higher", weight: 1 },
  ],
  pillarWeights: { Engagement: 25, Satisfaction: 25, Adoption: 25, Outcomes: 25 },
  bands: DEFAULT_BANDS,
  missingPolicy: "redistribute",
  minCoverage: 0.5,
  asOf: "2026-11-30",
  ...NEW_MODEL_FIELDS,
};

function scored(): PortfolioScores {
  const result = scorePortfolio(table, model);
  if (!result.ok) throw new Error(result.issues.map(formatIssue).join("\n"));
  return result.value;
}

describe("scoring a portfolio", () => {
  test("pillar scores follow each method", () => {
    const [acme, birch, cobalt, dune, elm] = scored().accounts;
    // Engagement, recency 7 → 100 and 90 → 0 days: Birch 60 days → (90 − 60) / 83 × 100 = 36.14…
    expect(birch?.pillars[0]).toBeCloseTo((30 / 83) * 100, 10);
    expect(dune?.pillars[0]).toBe(100);
    expect(elm?.pillars[0]).toBe(0);
    expect(cobalt?.pillars[0]).toBeNull();
    // Satisfaction, NPS percentile over 50, 10, 30, −20: Acme beats 3 of 3 others, Birch 1, Dune 2.
    expect(acme?.pillars[1]).toBe(100);
    expect(birch?.pillars[1]).toBeCloseTo(100 / 3, 10);
    expect(dune?.pillars[1]).toBeCloseTo(200 / 3, 10);
    // Adoption, percentile of active ÷ seats over 0.8, 0.2, 0.5, 1.0 (Dune divides by 0).
    expect(acme?.pillars[2]).toBeCloseTo(200 / 3, 10);
    expect(cobalt?.pillars[2]).toBeCloseTo(100 / 3, 10);
    expect(dune?.pillars[2]).toBeNull();
    // Outcomes, target 30% → 0 and 100% → 100: Acme 90% → 60 / 70 × 100 = 85.71…
    expect(acme?.pillars[3]).toBeCloseTo((0.6 / 0.7) * 100, 10);
    expect(elm?.pillars[3]).toBe(100);
  });

  test("composite, band, driver and gap per account", () => {
    const [acme, birch, cobalt, dune, elm] = scored().accounts;
    // Acme (100 + 100 + 66.67 + 85.71) / 4 = 88.10 → Healthy, Adoption the one pillar below 70.
    expect(acme?.composite).toBeCloseTo((100 + 100 + 200 / 3 + 600 / 7) / 4, 10);
    expect(acme?.band).toBe("healthy");
    expect(acme?.driver).toBe("Adoption");
    // Birch (36.14 + 33.33 + 0 + 14.29) / 4 = 20.94 → At risk; Adoption falls 70 short, the most.
    // Gap (40 − 20.94) / 0.25 = 76.24 → 76.3, reachable with 100 points of headroom.
    const birchComposite = (3000 / 83 + 100 / 3 + 0 + 100 / 7) / 4;
    expect(birch?.composite).toBeCloseTo(birchComposite, 10);
    expect(birch?.driver).toBe("Adoption");
    expect(birch?.gap).toEqual({ points: Math.ceil(((40 - birchComposite) / 0.25) * 10) / 10, nextBand: "watch", reachable: true });
    // Cobalt has Adoption only: coverage 0.25 < 0.5.
    expect(cobalt?.insufficient).toBe(true);
    // Dune (100 + 66.67 + 57.14) / 3 = 74.6 with coverage 0.75.
    expect(dune?.composite).toBeCloseTo((100 + 200 / 3 + 400 / 7) / 3, 10);
    expect(dune?.coverage).toBeCloseTo(0.75, 10);
    // Elm (0 + 0 + 100 + 100) / 4 = 50 → Watch; Engagement and Satisfaction tie, Engagement goes first.
    expect(elm?.composite).toBe(50);
    expect(elm?.driver).toBe("Engagement");
    expect(elm?.diagnoses).toEqual(["lockedInUnhappy", "drifting"]);
  });

  test("cell problems are reported with their sheet rows", () => {
    expect(scored().issues.map(formatIssue)).toEqual([
      'Row 5, column "Seats": the ratio divides by 0; the cell counts as missing.',
      'Row 4, column "Goal Attainment": "unknown" is not a number. Expected a number such as 42, 4.5, 1,234 or 45%; the cell counts as missing.',
    ]);
  });

  test("summary counts bands, drivers and insufficient data", () => {
    const summary = summarizePortfolio(scored());
    expect(summary.perBand.map(({ label, count }) => `${label} ${count}`)).toEqual(["Healthy 2", "Watch 1", "At risk 1"]);
    expect(summary.insufficient).toBe(1);
    expect(summary.topDrivers).toEqual([
      { pillar: "Adoption", count: 2 },
      { pillar: "Engagement", count: 1 },
      { pillar: "Outcomes", count: 1 },
    ]);
  });

  test("a column the table lacks stops scoring", () => {
    const result = scorePortfolio(table, { ...model, metrics: [{ ...model.metrics[1]!, column: "CSAT" }] });
    expect(result.ok ? [] : result.issues.map(formatIssue)).toEqual([
      'metrics[0].column: the column "CSAT" is not in the table. Headers found: "Account", "Last Contact", "NPS", "Active Users", "Seats", "Goal Attainment".',
    ]);
  });

  test("a pillar without a metric is reported, not faked", () => {
    const result = scorePortfolio(table, { ...model, metrics: model.metrics.slice(0, 3) });
    expect(result.ok && result.value.issues.filter((issue) => issue.code === "pillar-without-metric")).toEqual([
      { code: "pillar-without-metric", pillar: "Outcomes" },
    ]);
  });
});

describe("segments and overrides", () => {
  test("a segment's own weights apply to its accounts", () => {
    const segmented: Table = { ...table, headers: [...table.headers, "Segment"], rows: table.rows.map((row, index) => [...row, index === 4 ? "Enterprise" : "SMB"]) };
    const weighted: HealthModel = {
      ...model,
      segmentColumn: "Segment",
      segmentWeights: { Enterprise: { Engagement: 10, Satisfaction: 10, Adoption: 40, Outcomes: 40 } },
    };
    const result = scorePortfolio(segmented, weighted);
    if (!result.ok) throw new Error(result.issues.map(formatIssue).join("\n"));
    // Percentiles are now per segment: Elm is alone in Enterprise, so its NPS and ratio score 50 (n = 1).
    // Elm: 0.1·0 + 0.1·50 + 0.4·50 + 0.4·100 = 65 under the Enterprise weights.
    expect(result.value.accounts[4]?.composite).toBeCloseTo(65, 10);
    // Acme (SMB) keeps equal weights; among the four SMB accounts its NPS 50 beats 10 and 30: 2/2 → 100,
    // and its ratio 0.8 beats 0.2 and 0.5: 2/2 → 100. (100 + 100 + 100 + 85.71) / 4.
    expect(result.value.accounts[0]?.composite).toBeCloseTo((300 + 600 / 7) / 4, 10);
  });

  test("a weight set for an absent segment is reported", () => {
    const result = scorePortfolio(
      { ...table, headers: [...table.headers, "Segment"], rows: table.rows.map((row) => [...row, "SMB"]) },
      { ...model, segmentColumn: "Segment", segmentWeights: { Enterprise: { Engagement: 1, Satisfaction: 1, Adoption: 1, Outcomes: 1 } } },
    );
    expect(result.ok && result.value.issues.map(formatIssue).filter((message) => message.startsWith("segmentWeights"))).toEqual([
      'segmentWeights.Enterprise: no account is in the segment "Enterprise", so these weights apply to nothing; check the spelling against the segment column.',
    ]);
  });

  const override = { account: " birch ", band: "watch" as const, score: null, reason: "renewal signed verbally", owner: "Dana Lee", expires: "2026-12-31" };

  test("an active override shows in the band and the explanation", () => {
    const result = scorePortfolio(table, { ...model, overrides: [override] });
    const birch = result.ok ? result.value.accounts[1] : undefined;
    expect(birch?.band).toBe("watch");
    expect(birch?.override?.computedBand).toBe("atRisk");
    // The composite stays the computed 20.94 because the override sets a band only.
    expect(birch?.explanation).toMatch(/^Overridden to Watch \(21\) by Dana Lee until 2026-12-31: renewal signed verbally\. Computed: At risk \(21\): look at Adoption first/);
  });

  test("an expired override gives back the computed band", () => {
    const result = scorePortfolio(table, { ...model, overrides: [override] }, { asOf: "2027-01-01" });
    const birch = result.ok ? result.value.accounts[1] : undefined;
    expect(birch?.band).toBe("atRisk");
    expect(birch?.override).toBeUndefined();
  });

  test("an override for an unknown account is reported", () => {
    const result = scorePortfolio(table, { ...model, overrides: [{ ...override, account: "Brich" }] });
    expect(result.ok && result.value.issues.map(formatIssue).filter((message) => message.startsWith("overrides"))).toEqual([
      'overrides[0]: no account is named "Brich", so this override applies to nothing; check the spelling against the account column.',
    ]);
  });
});

describe("table checks", () => {
  test("a repeated header a metric uses stops scoring", () => {
    // Two NPS columns: findColumn would return the first for both, so the second would never be read.
    const repeated: Table = { headers: ["Account", "NPS", "NPS"], rows: [["Acme", 10, 20]], firstRowNumber: 2 };
    const result = scorePortfolio(repeated, { ...model, metrics: [model.metrics[1]!] });
    expect(result.ok ? [] : result.issues.map(formatIssue)).toEqual([
      'Column 3: the header "NPS" appears more than once, so only the first column would be read; rename one of them.',
    ]);
  });
});

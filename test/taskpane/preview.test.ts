import { readFileSync } from "node:fs";
import { join } from "node:path";
import { readCsvGrid } from "../../src/cli/read/csv-grid";
import { proposeModel } from "../../src/core/automap";
import type { HealthModel } from "../../src/core/model";
import { scorePortfolio } from "../../src/core/score";
import { summarizePortfolio } from "../../src/core/summary";
import type { Table } from "../../src/core/table";
import { buildPillarCache, comparePortfolios, findRevenueColumn, readRevenue, reassessAccounts } from "../../src/taskpane/preview";

const [headers = [], ...rows] = readCsvGrid(readFileSync(join(__dirname, "../../samples/portfolio.csv")), "portfolio.csv");
const table: Table = { headers: headers.map(String), rows, firstRowNumber: 2 };
const saved = proposeModel(table, { asOf: "2026-11-30" }).model;

function scored(model: HealthModel) {
  const result = scorePortfolio(table, model);
  if (!result.ok) throw new Error("the sample does not score");
  return result.value;
}

describe("reassessAccounts", () => {
  it.each([
    ["outcome-led weights", { pillarWeights: { Engagement: 20, Satisfaction: 20, Adoption: 20, Outcomes: 40 } }],
    ["the median policy", { missingPolicy: "median" as const }],
    ["the penalize policy and 0.8 coverage", { missingPolicy: "penalize" as const, minCoverage: 0.8 }],
    ["thresholds 75 and 45", { bands: { ...saved.bands, healthy: 75, watch: 45 } }],
  ])("matches scorePortfolio under %s", (_, change) => {
    const cache = buildPillarCache(table, saved);
    if (!cache.ok) throw new Error("the sample does not score");
    const draft: HealthModel = { ...saved, ...change };

    const reassessed = reassessAccounts(cache.value, draft);
    if (!reassessed.ok) throw new Error("the draft does not reassess");
    expect(reassessed.value).toEqual(scored(draft).accounts);
  });

  it("matches scorePortfolio with segment weights and overrides", () => {
    const withSegments: HealthModel = { ...saved, segmentColumn: "Segment" };
    const cache = buildPillarCache(table, withSegments);
    if (!cache.ok) throw new Error("the sample does not score");
    const accountColumn = table.headers.indexOf(saved.accountColumn ?? "");
    const overridden = String(table.rows[3]?.[accountColumn] ?? "");
    const draft: HealthModel = {
      ...withSegments,
      // The key's case and spaces differ from the cells' "Mid-Market", which both must ignore.
      segmentWeights: { " mid-market ": { Engagement: 10, Satisfaction: 10, Adoption: 10, Outcomes: 70 }, Enterprise: { Engagement: 40, Satisfaction: 40, Adoption: 10, Outcomes: 10 } },
      overrides: [{ account: overridden, band: "healthy", score: null, reason: "Signed a three-year renewal", owner: "Rita Lopez", expires: "2027-01-31" }],
    };

    const reassessed = reassessAccounts(cache.value, draft);
    if (!reassessed.ok) throw new Error("the draft does not reassess");
    const expected = scored(draft).accounts;
    expect(reassessed.value).toEqual(expected);
    expect(reassessed.value[3]?.override?.override.owner).toBe("Rita Lopez");
    const portfolioOnly = scored(withSegments).accounts;
    expect(expected.filter((account, index) => account.composite !== portfolioOnly[index]?.composite).length).toBeGreaterThan(100);
  });

  it("reports all-zero weights", () => {
    const cache = buildPillarCache(table, saved);
    if (!cache.ok) throw new Error("the sample does not score");
    const result = reassessAccounts(cache.value, { ...saved, pillarWeights: { Engagement: 0, Satisfaction: 0, Adoption: 0, Outcomes: 0 } });
    expect(result.ok ? [] : result.issues.map((issue) => issue.code)).toEqual(["all-zero-weights"]);
  });
});

describe("comparePortfolios", () => {
  const draftModel: HealthModel = { ...saved, pillarWeights: { Engagement: 10, Satisfaction: 10, Adoption: 10, Outcomes: 70 } };
  const before = scored(saved);
  const after = scored(draftModel);
  const revenue = readRevenue(table, findRevenueColumn(table.headers));
  const preview = comparePortfolios(before.accounts, after.accounts, { accountNames: after.accountNames, revenue, firstRowNumber: 2 });

  it("counts bands as summarizePortfolio does", () => {
    const savedSummary = summarizePortfolio(before);
    const draftSummary = summarizePortfolio(after);
    expect(preview.bands.slice(0, 3).map((band) => band.saved)).toEqual(savedSummary.perBand.map((band) => band.count));
    expect(preview.bands.slice(0, 3).map((band) => band.draft)).toEqual(draftSummary.perBand.map((band) => band.count));
    expect(preview.bands[3]).toEqual({ band: null, saved: savedSummary.insufficient, draft: draftSummary.insufficient });
  });

  it("lists every account that changes band with its revenue", () => {
    const changed = after.accounts.flatMap((account, index) => (account.band === before.accounts[index]?.band ? [] : [index]));
    expect(preview.changes.map((change) => change.row - 2).sort((a, b) => a - b)).toEqual(changed);
    expect(preview.movedUp + preview.movedDown).toBe(changed.length);
    const expectedRevenue = changed.reduce((sum, index) => sum + (revenue?.[index] ?? 0), 0);
    expect(preview.changedRevenue).toBe(expectedRevenue);
    expect(changed.length).toBeGreaterThan(0);
  });

  it("counts drivers as summarizePortfolio does", () => {
    const drivers = summarizePortfolio(after).topDrivers;
    for (const { pillar, count } of drivers) expect(preview.drivers.find((row) => row.pillar === pillar)?.draft).toBe(count);
  });

  it("finds ARR as the revenue column and reads $ text", () => {
    expect(findRevenueColumn(table.headers)).toBe("ARR");
    expect(findRevenueColumn(["Account", "NPS"])).toBeNull();
    expect(readRevenue({ headers: ["ARR"], rows: [["$12,400"], [""], ["n/a"]], firstRowNumber: 2 }, "ARR")).toEqual([12400, null, null]);
  });
});

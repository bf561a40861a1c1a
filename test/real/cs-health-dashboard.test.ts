import { proposeModel } from "../../src/core/automap";
import type { HealthModel } from "../../src/core/model";
import { normalizeModel } from "../../src/core/normalize-model";
import { scorePortfolio, type PortfolioScores } from "../../src/core/score";
import type { Table } from "../../src/core/table";
import { accountsWithoutVerdict, countBands, emptyPillars, readDataTable } from "./data-files";

/*
 * A sample input of a CS health dashboard: 10 accounts, one row each, no blank cells. The rows,
 * as written in the file (Customer, Segment, ARR, Renewal_Date, NPS, Tickets_Last_90d, CSAT,
 * Logins_Last_30d, Active_Users, Total_Seats):
 *
 *   XYZ-Constructons Corp  Enterprise  450000 2025-03-15  45 38 4.1 520 180 200
 *   GTMGlobal Inc          Mid-Market  180000 2025-01-20  15 52 3.6 210  70 100
 *   MaxIT Solutions        SMB          60000 2025-06-10  72  8 4.7  95  18  20
 *   Demo Analytics         Enterprise  320000 2024-12-01 -10 75 3.2 140  65 120
 *   TestPublix Retail      Mid-Market  125000 2025-02-05  30 26 3.9 160  40  80
 *   DeepMind Labs          SMB          40000 2024-11-25  80  3 4.9  60  10  10
 *   XXBuffett Finance      Enterprise  510000 2025-04-03  55 41 4.3 430 155 190
 *   ABCBerg Media          Mid-Market   90000 2025-01-05   5 63 3.4 120  25  60
 *   YourCounty Health      Enterprise  390000 2025-05-18  68 18 4.5 380 140 180
 *   Sample Logistics       SMB          55000 2024-12-20  22 34 3.8  75  14  25
 *
 * Percentile scores rank each value among all 10 accounts (no segments in this model), as
 * (values strictly worse) / 9 × 100. Sorted, the populations are:
 *   Logins            60 75 95 120 140 160 210 380 430 520
 *   Tickets           3 8 18 26 34 38 41 52 63 75 (fewer is better, so "worse" means more)
 *   ARR (thousands)   40 55 60 90 125 180 320 390 450 510
 *   Active ÷ Seats    25/60 = .4167, 40/80 = .5, 65/120 = .5417, 14/25 = .56, 70/100 = .7,
 *                     140/180 = .7778, 155/190 = .8158, 180/200 = .9, 18/20 = .9, 10/10 = 1
 */
const FILE = "cs-health-dashboard-sample.csv";
const AS_OF = "2026-11-30";

/** A model written by hand: logins for Engagement, survey and ticket metrics for Satisfaction, seat use for Adoption, ARR for Outcomes, equal weights. */
const HAND_MODEL = {
  accountColumn: "Customer",
  metrics: [
    { column: "Logins_Last_30d", pillar: "Engagement", method: { kind: "percentile" } },
    { column: "NPS", pillar: "Satisfaction", method: { kind: "scale", low: -100, high: 100 } },
    { column: "CSAT", pillar: "Satisfaction", method: { kind: "scale", low: 1, high: 5 } },
    { column: "Tickets_Last_90d", pillar: "Satisfaction", method: { kind: "percentile" }, direction: "lower" },
    { column: "Active_Users", pillar: "Adoption", method: { kind: "ratio", denominator: "Total_Seats", then: { kind: "percentile" } } },
    { column: "ARR", pillar: "Outcomes", method: { kind: "percentile" } },
  ],
  pillarWeights: { Engagement: 1, Satisfaction: 1, Adoption: 1, Outcomes: 1 },
  asOf: AS_OF,
};

function handModel(): HealthModel {
  const result = normalizeModel(HAND_MODEL);
  if (!result.ok) throw new Error(`The hand-written model is invalid: ${JSON.stringify(result.issues)}`);
  return result.value;
}

function scoreOrThrow(table: Table, model: HealthModel): PortfolioScores {
  const result = scorePortfolio(table, model, { asOf: AS_OF });
  if (!result.ok) throw new Error(`Scoring ${FILE} failed: ${JSON.stringify(result.issues)}`);
  return result.value;
}

function rowOf(scores: PortfolioScores, account: string): number {
  const row = scores.accountNames.indexOf(account);
  if (row < 0) throw new Error(`Account "${account}" is not in ${FILE}`);
  return row;
}

function metricScore(scores: PortfolioScores, column: string, account: string): number {
  const metric = scores.metrics.find((scored) => scored.metric.column === column);
  if (metric === undefined) throw new Error(`The model has no metric on column "${column}"`);
  return metric.scores[rowOf(scores, account)] ?? Number.NaN;
}

describe("cs-health-dashboard-sample.csv with a hand-written model", () => {
  let table: Table;
  let scores: PortfolioScores;

  beforeAll(async () => {
    table = await readDataTable(FILE);
    scores = scoreOrThrow(table, handModel());
  });

  test("reads ten accounts", () => {
    expect(table.rows).toHaveLength(10);
    expect(table.headers).toEqual(["Customer", "Segment", "ARR", "Renewal_Date", "NPS", "Tickets_Last_90d", "CSAT", "Logins_Last_30d", "Active_Users", "Total_Seats"]);
    expect(scores.issues).toEqual([]);
  });

  /*
   * ABCBerg Media: ARR 90000, NPS 5, Tickets 63, CSAT 3.4, Logins 120, Active_Users 25, Total_Seats 60.
   *   Engagement  logins 120 beat 60, 75, 95           → 3/9 × 100 = 33.333
   *   NPS         (5 − (−100)) / 200 × 100             = 52.5
   *   CSAT        (3.4 − 1) / 4 × 100                  = 60
   *   Tickets     63 beats only 75 (more tickets)      → 1/9 × 100 = 11.111
   *   Satisfaction (52.5 + 60 + 11.111) / 3            = 41.204
   *   Adoption    25/60 = .4167, the lowest ratio      → 0/9 = 0
   *   Outcomes    ARR 90000 beats 40000, 55000, 60000  → 3/9 × 100 = 33.333
   *   Composite   (33.333 + 41.204 + 0 + 33.333) / 4   = 26.968 → At risk (below 40)
   *   Shortfalls  0.25 × (70 − s): E 9.17, S 7.20, A 17.5, O 9.17 → driver Adoption
   *   Gap         (40 − 26.968) / 0.25 = 52.13 → 52.2 to reach Watch; 52.2 ≤ 100 − 0, so reachable
   */
  test("scores ABCBerg Media at risk", () => {
    const account = "ABCBerg Media";
    expect(metricScore(scores, "Logins_Last_30d", account)).toBeCloseTo(100 / 3, 9);
    expect(metricScore(scores, "NPS", account)).toBeCloseTo(52.5, 9);
    expect(metricScore(scores, "CSAT", account)).toBeCloseTo(60, 9);
    expect(metricScore(scores, "Tickets_Last_90d", account)).toBeCloseTo(100 / 9, 9);
    expect(metricScore(scores, "Active_Users", account)).toBe(0);
    expect(metricScore(scores, "ARR", account)).toBeCloseTo(100 / 3, 9);

    const assessment = scores.accounts[rowOf(scores, account)];
    const satisfaction = (52.5 + 60 + 100 / 9) / 3;
    expect(assessment?.pillars[0]).toBeCloseTo(100 / 3, 9);
    expect(assessment?.pillars[1]).toBeCloseTo(satisfaction, 9);
    expect(assessment?.pillars[2]).toBe(0);
    expect(assessment?.pillars[3]).toBeCloseTo(100 / 3, 9);
    expect(assessment?.composite).toBeCloseTo((100 / 3 + satisfaction + 0 + 100 / 3) / 4, 9);
    expect(assessment?.band).toBe("atRisk");
    expect(assessment?.driver).toBe("Adoption");
    expect(assessment?.gap).toEqual({ points: 52.2, nextBand: "watch", reachable: true });
  });

  /*
   * Demo Analytics: ARR 320000, NPS −10, Tickets 75, CSAT 3.2, Logins 140, Active_Users 65, Total_Seats 120.
   *   Engagement  logins 140 beat 60, 75, 95, 120      → 4/9 × 100 = 44.444
   *   NPS         (−10 + 100) / 200 × 100              = 45
   *   CSAT        (3.2 − 1) / 4 × 100                  = 55
   *   Tickets     75 is the most, so it beats none     → 0
   *   Satisfaction (45 + 55 + 0) / 3                   = 33.333
   *   Adoption    65/120 = .5417 beats .4167 and .5    → 2/9 × 100 = 22.222
   *   Outcomes    ARR 320000 beats 40k to 180k (six)   → 6/9 × 100 = 66.667
   *   Composite   (44.444 + 33.333 + 22.222 + 66.667) / 4 = 166.667 / 4 = 41.667 → Watch
   *   Shortfalls  0.25 × (70 − s): E 6.39, S 9.17, A 11.94, O 0.83 → driver Adoption
   *   Gap         (70 − 41.667) / 0.25 = 113.33 → 113.4 to reach Healthy; more than 100 − 22.222 = 77.8,
   *               so Adoption alone cannot lift it there
   */
  test("scores Demo Analytics watch", () => {
    const account = "Demo Analytics";
    expect(metricScore(scores, "Logins_Last_30d", account)).toBeCloseTo(400 / 9, 9);
    expect(metricScore(scores, "NPS", account)).toBeCloseTo(45, 9);
    expect(metricScore(scores, "CSAT", account)).toBeCloseTo(55, 9);
    expect(metricScore(scores, "Tickets_Last_90d", account)).toBe(0);
    expect(metricScore(scores, "Active_Users", account)).toBeCloseTo(200 / 9, 9);
    expect(metricScore(scores, "ARR", account)).toBeCloseTo(600 / 9, 9);

    const assessment = scores.accounts[rowOf(scores, account)];
    expect(assessment?.pillars[1]).toBeCloseTo(100 / 3, 9);
    expect(assessment?.composite).toBeCloseTo((400 / 9 + 100 / 3 + 200 / 9 + 600 / 9) / 4, 9);
    expect(assessment?.band).toBe("watch");
    expect(assessment?.driver).toBe("Adoption");
    expect(assessment?.gap).toEqual({ points: 113.4, nextBand: "healthy", reachable: false });
  });

  /*
   * XYZ-Constructons Corp: ARR 450000, NPS 45, Tickets 38, CSAT 4.1, Logins 520, Active_Users 180, Total_Seats 200.
   *   Engagement  520 is the most logins, beating all nine → 100
   *   NPS         (45 + 100) / 200 × 100               = 72.5
   *   CSAT        (4.1 − 1) / 4 × 100                  = 77.5
   *   Tickets     38 beats 41, 52, 63, 75              → 4/9 × 100 = 44.444
   *   Satisfaction (72.5 + 77.5 + 44.444) / 3          = 64.815
   *   Adoption    180/200 = .9 ties MaxIT's 18/20 = .9; both beat the seven lower ratios → 7/9 × 100 = 77.778
   *   Outcomes    ARR 450000 beats all but 510000      → 8/9 × 100 = 88.889
   *   Composite   (100 + 64.815 + 77.778 + 88.889) / 4 = 82.870 → Healthy
   *   Driver      only Satisfaction is below 70        → Satisfaction; no gap, because Healthy is the top band
   */
  test("scores XYZ-Constructons Corp healthy", () => {
    const account = "XYZ-Constructons Corp";
    expect(metricScore(scores, "Logins_Last_30d", account)).toBe(100);
    expect(metricScore(scores, "NPS", account)).toBeCloseTo(72.5, 9);
    expect(metricScore(scores, "CSAT", account)).toBeCloseTo(77.5, 9);
    expect(metricScore(scores, "Tickets_Last_90d", account)).toBeCloseTo(400 / 9, 9);
    expect(metricScore(scores, "Active_Users", account)).toBeCloseTo(700 / 9, 9);
    expect(metricScore(scores, "ARR", account)).toBeCloseTo(800 / 9, 9);

    const assessment = scores.accounts[rowOf(scores, account)];
    const satisfaction = (72.5 + 77.5 + 400 / 9) / 3;
    expect(assessment?.pillars[1]).toBeCloseTo(satisfaction, 9);
    expect(assessment?.composite).toBeCloseTo((100 + satisfaction + 700 / 9 + 800 / 9) / 4, 9);
    expect(assessment?.band).toBe("healthy");
    expect(assessment?.driver).toBe("Satisfaction");
    expect(assessment?.gap).toBeNull();
  });

  test("tied ratios share one score", () => {
    // 180/200 and 18/20 are both 0.9, so XYZ-Constructons Corp and MaxIT Solutions rank the same.
    expect(metricScore(scores, "Active_Users", "MaxIT Solutions")).toBe(metricScore(scores, "Active_Users", "XYZ-Constructons Corp"));
  });

  /*
   * Pillars per account in the same steps as above (E, S = (NPS + CSAT + Tickets) / 3, A, O):
   *   XYZ-Constructons   100    (72.5 + 77.5 + 44.4) / 3 = 64.8  77.8  88.9 → 82.9 Healthy
   *   GTMGlobal          66.7   (57.5 + 65.0 + 22.2) / 3 = 48.2  44.4  55.6 → 53.7 Watch
   *   MaxIT Solutions    22.2   (86.0 + 92.5 + 88.9) / 3 = 89.1  77.8  22.2 → 52.8 Watch
   *   Demo Analytics     44.4   (45.0 + 55.0 +  0.0) / 3 = 33.3  22.2  66.7 → 41.7 Watch
   *   TestPublix Retail  55.6   (65.0 + 72.5 + 66.7) / 3 = 68.1  11.1  44.4 → 44.8 Watch
   *   DeepMind Labs       0.0   (90.0 + 97.5 + 100)  / 3 = 95.8 100.0   0.0 → 49.0 Watch
   *   XXBuffett Finance  88.9   (77.5 + 82.5 + 33.3) / 3 = 64.4  66.7 100.0 → 80.0 Healthy
   *   ABCBerg Media      33.3   (52.5 + 60.0 + 11.1) / 3 = 41.2   0.0  33.3 → 27.0 At risk
   *   YourCounty Health  77.8   (84.0 + 87.5 + 77.8) / 3 = 83.1  55.6  77.8 → 73.6 Healthy
   *   Sample Logistics   11.1   (61.0 + 70.0 + 55.6) / 3 = 62.2  33.3  11.1 → 29.4 At risk
   */
  test("bands three, five and two", () => {
    expect(countBands(scores)).toEqual({ healthy: 3, watch: 5, atRisk: 2, insufficient: 0 });
  });

  test("reversed rows keep every score", () => {
    const reversed: Table = { ...table, rows: [...table.rows].reverse() };
    const again = scoreOrThrow(reversed, handModel());
    const composites = again.accounts.map((account) => account.composite).reverse();
    expect(composites).toEqual(scores.accounts.map((account) => account.composite));
  });
});

describe("cs-health-dashboard-sample.csv with the automap proposal", () => {
  let scores: PortfolioScores;

  beforeAll(async () => {
    const table = await readDataTable(FILE);
    scores = scoreOrThrow(table, proposeModel(table, { asOf: AS_OF }).model);
  });

  test("gives every account a verdict", () => {
    expect(scores.size).toBe(10);
    expect(accountsWithoutVerdict(scores)).toEqual([]);
  });

  test("scores on two pillars", () => {
    // Logins and seat use feed Adoption and the survey and ticket columns Satisfaction. ARR is
    // ignored as account size, so Engagement and Outcomes are empty: coverage 0.5 everywhere.
    expect(emptyPillars(scores)).toEqual(["Engagement", "Outcomes"]);
    expect(scores.accounts.every((account) => account.coverage === 0.5)).toBe(true);
  });

  /*
   * The proposal segments by Segment, so each percentile ranks an account within its segment:
   * Enterprise has 4 accounts (n − 1 = 3), Mid-Market and SMB 3 each (n − 1 = 2). With Engagement
   * and Outcomes empty the composite is (S + A) / 2, with S = (NPS + CSAT + Tickets) / 3 as in
   * the hand model and A = (Logins + Active ÷ Seats) / 2:
   *   XYZ-Constructons   E  S (72.5 + 77.5 +  66.7) / 3 = 72.2  A (100 + 100) / 2 = 100  → 86.1 Healthy
   *   GTMGlobal          M  S (57.5 + 65.0 +  50.0) / 3 = 57.5  A (100 + 100) / 2 = 100  → 78.8 Healthy
   *   MaxIT Solutions    S  S (86.0 + 92.5 +  50.0) / 3 = 76.2  A (100 +  50) / 2 = 75   → 75.6 Healthy
   *   Demo Analytics     E  S (45.0 + 55.0 +   0.0) / 3 = 33.3  A (  0 +   0) / 2 = 0    → 16.7 At risk
   *   TestPublix Retail  M  S (65.0 + 72.5 + 100.0) / 3 = 79.2  A ( 50 +  50) / 2 = 50   → 64.6 Watch
   *   DeepMind Labs      S  S (90.0 + 97.5 + 100.0) / 3 = 95.8  A (  0 + 100) / 2 = 50   → 72.9 Healthy
   *   XXBuffett Finance  E  S (77.5 + 82.5 +  33.3) / 3 = 64.4  A (66.7 + 66.7) / 2 = 66.7 → 65.6 Watch
   *   ABCBerg Media      M  S (52.5 + 60.0 +   0.0) / 3 = 37.5  A (  0 +   0) / 2 = 0    → 18.8 At risk
   *   YourCounty Health  E  S (84.0 + 87.5 + 100.0) / 3 = 90.5  A (33.3 + 33.3) / 2 = 33.3 → 61.9 Watch
   *   Sample Logistics   S  S (61.0 + 70.0 +   0.0) / 3 = 43.7  A ( 50 +   0) / 2 = 25   → 34.3 At risk
   */
  test("bands four, three and three", () => {
    const counts = countBands(scores);
    console.log(`${FILE}, automap proposal: ${JSON.stringify(counts)}`);
    expect(counts).toEqual({ healthy: 4, watch: 3, atRisk: 3, insufficient: 0 });
  });

  test("scores ABCBerg Media within Mid-Market", () => {
    // Tickets 63 is the most of GTMGlobal 52, TestPublix 26 and ABCBerg 63, so it beats none: 0.
    // Logins 120 and the ratio 25/60 = .4167 are the lowest of the three, so Adoption is 0 too.
    const assessment = scores.accounts[rowOf(scores, "ABCBerg Media")];
    const satisfaction = (52.5 + 60 + 0) / 3;
    expect(assessment?.pillars[1]).toBeCloseTo(satisfaction, 9);
    expect(assessment?.pillars[2]).toBe(0);
    expect(assessment?.composite).toBeCloseTo((satisfaction + 0) / 2, 9);
    expect(assessment?.band).toBe("atRisk");
  });
});

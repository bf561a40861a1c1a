import { modelDifferences } from "../../src/cli/trend/model-differences";
import { DEFAULT_BANDS, NEW_MODEL_FIELDS, type HealthModel, type Metric } from "../../src/core/model";

const CSAT: Metric = { column: "CSAT", pillar: "Satisfaction", method: { kind: "scale", low: 1, high: 5 }, direction: "higher", weight: 1 };
const NPS: Metric = { column: "NPS", pillar: "Satisfaction", method: { kind: "scale", low: -100, high: 100 }, direction: "higher", weight: 1 };
const LOGINS: Metric = { column: "Logins", pillar: "Engagement", method: { kind: "percentile" }, direction: "higher", weight: 1 };

const MODEL: HealthModel = {
  accountColumn: "Account",
  segmentColumn: "Tier",
  outcomeColumn: null,
  metrics: [CSAT, NPS, LOGINS],
  pillarWeights: { Engagement: 25, Satisfaction: 25, Adoption: 25, Outcomes: 25 },
  bands: DEFAULT_BANDS,
  missingPolicy: "redistribute",
  minCoverage: 0.5,
  asOf: "2026-11-30",
  ...NEW_MODEL_FIELDS,
};

describe("modelDifferences", () => {
  test("same model has none", () => {
    expect(modelDifferences(MODEL, { ...MODEL })).toEqual([]);
  });

  test("ignores what scores do not use", () => {
    const relabelled: HealthModel = {
      ...MODEL,
      version: 7,
      asOf: "2027-02-28",
      bands: { ...DEFAULT_BANDS, labels: { healthy: "Green", watch: "Amber", atRisk: "Red" } },
      changeLog: [{ version: 7, date: "2027-02-28", author: "Dana", change: "Renamed the bands" }],
    };
    expect(modelDifferences(MODEL, relabelled)).toEqual([]);
  });

  test("names changed pillar weights", () => {
    const current = { ...MODEL, pillarWeights: { Engagement: 70, Satisfaction: 10, Adoption: 10, Outcomes: 10 } };
    expect(modelDifferences(MODEL, current)).toEqual(["pillar weights 25/25/25/25 → 70/10/10/10"]);
  });

  test("scaled pillar weights are equal", () => {
    // Weights are normalised to shares, so 1/1/1/1 scores exactly as 25/25/25/25.
    expect(modelDifferences(MODEL, { ...MODEL, pillarWeights: { Engagement: 1, Satisfaction: 1, Adoption: 1, Outcomes: 1 } })).toEqual([]);
  });

  test("names only the reweighted metric", () => {
    // CSAT's share of Satisfaction goes from 1/2 to 2/3 and NPS's from 1/2 to 1/3, but only CSAT's weight was edited.
    const current = { ...MODEL, metrics: [{ ...CSAT, weight: 2 }, NPS, LOGINS] };
    expect(modelDifferences(MODEL, current)).toEqual(['metric "CSAT": weight 1 → 2']);
  });

  test("scaled metric weights are equal", () => {
    const current = { ...MODEL, metrics: [{ ...CSAT, weight: 3 }, { ...NPS, weight: 3 }, LOGINS] };
    expect(modelDifferences(MODEL, current)).toEqual([]);
  });

  test("names metric changes", () => {
    const current: HealthModel = {
      ...MODEL,
      metrics: [
        { ...CSAT, pillar: "Engagement", method: { kind: "target", floor: 1, target: 5 } },
        { ...NPS, method: { kind: "scale", low: 0, high: 10 }, direction: "lower" },
        { column: "Seats", pillar: "Adoption", method: { kind: "percentile" }, direction: "higher", weight: 1 },
      ],
    };
    expect(modelDifferences(MODEL, current)).toEqual([
      'metric "CSAT": pillar Satisfaction → Engagement, method scale → target',
      'metric "NPS": scale settings changed, higher is better → lower is better',
      'metric "Seats" added',
      'metric "Logins" removed',
    ]);
  });

  test("matches metric columns ignoring case", () => {
    expect(modelDifferences(MODEL, { ...MODEL, metrics: [{ ...CSAT, column: " csat" }, NPS, LOGINS] })).toEqual([]);
  });

  test("names segment weights", () => {
    const gold = { Engagement: 10, Satisfaction: 60, Adoption: 20, Outcomes: 10 };
    const previous = { ...MODEL, segmentWeights: { Gold: gold, Silver: gold } };
    const current = { ...MODEL, segmentWeights: { Gold: { ...gold, Satisfaction: 50, Adoption: 30 }, Bronze: gold } };
    expect(modelDifferences(previous, current)).toEqual([
      'segment "Gold" weights 10/60/20/10 → 10/50/30/10',
      'segment "Bronze" weights added (10/60/20/10)',
      'segment "Silver" weights removed',
    ]);
  });

  test("names bands, policy, coverage and segment column", () => {
    const current: HealthModel = { ...MODEL, segmentColumn: null, bands: { ...DEFAULT_BANDS, healthy: 75, watch: 45 }, missingPolicy: "neutral", minCoverage: 0.75 };
    expect(modelDifferences(MODEL, current)).toEqual([
      'segment column "Tier" → none',
      "band thresholds 70/40 → 75/45",
      "missing-data policy redistribute → neutral",
      "minimum coverage 50% → 75%",
    ]);
  });
});

import { formatIssue } from "../../src/core/messages/issues";
import { DEFAULT_BANDS } from "../../src/core/model";
import { normalizeModel } from "../../src/core/normalize-model";

describe("model validation", () => {
  test("defaults fill a minimal model", () => {
    const result = normalizeModel({ metrics: [{ column: "NPS", pillar: "Satisfaction" }] });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.metrics).toEqual([{ column: "NPS", pillar: "Satisfaction", method: { kind: "percentile" }, direction: "higher", weight: 1 }]);
    expect(result.value.pillarWeights).toEqual({ Engagement: 25, Satisfaction: 25, Adoption: 25, Outcomes: 25 });
    expect(result.value.bands).toEqual(DEFAULT_BANDS);
    expect(result.value.missingPolicy).toBe("redistribute");
    expect(result.value.minCoverage).toBe(0.5);
  });

  test("every problem is collected in one pass", () => {
    const result = normalizeModel({
      metrics: [
        { column: "NPS", pillar: "Happiness" },
        { column: "Tickets", pillar: "Satisfaction", method: "guess" },
        { column: "Seats", pillar: "Adoption", weight: -1 },
      ],
      pillarWeights: { Engagement: 1, Satisfaction: -2, Adoption: 1, Outcomes: 1 },
      bands: { healthy: 40, watch: 70 },
      missingPolicy: "ignore",
      minCoverage: 50,
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((issue) => issue.code)).toEqual([
      "unknown-pillar",
      "unknown-method",
      "negative-weight",
      "negative-weight",
      "bands-out-of-order",
      "unknown-policy",
      "invalid-field",
    ]);
  });

  test("issues are worded with path, value and what is allowed", () => {
    const result = normalizeModel({ metrics: [{ column: "NPS", pillar: "Happiness" }] });
    if (result.ok) throw new Error("expected an issue");
    expect(result.issues.map(formatIssue)).toEqual([
      'metrics[0].pillar: "Happiness" is not a pillar. Expected one of "Engagement", "Satisfaction", "Adoption", "Outcomes".',
    ]);
  });

  test("all-zero pillar weights are rejected", () => {
    const result = normalizeModel({ metrics: [], pillarWeights: [0, 0, 0, 0] });
    expect(result.ok ? [] : result.issues.map((issue) => issue.code)).toEqual(["all-zero-weights"]);
  });

  test("method parameters are checked", () => {
    const result = normalizeModel({
      metrics: [
        { column: "a", pillar: "Outcomes", method: { kind: "target", floor: 5, target: 5 } },
        { column: "b", pillar: "Outcomes", method: { kind: "tiers", cuts: [10, 20], points: [0, 100] } },
        { column: "c", pillar: "Outcomes", method: { kind: "thresholds", points: [[10, 0], [5, 100]] } },
        { column: "d", pillar: "Outcomes", method: { kind: "scale", low: 5, high: 1 } },
        { column: "e", pillar: "Adoption", method: { kind: "ratio", denominator: "Seats", then: "category" } },
      ],
    });
    expect(result.ok ? [] : result.issues.map((issue) => `${issue.code} ${"path" in issue ? issue.path : ""}`)).toEqual([
      "invalid-parameter metrics[0].method.target",
      "invalid-parameter metrics[1].method.points",
      "invalid-parameter metrics[2].method.points[1][0]",
      "invalid-parameter metrics[3].method.high",
      "invalid-parameter metrics[4].method.then",
    ]);
  });

  test("direction follows the parameters and must agree with them", () => {
    const implied = normalizeModel({ metrics: [{ column: "Response", pillar: "Engagement", method: { kind: "target", floor: 48, target: 4 } }] });
    if (!implied.ok) throw new Error("expected a valid model");
    expect(implied.value.metrics[0]?.direction).toBe("lower");

    const conflict = normalizeModel({ metrics: [{ column: "Response", pillar: "Engagement", direction: "higher", method: { kind: "target", floor: 48, target: 4 } }] });
    expect(conflict.ok ? [] : conflict.issues.map((issue) => issue.code)).toEqual(["direction-conflict"]);
  });

  test("pillar names are matched without case", () => {
    const result = normalizeModel({ metrics: [{ column: "NPS", pillar: "satisfaction " }] });
    if (!result.ok) throw new Error("expected a valid model");
    expect(result.value.metrics[0]?.pillar).toBe("Satisfaction");
  });

  test("a non-object is rejected", () => {
    expect(normalizeModel([1, 2]).ok).toBe(false);
  });

  test("overrides need a band or score, a reason, an owner and an expiry", () => {
    const result = normalizeModel({ metrics: [], overrides: [{ account: "Acme", reason: "", owner: "Dana", expires: "31/12/2026" }] });
    expect(result.ok ? [] : result.issues.map((issue) => ("path" in issue ? `${issue.code} ${issue.path}` : issue.code))).toEqual([
      "missing-field overrides[0].band",
      "missing-field overrides[0].reason",
      "invalid-field overrides[0].expires",
    ]);
  });

  test("segment weights need the segment column", () => {
    const result = normalizeModel({ metrics: [], segmentWeights: { SMB: [1, 1, 1, 1] } });
    expect(result.ok ? [] : result.issues.map((issue) => issue.code)).toEqual(["missing-field"]);
  });

  test("trend, version and change log are read", () => {
    const result = normalizeModel({
      metrics: [],
      trend: { periods: 6, declineThreshold: 3 },
      version: 4,
      changeLog: [{ version: 4, date: "2026-11-02", author: "Dana Lee", change: "Outcomes weight 25 → 40" }],
    });
    if (!result.ok) throw new Error("expected a valid model");
    expect(result.value.trend).toEqual({ periods: 6, declineThreshold: 3 });
    expect(result.value.version).toBe(4);
    expect(result.value.changeLog).toHaveLength(1);
  });
});

import { formatIssue } from "../../src/core/messages/issues";
import { normalizePillarWeights } from "../../src/core/weights";

describe("pillar weights", () => {
  test("25/25/25/25, 1/1/1/1 and 0.25 each mean the same", () => {
    for (const weights of [[25, 25, 25, 25], [1, 1, 1, 1], [0.25, 0.25, 0.25, 0.25]]) {
      expect(normalizePillarWeights(weights)).toEqual({ ok: true, value: [0.25, 0.25, 0.25, 0.25] });
    }
  });

  test("negative weight names the pillar", () => {
    const result = normalizePillarWeights([1, -1, 1, 1]);
    if (result.ok) throw new Error("expected an issue");
    expect(result.issues.map(formatIssue)).toEqual(["pillarWeights.Satisfaction: weight -1 is not allowed. Expected a number of 0 or more."]);
  });

  test("all-zero weights are an error", () => {
    const result = normalizePillarWeights([0, 0, 0, 0]);
    if (result.ok) throw new Error("expected an issue");
    expect(result.issues.map(formatIssue)).toEqual(["pillarWeights: every weight is 0, so nothing would count. Expected at least one weight above 0."]);
  });
});

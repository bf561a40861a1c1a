import { readFileSync } from "node:fs";
import { join } from "node:path";
import { readCsvGrid } from "../../src/cli/read/csv-grid";
import { proposeModel } from "../../src/core/automap";
import type { HealthModel } from "../../src/core/model";
import { messages } from "../../src/taskpane/messages";
import { nameFromToken } from "../../src/taskpane/office-author";
import { describeChanges, sameModelSheet, versionModel } from "../../src/taskpane/versions/model-version";

const [headers = [], ...rows] = readCsvGrid(readFileSync(join(__dirname, "../../samples/portfolio.csv")), "portfolio.csv");
const model = proposeModel({ headers: headers.map(String), rows, firstRowNumber: 2 }, { asOf: "2026-11-30" }).model;
const stamp = { date: "2026-12-01", author: "Rita Lopez" };

describe("versionModel", () => {
  it("logs the first save as version 1", () => {
    const { model: saved, changes } = versionModel(null, model, stamp, messages.changeLog.summary);
    expect(saved.version).toBe(1);
    expect(saved.changeLog).toEqual([{ version: 1, date: "2026-12-01", author: "Rita Lopez", change: "Created the model." }]);
    expect(changes).toEqual([{ kind: "created" }]);
  });

  it("keeps an unchanged model's version and log", () => {
    const onSheet = versionModel(null, model, stamp, messages.changeLog.summary).model;
    const again = versionModel(onSheet, { ...model, version: 1, changeLog: [] }, { ...stamp, date: "2026-12-02" }, messages.changeLog.summary);
    expect(again.changes).toEqual([]);
    expect(again.model).toEqual(onSheet);
  });

  it("raises the version and logs weights and thresholds", () => {
    const onSheet = versionModel(null, model, stamp, messages.changeLog.summary).model;
    const draft: HealthModel = { ...onSheet, pillarWeights: { Engagement: 20, Satisfaction: 20, Adoption: 20, Outcomes: 40 }, bands: { ...onSheet.bands, healthy: 75 } };
    const next = versionModel(onSheet, draft, stamp, messages.changeLog.summary).model;
    expect(next.version).toBe(2);
    expect(next.changeLog.map((entry) => entry.version)).toEqual([1, 2]);
    expect(next.changeLog[1]?.change).toBe("Weights (E/S/A/O) 25/25/25/25 → 20/20/20/40; Thresholds 70/40 → 75/40.");
  });

  it("names added and removed metrics", () => {
    const draft: HealthModel = { ...model, metrics: model.metrics.filter((metric) => metric.column !== "Weekly Logins") };
    expect(messages.changeLog.summary(describeChanges(model, draft))).toBe("Mapping: removed Weekly Logins.");
  });

  it("treats scaled weights as equal", () => {
    expect(sameModelSheet(model, { ...model, pillarWeights: { Engagement: 1, Satisfaction: 1, Adoption: 1, Outcomes: 1 } })).toBe(true);
    expect(sameModelSheet(model, { ...model, pillarWeights: { Engagement: 1, Satisfaction: 1, Adoption: 1, Outcomes: 2 } })).toBe(false);
  });
});

describe("nameFromToken", () => {
  const token = (claims: object): string => `e30.${Buffer.from(JSON.stringify(claims)).toString("base64url")}.signature`;

  it("reads the name claim", () => {
    expect(nameFromToken(token({ name: "Rita López", preferred_username: "rita@example.com" }))).toBe("Rita López");
  });

  it("falls back to the user name", () => {
    expect(nameFromToken(token({ preferred_username: "rita@example.com" }))).toBe("rita@example.com");
  });

  it("returns null for a malformed token", () => {
    expect(nameFromToken("not-a-token")).toBeNull();
    expect(nameFromToken("e30.%%%.x")).toBeNull();
  });
});

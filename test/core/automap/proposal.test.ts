import fc from "fast-check";
import { proposeModel, type MappingProposal } from "../../../src/core/automap";
import { AUTOMAP_REASONS } from "../../../src/core/messages/automap";
import { DEFAULT_BANDS, DEFAULT_MIN_COVERAGE, DEFAULT_MISSING_POLICY, DEFAULT_PILLAR_WEIGHTS } from "../../../src/core/model";
import { scorePortfolio } from "../../../src/core/score";
import type { CellValue } from "../../../src/core/table";
import { tableOf } from "./table-of";

/** A small portfolio that feeds every pillar, in the layout CSMs paste into Excel. */
const PORTFOLIO_HEADERS = ["Account ID", "Customer", "Segment", "Meetings_90d", "Logins_Last_30d", "NPS", "Active_Users", "Total_Seats", "ARR", "ROI", "Churned"];
const PORTFOLIO_ROWS: readonly (readonly CellValue[])[] = [
  ["CUST-0001", "Acme", "SMB", 4, 120, 40, 18, 20, 60000, 1.4, "No"],
  ["CUST-0002", "Globex", "Enterprise", 9, 520, -10, 150, 200, 450000, 0.8, "Yes"],
  ["CUST-0003", "Initech", "SMB", 2, 30, 72, 5, 25, "12,000", 2.1, "No"],
];

function roleOf(proposal: MappingProposal, column: string): string | undefined {
  return proposal.columns.find((role) => role.column === column)?.role;
}

describe("proposeModel", () => {
  const proposal = proposeModel(tableOf(PORTFOLIO_HEADERS, PORTFOLIO_ROWS));

  it("returns one role per header in order", () => {
    expect(proposal.columns.map((role) => role.column)).toEqual(PORTFOLIO_HEADERS);
  });

  it("fills the model defaults", () => {
    expect(proposal.model).toMatchObject({
      pillarWeights: DEFAULT_PILLAR_WEIGHTS,
      bands: DEFAULT_BANDS,
      missingPolicy: DEFAULT_MISSING_POLICY,
      minCoverage: DEFAULT_MIN_COVERAGE,
      asOf: null,
    });
    expect(proposal.model.metrics.every((metric) => metric.weight === 1)).toBe(true);
  });

  it("names account, segment and outcome", () => {
    expect(proposal.model.accountColumn).toBe("Customer");
    expect(proposal.model.segmentColumn).toBe("Segment");
    expect(proposal.model.outcomeColumn).toBe("Churned");
  });

  it("lists metrics in sheet order", () => {
    expect(proposal.model.metrics.map((metric) => [metric.column, metric.pillar])).toEqual([
      ["Meetings_90d", "Engagement"],
      ["Logins_Last_30d", "Adoption"],
      ["NPS", "Satisfaction"],
      ["Active_Users", "Adoption"],
      ["ROI", "Outcomes"],
    ]);
  });

  it("ignores ARR as account size", () => {
    expect(proposal.columns.find((role) => role.column === "ARR")).toMatchObject({ role: "ignored", reason: AUTOMAP_REASONS.accountSize });
  });

  it("reports no issue when every pillar is fed", () => {
    expect(proposal.issues).toEqual([]);
  });

  it("samples the values", () => {
    expect(proposal.columns.find((role) => role.column === "Segment")?.sample).toEqual(["SMB", "Enterprise"]);
  });

  it("passes the as-of date through", () => {
    expect(proposeModel(tableOf(PORTFOLIO_HEADERS, PORTFOLIO_ROWS), { asOf: "2025-01-31" }).model.asOf).toBe("2025-01-31");
  });
});

describe("proposeModel ratio", () => {
  it("divides active users by seats", () => {
    const proposal = proposeModel(tableOf(["Active_Users", "Licensed Seats"], [[18, 20], [150, 200]]));

    expect(proposal.model.metrics).toEqual([
      {
        column: "Active_Users",
        pillar: "Adoption",
        method: { kind: "ratio", denominator: "Licensed Seats", then: { kind: "percentile" } },
        direction: "higher",
        weight: 1,
      },
    ]);
    expect(proposal.columns[1]).toMatchObject({ role: "ignored", reason: AUTOMAP_REASONS.denominatorOf(["Active_Users"]) });
  });

  it("pairs with seats on either side", () => {
    const proposal = proposeModel(tableOf(["seats", "Seats used"], [[20, 18], [200, 150]]));

    expect(proposal.model.metrics[0]?.method).toEqual({ kind: "ratio", denominator: "seats", then: { kind: "percentile" } });
  });

  it("ranks active users alone without seats", () => {
    const proposal = proposeModel(tableOf(["Active Users"], [[18], [150]]));

    expect(proposal.model.metrics[0]).toMatchObject({ pillar: "Adoption", method: { kind: "percentile" } });
  });

  it("ignores seats alone", () => {
    const proposal = proposeModel(tableOf(["seats"], [[20], [200]]));

    expect(proposal.columns[0]).toMatchObject({ role: "ignored", reason: AUTOMAP_REASONS.seatsAlone });
  });

  it("uses the leftmost seats column", () => {
    const proposal = proposeModel(tableOf(["Active_Users", "Total_Seats", "Licenses"], [[18, 20, 25], [150, 200, 210]]));

    expect(proposal.columns[2]).toMatchObject({ role: "ignored", reason: AUTOMAP_REASONS.otherDenominator("Total_Seats") });
  });
});

describe("proposeModel singletons", () => {
  it("keeps one account, the name over the code", () => {
    const proposal = proposeModel(tableOf(["Account", "Company name"], [["AC-1", "Acme"], ["AC-2", "Globex"]]));

    expect(proposal.model.accountColumn).toBe("Company name");
    expect(proposal.columns[0]).toMatchObject({ role: "ignored", reason: AUTOMAP_REASONS.alreadyAccount("Company name") });
  });

  it("keeps one segment, the best word first", () => {
    const proposal = proposeModel(tableOf(["Region", "Segment"], [["EMEA", "SMB"], ["APAC", "SMB"]]));

    expect(proposal.model.segmentColumn).toBe("Segment");
    expect(roleOf(proposal, "Region")).toBe("ignored");
  });

  it("keeps one outcome, the churn label over the status", () => {
    const headers = ["Customer Status", "Churn Label", "Churn Value"];
    const proposal = proposeModel(tableOf(headers, [["Stayed", "No", 0], ["Churned", "Yes", 1]]));

    expect(proposal.model.outcomeColumn).toBe("Churn Label");
    expect(proposal.columns.map((role) => role.role)).toEqual(["ignored", "outcome", "ignored"]);
    expect(proposal.columns[2]?.reason).toBe(AUTOMAP_REASONS.alreadyOutcome("Churn Label"));
  });

  it("prefers a status with a third state over a churn flag", () => {
    const headers = ["Churned", "Status"];
    const rows = [["Yes", "Churned"], ["No", "Joined"], ["No", "Renewed"], ["No", "Downgraded"]];
    const proposal = proposeModel(tableOf(headers, rows));

    expect(proposal.model.outcomeColumn).toBe("Status");
    expect(proposal.columns[0]).toMatchObject({ role: "ignored", reason: AUTOMAP_REASONS.alreadyOutcome("Status") });
    expect(proposal.model.metrics).toEqual([]);
  });

  it("prefers a status that separates joined accounts", () => {
    const headers = ["Customer Status", "Churn Label"];
    const proposal = proposeModel(tableOf(headers, [["Stayed", "No"], ["Churned", "Yes"], ["Joined", "No"]]));

    expect(proposal.model.outcomeColumn).toBe("Customer Status");
    expect(proposal.columns[1]?.reason).toBe(AUTOMAP_REASONS.alreadyOutcome("Customer Status"));
  });
});

describe("proposeModel outcome", () => {
  it.each([
    ["Churn", ["Yes", "No"]],
    ["Renewed", ["TRUE", "FALSE"]],
    ["Churn Value", [1, 0]],
    ["Status", ["Stayed", "Churned"]],
    ["Status", ["Churned", "Renewed", "Joined", "Downgraded"]],
  ])("never scores %j", (header, values) => {
    const proposal = proposeModel(tableOf([header], values.map((value) => [value])));

    expect(proposal.model.outcomeColumn).toBe(header);
    expect(proposal.model.metrics).toEqual([]);
  });
});

describe("proposeModel squashed headers", () => {
  const headers = ["Customerid ", "Avgmonthlygbdownload ", "Numberofreferrals ", "Tenureinmonths ", "Totalrevenue ", "Customerstatus "];
  const proposal = proposeModel(tableOf(headers, [["0002-ORFBO", 16, 2, 9, 974.81, "Stayed"], ["0003-MKNFE", 10, 0, 9, 610.28, "Churned"]]));

  it("keeps headers as written", () => {
    expect(proposal.columns.map((role) => role.column)).toEqual(headers);
  });

  it("maps each squashed header", () => {
    expect(proposal.columns.map((role) => role.metric?.pillar ?? role.role)).toEqual(["ignored", "Adoption", "Outcomes", "ignored", "ignored", "outcome"]);
    expect(proposal.columns[3]?.reason).toBe(AUTOMAP_REASONS.tenure);
    expect(proposal.columns[4]?.reason).toBe(AUTOMAP_REASONS.accountSize);
    expect(proposal.model.outcomeColumn).toBe("Customerstatus ");
  });
});

describe("proposeModel bad cells", () => {
  const table = tableOf(["Customer", "Weekly Logins"], [["A", 300], ["B", 10], ["C", 100], ["D", 50], ["E", "abc"], ["F", 200]]);
  const proposal = proposeModel(table);

  it("keeps a column with one bad cell", () => {
    expect(proposal.model.metrics).toEqual([
      { column: "Weekly Logins", pillar: "Adoption", method: { kind: "percentile" }, direction: "higher", weight: 1 },
    ]);
  });

  it("says the bad cell is reported", () => {
    const reason = `${AUTOMAP_REASONS.metric("logins", "higher")} ${AUTOMAP_REASONS.someNotNumbers(1, 6)}`;
    expect(proposal.columns[1]?.reason).toBe(reason);
  });

  it("reports the bad cell by row when scored", () => {
    const scored = scorePortfolio(table, proposal.model);
    if (!scored.ok) throw new Error(`Scoring failed: ${JSON.stringify(scored.issues)}`);

    // "abc" is the fifth data row, sheet row 6 because the header is row 1.
    const cellIssues = scored.value.issues.filter((issue) => issue.code !== "pillar-without-metric");
    expect(cellIssues).toHaveLength(1);
    expect(cellIssues[0]).toMatchObject({ column: "Weekly Logins", row: 6 });
  });
});

describe("proposeModel NPS scale", () => {
  /** Scores a one-column NPS table with the proposed model and returns the first account's NPS score. */
  function firstNpsScore(values: readonly number[]): number {
    const table = tableOf(["Customer", "NPS"], values.map((value, index) => [`Account ${index}`, value]));
    const scored = scorePortfolio(table, proposeModel(table).model);
    if (!scored.ok) throw new Error(`Scoring failed: ${JSON.stringify(scored.issues)}`);
    return scored.value.metrics[0]?.scores[0] ?? Number.NaN;
  }

  it("scores an account NPS of 10 at 55", () => {
    // No value is below 7, so the column is read as account aggregates: (10 + 100) / 200 × 100 = 55.
    expect(firstNpsScore([10, 8, 9])).toBeCloseTo(55, 9);
  });

  it("scores a response of 10 at 100", () => {
    // 3 is a detractor response, so the column is read on 0–10: 10 / 10 × 100 = 100.
    expect(firstNpsScore([10, 3, 9])).toBe(100);
  });
});

describe("proposeModel empty pillars", () => {
  it("reports each pillar no metric feeds", () => {
    const proposal = proposeModel(tableOf(["Customer", "NPS"], [["Acme", 40], ["Globex", -10]]));

    expect(proposal.issues).toEqual([
      { code: "pillar-without-metric", pillar: "Engagement" },
      { code: "pillar-without-metric", pillar: "Adoption" },
      { code: "pillar-without-metric", pillar: "Outcomes" },
    ]);
  });

  it("reports all four for a table without rows", () => {
    const proposal = proposeModel(tableOf(["Customer", "NPS"], []));

    expect(proposal.issues).toHaveLength(4);
    expect(proposal.columns.map((role) => role.reason)).toEqual([AUTOMAP_REASONS.noValues, AUTOMAP_REASONS.noValues]);
  });
});

describe("proposeModel determinism", () => {
  it("returns the same proposal twice", () => {
    const table = tableOf(PORTFOLIO_HEADERS, PORTFOLIO_ROWS);

    expect(proposeModel(table)).toEqual(proposeModel(table));
  });

  it("ignores row order", () => {
    const withoutSamples = (proposal: MappingProposal): unknown => ({
      model: proposal.model,
      issues: proposal.issues,
      roles: proposal.columns.map(({ column, role, metric, reason }) => ({ column, role, metric, reason })),
    });
    const expected = withoutSamples(proposeModel(tableOf(PORTFOLIO_HEADERS, PORTFOLIO_ROWS)));

    fc.assert(
      fc.property(fc.shuffledSubarray([...PORTFOLIO_ROWS], { minLength: PORTFOLIO_ROWS.length }), (rows) => {
        expect(withoutSamples(proposeModel(tableOf(PORTFOLIO_HEADERS, rows)))).toEqual(expected);
      }),
      { seed: 20240601, numRuns: 50 },
    );
  });
});

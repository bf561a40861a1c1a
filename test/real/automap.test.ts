import { readFileSync } from "fs";
import path from "path";
import { parse } from "csv-parse/sync";
import { proposeModel, type ColumnRole, type MappingProposal } from "../../src/core/automap";
import type { Issue } from "../../src/core/issues";
import { AUTOMAP_REASONS } from "../../src/core/messages/automap";
import type { Metric } from "../../src/core/model";
import { normalizeModel } from "../../src/core/normalize-model";
import { scorePortfolio } from "../../src/core/score";
import type { Table } from "../../src/core/table";

/** The public data files, published by others and kept outside the project with their original bytes. */
const DATA = path.resolve(__dirname, "../../../shared/data");

/** Reads a CSV as a table of text cells, dropping a UTF-8 byte-order mark. */
function readCsv(file: string): Table {
  const records: string[][] = parse(readFileSync(path.join(DATA, file)), { bom: true });
  const [headers = [], ...rows] = records;
  return { headers, rows, firstRowNumber: 2 };
}

function roleOf(proposal: MappingProposal, column: string): ColumnRole | undefined {
  return proposal.columns.find((role) => role.column === column);
}

function metricOf(proposal: MappingProposal, column: string): Metric | undefined {
  return proposal.model.metrics.find((metric) => metric.column === column);
}

function emptyPillars(issues: readonly Issue[]): readonly string[] {
  return issues.flatMap((issue) => (issue.code === "pillar-without-metric" ? [issue.pillar] : []));
}

const FILES = ["cs-health-dashboard-sample.csv", "ibm-telco-churn.csv", "maven-telecom-churn.csv", "ravenstack_accounts.csv"];

describe.each(FILES)("automap proposal for %s", (file) => {
  const table = readCsv(file);
  const proposal = proposeModel(table);

  it("passes model validation", () => {
    expect(normalizeModel(proposal.model)).toEqual({ ok: true, value: proposal.model });
  });

  it("scores every row", () => {
    const scored = scorePortfolio(table, proposal.model, { asOf: "2025-01-31" });

    expect(scored.ok).toBe(true);
    expect(scored.ok ? scored.value.size : 0).toBe(table.rows.length);
  });
});

describe("automap on cs-health-dashboard-sample.csv", () => {
  const proposal = proposeModel(readCsv("cs-health-dashboard-sample.csv"));

  it("finds account and segment", () => {
    expect(proposal.model.accountColumn).toBe("Customer");
    expect(proposal.model.segmentColumn).toBe("Segment");
  });

  it("divides active users by seats", () => {
    expect(metricOf(proposal, "Active_Users")).toMatchObject({
      pillar: "Adoption",
      method: { kind: "ratio", denominator: "Total_Seats", then: { kind: "percentile" } },
    });
    expect(roleOf(proposal, "Total_Seats")?.role).toBe("ignored");
  });

  it("puts NPS on -100 to 100", () => {
    // The file's NPS is an account aggregate with one negative value (-10).
    expect(metricOf(proposal, "NPS")).toMatchObject({ pillar: "Satisfaction", method: { kind: "scale", low: -100, high: 100 } });
  });

  it("puts CSAT on 1 to 5", () => {
    expect(metricOf(proposal, "CSAT")).toMatchObject({ pillar: "Satisfaction", method: { kind: "scale", low: 1, high: 5 } });
  });

  it("scores fewer tickets higher", () => {
    expect(metricOf(proposal, "Tickets_Last_90d")).toMatchObject({ pillar: "Satisfaction", direction: "lower" });
  });

  it("ignores ARR as account size", () => {
    expect(roleOf(proposal, "ARR")).toMatchObject({ role: "ignored", reason: AUTOMAP_REASONS.accountSize });
  });

  it("puts logins in Adoption", () => {
    expect(metricOf(proposal, "Logins_Last_30d")?.pillar).toBe("Adoption");
  });

  it("leaves Engagement and Outcomes empty", () => {
    // With logins in Adoption and ARR ignored, no column measures contact with the vendor or results.
    expect(emptyPillars(proposal.issues)).toEqual(["Engagement", "Outcomes"]);
  });

  it("has no outcome label", () => {
    // The file has no churn, renewal or status column.
    expect(proposal.model.outcomeColumn).toBeNull();
  });
});

describe("automap on ibm-telco-churn.csv", () => {
  const proposal = proposeModel(readCsv("ibm-telco-churn.csv"));

  it("keeps Churn as the outcome", () => {
    expect(proposal.model.outcomeColumn).toBe("Churn");
    expect(metricOf(proposal, "Churn")).toBeUndefined();
  });

  it("ignores customerID", () => {
    expect(roleOf(proposal, "customerID")?.role).toBe("ignored");
  });

  it("scores Contract length in Outcomes", () => {
    expect(metricOf(proposal, "Contract")).toMatchObject({
      pillar: "Outcomes",
      method: { kind: "category", scores: { "month-to-month": 0, "one year": 50, "two year": 100 } },
    });
  });

  it("ignores tenure", () => {
    expect(roleOf(proposal, "tenure")).toMatchObject({ role: "ignored", reason: AUTOMAP_REASONS.tenure });
  });

  it("ignores the charges as account size", () => {
    expect(roleOf(proposal, "MonthlyCharges")).toMatchObject({ role: "ignored", reason: AUTOMAP_REASONS.accountSize });
    expect(roleOf(proposal, "TotalCharges")).toMatchObject({ role: "ignored", reason: AUTOMAP_REASONS.accountSize });
  });

  it("leaves Engagement, Satisfaction and Adoption empty", () => {
    // The file has no usage, survey or support column, and no rule maps its add-on flags.
    expect(emptyPillars(proposal.issues)).toEqual(["Engagement", "Satisfaction", "Adoption"]);
  });
});

describe("automap on maven-telecom-churn.csv", () => {
  const proposal = proposeModel(readCsv("maven-telecom-churn.csv"));

  it("keeps trailing spaces in headers", () => {
    expect(proposal.columns[0]?.column).toBe("Customerid ");
  });

  it("keeps Customerstatus as the outcome", () => {
    expect(proposal.model.outcomeColumn).toBe("Customerstatus ");
  });

  it("ignores Customerid", () => {
    expect(roleOf(proposal, "Customerid ")?.role).toBe("ignored");
  });

  it("maps the squashed metric headers", () => {
    expect(metricOf(proposal, "Avgmonthlygbdownload ")?.pillar).toBe("Adoption");
    expect(metricOf(proposal, "Totalrefunds ")).toMatchObject({ pillar: "Satisfaction", direction: "lower" });
    expect(metricOf(proposal, "Numberofreferrals ")?.pillar).toBe("Outcomes");
  });

  it("ignores tenure, revenue and charges", () => {
    expect(roleOf(proposal, "Tenureinmonths ")?.reason).toBe(AUTOMAP_REASONS.tenure);
    for (const column of ["Totalrevenue ", "Monthlycharge ", "Totalcharges ", "Totalextradatacharges ", "Totallongdistancecharges "]) {
      expect(roleOf(proposal, column)?.reason).toBe(AUTOMAP_REASONS.accountSize);
    }
  });

  it("ignores the churn category and reason", () => {
    expect(roleOf(proposal, "Churncategory ")?.role).toBe("ignored");
    expect(roleOf(proposal, "Churnreason ")?.role).toBe("ignored");
  });

  it("leaves Engagement empty", () => {
    // Avgmonthlygbdownload is product use, so Adoption; no column measures contact with the vendor.
    expect(emptyPillars(proposal.issues)).toEqual(["Engagement"]);
  });
});

describe("automap on ravenstack_accounts.csv", () => {
  const proposal = proposeModel(readCsv("ravenstack_accounts.csv"));

  it("finds account, segment and outcome", () => {
    expect(proposal.model.accountColumn).toBe("account_name");
    expect(proposal.model.segmentColumn).toBe("plan_tier");
    expect(proposal.model.outcomeColumn).toBe("churn_flag");
  });

  it("ignores account_id and seats alone", () => {
    expect(roleOf(proposal, "account_id")?.role).toBe("ignored");
    expect(roleOf(proposal, "seats")?.role).toBe("ignored");
  });

  it("leaves every pillar empty", () => {
    // The accounts table has firmographics, seats and the churn flag, but no usage, survey or commercial metric.
    expect(proposal.model.metrics).toEqual([]);
    expect(emptyPillars(proposal.issues)).toEqual(["Engagement", "Satisfaction", "Adoption", "Outcomes"]);
  });
});

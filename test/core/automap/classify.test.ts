import type { ColumnClaim } from "../../../src/core/automap/claim";
import { classifyColumn } from "../../../src/core/automap/classify";
import { DEFAULT_RECENCY } from "../../../src/core/automap/date-rules";
import { profileColumn } from "../../../src/core/automap/profile";
import { AUTOMAP_REASONS } from "../../../src/core/messages/automap";
import type { CellValue } from "../../../src/core/table";
import { columnOf } from "./table-of";

function classify(header: string, values: readonly CellValue[]): ColumnClaim {
  return classifyColumn(header, profileColumn(columnOf(header, values), 0));
}

function metricOf(claim: ColumnClaim): unknown {
  return claim.kind === "metric" ? claim.metric : null;
}

describe("classifyColumn identifiers", () => {
  it.each(["customerID", "account_id", "Customer ID", "Customerid ", "Account Key", "uuid", "Zipcode "])("ignores %j", (header) => {
    expect(classify(header, ["A-1", "A-2"])).toEqual({ kind: "ignored", reason: AUTOMAP_REASONS.identifier });
  });

  it("ignores distinct codes", () => {
    expect(classify("Ref", ["CUST-0001", "CUST-0002", "CUST-0003"])).toEqual({
      kind: "ignored",
      reason: AUTOMAP_REASONS.codeValues,
    });
  });

  it("keeps a header that only ends in id letters", () => {
    expect(classify("Paid", [10, 20])).toEqual({ kind: "ignored", reason: AUTOMAP_REASONS.numberUnrecognised });
  });
});

describe("classifyColumn account", () => {
  it("claims distinct names", () => {
    expect(classify("Customer", ["Acme", "Globex"])).toEqual({ kind: "account", rank: 0, reason: AUTOMAP_REASONS.account });
  });

  it("ranks codes below names", () => {
    expect(classify("Account", ["CUST-0001", "CUST-0002"])).toMatchObject({ kind: "account", rank: 1 });
  });

  it("skips repeated names", () => {
    expect(classify("Company", ["Acme", "Acme"]).kind).toBe("ignored");
  });
});

describe("classifyColumn segment", () => {
  it("claims few text values", () => {
    expect(classify("Segment", ["SMB", "Enterprise", "SMB"])).toEqual({ kind: "segment", rank: 0, reason: AUTOMAP_REASONS.segment(2) });
  });

  it("ranks tier below segment", () => {
    expect(classify("plan_tier", ["Basic", "Pro"])).toMatchObject({ kind: "segment", rank: 1 });
  });

  it("ignores more than twelve values", () => {
    const values = Array.from({ length: 13 }, (_, index) => `Region ${String.fromCharCode(65 + index)}`);

    expect(classify("Region", values)).toEqual({ kind: "ignored", reason: AUTOMAP_REASONS.tooManySegments(13, 12) });
  });
});

describe("classifyColumn outcome", () => {
  it.each([
    ["Churn", ["Yes", "No"]],
    ["churn_flag", ["True", "False"]],
    ["Churn Value", ["1.0", "0.0"]],
    ["Customerstatus ", ["Stayed", "Churned", "Joined"]],
    ["Renewed", [true, false]],
  ])("claims %j", (header, values) => {
    expect(classify(header, values).kind).toBe("outcome");
  });

  it("prefers a churn label over a status", () => {
    expect(classify("Churn Label", ["Yes", "No"])).toMatchObject({ rank: 0 });
    expect(classify("Customer Status", ["Stayed", "Churned"])).toMatchObject({ rank: 2 });
  });

  it("ignores a churn score as a leak", () => {
    expect(classify("Churn Score", [27, 61, 86])).toEqual({ kind: "ignored", reason: AUTOMAP_REASONS.churnScoreLeak });
  });

  it("skips a status with other labels", () => {
    expect(classify("Status", ["Open", "Closed"]).kind).toBe("ignored");
  });

  it("claims a status with a downgraded state", () => {
    const claim = classify("Status", ["Churned", "Renewed", "Joined", "Downgraded"]);

    // A third state (Joined, Downgraded) ranks the status above every yes/no label, at -1.
    expect(claim).toEqual({ kind: "outcome", rank: -1, reason: AUTOMAP_REASONS.outcome(["Churned", "Renewed", "Joined", "Downgraded"]) });
  });

  it.each([
    ["Churned", "Stayed", "Upgraded", "Paused", "Suspended", "Trial", "Pending", "Onboarding"],
    ["Cancelled", "Active", "Expanded"],
    ["Lost", "Won", "On hold"],
  ])("claims status words with %j", (...labels) => {
    expect(classify("Account Status", labels).kind).toBe("outcome");
  });

  it("skips more than eight status labels", () => {
    const labels = ["Churned", "Stayed", "Upgraded", "Paused", "Suspended", "Trial", "Pending", "Onboarding", "Expanded"];
    expect(classify("Status", labels).kind).not.toBe("outcome");
  });

  it.each([
    ["no retained word", ["Churned", "Joined", "Downgraded"]],
    ["no churned word", ["Renewed", "Upgraded", "Paused"]],
    ["third states only", ["Trial", "Onboarding"]],
    ["a flag among status words", ["Churned", "Stayed", "Yes"]],
    ["an unknown word", ["Churned", "Stayed", "Frozen"]],
  ])("skips a status with %s", (_, labels) => {
    expect(classify("Status", labels).kind).not.toBe("outcome");
  });
});

describe("classifyColumn free text", () => {
  it.each(["Notes", "CSM comment", "Churn Reason", "Churncategory ", "feedback_text"])("ignores %j", (header) => {
    expect(classify(header, ["Price", "Competitor"])).toEqual({ kind: "ignored", reason: AUTOMAP_REASONS.freeText });
  });

  it("ignores long distinct text", () => {
    const values = ["Customer asked about the renewal terms again", "Champion left the company in March"];

    expect(classify("Misc", values)).toEqual({ kind: "ignored", reason: AUTOMAP_REASONS.freeText });
  });
});

describe("classifyColumn dates", () => {
  it("scores a last-login date by recency", () => {
    expect(metricOf(classify("Last Login", ["2024-10-01", "2024-09-01"]))).toEqual({
      column: "Last Login",
      pillar: "Engagement",
      method: DEFAULT_RECENCY,
      direction: "lower",
      weight: 1,
    });
  });

  it("scores Excel date serials by recency", () => {
    // 45566 is 2024-10-01 in Excel's 1900 date system.
    expect(metricOf(classify("last_contact_date", [45566, 45500]))).toMatchObject({ method: { kind: "recency" } });
  });

  it("reads small numbers as days since", () => {
    expect(metricOf(classify("Last seen (days)", [3, 40]))).toMatchObject({ pillar: "Engagement", method: { kind: "percentile" }, direction: "lower" });
  });

  it.each(["Signup Date", "Renewal_Date", "end_date", "Created"])("ignores %j", (header) => {
    expect(classify(header, ["2025-03-15", "2025-01-20"])).toEqual({ kind: "ignored", reason: AUTOMAP_REASONS.otherDate });
  });
});

describe("classifyColumn metrics", () => {
  it("ranks a recognised number by percentile", () => {
    expect(metricOf(classify("Tickets_Last_90d", [38, 52]))).toEqual({
      column: "Tickets_Last_90d",
      pillar: "Satisfaction",
      method: { kind: "percentile" },
      direction: "lower",
      weight: 1,
    });
  });

  it("puts CSAT within 1 to 5 on its scale", () => {
    expect(metricOf(classify("CSAT", ["4.1", "3.6", 5]))).toMatchObject({ method: { kind: "scale", low: 1, high: 5 } });
  });

  it("scores a mostly-best count min-max", () => {
    // Three of five accounts have no tickets, the best value; by percentile they would score
    // 2 of 4 others worse = 50, so min–max (0 tickets → 100) is proposed instead.
    const claim = classify("Tickets_Last_90d", [0, 0, 0, 2, 5]);
    expect(metricOf(claim)).toMatchObject({ method: { kind: "minmax" }, direction: "lower" });
    expect(claim.kind).toBe("metric");
    expect(claim.reason).toBe(AUTOMAP_REASONS.commonBest("support tickets", "lower", "60%"));
  });

  it("ranks CSAT outside 1 to 5 by percentile", () => {
    expect(metricOf(classify("CSAT", ["85%", "92%"]))).toMatchObject({ method: { kind: "percentile" } });
  });

  it("puts an account NPS on -100 to 100", () => {
    expect(metricOf(classify("NPS", [45, -10, 72]))).toMatchObject({ method: { kind: "scale", low: -100, high: 100 } });
  });

  it("puts a response NPS on 0 to 10", () => {
    // Whole numbers from 0 to 10 with a detractor (6, below 7) read as individual responses.
    const claim = classify("NPS", [9, 6, 10]);
    expect(metricOf(claim)).toMatchObject({ method: { kind: "scale", low: 0, high: 10 } });
    expect(claim.kind).toBe("metric");
    expect(claim.reason).toBe(AUTOMAP_REASONS.npsResponses);
  });

  it.each([
    ["no detractor", [10, 8, 9, 7]],
    ["a fraction", [9.5, 6, 10]],
  ])("puts a 0-10 NPS with %s on -100 to 100", (_, values) => {
    const claim = classify("NPS", values);
    expect(metricOf(claim)).toMatchObject({ method: { kind: "scale", low: -100, high: 100 } });
    expect(claim.kind).toBe("metric");
    expect(claim.reason).toBe(AUTOMAP_REASONS.npsAggregate);
  });

  it("ranks an NPS beyond -100 to 100 by percentile", () => {
    expect(metricOf(classify("NPS", [150, 20]))).toMatchObject({ method: { kind: "percentile" } });
  });

  it("scores goal attainment to 100%", () => {
    // Percent cells read as shares: "82%" → 0.82, so the goal is 1 and half of it, 0.5, scores 0.
    const claim = classify("Goal Attainment", ["82%", "107%", "61%"]);
    expect(metricOf(claim)).toMatchObject({ pillar: "Outcomes", method: { kind: "target", floor: 0.5, target: 1 }, direction: "higher" });
    expect(claim.kind).toBe("metric");
    expect(claim.reason).toBe(AUTOMAP_REASONS.goalTarget("goal attainment", "share"));
  });

  it("scores percent of target to 100", () => {
    const claim = classify("Time Saved vs Target (%)", [99, 78, 121]);
    expect(metricOf(claim)).toMatchObject({ pillar: "Outcomes", method: { kind: "target", floor: 50, target: 100 } });
    expect(claim.kind).toBe("metric");
    expect(claim.reason).toBe(AUTOMAP_REASONS.goalTarget("time or cost saved", "points"));
  });

  it.each([
    ["Goals met", [1, 3, 2]],
    ["Hours saved vs target", [40, 120, 500]],
    ["Goal attainment", [-0.2, 0.8, 1.1]],
  ])("ranks %j by percentile", (header, values) => {
    expect(metricOf(classify(header, values))).toMatchObject({ pillar: "Outcomes", method: { kind: "percentile" } });
  });

  it("scores a Yes/No flag of a pillar", () => {
    expect(metricOf(classify("renewal_flag", ["True", "False"]))).toMatchObject({
      pillar: "Outcomes",
      method: { kind: "category", scores: { true: 100, false: 0 } },
    });
  });

  it.each(["Expansion", "upgrade_flag"])("scores no %j as 50", (header) => {
    const claim = classify(header, ["Yes", "No"]);
    expect(metricOf(claim)).toMatchObject({ pillar: "Outcomes", method: { kind: "category", scores: { yes: 100, no: 50 } } });
    expect(claim.kind).toBe("metric");
    expect(claim.reason).toBe(AUTOMAP_REASONS.expansionYesNo);
  });

  it("scores a bad Yes/No flag inverted", () => {
    expect(metricOf(classify("Escalated", ["Yes", "No"]))).toMatchObject({
      pillar: "Satisfaction",
      method: { kind: "category", scores: { yes: 0, no: 100 } },
      direction: "higher",
    });
  });

  it("scores contract length", () => {
    expect(metricOf(classify("Contract", ["Month-to-Month", "One Year", "Two Year"]))).toMatchObject({
      pillar: "Outcomes",
      method: { kind: "category", scores: { "month-to-month": 0, "one year": 50, "two year": 100 } },
    });
  });

  it("scores RAG health in Satisfaction", () => {
    expect(metricOf(classify("Health", ["Red", "Amber", "Green", "Yellow"]))).toMatchObject({
      pillar: "Satisfaction",
      method: { kind: "category", scores: { red: 0, amber: 50, green: 100, yellow: 50 } },
    });
  });

  it("ignores pillar text it cannot score", () => {
    expect(classify("referral_source", ["partner", "organic"])).toEqual({
      kind: "ignored",
      reason: AUTOMAP_REASONS.unscorableText("referrals"),
    });
  });
});

describe("classifyColumn account attributes", () => {
  it.each(["ARR", "MRR", "ACV", "mrr_sum", "Revenue", "Totalrevenue ", "TotalCharges", "Monthlycharge ", "CLTV", "Lifetime value", "Contract Value", "Expansion ARR", "Renewal MRR"])(
    "ignores %j as account size",
    (header) => {
      expect(classify(header, [61000, "$12,400", 87300])).toEqual({ kind: "ignored", reason: AUTOMAP_REASONS.accountSize });
    },
  );

  it.each(["tenure", "Tenureinmonths ", "Customer since (months)"])("ignores %j as tenure", (header) => {
    expect(classify(header, [1, 34, 72])).toEqual({ kind: "ignored", reason: AUTOMAP_REASONS.tenure });
  });

  it("keeps a revenue tier as the segment", () => {
    expect(classify("ARR Tier", ["<10k", "10k-100k", ">100k"])).toMatchObject({ kind: "segment" });
  });

  it.each(["Net revenue retention", "ARR growth", "Expansion ARR %"])("leaves the rate %j to other rules", (header) => {
    expect(classify(header, [1.05, 0.92, 1.2])).not.toEqual({ kind: "ignored", reason: AUTOMAP_REASONS.accountSize });
  });

  it("scores an expansion rate in Outcomes", () => {
    expect(metricOf(classify("Expansion ARR %", ["5%", "12%", "0%"]))).toMatchObject({ pillar: "Outcomes", method: { kind: "percentile" } });
  });
});

describe("classifyColumn unrecognised", () => {
  it("ignores an unknown number", () => {
    expect(classify("Latitude", [29.85, 56.95])).toEqual({ kind: "ignored", reason: AUTOMAP_REASONS.numberUnrecognised });
  });

  it("ignores unknown text", () => {
    expect(classify("gender", ["Female", "Male"])).toEqual({ kind: "ignored", reason: AUTOMAP_REASONS.textUnrecognised });
  });

  it("ignores an empty column", () => {
    expect(classify("NPS", ["", "N/A", null])).toEqual({ kind: "ignored", reason: AUTOMAP_REASONS.noValues });
  });
});

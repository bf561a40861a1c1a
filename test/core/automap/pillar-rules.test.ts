import { normalizeHeader } from "../../../src/core/automap/header";
import { directionFromHeader, matchPillarRule } from "../../../src/core/automap/pillar-rules";

function pillarOf(header: string): string | null {
  return matchPillarRule(normalizeHeader(header))?.pillar ?? null;
}

describe("matchPillarRule", () => {
  it.each([
    ["Meeting attendance %", "Engagement"],
    ["First response time (mins)", "Engagement"],
    ["Stakeholders in calls", "Engagement"],
    ["Client-initiated contacts", "Engagement"],
    ["Engagement score", "Engagement"],
    ["Logins_Last_30d", "Adoption"],
    ["Weekly Logins", "Adoption"],
    ["usage_duration_secs", "Adoption"],
    ["Avgmonthlygbdownload ", "Adoption"],
    ["Active days", "Adoption"],
    ["NPS", "Satisfaction"],
    ["CSAT", "Satisfaction"],
    ["Sentiment", "Satisfaction"],
    ["escalation_flag", "Satisfaction"],
    ["Tickets_Last_90d", "Satisfaction"],
    ["error_count", "Satisfaction"],
    ["Totalrefunds ", "Satisfaction"],
    ["Feature usage count", "Adoption"],
    ["Features used", "Adoption"],
    ["Seat utilisation", "Adoption"],
    ["Add-ons adopted", "Adoption"],
    ["DAU/MAU", "Adoption"],
    ["Goal attainment", "Outcomes"],
    ["ROI", "Outcomes"],
    ["Time saved (hrs)", "Outcomes"],
    ["Expansion", "Outcomes"],
    ["Renewal likelihood", "Outcomes"],
    ["Contract", "Outcomes"],
    ["Numberofreferrals ", "Outcomes"],
  ])("puts %j in %s", (header, pillar) => {
    expect(pillarOf(header)).toBe(pillar);
  });

  // Revenue, lifetime value and tenure have no pillar rule: the attribute rules ignore them.
  it.each(["MonthlyCharges", "MRR", "Totalrevenue ", "CLTV", "Tenureinmonths ", "Age", "Latitude", "Carrier", "Gender"])("leaves %j unmatched", (header) => {
    expect(pillarOf(header)).toBeNull();
  });
});

describe("directionFromHeader", () => {
  it.each([
    "First response time",
    "Resolution time (hours)",
    "Tickets_Last_90d",
    "Escalations",
    "Complaints",
    "error_count",
    "Totalrefunds ",
    "Days since last login",
    "Churn risk",
    "downgrade_flag",
  ])("reads %j as lower is better", (header) => {
    expect(directionFromHeader(header)).toBe("lower");
  });

  it.each(["NPS", "Logins_Last_30d", "ARR", "Upgrades", "Unknown column"])("reads %j as higher is better", (header) => {
    expect(directionFromHeader(header)).toBe("higher");
  });
});

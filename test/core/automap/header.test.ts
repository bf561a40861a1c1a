import { mentions, mentionsWord, normalizeHeader } from "../../../src/core/automap/header";

describe("normalizeHeader", () => {
  it.each([
    ["Tickets_Last_90d", "ticketslast90d", ["tickets", "last", "90d"]],
    ["Customerstatus ", "customerstatus", ["customerstatus"]],
    ["customerID", "customerid", ["customer", "id"]],
    ["NPSScore", "npsscore", ["nps", "score"]],
    ["Time-to-resolve (hrs)", "timetoresolvehrs", ["time", "to", "resolve", "hrs"]],
    ["\uFEFFCustomerid ", "customerid", ["customerid"]],
  ])("normalises %j", (header, squashed, words) => {
    expect(normalizeHeader(header)).toEqual({ squashed, words });
  });

  it("ignores case, spaces, underscores and punctuation", () => {
    const forms = ["Active Users", "active_users", "ACTIVE-USERS", " Active.Users "].map((header) => normalizeHeader(header).squashed);

    expect(new Set(forms)).toEqual(new Set(["activeusers"]));
  });
});

describe("mentions", () => {
  it("finds long keywords inside squashed headers", () => {
    expect(mentions(normalizeHeader("Avgmonthlygbdownload"), "gbdownload")).toBe(true);
  });

  it("finds short keywords as whole words", () => {
    expect(mentions(normalizeHeader("Account NPS"), "nps")).toBe(true);
    expect(mentions(normalizeHeader("Calls_Last_Month"), "call")).toBe(true);
  });

  it("finds short keywords ending a squashed header", () => {
    expect(mentions(normalizeHeader("Totalarr"), "arr")).toBe(true);
  });

  it("skips short keywords inside other words", () => {
    expect(mentions(normalizeHeader("Carrier"), "arr")).toBe(false);
    expect(mentions(normalizeHeader("Snapshot"), "nps")).toBe(false);
  });
});

describe("mentionsWord", () => {
  it("needs short keywords as whole words", () => {
    expect(mentionsWord(normalizeHeader("plan_tier"), "plan")).toBe(true);
    expect(mentionsWord(normalizeHeader("Deviceprotectionplan"), "plan")).toBe(false);
  });
});

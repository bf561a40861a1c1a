import { AUTOMAP_REASONS } from "../../../src/core/messages/automap";

describe("AUTOMAP_REASONS", () => {
  it("words a direction", () => {
    expect(AUTOMAP_REASONS.metric("a response time", "lower")).toBe("Header names a response time: lower is better.");
  });

  it("words a ratio with the trimmed denominator", () => {
    expect(AUTOMAP_REASONS.ratio("Total_Seats ")).toBe('Active users divided by "Total_Seats", ranked as a percentile: higher is better.');
  });

  it("words the denominator of two numerators", () => {
    expect(AUTOMAP_REASONS.denominatorOf(["Active_Users", "Seats used"])).toBe('Used as the denominator of "Active_Users" and "Seats used".');
  });

  it("sorts outcome labels", () => {
    expect(AUTOMAP_REASONS.outcome(["Yes", "No"])).toBe("Header names an outcome (No, Yes), kept for backtesting and never scored.");
  });

  it("words a segment of one value", () => {
    expect(AUTOMAP_REASONS.segment(1)).toBe("Header names a segment with 1 distinct value.");
  });

  it("words the unrecognised number", () => {
    expect(AUTOMAP_REASONS.numberUnrecognised).toBe("Not recognised; map it by hand.");
  });
});

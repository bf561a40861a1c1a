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

  it("words one value that is not a number", () => {
    expect(AUTOMAP_REASONS.someNotNumbers(1, 6)).toBe("1 of 6 values is not a number; scoring reports each by row and counts it as missing.");
  });

  it("words several values that are not numbers", () => {
    expect(AUTOMAP_REASONS.someNotNumbers(2, 9)).toBe("2 of 9 values are not numbers; scoring reports each by row and counts it as missing.");
  });

  it("words a goal target as a share or in points", () => {
    expect(AUTOMAP_REASONS.goalTarget("goal attainment", "share")).toBe("Header names goal attainment against a target: 50% or less scores 0 and 100% or more scores 100.");
    expect(AUTOMAP_REASONS.goalTarget("time or cost saved", "points")).toBe("Header names time or cost saved against a target: 50 or less scores 0 and 100 or more scores 100.");
  });

  it("words the unrecognised number", () => {
    expect(AUTOMAP_REASONS.numberUnrecognised).toBe("Not recognised; map it by hand.");
  });
});

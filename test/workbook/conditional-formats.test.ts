import { checkRuleColors, hasTag, tagFormula } from "../../src/workbook/conditional-formats";

describe("conditional format tags", () => {
  it("wraps the condition so that the marker is always true", () => {
    expect(tagFormula('=$H2="At risk"', "band")).toBe('=AND($H2="At risk",N("health-model:band")=0)');
  });

  it("finds its own tag and no other", () => {
    const formula = tagFormula("=$C2<40", "band");
    expect(hasTag(formula, "band")).toBe(true);
    expect(hasTag(formula, "bands")).toBe(false);
    expect(hasTag("=$C2<40", "band")).toBe(false);
  });

  it("escapes quotes in the tag", () => {
    const formula = tagFormula("=TRUE", 'a"b');
    expect(formula).toBe('=AND(TRUE,N("health-model:a""b")=0)');
    expect(hasTag(formula, 'a"b')).toBe(true);
  });

  it("rejects colors that are not #RRGGBB", () => {
    expect(() => checkRuleColors({ formula: "=TRUE", fill: "red" })).toThrow(expect.objectContaining({ code: "InvalidArgument", value: "red" }));
    expect(() => checkRuleColors({ formula: "=TRUE", fill: "#FDE7E9", fontColor: "#A4262C" })).not.toThrow();
  });
});

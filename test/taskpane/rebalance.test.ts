import fc from "fast-check";
import { PILLARS, type PerPillar } from "../../src/core/pillars";
import { setPillarWeight, toPercentWeights } from "../../src/taskpane/weights/rebalance";

const EQUAL: PerPillar<number> = { Engagement: 25, Satisfaction: 25, Adoption: 25, Outcomes: 25 };
const total = (weights: PerPillar<number>): number => PILLARS.reduce((sum, pillar) => sum + weights[pillar], 0);

describe("setPillarWeight", () => {
  it("shares the rest equally from equal weights", () => {
    expect(setPillarWeight(EQUAL, "Outcomes", 40)).toEqual({ Engagement: 20, Satisfaction: 20, Adoption: 20, Outcomes: 40 });
  });

  it("shares the rest in proportion", () => {
    // 100 − 10 = 90 split 60 : 20 : 10 → 60, 20, 10 of 90 scaled by 90 / 90.
    expect(setPillarWeight({ Engagement: 60, Satisfaction: 20, Adoption: 10, Outcomes: 10 }, "Outcomes", 10)).toEqual({ Engagement: 60, Satisfaction: 20, Adoption: 10, Outcomes: 10 });
    // 100 − 50 = 50 split 2 : 1 : 1 → 25, 12.5, 12.5; the half goes to the earlier pillar.
    expect(setPillarWeight({ Engagement: 40, Satisfaction: 20, Adoption: 20, Outcomes: 20 }, "Outcomes", 50)).toEqual({ Engagement: 25, Satisfaction: 13, Adoption: 12, Outcomes: 50 });
  });

  it("shares equally when the others are all 0", () => {
    expect(setPillarWeight({ Engagement: 0, Satisfaction: 0, Adoption: 0, Outcomes: 100 }, "Outcomes", 70)).toEqual({ Engagement: 10, Satisfaction: 10, Adoption: 10, Outcomes: 70 });
  });

  it("clamps the moved weight to 0–100", () => {
    expect(setPillarWeight(EQUAL, "Adoption", 130).Adoption).toBe(100);
    expect(setPillarWeight(EQUAL, "Adoption", -5).Adoption).toBe(0);
  });

  it("always totals 100 in whole numbers", () => {
    const weights = fc.record({ Engagement: fc.nat(100), Satisfaction: fc.nat(100), Adoption: fc.nat(100), Outcomes: fc.nat(100) });
    fc.assert(
      fc.property(weights, fc.constantFrom(...PILLARS), fc.integer({ min: -20, max: 120 }), (start, pillar, value) => {
        const next = setPillarWeight(start, pillar, value);
        return total(next) === 100 && PILLARS.every((name) => Number.isInteger(next[name]) && next[name] >= 0);
      }),
      { seed: 20261130, numRuns: 500 },
    );
  });
});

describe("toPercentWeights", () => {
  it("scales 1/1/1/1 and shares of 1 to 25 each", () => {
    expect(toPercentWeights({ Engagement: 1, Satisfaction: 1, Adoption: 1, Outcomes: 1 })).toEqual(EQUAL);
    expect(toPercentWeights({ Engagement: 0.25, Satisfaction: 0.25, Adoption: 0.25, Outcomes: 0.25 })).toEqual(EQUAL);
  });

  it("rounds thirds to a total of 100", () => {
    expect(toPercentWeights({ Engagement: 1, Satisfaction: 1, Adoption: 1, Outcomes: 0 })).toEqual({ Engagement: 34, Satisfaction: 33, Adoption: 33, Outcomes: 0 });
  });
});

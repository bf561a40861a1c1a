import fc from "fast-check";
import { assessAccount, type AccountAssessment, type AssessmentSettings } from "../../src/core/account";
import { assessPortfolio, pillarMedians } from "../../src/core/assess-portfolio";
import { MISSING_POLICIES, type HealthModel, type MissingPolicy } from "../../src/core/model";
import { normalizeModel } from "../../src/core/normalize-model";
import { PILLARS, type PerPillar } from "../../src/core/pillars";
import type { PillarScores, PillarVector } from "../../src/core/vector";
import { normalizePillarWeights } from "../../src/core/weights";

// These tests reach the shared gaps and explanations only through `assessPortfolio`, which
// shares them, and `assessAccount` without a cache, which builds each one afresh.

const SEED = 20261204;

/** 2026-11-30 as an Excel serial day. No model here has overrides, so the date changes nothing. */
const AS_OF_SERIAL = 46356;

/** The segment with its own weight set in the generated models, as `readLabel` reads it. */
const WEIGHTED_SEGMENT = "enterprise";

/** Validates a loose model with `normalizeModel`, failing the test on any issue. */
function modelFrom(input: Record<string, unknown>): HealthModel {
  const model = normalizeModel(input);
  if (!model.ok) throw new Error(`invalid test model: ${JSON.stringify(model.issues)}`);
  return model.value;
}

/** Builds the scoring `assessPortfolio` reads: one named row per account, with its segment label. */
function scoringOf(pillars: readonly PillarScores[], segmentLabels: readonly (string | null)[] = pillars.map(() => null)) {
  return { pillars, accountNames: pillars.map((_, row) => `Account ${row + 1}`), segmentLabels, asOfSerial: AS_OF_SERIAL };
}

/** Builds the settings `assessPortfolio` gives an account that uses these pillar weights. */
function settingsFor(model: HealthModel, weights: PerPillar<number>, pillars: readonly PillarScores[]): AssessmentSettings {
  const normalized = normalizePillarWeights(PILLARS.map((pillar) => weights[pillar]));
  if (!normalized.ok) throw new Error(`invalid test weights: ${JSON.stringify(normalized.issues)}`);
  return {
    weights: normalized.value,
    bands: model.bands,
    policy: model.missingPolicy,
    minCoverage: model.minCoverage,
    ...(model.missingPolicy === "median" ? { medians: pillarMedians(pillars) } : {}),
  };
}

/** Assesses a portfolio, failing the test when the model's weights are rejected. */
function assessedAccounts(model: HealthModel, pillars: readonly PillarScores[], segmentLabels?: readonly (string | null)[]): AccountAssessment[] {
  const result = assessPortfolio(scoringOf(pillars, segmentLabels), model);
  if (!result.ok) throw new Error(`assessPortfolio failed: ${JSON.stringify(result.issues)}`);
  return [...result.value.accounts];
}

describe("shared verdicts by example", () => {
  // The defaults: weights 25 each, Healthy ≥ 70, Watch ≥ 40, redistribute, minimum coverage 0.5.
  const model = modelFrom({});
  const alone = settingsFor(model, model.pillarWeights, []);

  test("equal scores get equal verdicts", () => {
    // Composite (80 + 30 + 20 + 6) / 4 = 34 → At risk. Outcomes falls 70 − 6 = 64 short, the most.
    // Gap to Watch: (40 − 34) ÷ 0.25 = 24. Outcomes can gain 94, so the gap is reachable.
    const accounts = assessedAccounts(model, [
      [80, 30, 20, 6],
      [10, 10, 10, 10],
      [80, 30, 20, 6],
    ]);
    const first = accounts[0];
    const repeat = accounts[2];
    const expectedText = "At risk (34): look at Outcomes first (6; +24 pts there reaches Watch). Talk without results. Champion only.";

    expect(first?.explanation).toBe(expectedText);
    expect(repeat?.explanation).toBe(expectedText);
    expect(first?.gap).toEqual({ points: 24, nextBand: "watch", reachable: true });
    expect(repeat?.gap).toEqual({ points: 24, nextBand: "watch", reachable: true });
    expect(repeat).toEqual(assessAccount([80, 30, 20, 6], alone));
  });

  test("out of reach gap reads as alone", () => {
    // [10, 10, 10, 10]: composite 10, driver Engagement (ties go first), gap (40 − 10) ÷ 0.25 = 120,
    // more than the 100 − 10 = 90 Engagement can gain.
    // [9.6, 10.2, 10.2, 10.2]: composite 40.2 / 4 = 10.05, which rounds to 10, and driver Engagement
    // at 9.6, which also rounds to 10. Its gap (40 − 10.05) ÷ 0.25 = 119.8 is more than 90.4.
    // So its explanation reads like the [10, 10, 10, 10] one, but its gap differs.
    const accounts = assessedAccounts(model, [
      [80, 30, 20, 6],
      [9.6, 10.2, 10.2, 10.2],
      [10, 10, 10, 10],
    ]);
    const nearlyTen = accounts[1];
    const allTen = accounts[2];
    const expectedText = "At risk (10): look at Engagement first (10), though Engagement alone cannot lift it to Watch. Drifting.";

    expect(allTen?.explanation).toBe(assessAccount([10, 10, 10, 10], alone).explanation);
    expect(allTen?.explanation).toBe(expectedText);
    expect(allTen?.gap).toEqual({ points: 120, nextBand: "watch", reachable: false });
    expect(nearlyTen?.explanation).toBe(expectedText);
    expect(nearlyTen?.gap).toEqual({ points: 119.8, nextBand: "watch", reachable: false });
    expect(nearlyTen).toEqual(assessAccount([9.6, 10.2, 10.2, 10.2], alone));
  });

  test("band splits equal rounded composites", () => {
    // Under `penalize` a missing pillar counts as 0 at its full weight, so both accounts have
    // coverage 0.5 and no driver, because every pillar with data is at or above 70.
    // [80, 79, –, –]: composite (80 + 79) / 4 = 39.75, which rounds to 40 but is At risk.
    // [81, 79, –, –]: composite (81 + 79) / 4 = 40, which is Watch.
    // The two accounts differ in no other fact that the explanation reads.
    const penalizing = modelFrom({ missingPolicy: "penalize" });
    const accounts = assessedAccounts(penalizing, [
      [80, 79, null, null],
      [81, 79, null, null],
    ]);

    expect(accounts[0]?.explanation).toBe("At risk (40): every pillar with data is at or above 70, so the missing pillars hold it down. No data for Adoption and Outcomes (coverage 50%).");
    expect(accounts[1]?.explanation).toBe("Watch (40): every pillar with data is at or above 70, so the missing pillars hold it down. No data for Adoption and Outcomes (coverage 50%).");
    expect(accounts[1]).toEqual(assessAccount([81, 79, null, null], settingsFor(penalizing, penalizing.pillarWeights, [])));
  });

  test("segment weights change a shared verdict", () => {
    // Enterprise weights 40/20/20/20 normalise to 0.4/0.2/0.2/0.2. For [10, 10, 10, 10] the
    // composite is still 10 and Engagement is the driver (0.4 · 60 = 24), but the gap is now
    // (40 − 10) ÷ 0.4 = 75, within the 90 Engagement can gain.
    const segmented = modelFrom({ segmentColumn: "Segment", segmentWeights: { Enterprise: [40, 20, 20, 20] } });
    const accounts = assessedAccounts(
      segmented,
      [
        [10, 10, 10, 10],
        [10, 10, 10, 10],
      ],
      [null, WEIGHTED_SEGMENT],
    );
    const enterpriseAlone = settingsFor(segmented, { Engagement: 40, Satisfaction: 20, Adoption: 20, Outcomes: 20 }, []);

    expect(accounts[0]?.explanation).toBe("At risk (10): look at Engagement first (10), though Engagement alone cannot lift it to Watch. Drifting.");
    expect(accounts[1]?.explanation).toBe("At risk (10): look at Engagement first (10; +75 pts there reaches Watch). Drifting.");
    expect(accounts[1]?.gap).toEqual({ points: 75, nextBand: "watch", reachable: true });
    expect(accounts[1]).toEqual(assessAccount([10, 10, 10, 10], enterpriseAlone));
  });
});

/** The model settings one property run draws, before `normalizeModel` validates them. */
interface ModelCase {
  readonly pillarWeights: PillarVector<number>;
  /** The weighted segment's own weights, or null for a model without segment weights. */
  readonly segmentWeights: PillarVector<number> | null;
  readonly healthy: number;
  readonly watch: number;
  readonly labels: { readonly healthy: string; readonly watch: string; readonly atRisk: string } | null;
  readonly missingPolicy: MissingPolicy;
  readonly minCoverage: number;
}

/** One account of a generated portfolio: its pillar scores and its segment label. */
interface AccountCase {
  readonly pillars: PillarScores;
  readonly segment: string | null;
}

// Zero, small integers (so weights repeat in ratio) and any share.
const weight = fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 10 }), fc.double({ min: 0, max: 100, noNaN: true }));
const weights = fc.tuple(weight, weight, weight, weight).filter((list) => list.some((value) => value > 0));

const threshold = fc.oneof(fc.integer({ min: 0, max: 100 }), fc.double({ min: 0, max: 100, noNaN: true }));
// The validator requires Watch below Healthy, both from 0 to 100.
const thresholds = fc.oneof(
  fc.constant({ healthy: 70, watch: 40 }),
  fc
    .tuple(threshold, threshold)
    .filter(([first, second]) => first !== second)
    .map(([first, second]) => ({ healthy: Math.max(first, second), watch: Math.min(first, second) })),
);

// The validator trims a label and rejects a blank one.
const label = fc.oneof(fc.constantFrom("Healthy", "Watch", "At risk", "Green", "Amber", "Red"), fc.string({ minLength: 1, maxLength: 12 })).filter((text) => text.trim() !== "");
const labels = fc.option(fc.record({ healthy: label, watch: label, atRisk: label }), { nil: null });

const minCoverage = fc.oneof(fc.constantFrom(0, 0.25, 0.5, 0.75, 1), fc.double({ min: 0, max: 1, noNaN: true }));

const modelCase: fc.Arbitrary<ModelCase> = fc
  .record({
    pillarWeights: weights,
    segmentWeights: fc.option(weights, { nil: null }),
    thresholds,
    labels,
    missingPolicy: fc.constantFrom(...MISSING_POLICIES),
    minCoverage,
  })
  .map(({ thresholds: bands, ...rest }) => ({ ...rest, healthy: bands.healthy, watch: bands.watch }));

/**
 * Draws a pillar score: often none, often a whole number or a band threshold (so composites and
 * verdicts repeat and land exactly on thresholds), sometimes tenths or any number from 0 to 100.
 */
function pillarScore(settings: ModelCase): fc.Arbitrary<number | null> {
  return fc.oneof(
    { weight: 2, arbitrary: fc.constant(null) },
    { weight: 3, arbitrary: fc.integer({ min: 0, max: 100 }) },
    { weight: 2, arbitrary: fc.constantFrom(0, 40, 70, 100, settings.healthy, settings.watch) },
    { weight: 1, arbitrary: fc.integer({ min: 0, max: 1000 }).map((tenths) => tenths / 10) },
    { weight: 1, arbitrary: fc.double({ min: 0, max: 100, noNaN: true }) },
  );
}

/** Draws 1–300 accounts, many copied from a pool of up to 6, so equal verdicts repeat. */
function portfolio(settings: ModelCase): fc.Arbitrary<readonly AccountCase[]> {
  const score = pillarScore(settings);
  const account: fc.Arbitrary<AccountCase> = fc.record({
    pillars: fc.tuple(score, score, score, score),
    segment: fc.constantFrom(null, WEIGHTED_SEGMENT, "smb"),
  });
  return fc.array(account, { minLength: 1, maxLength: 6 }).chain((pool) => {
    const copied = fc.constantFrom(...pool).map((original): AccountCase => ({ pillars: [...original.pillars], segment: original.segment }));
    // Size "max" draws lengths up to 300, where the default size rarely passes 10.
    return fc.array(fc.oneof(copied, account), { minLength: 1, maxLength: 300, size: "max" });
  });
}

/** Writes a model case as the loose model a user would, for `normalizeModel`. */
function modelInput(settings: ModelCase): Record<string, unknown> {
  return {
    accountColumn: "Account",
    segmentColumn: settings.segmentWeights === null ? null : "Segment",
    pillarWeights: settings.pillarWeights,
    bands: { healthy: settings.healthy, watch: settings.watch, ...(settings.labels === null ? {} : { labels: settings.labels }) },
    missingPolicy: settings.missingPolicy,
    minCoverage: settings.minCoverage,
    ...(settings.segmentWeights === null ? {} : { segmentWeights: { Enterprise: settings.segmentWeights } }),
  };
}

describe("shared verdict properties", () => {
  test("portfolio matches accounts assessed alone", () => {
    const cases = modelCase.chain((settings) => portfolio(settings).map((accounts) => ({ settings, accounts })));

    fc.assert(
      fc.property(cases, ({ settings, accounts }) => {
        const model = modelFrom(modelInput(settings));
        const pillars = accounts.map((account) => account.pillars);
        const segments = accounts.map((account) => account.segment);
        const base = settingsFor(model, model.pillarWeights, pillars);
        const enterpriseWeights = model.segmentWeights["Enterprise"];
        const enterprise = enterpriseWeights === undefined ? base : settingsFor(model, enterpriseWeights, pillars);

        const expected = accounts.map((account) => assessAccount(account.pillars, account.segment === WEIGHTED_SEGMENT ? enterprise : base));

        expect(assessedAccounts(model, pillars, segments)).toEqual(expected);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });
});

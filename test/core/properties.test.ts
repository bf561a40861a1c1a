import fc from "fast-check";
import { composite } from "../../src/core/composite";
import { DEFAULT_BANDS, NEW_MODEL_FIELDS, type HealthModel, type MissingPolicy } from "../../src/core/model";
import { scorePortfolio } from "../../src/core/score";
import type { CellValue, Table } from "../../src/core/table";
import type { PillarScores, PillarVector } from "../../src/core/vector";
import { normalizePillarWeights } from "../../src/core/weights";

const SEED = 20261204;
const policies: MissingPolicy[] = ["redistribute", "neutral", "penalize", "median"];

const pillarScore = fc.option(fc.double({ min: 0, max: 100, noNaN: true }), { nil: null, freq: 4 });
const pillarScores = fc.tuple(pillarScore, pillarScore, pillarScore, pillarScore);
const weight = fc.double({ min: 0, max: 100, noNaN: true });
const weights = fc.tuple(weight, weight, weight, weight).filter((list) => list.some((value) => value > 1e-6));
const policy = fc.constantFrom(...policies);

function normalized(raw: readonly number[]): PillarVector<number> {
  const result = normalizePillarWeights(raw);
  if (!result.ok) throw new Error("weights were generated valid");
  return result.value;
}

function compositeOf(scores: PillarScores, raw: readonly number[], missingPolicy: MissingPolicy): number | null {
  return composite({ scores, weights: normalized(raw), policy: missingPolicy, minCoverage: 0, medians: [50, 50, 50, 50] }).score;
}

describe("composite properties", () => {
  test("stays within 0 to 100", () => {
    fc.assert(
      fc.property(pillarScores, weights, policy, (scores, raw, missingPolicy) => {
        const score = compositeOf(scores, raw, missingPolicy);
        return score === null || (score >= 0 && score <= 100);
      }),
      { seed: SEED },
    );
  });

  test("scaling all weights changes nothing", () => {
    fc.assert(
      fc.property(pillarScores, weights, policy, fc.double({ min: 0.01, max: 1000, noNaN: true }), (scores, raw, missingPolicy, factor) => {
        const base = compositeOf(scores, raw, missingPolicy);
        const scaled = compositeOf(scores, raw.map((value) => value * factor), missingPolicy);
        return base === null ? scaled === null : Math.abs(base - (scaled ?? NaN)) < 1e-9;
      }),
      { seed: SEED },
    );
  });

  test("a zero-weight pillar has no effect", () => {
    fc.assert(
      fc.property(pillarScores, weights, policy, pillarScore, (scores, raw, missingPolicy, replacement) => {
        const zeroed = [0, raw[1], raw[2], raw[3]];
        if (zeroed.every((value) => value === 0)) return true;
        const changed: PillarScores = [replacement, scores[1], scores[2], scores[3]];
        const base = compositeOf(scores, zeroed, missingPolicy);
        const other = compositeOf(changed, zeroed, missingPolicy);
        return base === null ? other === null : Math.abs(base - (other ?? NaN)) < 1e-9;
      }),
      { seed: SEED },
    );
  });

  test("raising a pillar never lowers the composite", () => {
    fc.assert(
      fc.property(pillarScores, weights, policy, fc.integer({ min: 0, max: 3 }), fc.double({ min: 0, max: 100, noNaN: true }), (scores, raw, missingPolicy, index, lift) => {
        const current = scores[index];
        if (current === null || current === undefined) return true;
        const raised = [...scores] as [number | null, number | null, number | null, number | null];
        raised[index] = Math.min(100, current + lift);
        const before = compositeOf(scores, raw, missingPolicy);
        const after = compositeOf(raised, raw, missingPolicy);
        return before === null || (after !== null && after >= before - 1e-9);
      }),
      { seed: SEED },
    );
  });
});

const model: HealthModel = {
  accountColumn: "Account",
  segmentColumn: "Segment",
  outcomeColumn: null,
  metrics: [
    { column: "Logins", pillar: "Engagement", method: { kind: "percentile" }, direction: "higher", weight: 1 },
    { column: "Tickets", pillar: "Satisfaction", method: { kind: "percentile" }, direction: "lower", weight: 2 },
    { column: "CSAT", pillar: "Satisfaction", method: { kind: "zscore" }, direction: "higher", weight: 1 },
    { column: "Active", pillar: "Adoption", method: { kind: "ratio", denominator: "Seats", then: { kind: "minmax" } }, direction: "higher", weight: 1 },
    { column: "Goal", pillar: "Outcomes", method: { kind: "target", floor: 0, target: 1 }, direction: "higher", weight: 1 },
  ],
  pillarWeights: { Engagement: 30, Satisfaction: 20, Adoption: 25, Outcomes: 25 },
  bands: DEFAULT_BANDS,
  missingPolicy: "median",
  minCoverage: 0.5,
  asOf: "2026-11-30",
  ...NEW_MODEL_FIELDS,
};

const cell = (arbitrary: fc.Arbitrary<CellValue>): fc.Arbitrary<CellValue> => fc.oneof({ weight: 5, arbitrary }, { weight: 1, arbitrary: fc.constantFrom<CellValue>("", "N/A", null) });
const row = fc.tuple(
  fc.constantFrom("SMB", "Enterprise"),
  cell(fc.integer({ min: 0, max: 50 })),
  cell(fc.integer({ min: 0, max: 9 })),
  cell(fc.double({ min: 1, max: 5, noNaN: true })),
  cell(fc.integer({ min: 0, max: 40 })),
  fc.integer({ min: 1, max: 40 }),
  cell(fc.double({ min: 0, max: 1.2, noNaN: true })),
);

describe("portfolio properties", () => {
  test("reordering rows changes no account's score", () => {
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 40 }), fc.integer(), (rows, shuffleSeed) => {
        const named = rows.map((values, index) => [`Account ${index}`, ...values]);
        const order = named.map((_, index) => index).sort((a, b) => ((a * 7919 + shuffleSeed) % 101) - ((b * 7919 + shuffleSeed) % 101) || a - b);
        const table = (list: CellValue[][]): Table => ({ headers: ["Account", "Segment", "Logins", "Tickets", "CSAT", "Active", "Seats", "Goal"], rows: list, firstRowNumber: 2 });

        const original = scorePortfolio(table(named), model);
        const shuffled = scorePortfolio(table(order.map((index) => named[index]!)), model);
        if (!original.ok || !shuffled.ok) return false;
        return order.every((from, to) => {
          const a = original.value.accounts[from];
          const b = shuffled.value.accounts[to];
          return a !== undefined && b !== undefined && sameNumber(a.composite, b.composite) && a.pillars.every((score, index) => sameNumber(score, b.pillars[index] ?? null));
        });
      }),
      { seed: SEED, numRuns: 60 },
    );
  });

  test("every score stays within 0 to 100", () => {
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 40 }), (rows) => {
        const named = rows.map((values, index) => [`Account ${index}`, ...values]);
        const result = scorePortfolio({ headers: ["Account", "Segment", "Logins", "Tickets", "CSAT", "Active", "Seats", "Goal"], rows: named, firstRowNumber: 2 }, model);
        if (!result.ok) return false;
        const inRange = (score: number | null): boolean => score === null || (score >= 0 && score <= 100);
        return result.value.accounts.every((account) => inRange(account.composite) && account.pillars.every(inRange));
      }),
      { seed: SEED, numRuns: 60 },
    );
  });
});

function sameNumber(a: number | null, b: number | null): boolean {
  if (a === null || b === null) return a === b;
  return Math.abs(a - b) < 1e-9;
}

import fc from "fast-check";
import { errorOf } from "./custom-functions-stand-in";
import { HEALTH_FUNCTIONS } from "../../src/functions";
import { assessAccount } from "../../src/core/account";
import { DIAGNOSIS_NAMES } from "../../src/core/messages/explanation";
import { DEFAULT_BANDS } from "../../src/core/model";
import { gapCell } from "../../src/core/outputs";
import type { PillarScores } from "../../src/core/vector";
import { normalizePillarWeights } from "../../src/core/weights";

const call = (id: string, ...args: unknown[]): unknown => HEALTH_FUNCTIONS[id]!(...args);

const SEED = 20_241_204;
const RUNS = 300;

/** A pillar score as a cell: a score 0–100, or one of the blank forms a host sends. */
const scoreCell = fc.oneof(fc.double({ min: 0, max: 100, noNaN: true }), fc.constantFrom(null, ""));
const scoreCells = fc.tuple(scoreCell, scoreCell, scoreCell, scoreCell);
const weights = fc.tuple(...Array.from({ length: 4 }, () => fc.integer({ min: 0, max: 100 }))).filter((list) => list.some((weight) => weight > 0));

function pillarScores(cells: readonly (number | string | null)[]): PillarScores {
  const [e = null, s = null, a = null, o = null] = cells.map((cell) => (typeof cell === "number" ? cell : null));
  return [e, s, a, o];
}

function assess(cells: readonly (number | string | null)[], rawWeights: readonly number[]) {
  const normalized = normalizePillarWeights(rawWeights);
  if (!normalized.ok) throw new Error("the generator made invalid weights");
  return assessAccount(pillarScores(cells), { weights: normalized.value, bands: DEFAULT_BANDS, policy: "redistribute", minCoverage: 0.5 });
}

describe("functions agree with the core", () => {
  test("on the composite", () => {
    fc.assert(
      fc.property(scoreCells, weights, (cells, rawWeights) => {
        const expected = assess(cells, rawWeights).composite;
        const actual = call("COMPOSITE", [cells], [rawWeights]);
        if (expected === null) expect(errorOf(actual)?.code).toBe("#N/A");
        else expect(actual).toBe(expected);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  test("on driver, gap, coverage, diagnosis and explanation", () => {
    fc.assert(
      fc.property(scoreCells, weights, (cells, rawWeights) => {
        const account = assess(cells, rawWeights);
        expect(call("DRIVER", [cells], [rawWeights])).toBe(account.driver ?? "");
        expect(call("GAP", [cells], [rawWeights])).toBe(gapCell(account));
        expect(call("COVERAGE", [cells], [rawWeights])).toBe(account.coverage);
        expect(call("DIAGNOSIS", [cells])).toBe(account.diagnoses.map((diagnosis) => DIAGNOSIS_NAMES[diagnosis]).join("; "));
        expect(call("EXPLAIN", [cells], [rawWeights])).toBe(account.explanation);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  test("under every policy and minimum coverage", () => {
    const policy = fc.constantFrom("redistribute", "neutral", "penalize", "median");
    const minCoverage = fc.constantFrom(0, 0.25, 0.5, 0.75, 1);
    fc.assert(
      fc.property(scoreCells, weights, policy, minCoverage, scoreCells, (cells, rawWeights, missingPolicy, share, medianCells) => {
        const normalized = normalizePillarWeights(rawWeights);
        if (!normalized.ok) throw new Error("the generator made invalid weights");
        const medians = pillarScores(medianCells);
        const account = assessAccount(pillarScores(cells), { weights: normalized.value, bands: DEFAULT_BANDS, policy: missingPolicy, minCoverage: share, medians });
        const settings = [missingPolicy, share, [medianCells]];

        const composite = call("COMPOSITE", [cells], [rawWeights], ...settings);
        if (account.composite === null) expect(errorOf(composite)?.code).toBe("#N/A");
        else expect(composite).toBe(account.composite);
        expect(call("DRIVER", [cells], [rawWeights], null, missingPolicy, share)).toBe(account.driver ?? "");
        expect(call("GAP", [cells], [rawWeights], null, ...settings)).toBe(gapCell(account));
        expect(call("EXPLAIN", [cells], [rawWeights], null, ...settings)).toBe(account.explanation);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  test("scaling every weight changes nothing", () => {
    fc.assert(
      fc.property(scoreCells, weights, fc.integer({ min: 2, max: 1000 }), (cells, rawWeights, factor) => {
        const scaled = rawWeights.map((weight) => weight * factor);
        expect(call("EXPLAIN", [cells], [scaled])).toBe(call("EXPLAIN", [cells], [rawWeights]));
        expect(call("DRIVER", [cells], [scaled])).toBe(call("DRIVER", [cells], [rawWeights]));
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  test("a row and a column give the same composite", () => {
    fc.assert(
      fc.property(scoreCells, weights, (cells, rawWeights) => {
        const column = cells.map((cell) => [cell]);
        expect(call("COMPOSITE", column, rawWeights.map((weight) => [weight]))).toEqual(call("COMPOSITE", [cells], [rawWeights]));
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  test("a pillar is the weighted mean of its present scores", () => {
    const metric = fc.oneof(fc.integer({ min: 0, max: 100 }), fc.constant(null));
    fc.assert(
      fc.property(fc.array(fc.tuple(metric, fc.integer({ min: 1, max: 10 })), { minLength: 1, maxLength: 8 }), (pairs) => {
        const present = pairs.filter(([score]) => score !== null) as [number, number][];
        const actual = call("PILLAR", [pairs.map(([score]) => score)], [pairs.map(([, weight]) => weight)]);
        if (present.length === 0) {
          expect(errorOf(actual)?.code).toBe("#N/A");
          return;
        }
        const total = present.reduce((sum, [, weight]) => sum + weight, 0);
        expect(actual).toBeCloseTo(present.reduce((sum, [score, weight]) => sum + score * weight, 0) / total, 9);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });
});

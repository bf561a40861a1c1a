import { everyRow, groupRowsBySegment } from "../../../src/core/methods/population";
import { momentsOfSorted, zScoreScore, zScoreScores } from "../../../src/core/methods/zscore";

const column = (...values: number[]): Float64Array => Float64Array.from(values);

// Φ(1) = 0.8413447460685429 and Φ(−1) = 0.15865525393145707 (Python `0.5 * math.erfc(-z / math.sqrt(2))`).
const PHI_OF_ONE = 0.8413447460685429;
const PHI_OF_MINUS_ONE = 0.15865525393145707;

describe("momentsOfSorted", () => {
  test("uses the sample standard deviation", () => {
    // Mean (2 + 4 + 6) / 3 = 4; squared deviations 4 + 0 + 4 = 8; 8 / (3 − 1) = 4; √4 = 2.
    expect(momentsOfSorted(column(2, 4, 6))).toEqual({ mean: 4, standardDeviation: 2 });
  });

  test("equal values have no spread", () => {
    // The mean of three 0.1s rounds to 0.10000000000000002, yet the spread must be exactly 0.
    expect(momentsOfSorted(column(0.1, 0.1, 0.1)).standardDeviation).toBe(0);
  });

  test("one value has no spread", () => {
    expect(momentsOfSorted(column(9))).toEqual({ mean: 9, standardDeviation: 0 });
  });
});

describe("zScoreScore", () => {
  const moments = { mean: 4, standardDeviation: 2 };

  test("one deviation above the mean", () => {
    // z = (6 − 4) / 2 = 1, so Φ(1) × 100.
    expect(zScoreScore(6, moments, "higher")).toBeCloseTo(PHI_OF_ONE * 100, 12);
  });

  test("lower is better negates z", () => {
    // z = 1, negated: Φ(−1) × 100.
    expect(zScoreScore(6, moments, "lower")).toBeCloseTo(PHI_OF_MINUS_ONE * 100, 12);
  });

  test("the mean scores exactly 50", () => {
    expect(zScoreScore(4, moments, "higher")).toBe(50);
    expect(zScoreScore(4, moments, "lower")).toBe(50);
  });

  test("no spread scores 50", () => {
    expect(zScoreScore(10, { mean: 4, standardDeviation: 0 }, "higher")).toBe(50);
  });
});

describe("zScoreScores", () => {
  test("scores against the column", () => {
    const scores = zScoreScores(column(2, 4, 6, Number.NaN), "higher", [everyRow(4)]);

    // Mean 4, sd 2 (see momentsOfSorted): 2 → Φ(−1), 4 → Φ(0), 6 → Φ(1); the blank stays missing.
    expect(scores[0]).toBeCloseTo(PHI_OF_MINUS_ONE * 100, 12);
    expect(scores[1]).toBe(50);
    expect(scores[2]).toBeCloseTo(PHI_OF_ONE * 100, 12);
    expect(scores[3]).toBeNaN();
  });

  test("lower is better mirrors the scores", () => {
    const scores = zScoreScores(column(2, 6), "lower", [everyRow(2)]);

    // Mean 4; sd √((4 + 4) / 1) = √8; z of 2 = −2 / √8 = −0.7071…, negated to +0.7071…, so 2 scores above 50.
    expect(scores[0]).toBeGreaterThan(50);
    expect((scores[0] as number) + (scores[1] as number)).toBeCloseTo(100, 12);
  });

  test("one value scores 50", () => {
    expect(zScoreScores(column(Number.NaN, 42), "higher", [everyRow(2)])[1]).toBe(50);
  });

  test("segments use their own mean and spread", () => {
    const groups = groupRowsBySegment(6, Int32Array.of(0, 0, 0, 1, 1, 1));
    const scores = zScoreScores(column(2, 4, 6, 200, 400, 600), "higher", groups);

    // Segment 1 is segment 0 times 100, so z is the same row for row: −1, 0, 1.
    expect(scores[3]).toBeCloseTo(PHI_OF_MINUS_ONE * 100, 12);
    expect(scores[4]).toBe(50);
    expect(scores[5]).toBeCloseTo(PHI_OF_ONE * 100, 12);
  });
});

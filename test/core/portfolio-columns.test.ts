import { assessPortfolio, pillarColumnMedians, pillarMedians, type PortfolioAssessment } from "../../src/core/assess-portfolio";
import { accountsOf } from "../../src/core/assessment-columns";
import { formatIssue } from "../../src/core/messages/issues";
import { sortBuffersBytes, sortBuffersIn } from "../../src/core/methods/bucket-sort";
import { DEFAULT_BANDS, MISSING_POLICIES, NEW_MODEL_FIELDS, type HealthModel } from "../../src/core/model";
import { pillarColumnsOf, pillarRowsOf } from "../../src/core/pillar-columns";
import { scorePillars, type PillarScoring } from "../../src/core/pillar-scoring";
import { scorePortfolio, type PortfolioScores } from "../../src/core/score";
import type { Table } from "../../src/core/table";
import type { PillarScores } from "../../src/core/vector";

/**
 * Twelve accounts. Logins and Active Share are ranked by percentile, (values below) / 11 × 100.
 * Each of the two columns contains twelve distinct values, Logins 10 to 120 and Active Share 0.05
 * to 0.60, so a value ranks (value / step − 1) / 11 × 100. CSAT is on a 1–5 scale,
 * (x − 1) / 4 × 100, and Goal Score on a 0–10 scale, x × 10. Larch has no CSAT, so its
 * Satisfaction is missing.
 */
const table: Table = {
  headers: ["Account", "Logins", "CSAT", "Active Share", "Goal Score"],
  rows: [
    ["Aspen", 120, 5, 0.55, 9],
    ["Beech", 10, 2, 0.1, 3],
    ["Cypress", 60, 4, 0.3, 7],
    ["Dogwood", 90, 3, 0.6, 8],
    ["Ebony", 30, 1, 0.05, 2],
    ["Fig", 100, 4, 0.45, 6],
    ["Ginkgo", 20, 5, 0.2, 10],
    ["Hazel", 70, 3, 0.35, 5],
    ["Ivy", 110, 2, 0.5, 1],
    ["Juniper", 40, 4, 0.15, 4],
    ["Larch", 80, "", 0.4, 7],
    ["Maple", 50, 3, 0.25, 0],
  ],
  firstRowNumber: 2,
};

const model: HealthModel = {
  accountColumn: "Account",
  segmentColumn: null,
  outcomeColumn: null,
  metrics: [
    { column: "Logins", pillar: "Engagement", method: { kind: "percentile" }, direction: "higher", weight: 1 },
    { column: "CSAT", pillar: "Satisfaction", method: { kind: "scale", low: 1, high: 5 }, direction: "higher", weight: 1 },
    { column: "Active Share", pillar: "Adoption", method: { kind: "percentile" }, direction: "higher", weight: 1 },
    { column: "Goal Score", pillar: "Outcomes", method: { kind: "scale", low: 0, high: 10 }, direction: "higher", weight: 1 },
  ],
  pillarWeights: { Engagement: 25, Satisfaction: 25, Adoption: 25, Outcomes: 25 },
  bands: DEFAULT_BANDS,
  missingPolicy: "redistribute",
  minCoverage: 0.5,
  asOf: "2026-11-30",
  ...NEW_MODEL_FIELDS,
};

const ASPEN = 0;
const LARCH = 10;

function scored(): PortfolioScores {
  const result = scorePortfolio(table, model);
  if (!result.ok) throw new Error(result.issues.map(formatIssue).join("\n"));
  return result.value;
}

function scoring(withModel: HealthModel = model): PillarScoring {
  const result = scorePillars(table, withModel);
  if (!result.ok) throw new Error(result.issues.map(formatIssue).join("\n"));
  return result.value;
}

function assessedOrThrow(result: ReturnType<typeof assessPortfolio>): PortfolioAssessment {
  if (!result.ok) throw new Error(result.issues.map(formatIssue).join("\n"));
  return result.value;
}

describe("scorePortfolio in columns", () => {
  test("accounts follow the hand calculation", () => {
    const { accounts } = scored();
    const aspen = accounts[ASPEN];
    const larch = accounts[LARCH];

    // Aspen: Logins 120 ranks 11/11 → 100, CSAT 5 → 100, Active Share 0.55 ranks 10/11 → 90.91,
    // Goal Score 9 → 90. (100 + 100 + 1000/11 + 90) / 4 = 95.23 → Healthy, no pillar below 70.
    expect(aspen?.pillars[2]).toBeCloseTo(1000 / 11, 10);
    expect(aspen?.composite).toBeCloseTo((290 + 1000 / 11) / 4, 10);
    expect(aspen?.band).toBe("healthy");
    expect(aspen?.driver).toBeNull();
    // Larch: Logins 80 ranks 7/11 → 63.64, no CSAT, Active Share 0.40 ranks 7/11 → 63.64,
    // Goal Score 7 → 70. Redistributed: (700/11 + 700/11 + 70) / 3 = 2170/33 = 65.76 → Watch.
    expect(larch?.pillars[1]).toBeNull();
    expect(larch?.coverage).toBe(0.75);
    expect(larch?.composite).toBeCloseTo(2170 / 33, 10);
    expect(larch?.band).toBe("watch");
    // Engagement and Adoption fall equally short, so Engagement, the earlier, drives. It carries
    // 0.25 / 0.75 = 1/3 of the composite: gap (70 − 2170/33) × 3 = 140/11 = 12.73 → 12.8.
    expect(larch?.driver).toBe("Engagement");
    expect(larch?.gap).toEqual({ points: 12.8, nextBand: "healthy", reachable: true });
  });

  test("accounts equal accountsOf the columns", () => {
    const result = scored();

    expect(result.accounts).toHaveLength(12);
    expect(result.accounts).toEqual(accountsOf(result.assessments));
  });

  test("accounts are built once", () => {
    const result = scored();
    const first = result.accounts;

    expect(result.accounts).toBe(first);
  });

  test("no issue beyond the blank cell", () => {
    // Scoring counts a blank cell as missing data without an issue, and nothing else in the table is wrong.
    expect(scored().issues).toEqual([]);
  });
});

describe("PillarScoring pillars", () => {
  test("equal pillarRowsOf the columns", () => {
    const result = scoring();

    expect(result.pillars).toEqual(pillarRowsOf(result.pillarColumns));
    expect(result.pillars[LARCH]).toEqual([700 / 11, null, 700 / 11, 70]);
  });

  test("are built once", () => {
    const result = scoring();
    const first = result.pillars;

    expect(result.pillars).toBe(first);
  });
});

describe("assessPortfolio from rows", () => {
  test.each(MISSING_POLICIES)("matches the columns under %s", (missingPolicy) => {
    const withPolicy: HealthModel = { ...model, missingPolicy };
    const pillarScoring = scoring(withPolicy);
    const { pillars, accountNames, segmentLabels, asOfSerial } = pillarScoring;

    const fromRows = assessedOrThrow(assessPortfolio({ pillars, accountNames, segmentLabels, asOfSerial }, withPolicy));
    const fromColumns = assessedOrThrow(assessPortfolio(pillarScoring, withPolicy));

    expect(fromRows.accounts).toEqual(fromColumns.accounts);
    expect(Array.from(fromRows.assessments.composite)).toEqual(Array.from(fromColumns.assessments.composite));
  });

  test("median policy fills Larch's Satisfaction", () => {
    const withMedian: HealthModel = { ...model, missingPolicy: "median" };
    const { pillars, accountNames, segmentLabels, asOfSerial } = scoring(withMedian);

    const larch = assessedOrThrow(assessPortfolio({ pillars, accountNames, segmentLabels, asOfSerial }, withMedian)).accounts[LARCH];

    // The eleven CSAT scores sorted are 0, 25, 25, 50, 50, 50, 75, 75, 75, 100, 100, with median 50.
    // Larch: (700/11 + 50 + 700/11 + 70) / 4 = 61.82.
    expect(larch?.composite).toBeCloseTo((1400 / 11 + 120) / 4, 10);
  });
});

describe("pillar medians", () => {
  /** Four accounts, so Engagement has an even count and Satisfaction, with one missing, an odd one. */
  const rows: PillarScores[] = [
    [30, 70, null, 100],
    [10, null, null, 0],
    [40, 50, null, 5],
    [20, 90, null, 60],
  ];

  test("rows and columns agree", () => {
    // Engagement 10, 20, 30, 40 → (20 + 30) / 2 = 25. Satisfaction 50, 70, 90 → 70. Adoption has
    // no data → null. Outcomes sorts by value as 0, 5, 60, 100 → (5 + 60) / 2 = 32.5, where sorting
    // as text would give 0, 100, 5, 60 and 52.5.
    const expected: PillarScores = [25, 70, null, 32.5];

    expect(pillarMedians(rows)).toEqual(expected);
    expect(pillarColumnMedians(pillarColumnsOf(rows))).toEqual(expected);
  });

  test("portfolio medians match by hand", () => {
    const medians = pillarColumnMedians(scoring().pillarColumns);

    // Logins and Active Share rank 0 to 11 elevenths, and the middle two, 5/11 and 6/11, give 50.
    // CSAT gives 50, as the median policy test works out. Goal Score × 10 sorted is 0, 10, 20, 30,
    // 40, 50, 60, 70, 70, 80, 90, 100, and the middle two give (50 + 60) / 2 = 55.
    expect(medians[0]).toBeCloseTo(50, 10);
    expect(medians[1]).toBe(50);
    expect(medians[2]).toBeCloseTo(50, 10);
    expect(medians[3]).toBe(55);
    expect(pillarMedians(scoring().pillars)).toEqual(medians);
  });
});

describe("sort buffers in a caller's buffer", () => {
  test("sortBuffersBytes is a multiple of 8", () => {
    // capacity × 16 for two Float64Arrays, then (capacity + 1) × 4 for the counts, rounded up to 8:
    // 0 → 0 + 8, 1 → 16 + 8, 2 → 32 + 16, 5 → 80 + 24.
    expect([0, 1, 2, 5].map(sortBuffersBytes)).toEqual([8, 24, 48, 104]);
    for (let capacity = 0; capacity <= 64; capacity++) {
      expect(sortBuffersBytes(capacity) % 8).toBe(0);
      expect(sortBuffersBytes(capacity)).toBeGreaterThanOrEqual(capacity * 16 + (capacity + 1) * 4);
    }
  });

  test("a Float64Array fits right after them", () => {
    // Capacity 2 gives 3 counts, 12 bytes, so 4 bytes of padding keep the next Float64Array aligned.
    const capacity = 2;
    const buffer = new ArrayBuffer(sortBuffersBytes(capacity) + 8);

    sortBuffersIn(buffer, 0, capacity);
    expect(new Float64Array(buffer, sortBuffersBytes(capacity), 1)).toHaveLength(1);
  });

  // 24 bytes before, sortBuffersBytes(5) = 104 bytes of buffers, 16 bytes after.
  const offset = 24;
  const capacity = 5;

  test("views sit back to back", () => {
    const { present, sorted, counts } = sortBuffersIn(new ArrayBuffer(offset + sortBuffersBytes(capacity) + 16), offset, capacity);

    // present 5 × 8 bytes from 24, sorted 5 × 8 from 64, counts 6 × 4 from 104, ending at 128 = 24 + 104.
    expect([present.length, sorted.length, counts.length]).toEqual([5, 5, 6]);
    expect([present.byteOffset, sorted.byteOffset, counts.byteOffset]).toEqual([24, 64, 104]);
    expect(counts.byteOffset + counts.byteLength).toBe(offset + sortBuffersBytes(capacity));
  });

  test("writing one view leaves the others alone", () => {
    const buffer = new ArrayBuffer(offset + sortBuffersBytes(capacity) + 16);
    const bytes = new Uint8Array(buffer);
    const marker = 0x5a;
    bytes.fill(marker);
    const { present, sorted, counts } = sortBuffersIn(buffer, offset, capacity);

    // Any two views that overlapped would leave the earlier one holding the later one's value.
    present.fill(1.5);
    sorted.fill(-2.25);
    counts.fill(7);

    expect(Array.from(present)).toEqual([1.5, 1.5, 1.5, 1.5, 1.5]);
    expect(Array.from(sorted)).toEqual([-2.25, -2.25, -2.25, -2.25, -2.25]);
    expect(Array.from(counts)).toEqual([7, 7, 7, 7, 7, 7]);
    // None of the three values contains the byte 0x5a, so a write past the 104 bytes would show here.
    expect(Array.from(bytes.subarray(0, offset))).toEqual(new Array<number>(offset).fill(marker));
    expect(Array.from(bytes.subarray(offset + sortBuffersBytes(capacity)))).toEqual(new Array<number>(16).fill(marker));
  });
});

import fc from "fast-check";
import type { CellIssue } from "../../src/core/issues";
import { scoreMetricColumn, type MetricColumnInput, type MetricColumnResult } from "../../src/core/metric-column";
import { scoreRatioValue, scoreValue } from "../../src/core/methods";
import type { Direction, Metric, MetricMethod, NumericMethod } from "../../src/core/model";
import type { CellValue, Table } from "../../src/core/table";

/** 2024-10-31 as an Excel serial day number: DATE(2024,10,31) = 45596. */
const AS_OF_SERIAL = 45596;

function metricOf(column: string, method: MetricMethod, direction: Direction = "higher"): Metric {
  return { column, pillar: "Engagement", method, direction, weight: 1 };
}

function tableOf(headers: string[], rows: CellValue[][], firstRowNumber = 2): Table {
  return { headers, rows, firstRowNumber };
}

function score(metric: Metric, table: Table, segments: Int32Array | null = null): MetricColumnResult {
  return scoreMetricColumn({ metric, table, segments, asOfSerial: AS_OF_SERIAL });
}

describe("scoreMetricColumn with numbers", () => {
  test("percentile over a column", () => {
    const table = tableOf(["Logins"], [[10], [20], [30], [40], [50]]);
    const { scores } = score(metricOf("Logins", { kind: "percentile" }), table);

    // 40: 3 of the 4 others are lower: 3 / 4 × 100 = 75; the rest step by 1 / 4 × 100 = 25.
    expect(Array.from(scores)).toEqual([0, 25, 50, 75, 100]);
  });

  test("percentile when lower is better", () => {
    const table = tableOf(["Hours"], [[10], [20], [30], [40], [50]]);
    const { scores } = score(metricOf("Hours", { kind: "percentile" }, "lower"), table);

    // 40: only 50 is higher, 1 / 4 × 100 = 25.
    expect(Array.from(scores)).toEqual([100, 75, 50, 25, 0]);
  });

  test("missing markers and an error cell are missing", () => {
    const cells: CellValue[] = [30, "", null, "N/A", "-", { error: "#N/A" }, "#N/A", 10];
    const table = tableOf(["Logins"], cells.map((cell) => [cell]));
    const result = score(metricOf("Logins", { kind: "percentile" }), table);

    // Only 30 and 10 are present (n = 2): 30 beats 1 of 1 → 100, 10 beats none → 0.
    expect(Array.from(result.scores)).toEqual([100, NaN, NaN, NaN, NaN, NaN, NaN, 0]);
    expect(Array.from(result.values)).toEqual([30, NaN, NaN, NaN, NaN, NaN, NaN, 10]);
    expect(result.issues).toEqual([]);
  });

  test("numeric text is parsed", () => {
    const table = tableOf(["Spend"], [["1,234"], ["45%"], [" 12 "], [true]]);
    const { values } = score(metricOf("Spend", { kind: "percentile" }), table);

    expect(Array.from(values)).toEqual([1234, 0.45, 12, 1]);
  });

  test("invalid text is missing and reported", () => {
    const table = tableOf(["Account", "Monthly Logins"], [["Acme", 5], ["Globex", "lots"], ["Initech", 9]], 4);
    const result = score(metricOf("monthly logins", { kind: "percentile" }), table);

    // "lots" is not a number, so it leaves the population: 5 and 9 (n = 2) score 0 and 100. It is
    // the second data row under a first data row on sheet row 4, so sheet row 5.
    expect(Array.from(result.scores)).toEqual([0, NaN, 100]);
    expect(result.issues).toEqual([{ code: "invalid-number", row: 5, column: "Monthly Logins", value: "lots" }]);
  });

  test("invalid text never scores as 0", () => {
    const table = tableOf(["NPS"], [["bad"]]);
    const { scores } = score(metricOf("NPS", { kind: "scale", low: -100, high: 100 }), table);

    // 0 on this scale would score (0 + 100) / 200 × 100 = 50; missing is NaN instead.
    expect(scores[0]).toBeNaN();
  });

  test("segments are separate populations", () => {
    const table = tableOf(["Logins"], [[1], [100], [2], [300]]);
    const { scores } = score(metricOf("Logins", { kind: "percentile" }), table, Int32Array.of(0, 1, 0, 1));

    // Segment 0 is 1, 2 and segment 1 is 100, 300: each has a 0 and a 100.
    expect(Array.from(scores)).toEqual([0, 0, 100, 100]);
  });

  test("non-population methods ignore segments", () => {
    const table = tableOf(["CSAT"], [[4], [2]]);
    const { scores } = score(metricOf("CSAT", { kind: "scale", low: 1, high: 5 }), table, Int32Array.of(0, 1));

    // (4 − 1) / 4 × 100 = 75 and (2 − 1) / 4 × 100 = 25, whatever the segment.
    expect(Array.from(scores)).toEqual([75, 25]);
  });

  test("absent column throws", () => {
    const table = tableOf(["Logins"], [[1]]);

    expect(() => score(metricOf("Seats", { kind: "percentile" }), table)).toThrow(/"Seats"/);
  });

  test("empty table scores nothing", () => {
    const result = score(metricOf("Logins", { kind: "zscore" }), tableOf(["Logins"], []));

    expect(result.scores.length).toBe(0);
    expect(result.issues).toEqual([]);
  });
});

describe("scoreMetricColumn with ratios", () => {
  const adoption = (then: NumericMethod): Metric => metricOf("Active users", { kind: "ratio", denominator: "Seats", then });

  test("scores the ratio by its then method", () => {
    const table = tableOf(["Active users", "Seats"], [[30, 40], [10, 40], [40, 40]]);
    const result = score(adoption({ kind: "scale", low: 0, high: 1 }), table);

    // 30 / 40 = 0.75 → 75; 10 / 40 = 0.25 → 25; 40 / 40 = 1 → 100.
    expect(Array.from(result.values)).toEqual([0.75, 0.25, 1]);
    expect(Array.from(result.scores)).toEqual([75, 25, 100]);
  });

  test("zero denominator is missing and reported", () => {
    const table = tableOf(["Active users", "Seats"], [[30, 40], [5, 0], [10, 40], [20, "0"]]);
    const result = score(adoption({ kind: "percentile" }), table);

    // Ratios 0.75 and 0.25 remain (n = 2): 0.75 → 100, 0.25 → 0. Rows 2 and 4 of the data are sheet rows 3 and 5.
    expect(Array.from(result.scores)).toEqual([100, NaN, 0, NaN]);
    expect(result.issues).toEqual([
      { code: "zero-denominator", row: 3, column: "Seats", value: 0 },
      { code: "zero-denominator", row: 5, column: "Seats", value: "0" },
    ]);
  });

  test("invalid numerator and denominator are each reported", () => {
    const table = tableOf(["Active users", "Seats"], [["many", "few"], [3, 4]]);
    const result = score(adoption({ kind: "scale", low: 0, high: 1 }), table);

    expect(result.issues).toEqual([
      { code: "invalid-number", row: 2, column: "Active users", value: "many" },
      { code: "invalid-number", row: 2, column: "Seats", value: "few" },
    ]);
    // 3 / 4 = 0.75 on a 0–1 scale: 75.
    expect(Array.from(result.scores)).toEqual([NaN, 75]);
  });

  test("ratio percentile when lower is better", () => {
    const table = tableOf(["Tickets", "Seats"], [[1, 10], [4, 10], [2, 10]]);
    const metric = metricOf("Tickets", { kind: "ratio", denominator: "Seats", then: { kind: "percentile" } }, "lower");
    const { scores } = score(metric, table);

    // Ratios 0.1, 0.4, 0.2: 0.1 has 2 of 2 higher → 100, 0.4 none → 0, 0.2 one → 50.
    expect(Array.from(scores)).toEqual([100, 0, 50]);
  });
});

describe("scoreMetricColumn with dates", () => {
  const lastContact = metricOf("Last contact", { kind: "recency", targetDays: 0, floorDays: 30 });

  test("reads ISO and serial dates", () => {
    const table = tableOf(["Last contact"], [["2024-10-16"], [45581], [45590.75], [new Date(Date.UTC(2024, 9, 31))]]);
    const result = score(lastContact, table);

    // As of 45596: "2024-10-16" is serial 45581, 15 days → (15 − 30) ÷ (0 − 30) × 100 = 50.
    // 45581 is the same day → 50. 45590.75 counts as day 45590, 6 days → (6 − 30) / −30 × 100 = 80.
    // The as-of date itself is 0 days → 100.
    expect(Array.from(result.values)).toEqual([15, 15, 6, 0]);
    expect(Array.from(result.scores)).toEqual([50, 50, 80, 100]);
  });

  test("future dates score 100", () => {
    const { scores } = score(lastContact, tableOf(["Last contact"], [["2024-11-05"]]));

    // 2024-11-05 is 5 days after the as-of date: −5 days, clamped to the target's 100.
    expect(scores[0]).toBe(100);
  });

  test("ambiguous date text is reported", () => {
    const result = score(lastContact, tableOf(["Last contact"], [["10/16/2024"], [""]]));

    expect(Array.from(result.scores)).toEqual([NaN, NaN]);
    expect(result.issues).toEqual([{ code: "invalid-date", row: 2, column: "Last contact", value: "10/16/2024" }]);
  });
});

describe("scoreMetricColumn with labels", () => {
  const health = metricOf("CSM status", { kind: "category", scores: { Green: 100, Yellow: 50, Red: 0 } });

  test("scores labels case-insensitively", () => {
    const result = score(health, tableOf(["CSM status"], [[" green"], ["RED"], ["Yellow"], ["n/a"]]));

    expect(Array.from(result.scores)).toEqual([100, 0, 50, NaN]);
    expect(result.issues).toEqual([]);
  });

  test("unknown label is reported with the allowed labels", () => {
    const result = score(health, tableOf(["CSM status"], [["Amber"]]));

    expect(result.scores[0]).toBeNaN();
    expect(result.issues).toEqual([
      { code: "unknown-category", row: 2, column: "CSM status", value: "Amber", allowed: ["Green", "Yellow", "Red"] },
    ]);
  });

  test("labels have no numeric value", () => {
    expect(Array.from(score(health, tableOf(["CSM status"], [["Green"]])).values)).toEqual([NaN]);
  });
});

// ---- Properties over random tables ----

const HEADERS = ["Value", "Seats"];
const small = fc.integer({ min: -10, max: 10 });

const numericMethod: fc.Arbitrary<NumericMethod> = fc.oneof(
  fc.constant<NumericMethod>({ kind: "percentile" }),
  fc.constant<NumericMethod>({ kind: "zscore" }),
  fc.constant<NumericMethod>({ kind: "minmax" }),
  fc.tuple(small, small).map(([a, b]): NumericMethod => ({ kind: "minmax", min: Math.min(a, b), max: Math.max(a, b) })),
  fc.tuple(small, small).filter(([a, b]) => a !== b).map(([floor, target]): NumericMethod => ({ kind: "target", floor, target })),
  fc
    .array(fc.tuple(small, fc.integer({ min: 0, max: 100 })), { minLength: 1, maxLength: 4 })
    .map((points): NumericMethod => ({ kind: "thresholds", points: [...points].sort((p, q) => p[0] - q[0]) })),
  fc
    .array(small, { maxLength: 3 })
    .chain((cuts) =>
      fc
        .array(fc.integer({ min: 0, max: 100 }), { minLength: cuts.length + 1, maxLength: cuts.length + 1 })
        .map((points): NumericMethod => ({ kind: "tiers", cuts: [...cuts].sort((a, b) => a - b), points })),
    ),
  fc.tuple(small, small).filter(([a, b]) => a < b).map(([low, high]): NumericMethod => ({ kind: "scale", low, high })),
);

const metricMethod: fc.Arbitrary<MetricMethod> = fc.oneof(
  numericMethod,
  numericMethod.map((then): MetricMethod => ({ kind: "ratio", denominator: "Seats", then })),
  fc.constant<MetricMethod>({ kind: "category", scores: { Green: 100, Yellow: 50, Red: 0 } }),
  fc.tuple(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 60 })).filter(([a, b]) => a !== b)
    .map(([targetDays, floorDays]): MetricMethod => ({ kind: "recency", targetDays, floorDays })),
);

const unreadable = fc.constantFrom<CellValue>("", null, undefined, "N/A", "-", { error: "#N/A" }, "#DIV/0!", "lots", "12abc");
const numberCell: fc.Arbitrary<CellValue> = fc.oneof(
  small,
  fc.double({ min: -1e6, max: 1e6, noNaN: true }),
  fc.constantFrom<CellValue>("1,234", "45%", " 7 ", "-3", true, false),
  unreadable,
);
const seatsCell: fc.Arbitrary<CellValue> = fc.oneof(fc.integer({ min: 0, max: 5 }), unreadable);
const dateCell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.integer({ min: AS_OF_SERIAL - 90, max: AS_OF_SERIAL + 10 }),
  fc.double({ min: AS_OF_SERIAL - 90, max: AS_OF_SERIAL + 10, noNaN: true }),
  fc.date({ min: new Date("2024-08-01T00:00:00Z"), max: new Date("2024-11-10T00:00:00Z"), noInvalidDate: true }),
  fc.date({ min: new Date("2024-08-01T00:00:00Z"), max: new Date("2024-11-10T00:00:00Z"), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10)),
  fc.constantFrom<CellValue>("10/16/2024", "soon", 0),
  unreadable,
);
const labelCell = fc.constantFrom<CellValue>("Green", " green ", "RED", "Yellow", "amber", 1, true, "", "N/A", null);

function valueCellFor(method: MetricMethod): fc.Arbitrary<CellValue> {
  if (method.kind === "category") return labelCell;
  if (method.kind === "recency") return dateCell;
  return numberCell;
}

interface Case {
  readonly input: MetricColumnInput;
}

const caseArbitrary: fc.Arbitrary<Case> = fc
  .tuple(metricMethod, fc.constantFrom<Direction>("higher", "lower"), fc.integer({ min: 0, max: 30 }), fc.boolean())
  .chain(([method, direction, rowCount, segmented]) =>
    fc
      .tuple(
        fc.array(fc.tuple(valueCellFor(method), seatsCell), { minLength: rowCount, maxLength: rowCount }),
        fc.array(fc.integer({ min: 0, max: 2 }), { minLength: rowCount, maxLength: rowCount }),
        fc.double({ min: AS_OF_SERIAL, max: AS_OF_SERIAL + 0.99, noNaN: true }),
      )
      .map(([rows, segmentIds, asOfSerial]) => ({
        input: {
          metric: metricOf("Value", method, direction),
          table: tableOf(HEADERS, rows.map(([value, seats]) => [value, seats])),
          segments: segmented ? Int32Array.from(segmentIds) : null,
          asOfSerial,
        },
      })),
  );

/** Reorders the table's rows (and their segments): row `order[i]` of the input becomes row i. */
function reorder(input: MetricColumnInput, order: readonly number[]): MetricColumnInput {
  const { table, segments } = input;
  return {
    ...input,
    table: { ...table, rows: order.map((from) => table.rows[from] as CellValue[]) },
    segments: segments === null ? null : Int32Array.from(order.map((from) => segments[from] as number)),
  };
}

function issueKey(issue: CellIssue): string {
  return `${issue.row}|${issue.column}|${issue.code}|${JSON.stringify(issue.value) ?? "undefined"}`;
}

describe("scoreMetricColumn properties", () => {
  test("scores stay within 0–100", () => {
    fc.assert(
      fc.property(caseArbitrary, ({ input }) => {
        const { scores } = scoreMetricColumn(input);
        expect(scores.every((value) => Number.isNaN(value) || (value >= 0 && value <= 100))).toBe(true);
      }),
      { seed: 42, numRuns: 400 },
    );
  });

  test("reordering rows changes no score", () => {
    const withOrder = caseArbitrary.chain((testCase) => {
      const indexes = testCase.input.table.rows.map((_, index) => index);
      return fc
        .shuffledSubarray(indexes, { minLength: indexes.length, maxLength: indexes.length })
        .map((order) => ({ ...testCase, order }));
    });

    fc.assert(
      fc.property(withOrder, ({ input, order }) => {
        const original = scoreMetricColumn(input);
        const reordered = scoreMetricColumn(reorder(input, order));

        order.forEach((from, to) => {
          expect(reordered.scores[to]).toBe(original.scores[from]);
          expect(reordered.values[to]).toBe(original.values[from]);
        });
        const first = input.table.firstRowNumber;
        const movedBack = reordered.issues.map((issue) => ({ ...issue, row: (order[issue.row - first] as number) + first }));
        expect(movedBack.map(issueKey).sort()).toEqual(original.issues.map(issueKey).sort());
      }),
      { seed: 42, numRuns: 300 },
    );
  });

  test("scoreValue agrees with the column", () => {
    fc.assert(
      fc.property(caseArbitrary, ({ input }) => {
        const { scores, issues } = scoreMetricColumn(input);
        const { metric, table, segments, asOfSerial } = input;

        table.rows.forEach((row, index) => {
          const peers = table.rows.filter((_, other) => segments === null || segments[other] === segments[index]);
          const single =
            metric.method.kind === "ratio"
              ? scoreRatioValue(row[0], row[1], metric.method, metric.direction, peers.map((peer) => [peer[0], peer[1]] as const))
              : scoreValue(row[0], metric.method, metric.direction, peers.map((peer) => peer[0]), asOfSerial);
          const columnScore = scores[index] as number;

          if (!Number.isNaN(columnScore)) {
            expect(single).toEqual({ score: columnScore });
            return;
          }
          const firstIssue = issues.find((issue) => issue.row === table.firstRowNumber + index);
          expect(single).toEqual({ issue: firstIssue?.code ?? "missing" });
        });
      }),
      { seed: 42, numRuns: 300 },
    );
  });
});

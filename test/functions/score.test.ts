import { cellError, errorOf } from "./custom-functions-stand-in";
import { HEALTH_FUNCTIONS, MAX_SCORE_ROWS } from "../../src/functions";
import { normalizeModel } from "../../src/core/normalize-model";
import { OUTPUT_COLUMNS, outputRow } from "../../src/core/outputs";
import { scorePortfolio } from "../../src/core/score";
import type { CellValue } from "../../src/core/table";

const score = (...args: unknown[]): unknown => HEALTH_FUNCTIONS["SCORE"]!(...args);

const DATA: unknown[][] = [
  ["Account", "NPS", "Logins", "Seats used", "Goal attainment"],
  ["Acme", 50, 10, 0.9, 0.8],
  ["Birch", -20, 3, 0.4, 0.3],
  ["Cobalt", 10, "", 0.7, cellError("#N/A")],
  ["Dune", 70, 25, "abc", 0.95],
];

const MAP: unknown[][] = [
  ["Column", "Pillar", "Method", "Direction", "Weight", "Parameters"],
  ["NPS", "Satisfaction", "scale", "", "", "low=-100; high=100"],
  ["Logins", "Engagement", "", "", "", ""],
  ["Seats used", "Adoption", "target", "", 1, "floor=0; target=1"],
  ["Goal attainment", "Outcomes", "minmax", "", "", ""],
];

/** Builds the rows the core writes for the same table and model, as the CLI and the pane write them. */
function coreRows(policy: string): unknown[][] {
  const model = normalizeModel({
    accountColumn: "Account",
    missingPolicy: policy,
    metrics: [
      { column: "NPS", pillar: "Satisfaction", method: { kind: "scale", low: -100, high: 100 } },
      { column: "Logins", pillar: "Engagement", method: "percentile" },
      { column: "Seats used", pillar: "Adoption", method: { kind: "target", floor: 0, target: 1 }, weight: 1 },
      { column: "Goal attainment", pillar: "Outcomes", method: "minmax" },
    ],
  });
  if (!model.ok) throw new Error("the test model is invalid");
  const table = {
    headers: DATA[0] as string[],
    rows: DATA.slice(1).map((row) => row.map((cell) => (cell instanceof Object ? { error: "#N/A" } : cell) as CellValue)),
    firstRowNumber: 2,
  };
  const scored = scorePortfolio(table, model.value);
  if (!scored.ok) throw new Error("the test table does not score");
  return [[...OUTPUT_COLUMNS], ...scored.value.accounts.map((account) => outputRow(account, model.value.bands))];
}

describe("HEALTH.SCORE", () => {
  test("spills the rows the core writes", () => {
    expect(score(DATA, MAP, null, "account=Account")).toEqual(coreRows("redistribute"));
  });

  test("takes options as a two-column range", () => {
    // The HealthSettings rows, passed unchanged.
    const options = [
      ["Missing-data policy", "neutral"],
      ["Minimum coverage", 0.5],
      ["Account column", "Account"],
      ["Outcome column", ""],
    ];
    expect(score(DATA, MAP, [[25], [25], [25], [25]], options)).toEqual(coreRows("neutral"));
  });

  test("counts an error cell as a missing value", () => {
    const rows = score(DATA, MAP) as unknown[][];
    // Cobalt's Goal attainment is #N/A: Outcomes has no data, the rest of the row is scored.
    expect(rows[3]?.[3]).toBe("");
    expect(rows[3]?.[5]).not.toBe("");
  });

  test("never spills null", () => {
    const rows = score(DATA, MAP) as unknown[][];
    expect(rows.flat().filter((cell) => cell === null || cell === undefined)).toEqual([]);
  });

  test("trims a whole-column reference", () => {
    const column = Array.from({ length: 1_048_576 }, (_, row) => DATA[row] ?? [null, null, null, null, null]);
    expect(score(column, MAP)).toEqual(score(DATA, MAP));
  });

  test("gives the same scores when rows are reordered", () => {
    const reordered = [DATA[0]!, ...DATA.slice(1).reverse()];
    const forward = (score(DATA, MAP) as unknown[][]).slice(1);
    const backward = (score(reordered, MAP) as unknown[][]).slice(1).reverse();
    expect(backward).toEqual(forward);
  });

  test("rejects a table above the row limit", () => {
    const big = [DATA[0]!, ...Array.from({ length: MAX_SCORE_ROWS + 1 }, (_, row) => ["A", row, row, 0.5, 0.5])];
    expect(errorOf(score(big, MAP))).toEqual({
      code: "#N/A",
      message: `The table has ${MAX_SCORE_ROWS + 1} account rows; HEALTH.SCORE scores at most ${MAX_SCORE_ROWS}. Use the task pane's Apply for a table this size.`,
    });
  });

  test("names the map row of a misspelt pillar", () => {
    const map = [MAP[0]!, MAP[1]!, ["Logins", "Engagment", "", "", "", ""]];
    expect(errorOf(score(DATA, map))).toEqual({
      code: "#VALUE!",
      message: 'model_map row 3, column Pillar: "Engagment" is not a pillar. Expected one of "Engagement", "Satisfaction", "Adoption", "Outcomes".',
    });
  });

  test("names the map row of a column the table lacks", () => {
    const map = [MAP[0]!, ["Health", "Satisfaction", "", "", "", ""]];
    expect(errorOf(score(DATA, map))).toEqual({
      code: "#VALUE!",
      message: 'model_map row 2, column Column: the column "Health" is not in the table. Headers found: "Account", "NPS", "Logins", "Seats used", "Goal attainment".',
    });
  });

  test("rejects an unknown option", () => {
    expect(errorOf(score(DATA, MAP, null, "colour=red"))).toEqual({
      code: "#VALUE!",
      message: 'options: "colour" is not an option. Expected one of policy, minCoverage, healthy, watch, account, segment, asOf.',
    });
  });

  test("requires asOf for a recency metric", () => {
    const map = [MAP[0]!, ["Logins", "Engagement", "recency", "", "", "targetDays=7; floorDays=90"]];
    expect(errorOf(score(DATA, map))).toEqual({
      code: "#VALUE!",
      message: "The recency method needs options (asOf), the date to count days to, e.g. TODAY() or DATE(2026,11,30).",
    });
  });

  test("rejects a header without rows", () => {
    expect(errorOf(score([DATA[0]], MAP))).toEqual({ code: "#VALUE!", message: "data must include the header row and at least one account row." });
  });
});

describe("HEALTH.SCORE with segments and overrides", () => {
  const data: unknown[][] = [
    ["Account", "Segment", "NPS", "Logins"],
    ["Acme", "Enterprise", 50, 10],
    ["Birch", "SMB", -20, 3],
    ["Cobalt", "Enterprise", 10, 7],
    ["Dune", "SMB", 70, 25],
  ];
  const map: unknown[][] = [
    ["Column", "Pillar", "Method", "Direction", "Weight", "Parameters"],
    ["NPS", "Satisfaction", "scale", "", "", "low=-100; high=100"],
    ["Logins", "Engagement", "", "", "", ""],
  ];
  const segmentWeights: unknown[][] = [
    ["Segment", "Engagement", "Satisfaction", "Adoption", "Outcomes"],
    ["Enterprise", 10, 70, 10, 10],
  ];
  const overrides: unknown[][] = [
    ["Account", "Band", "Score", "Reason", "Owner", "Expires"],
    ["Birch", "Watch", "", "Exec sponsor re-engaged", "Dana", "2026-12-31"],
    ["Dune", "", 30, "Renewal at risk", "Lee", "2026-01-31"],
  ];
  const options = "account=Account; segment=Segment; minCoverage=0.25; asOf=2026-11-30";

  /** Builds the rows the CLI writes for the same model: scorePortfolio, then outputRow. */
  function cliRows(): unknown[][] {
    const model = normalizeModel({
      accountColumn: "Account",
      segmentColumn: "Segment",
      minCoverage: 0.25,
      asOf: "2026-11-30",
      metrics: [
        { column: "NPS", pillar: "Satisfaction", method: { kind: "scale", low: -100, high: 100 } },
        { column: "Logins", pillar: "Engagement" },
      ],
      segmentWeights: { Enterprise: { Engagement: 10, Satisfaction: 70, Adoption: 10, Outcomes: 10 } },
      // Dune's override expired on 2026-01-31, before the as-of date, so only Birch's applies.
      overrides: [
        { account: "Birch", band: "Watch", score: null, reason: "Exec sponsor re-engaged", owner: "Dana", expires: "2026-12-31" },
        { account: "Dune", band: null, score: 30, reason: "Renewal at risk", owner: "Lee", expires: "2026-01-31" },
      ],
    });
    if (!model.ok) throw new Error("the test model is invalid");
    const table = { headers: data[0] as string[], rows: data.slice(1) as CellValue[][], firstRowNumber: 2 };
    const scored = scorePortfolio(table, model.value);
    if (!scored.ok) throw new Error("the test table does not score");
    return [[...OUTPUT_COLUMNS], ...scored.value.accounts.map((account) => outputRow(account, model.value.bands))];
  }

  test("spills the rows the CLI writes", () => {
    expect(score(data, map, null, options, segmentWeights, overrides)).toEqual(cliRows());
  });

  test("applies the segment's weights", () => {
    const withSegments = score(data, map, null, options, segmentWeights) as unknown[][];
    const without = score(data, map, null, options) as unknown[][];
    // Acme (Enterprise) weighs Satisfaction 70 against Engagement 10; Birch (SMB) keeps equal weights.
    expect(withSegments[1]?.[4]).not.toEqual(without[1]?.[4]);
    expect(withSegments[2]).toEqual(without[2]);
  });

  test("shows an active override", () => {
    const rows = score(data, map, null, options, null, overrides) as unknown[][];
    expect(rows[2]?.[5]).toBe("Watch");
    expect(String(rows[2]?.[10])).toContain("Exec sponsor re-engaged");
  });

  test("reads the tables without header rows", () => {
    // A structured reference such as HealthSegmentWeights passes the data rows only.
    expect(score(data, map, null, options, segmentWeights.slice(1), overrides.slice(1))).toEqual(cliRows());
  });

  test("accepts the HealthSettings rows", () => {
    const settings = [
      ["Account column", "Account"],
      ["Segment column", "Segment"],
      ["Minimum coverage", 0.25],
      ["As-of date", "2026-11-30"],
      ["Model version", 3],
      ["Trend periods", 4],
      ["Decline threshold", 5],
    ];
    expect(score(data, map, null, settings, segmentWeights, overrides)).toEqual(cliRows());
  });

  test("requires asOf for overrides", () => {
    expect(errorOf(score(data, map, null, "account=Account", null, overrides))).toEqual({
      code: "#VALUE!",
      message: "The overrides need options (asOf), the date their expiry is checked against, e.g. TODAY() or DATE(2026,11,30).",
    });
  });

  test("names the cell of a bad segment weight", () => {
    const bad = [segmentWeights[0]!, ["Enterprise", 10, -70, 10, 10]];
    expect(errorOf(score(data, map, null, options, bad))).toEqual({
      code: "#VALUE!",
      message: "segment_weights row 2, column Satisfaction: weight -70 is not allowed. Expected a number of 0 or more.",
    });
  });

  test("names the option segment weights need", () => {
    expect(errorOf(score(data, map, null, "account=Account", segmentWeights))).toEqual({
      code: "#VALUE!",
      message: "options (segment) is missing. Expected the segment column that segmentWeights refers to.",
    });
  });

  test("rejects a table of the wrong width", () => {
    expect(errorOf(score(data, map, null, options, [["Enterprise", 10, 70]]))).toEqual({
      code: "#VALUE!",
      message: "segment_weights must be the 5 columns Segment | Engagement | Satisfaction | Adoption | Outcomes, with or without its header row; received 1 row × 3 columns.",
    });
  });
});

import { cellError, errorOf } from "./custom-functions-stand-in";
import { HEALTH_FUNCTIONS } from "../../src/functions";

/** Calls a HEALTH function by id with Excel-shaped arguments. */
function call(id: string, ...args: unknown[]): unknown {
  const fn = HEALTH_FUNCTIONS[id];
  if (fn === undefined) throw new Error(`No HEALTH function has the id ${id}`);
  return fn(...args);
}

function valueError(message: string): { code: string; message: string } {
  return { code: "#VALUE!", message };
}

function notAvailable(message: string): { code: string; message: string } {
  return { code: "#N/A", message };
}

describe("HEALTH.PILLAR", () => {
  test("weights the scores present", () => {
    // (2 · 80 + 1 · 50) ÷ (2 + 1): the blank second score and its weight are left out.
    expect(call("PILLAR", [[80, "", 50]], [[2, 1, 1]])).toBe(70);
  });

  test("treats null, empty text and errors as no score", () => {
    // Only 90 and 60 are present: (90 + 60) ÷ 2.
    expect(call("PILLAR", [[90], [null], [""], [cellError("#N/A")], ["N/A"], [60]])).toBe(75);
  });

  test("reads numbers as text and booleans", () => {
    // " 80 " reads as 80 and TRUE as 1: (80 + 1) ÷ 2.
    expect(call("PILLAR", [[" 80 ", true]])).toBe(40.5);
  });

  test("counts a typed 0 as a score", () => {
    expect(call("PILLAR", [[0, 100]])).toBe(50);
  });

  test("has no data when no score is present", () => {
    expect(errorOf(call("PILLAR", [["", null, cellError("#N/A")]]))).toEqual(
      notAvailable("scores has no score present (every cell is blank, a missing marker or an error), so the pillar has no data."),
    );
  });

  test("has no data when the present scores weigh 0", () => {
    expect(errorOf(call("PILLAR", [[80, ""]], [[0, 1]]))).toEqual(notAvailable("Every metric score present in scores has weight 0, so the pillar has no data."));
  });

  test("rejects text that is not a number", () => {
    expect(errorOf(call("PILLAR", [[80, "high"]]))).toEqual(
      valueError('scores (cell 2) is "high", not a number. Expected a score from 0 to 100, or a blank cell for no data.'),
    );
  });

  test("rejects a score above 100", () => {
    expect(errorOf(call("PILLAR", [[80, 120]]))).toEqual(valueError("scores (cell 2) is 120, which is outside 0 to 100."));
  });

  test("rejects a weight count that differs", () => {
    expect(errorOf(call("PILLAR", [[80, 60]], [[1, 1, 1]]))).toEqual(valueError("weights has 3 cells but scores has 2; give one per metric."));
  });

  test("rejects a block of several rows and columns", () => {
    expect(errorOf(call("PILLAR", [[80, 60], [70, 50]]))).toEqual(valueError("scores must be one row or one column of cells; received 2 rows × 2 columns."));
  });

  test("rejects a negative weight", () => {
    expect(errorOf(call("PILLAR", [[80, 60]], [[1, -1]]))).toEqual(valueError("weights (cell 2): weight -1 is not allowed. Expected a number of 0 or more."));
  });

  test("rejects all-zero weights", () => {
    expect(errorOf(call("PILLAR", [[80, 60]], [[0, 0]]))).toEqual(
      valueError("weights: every weight is 0, so nothing would count. Expected at least one weight above 0."),
    );
  });

  test("trims a whole-column reference", () => {
    const column: unknown[][] = Array.from({ length: 1_048_576 }, () => [null]);
    column[0] = [90];
    column[1] = [70];
    const started = Date.now();
    expect(call("PILLAR", column)).toBe(80);
    // A generous bound: trimming is one pass over the blank rows.
    expect(Date.now() - started).toBeLessThan(2000);
  });
});

describe("HEALTH.PILLAR.RAW", () => {
  const population = [
    [10, 5],
    [20, 4],
    [30, 3],
    [40, 2],
    [50, 1],
  ];

  test("scores each value against its column", () => {
    // 40 beats 3 of the other 4 (higher is better) and 2 beats 3 of the other 4 (lower is better): both 75.
    expect(call("PILLAR.RAW", [[40, 2]], population, [["higher", "lower"]])).toBe(75);
  });

  test("leaves out a missing value", () => {
    // Only the first metric has a value: 10 beats none of the other 4, so 0.
    expect(call("PILLAR.RAW", [[10, cellError("#N/A")]], population)).toBe(0);
  });

  test("weights the metric scores", () => {
    // Both higher is better: 50 beats all 4 others (100) and 1 beats none (0); (3 · 100 + 1 · 0) ÷ 4.
    expect(call("PILLAR.RAW", [[50, 1]], population, null, [[3, 1]])).toBe(75);
  });

  test("rejects a population of another width", () => {
    expect(errorOf(call("PILLAR.RAW", [[40, 2, 7]], population))).toEqual(
      valueError("population has 2 columns but values has 3 cells; give one population column per metric."),
    );
  });

  test("rejects a method that needs parameters", () => {
    expect(errorOf(call("PILLAR.RAW", [[40, 2]], population, null, null, [["target", ""]]))).toEqual(
      valueError(
        'HEALTH.PILLAR.RAW scores with percentile, minmax or zscore only; "target" needs parameters, so score that metric with HEALTH.METRIC and combine with HEALTH.PILLAR.',
      ),
    );
  });
});

describe("HEALTH.METRIC", () => {
  const population = [[10], [20], [30], [40], [50]];

  test("scores a percentile by default", () => {
    // 40 beats 3 of the other 4 values: 3 ÷ 4 × 100.
    expect(call("METRIC", 40, population)).toBe(75);
  });

  test("scores lower is better", () => {
    // 20 beats 3 of the other 4 when lower is better (30, 40, 50).
    expect(call("METRIC", 20, population, "percentile", "lower")).toBe(75);
  });

  test("leaves error cells out of the population", () => {
    // With the #N/A left out the population is 10, 20, 40, 50: 40 beats 2 of 3.
    expect(call("METRIC", 40, [[10], [20], [cellError("#N/A")], [40], [50]])).toBeCloseTo(66.667, 3);
  });

  test("scores a target from parameter text", () => {
    // Linear from floor 0 (score 0) to target 80 (score 100): 40 ÷ 80 × 100.
    expect(call("METRIC", 40, [["floor=0; target=80"]], "target")).toBe(50);
  });

  test("scores a scale from a range of keys and values", () => {
    // NPS 20 on −100 to 100: (20 + 100) ÷ 200 × 100.
    expect(call("METRIC", 20, [["low", -100], ["high", 100]], "scale")).toBe(60);
  });

  test("scores a category label", () => {
    expect(call("METRIC", " green ", [["scores=Green:100, Yellow:50, Red:0"]], "category")).toBe(100);
  });

  test("scores recency against as_of", () => {
    // 12 days before as_of, linear from 7 days (100) to 90 days (0): (90 − 12) ÷ 83 × 100.
    expect(call("METRIC", 45000, [["targetDays=7; floorDays=90"]], "recency", null, 45012)).toBeCloseTo((78 / 83) * 100, 9);
  });

  test("scores a ratio from numerator and denominator", () => {
    // Ratios 0.75, 0.25, 0.5: 0.75 beats both others.
    expect(call("METRIC", [[30, 40]], [[30, 40], [10, 40], [20, 40]], "ratio")).toBe(100);
  });

  test("reports a blank value as no score", () => {
    expect(errorOf(call("METRIC", null, population))).toEqual(notAvailable("value is blank or a missing marker such as N/A, so the metric has no score."));
  });

  test("reports a missing parameter", () => {
    expect(errorOf(call("METRIC", 40, [["floor=0"]], "target"))).toEqual(valueError("population_or_params (target) is missing. Expected a number."));
  });

  test("reports a method that needs parameters", () => {
    expect(errorOf(call("METRIC", 40, population, "target"))).toEqual(
      valueError("population_or_params must be text such as \"floor=0; target=100\" or a two-column range of keys and values; received 5 rows × 1 column."),
    );
  });

  test("reports an unknown method", () => {
    expect(errorOf(call("METRIC", 40, population, "median"))).toEqual(
      valueError(
        'method: "median" is not a scoring method. Expected one of "percentile", "minmax", "target", "thresholds", "tiers", "zscore", "scale", "category", "recency", "ratio".',
      ),
    );
  });

  test("reports an unknown label", () => {
    expect(errorOf(call("METRIC", "Blue", [["scores=Green:100, Red:0"]], "category"))).toEqual(valueError('value is "Blue". Expected one of the labels "Green", "Red".'));
  });

  test("requires as_of for recency", () => {
    expect(errorOf(call("METRIC", 45000, [["targetDays=7; floorDays=90"]], "recency"))).toEqual(
      valueError("The recency method needs as_of, the date to count days to, e.g. TODAY() or DATE(2026,11,30)."),
    );
  });
});

describe("HEALTH.COMPOSITE", () => {
  test("redistributes a missing pillar by default", () => {
    // (80 + 60 + 40) ÷ 3 with Satisfaction blank.
    expect(call("COMPOSITE", [[80, null, 60, 40]])).toBe(60);
  });

  test("reads a column as well as a row", () => {
    expect(call("COMPOSITE", [[80], [""], [60], [40]])).toBe(60);
  });

  test("counts an error cell as a missing pillar", () => {
    expect(call("COMPOSITE", [[80, cellError("#N/A"), 60, 40]])).toBe(60);
  });

  test("normalises the weights", () => {
    // Weights 2, 1, 1, 0 are 0.5, 0.25, 0.25, 0: 0.5 · 80 + 0.25 · 40 + 0.25 · 60.
    expect(call("COMPOSITE", [[80, 40, 60, 0]], [[2, 1, 1, 0]])).toBe(65);
  });

  test("reads weights as percent text", () => {
    // "50%" and "25%" read as 0.5 and 0.25, the same shares as 2, 1, 1, 0.
    expect(call("COMPOSITE", [[80, 40, 60, 0]], [["50%", "25%", "25%", 0]])).toBe(65);
  });

  test("counts a missing pillar as 50 under neutral", () => {
    // (80 + 50 + 60 + 40) ÷ 4.
    expect(call("COMPOSITE", [[80, "", 60, 40]], null, "neutral")).toBe(57.5);
  });

  test("counts a missing pillar as 0 under penalize", () => {
    // (80 + 0 + 60 + 40) ÷ 4.
    expect(call("COMPOSITE", [[80, "", 60, 40]], null, "Penalize")).toBe(45);
  });

  test("reports insufficient data below the minimum coverage", () => {
    expect(errorOf(call("COMPOSITE", [[80, null, null, null]]))).toEqual(
      notAvailable("Insufficient data (coverage 25%, needs 50%): only Engagement has data."),
    );
  });

  test("accepts a lower minimum coverage", () => {
    expect(call("COMPOSITE", [[80, null, null, null]], null, null, 0.25)).toBe(80);
  });

  test("rejects the median policy without medians", () => {
    expect(errorOf(call("COMPOSITE", [[80, 70, 60, 40]], null, "median"))).toEqual(
      valueError(
        'missing_policy "median" needs pillar_medians, the portfolio median of each pillar (e.g. MEDIAN of each pillar column); give it, use HEALTH.SCORE, or choose redistribute, neutral or penalize.',
      ),
    );
  });

  test("fills a missing pillar with its median", () => {
    // Satisfaction takes its median 70: (80 + 70 + 60 + 40) ÷ 4.
    expect(call("COMPOSITE", [[80, "", 60, 40]], null, "median", null, [[50, 70, 55, 45]])).toBe(62.5);
  });

  test("redistributes a pillar with a blank median", () => {
    // No account has Satisfaction, so its weight is shared as under redistribute: (80 + 60 + 40) ÷ 3.
    expect(call("COMPOSITE", [[80, "", 60, 40]], null, "median", null, [[50, "", 55, 45]])).toBe(60);
  });

  test("ignores the medians under another policy", () => {
    expect(call("COMPOSITE", [[80, "", 60, 40]], null, "neutral", null, [[50, 70, 55, 45]])).toBe(57.5);
  });

  test("rejects an unknown policy", () => {
    expect(errorOf(call("COMPOSITE", [[80, 70, 60, 40]], null, "ignore"))).toEqual(
      valueError('missing_policy: "ignore" is not a missing-data policy. Expected one of "redistribute", "neutral", "penalize", "median".'),
    );
  });

  test("rejects a minimum coverage above 1", () => {
    expect(errorOf(call("COMPOSITE", [[80, 70, 60, 40]], null, null, 50))).toEqual(valueError("min_coverage: 50 is not valid. Expected a share from 0 to 1, e.g. 0.5."));
  });

  test("rejects three pillar scores", () => {
    expect(errorOf(call("COMPOSITE", [[80, 70, 60]]))).toEqual(
      valueError("pillar_scores must be 4 cells in one row or one column (Engagement, Satisfaction, Adoption, Outcomes); received 1 row × 3 columns."),
    );
  });

  test("rejects a blank weight", () => {
    expect(errorOf(call("COMPOSITE", [[80, 70, 60, 40]], [[1, "", 1, 1]]))).toEqual(
      valueError("weights (Satisfaction) is blank. Expected a weight of 0 or more; enter 0 to leave it out."),
    );
  });

  test("rejects an error weight", () => {
    expect(errorOf(call("COMPOSITE", [[80, 70, 60, 40]], [[1, cellError("#REF!"), 1, 1]]))).toEqual(
      valueError("weights (Satisfaction) is #REF!. Expected a weight of 0 or more; enter 0 to leave it out."),
    );
  });

  test("rejects a negative weight", () => {
    expect(errorOf(call("COMPOSITE", [[80, 70, 60, 40]], [[1, 1, -1, 1]]))).toEqual(
      valueError("weights (Adoption): weight -1 is not allowed. Expected a number of 0 or more."),
    );
  });

  test("rejects all-zero weights", () => {
    expect(errorOf(call("COMPOSITE", [[80, 70, 60, 40]], [[0, 0, 0, 0]]))).toEqual(
      valueError("weights: every weight is 0, so nothing would count. Expected at least one weight above 0."),
    );
  });

  test("treats a single blank cell as omitted", () => {
    // A reference to one blank cell may arrive as null, like an omitted argument: equal weights.
    expect(call("COMPOSITE", [[80, 70, 60, 40]], [[null]])).toBe(62.5);
  });
});

describe("HEALTH.BAND", () => {
  test.each([
    [70, "Healthy"],
    [69.99, "Watch"],
    [40, "Watch"],
    [39.9, "At risk"],
  ])("puts %p in %p at the default thresholds", (score, band) => {
    expect(call("BAND", score)).toBe(band);
  });

  test("uses given thresholds and labels", () => {
    expect(call("BAND", 65, [[60], [30]], [["Green", "Amber", "Red"]])).toBe("Green");
  });

  test("keeps the default for a blank label", () => {
    expect(call("BAND", 20, null, [["Green", "Amber", ""]])).toBe("At risk");
  });

  test("reports a blank score as no band", () => {
    expect(errorOf(call("BAND", ""))).toEqual(notAvailable("score has no value, so there is nothing to put in a band."));
  });

  test("reports an error score as no band", () => {
    expect(errorOf(call("BAND", cellError("#N/A")))).toEqual(notAvailable("score has no value, so there is nothing to put in a band."));
  });

  test("rejects thresholds out of order", () => {
    expect(errorOf(call("BAND", 50, [[40, 70]]))).toEqual(
      valueError("thresholds (Watch): 70 is not below the Healthy threshold. Expected a threshold below the Healthy threshold (40)."),
    );
  });

  test("rejects three thresholds", () => {
    expect(errorOf(call("BAND", 50, [[70, 40, 10]]))).toEqual(valueError("thresholds must be 2 cells, the Healthy and the Watch threshold; received 3 cells."));
  });

  test("rejects a range as the score", () => {
    expect(errorOf(call("BAND", [[50, 60]]))).toEqual(valueError("score must be a single cell; received 1 row × 2 columns."));
  });
});

describe("HEALTH.DRIVER, GAP, COVERAGE, DIAGNOSIS and EXPLAIN", () => {
  // Equal weights: composite (80 + 50 + 65 + 30) ÷ 4 = 56.25 (Watch); weighted shortfalls below 70
  // are 0, 5, 1.25 and 10, so Outcomes drives; (70 − 56.25) ÷ 0.25 = 55 points reach Healthy.
  const account = [[80, 50, 65, 30]];

  test("finds the driver", () => {
    expect(call("DRIVER", account)).toBe("Outcomes");
  });

  test("returns no driver when every pillar is healthy", () => {
    expect(call("DRIVER", [[80, 75, 90, 70]])).toBe("");
  });

  test("moves the driver with the weights", () => {
    // Weights 1, 4, 1, 1: Satisfaction's shortfall 4 · 20 passes Outcomes' 1 · 40.
    expect(call("DRIVER", account, [[1, 4, 1, 1]])).toBe("Satisfaction");
  });

  test("moves the driver with the healthy threshold", () => {
    // At 50 only Outcomes (30) is below.
    expect(call("DRIVER", [[80, 50, 45, 30]], null, 50)).toBe("Outcomes");
  });

  test("computes the gap", () => {
    expect(call("GAP", account)).toBe(55);
  });

  test("divides the gap by the driver's weight", () => {
    // Weights 1, 1, 1, 10 with Outcomes at 0: composite (80 + 50 + 65 + 10 · 0) ÷ 13 = 15 (At risk);
    // (40 − 15) ÷ (10 ÷ 13) = 32.5 points, within the 100 Outcomes can gain.
    expect(call("GAP", [[80, 50, 65, 0]], [[1, 1, 1, 10]])).toBe(32.5);
  });

  test("says when the gap is out of reach", () => {
    // Equal weights with three pillars at 0: composite 10, (40 − 10) ÷ 0.25 = 120 > 100 − 0.
    expect(call("GAP", [[40, 0, 0, 0]])).toBe("Out of reach (+120)");
  });

  test("returns no gap for a healthy account", () => {
    expect(call("GAP", [[80, 75, 90, 60]])).toBe("");
  });

  test("computes coverage with weights", () => {
    // Satisfaction (weight 20 of 100) has no data.
    expect(call("COVERAGE", [[80, "", 60, 40]], [[40, 20, 20, 20]])).toBeCloseTo(0.8, 12);
  });

  test("lists the diagnoses", () => {
    // Engagement high (≥ 70) and Outcomes low (< 40); Adoption 75 high with Satisfaction 50 not low.
    expect(call("DIAGNOSIS", [[85, 50, 75, 20]])).toBe("Talk without results");
    expect(call("DIAGNOSIS", [[85, 20, 75, 80]])).toBe("Undervalued; Locked in, unhappy");
    expect(call("DIAGNOSIS", [[60, 60, 60, 60]])).toBe("");
  });

  test("explains the account", () => {
    expect(call("EXPLAIN", account)).toBe("Watch (56): look at Outcomes first (30; +55 pts there reaches Healthy). Talk without results.");
  });

  test("explains insufficient data", () => {
    expect(call("EXPLAIN", [["", "", 90, ""]])).toBe("Insufficient data (coverage 25%, needs 50%): only Adoption has data.");
  });
});

describe("missing-data settings of DRIVER, GAP and EXPLAIN", () => {
  // Satisfaction has no data. Neutral counts it as 50: composite (80 + 50 + 65 + 30) ÷ 4 = 56.25,
  // and Outcomes keeps weight 0.25, so (70 − 56.25) ÷ 0.25 = 55 points reach Healthy.
  // Penalize counts it as 0: composite 43.75, and (70 − 43.75) ÷ 0.25 = 105 > 100 − 30.
  const account = [[80, "", 65, 30]];

  test("gap follows the policy", () => {
    expect(call("GAP", account, null, null, "neutral")).toBe(55);
    expect(call("GAP", account, null, null, "penalize")).toBe("Out of reach (+105)");
  });

  test("gap divides by the median-filled weight", () => {
    // Satisfaction takes its median 50, the same composite and weights as neutral.
    expect(call("GAP", account, null, null, "median", null, [[60, 50, 60, 60]])).toBe(55);
  });

  test("gap rejects median without medians", () => {
    expect(errorOf(call("GAP", account, null, null, "median"))?.code).toBe("#VALUE!");
  });

  test("gap is empty below the minimum coverage", () => {
    // Coverage 0.75 is below 0.8, so there is no composite and no gap.
    expect(call("GAP", account, null, null, "neutral", 0.8)).toBe("");
  });

  test("driver follows the minimum coverage", () => {
    // Engagement and Outcomes have data: coverage 0.5.
    expect(call("DRIVER", [[80, "", "", 30]])).toBe("Outcomes");
    expect(call("DRIVER", [[80, "", "", 30]], null, null, null, 0.75)).toBe("");
  });

  test("driver takes median without medians", () => {
    // The driver is chosen among the pillars with data, so the median policy needs no medians here.
    expect(call("DRIVER", account, null, null, "median")).toBe("Outcomes");
  });

  test("driver rejects an unknown policy", () => {
    expect(errorOf(call("DRIVER", account, null, null, "ignore"))).toEqual(
      valueError('missing_policy: "ignore" is not a missing-data policy. Expected one of "redistribute", "neutral", "penalize", "median".'),
    );
  });

  test("explanation follows the policy", () => {
    expect(call("EXPLAIN", account, null, null, "neutral")).toBe(
      "Watch (56): look at Outcomes first (30; +55 pts there reaches Healthy). No data for Satisfaction (coverage 75%). Talk without results.",
    );
  });

  test("explanation names the minimum coverage", () => {
    expect(call("EXPLAIN", account, null, null, null, 0.8)).toBe(
      "Insufficient data (coverage 75%, needs 80%): only Engagement, Adoption and Outcomes have data.",
    );
  });

  test("explanation uses the band labels", () => {
    // The same account as the default explanation: Watch (56), +55 points reach Healthy.
    expect(call("EXPLAIN", [[80, 50, 65, 30]], null, null, null, null, null, [["Green", "Amber", "Red"]])).toBe(
      "Amber (56): look at Outcomes first (30; +55 pts there reaches Green). Talk without results.",
    );
  });
});

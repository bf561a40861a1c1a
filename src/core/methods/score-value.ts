import type { CategoryMethod, Direction, MetricMethod, NumericMethod, RatioMethod, RecencyMethod } from "../model";
import { isCellError, type CellValue } from "../table";
import { readDate, readLabel, readNumber } from "../values";
import { categoryLookup, categoryScore } from "./category";
import { needsPopulation, scoreNumbers } from "./numeric";
import { everyRow } from "./population";
import { ratioOf } from "./ratio";
import { daysSince, recencyScores } from "./recency";

/** The reason one value has no score. */
export type ValueIssue =
  | "missing"
  | "invalid-number"
  | "invalid-date"
  | "unknown-category"
  | "no-population"
  | "zero-denominator";

/** The score of one value (0–100), or the reason it has none. */
export type ValueScore = { readonly score: number } | { readonly issue: ValueIssue };

/** Excel's error for a division by zero, which a ratio cell such as `=B2/C2` shows when C2 is 0. */
const DIVISION_BY_ZERO = "#div/0!";

/**
 * Scores one raw value by a metric method, for the `HEALTH.METRIC` custom function.
 *
 * Method: the value is read the way `scoreMetricColumn` reads a cell, and population-based
 * methods score it against `population` through the same column routine, so the result is
 * exactly the number the whole-table score gives the same account. For `ratio`, `value` and
 * the population cells are the already divided ratios (a `#DIV/0!` value reports
 * `zero-denominator`); `scoreRatioValue` takes numerator and denominator cells instead.
 *
 * Cost: O(n log n) for a population of n cells with percentile, zscore or minmax without
 * fixed bounds (one sort), O(1) otherwise.
 *
 * @param value the raw cell
 * @param method the metric's method
 * @param direction whether higher or lower values are better
 * @param population the cells of the same metric for every account in the value's population,
 *   which is its segment when the model is segmented. The value itself is counted in when no
 *   cell reads as the same number. Missing and invalid cells are left out. Only
 *   population-based methods use it.
 * @param asOfSerial the as-of date as an Excel serial day number; only recency uses it
 * @throws RangeError when a recency metric gets no as-of date, or the method's parameters are
 *   invalid (see each method)
 * @returns the score 0–100, or the issue that prevents it; `no-population` when a
 *   population-based method gets a null population
 * @example scoreValue(40, { kind: "percentile" }, "higher", [10, 20, 30, 50], null) // { score: 75 }
 */
export function scoreValue(
  value: CellValue,
  method: MetricMethod,
  direction: Direction,
  population: readonly CellValue[] | null,
  asOfSerial: number | null,
): ValueScore {
  switch (method.kind) {
    case "category":
      return scoreLabelCell(value, method);
    case "recency":
      return scoreDateCell(value, method, asOfSerial);
    case "ratio":
      return scoreDividedRatioCell(value, method, direction, population);
    default:
      return scoreNumberCell(value, method, direction, population);
  }
}

/**
 * Scores one account's ratio from its numerator and denominator cells, exactly as
 * `scoreMetricColumn` scores that row of the table.
 *
 * Cost: O(n log n) for a population of n accounts with a population-based `then` method, O(1)
 * otherwise.
 *
 * @param numerator the cell of the metric's column, e.g. active users
 * @param denominator the cell of the denominator column, e.g. licensed seats
 * @param method the ratio method, whose `then` scores the ratio
 * @param direction whether higher or lower ratios are better
 * @param population (numerator, denominator) cells for every account in the population; pairs
 *   without a ratio are left out, and the account's own ratio is counted in when absent
 * @throws RangeError when the `then` method's parameters are invalid
 * @returns the score 0–100, or the first issue: `invalid-number` (numerator, then denominator),
 *   `zero-denominator`, `missing`, `no-population`
 * @example scoreRatioValue(30, 40, { kind: "ratio", denominator: "Seats", then: { kind: "scale", low: 0, high: 1 } }, "higher", null) // { score: 75 }
 */
export function scoreRatioValue(
  numerator: CellValue,
  denominator: CellValue,
  method: RatioMethod,
  direction: Direction,
  population: readonly (readonly [numerator: CellValue, denominator: CellValue])[] | null,
): ValueScore {
  const top = readNumber(numerator);
  const bottom = readNumber(denominator);
  if (top === "invalid" || bottom === "invalid") return { issue: "invalid-number" };
  if (bottom === 0) return { issue: "zero-denominator" };
  if (top === "missing" || bottom === "missing") return { issue: "missing" };

  const ratios = population === null ? null : population.map(([a, b]) => ratioOf(readNumber(a), readNumber(b)));
  return scoreNumberAgainst(top / bottom, method.then, direction, ratios);
}

function scoreNumberCell(value: CellValue, method: NumericMethod, direction: Direction, population: readonly CellValue[] | null): ValueScore {
  const reading = readNumber(value);
  if (reading === "missing") return { issue: "missing" };
  if (reading === "invalid") return { issue: "invalid-number" };

  return scoreNumberAgainst(reading, method, direction, readPopulation(population));
}

function scoreDividedRatioCell(value: CellValue, method: RatioMethod, direction: Direction, population: readonly CellValue[] | null): ValueScore {
  if (isDivisionByZero(value)) return { issue: "zero-denominator" };

  return scoreNumberCell(value, method.then, direction, population);
}

function isDivisionByZero(value: CellValue): boolean {
  if (isCellError(value)) return value.error.trim().toLowerCase() === DIVISION_BY_ZERO;
  if (typeof value === "string") return value.trim().toLowerCase() === DIVISION_BY_ZERO;
  return false;
}

function scoreLabelCell(value: CellValue, method: CategoryMethod): ValueScore {
  const label = readLabel(value);
  if (label === null) return { issue: "missing" };

  const score = categoryScore(label, categoryLookup(method));
  return score === undefined ? { issue: "unknown-category" } : { score };
}

function scoreDateCell(value: CellValue, method: RecencyMethod, asOfSerial: number | null): ValueScore {
  if (asOfSerial === null) throw new RangeError("scoreValue requires an as-of date for a recency metric: got null");

  const date = readDate(value);
  if (date === "missing") return { issue: "missing" };
  if (date === "invalid") return { issue: "invalid-date" };

  const [score = Number.NaN] = recencyScores(Float64Array.of(daysSince(date, asOfSerial)), method);
  return { score };
}

/** Reads population cells as numbers, NaN where a cell is missing or invalid. */
function readPopulation(population: readonly CellValue[] | null): number[] | null {
  if (population === null) return null;

  return population.map((cell) => {
    const reading = readNumber(cell);
    return typeof reading === "number" ? reading : Number.NaN;
  });
}

/**
 * Scores one number through `scoreNumbers`, as one row of a column made of the population with
 * the number added when no entry equals it. Because a row's score depends only on its value
 * and its population, the number gets the score its own row gets in `scoreMetricColumn`.
 */
function scoreNumberAgainst(value: number, method: NumericMethod, direction: Direction, population: readonly number[] | null): ValueScore {
  if (!needsPopulation(method)) return scoreSingleRow(Float64Array.of(value), 0, method, direction);
  if (population === null) return { issue: "no-population" };

  const index = population.indexOf(value);
  if (index >= 0) return scoreSingleRow(Float64Array.from(population), index, method, direction);
  return scoreSingleRow(Float64Array.from([...population, value]), population.length, method, direction);
}

function scoreSingleRow(column: Float64Array, row: number, method: NumericMethod, direction: Direction): ValueScore {
  const scores = scoreNumbers(column, method, direction, [everyRow(column.length)]);
  return { score: scores[row] as number };
}

import { METHOD_KINDS, POPULATION_METHODS, type Direction, type MetricMethod } from "../core/model";
import { scoreRatioValue, scoreValue, type ValueScore } from "../core/methods";
import type { CellValue } from "../core/table";
import { showCell } from "../core/values";
import { asVector, describeSize, toCellValue, type Matrix } from "./cells";
import { defineFunction } from "./define-function";
import { describeIssue, MESSAGES } from "./messages";
import { parametersText, readMetricMethod } from "./metric-parameters";
import { invalidArgument, notAvailable } from "./problem";

const DEFAULT_METHOD = "percentile";

/** The second METRIC argument, read as either the population or the parameters text. */
interface MetricSource {
  readonly parameters: string;
  readonly population: Matrix | null;
}

/**
 * HEALTH.METRIC: one metric score 0–100 for one raw value, by any scoring method. The second
 * argument is the population (the metric's column for every account) for percentile, zscore and
 * minmax, or the method's parameters for the others, as text such as "floor=0; target=100" or a
 * two-column range of keys and values. A ratio takes the numerator and the denominator as two
 * cells and the population as two columns, or an already divided value and population.
 *
 * @example healthMetric(40, [[10], [20], [30], [40], [50]]) // 75: it beats 3 of the other 4 values
 */
export const healthMetric = defineFunction(
  [
    { name: "value", kind: "cells" },
    { name: "population_or_params", kind: "range" },
    { name: "method", kind: "text", optional: true },
    { name: "direction", kind: "text", optional: true },
    { name: "as_of", kind: "date", optional: true },
  ],
  (value, second, methodName, directionName, asOf) => {
    const kind = (methodName ?? DEFAULT_METHOD).toLowerCase();
    if (!(METHOD_KINDS as readonly string[]).includes(kind)) {
      invalidArgument(describeIssue({ code: "unknown-method", path: "method", value: methodName, allowed: METHOD_KINDS }));
    }
    const source = splitSource(kind, second ?? [], "population_or_params");
    const { method, direction } = readMetricMethod(kind, withRatioDenominator(kind, source.parameters), directionName, "population_or_params");
    if (method.kind === "recency" && asOf === null) invalidArgument(MESSAGES.recencyNeedsAsOf("as_of"));

    return scoreOf(scoreMetricValue(value, method, direction, source.population, asOf), value, method);
  },
);

/**
 * Names the ratio's denominator for the model check. In a formula the denominator is a cell,
 * not a column header, so the name only satisfies the model's rule that a ratio names one.
 */
function withRatioDenominator(kind: string, parameters: string): string {
  return kind === "ratio" ? `denominator=value; ${parameters}` : parameters;
}

/** Decides whether the second argument is the population or the parameters, by the method. */
function splitSource(kind: string, block: Matrix, argument: string): MetricSource {
  const first = block[0]?.[0];
  const isParameterText = block.length === 1 && block[0]?.length === 1 && typeof first === "string" && first.includes("=");
  const usesPopulation = (POPULATION_METHODS as readonly string[]).includes(kind) || kind === "ratio";

  if (usesPopulation && !isParameterText) {
    if (block.length === 0) invalidArgument(MESSAGES.populationMissing(argument));
    return { parameters: "", population: block };
  }
  if (usesPopulation && kind !== "minmax" && kind !== "ratio") invalidArgument(MESSAGES.methodWithoutParameters(kind));
  const parameters = block.length === 0 ? "" : parametersText(block, argument);
  if (parameters.trim() === "" && !usesPopulation) invalidArgument(MESSAGES.methodNeedsParameters(kind));
  return { parameters, population: null };
}

function scoreMetricValue(value: Matrix, method: MetricMethod, direction: Direction, population: Matrix | null, asOf: number | null): ValueScore {
  const cells = asVector(value);
  if (method.kind === "ratio" && cells?.length === 2) {
    return scoreRatioValue(toCellValue(cells[0]), toCellValue(cells[1]), method, direction, ratioPopulation(population));
  }
  if (cells === null || cells.length !== 1) {
    invalidArgument(method.kind === "ratio" ? MESSAGES.ratioNeedsPair("value") : MESSAGES.notOneCell("value", describeSize(value)));
  }
  return scoreValue(toCellValue(cells[0]), method, direction, flatten(population), asOf);
}

/** Reads a two-column population of numerators and denominators. */
function ratioPopulation(population: Matrix | null): readonly (readonly [CellValue, CellValue])[] | null {
  if (population === null) return null;
  if (!population.every((row) => row.length === 2)) invalidArgument(MESSAGES.ratioPopulationShape("population_or_params"));
  return population.map((row) => [toCellValue(row[0]), toCellValue(row[1])] as const);
}

function flatten(population: Matrix | null): readonly CellValue[] | null {
  if (population === null) return null;
  return population.flatMap((row) => row.map(toCellValue));
}

/** Returns the score, or the Excel error for why there is none. */
export function scoreOf(result: ValueScore, value: Matrix, method: MetricMethod): number {
  if ("score" in result) return result.score;

  const shownValue = showCell(toCellValue(value[0]?.[0]));
  switch (result.issue) {
    case "missing":
      return notAvailable(MESSAGES.noValue("value"));
    case "zero-denominator":
      return notAvailable(MESSAGES.zeroDenominator("value"));
    case "no-population":
      return invalidArgument(MESSAGES.populationMissing("population_or_params"));
    case "invalid-number":
      return invalidArgument(MESSAGES.invalidMetricValue("value", shownValue, "a number"));
    case "invalid-date":
      return invalidArgument(MESSAGES.invalidMetricValue("value", shownValue, "an Excel date or an ISO date such as 2026-11-30"));
    case "unknown-category":
      return invalidArgument(MESSAGES.invalidMetricValue("value", shownValue, labelsOf(method)));
  }
}

function labelsOf(method: MetricMethod): string {
  const labels = method.kind === "category" ? Object.keys(method.scores) : [];
  return `one of the labels ${labels.map((label) => JSON.stringify(label)).join(", ")}`;
}

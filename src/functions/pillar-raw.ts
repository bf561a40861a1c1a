import { POPULATION_METHODS } from "../core/model";
import { scoreValue } from "../core/methods";
import { asVector, describeSize, isBlankCell, toCellValue, type Matrix } from "./cells";
import { defineFunction } from "./define-function";
import { MESSAGES } from "./messages";
import { readMetricMethod } from "./metric-parameters";
import { checkWeightCount, pillarScore, pillarWithoutData } from "./pillar";
import { invalidArgument } from "./problem";

/**
 * HEALTH.PILLAR.RAW: one account's pillar score straight from its raw metric values. Each value
 * is scored against its column of `population` (percentile by default, or minmax or zscore), and
 * the pillar score is the weighted mean of the metric scores present, as HEALTH.PILLAR computes it.
 * Methods that need parameters are scored one by one with HEALTH.METRIC.
 *
 * @example healthPillarRaw([[40, 2]], [[10, 5], [20, 4], [30, 3], [40, 2], [50, 1]], [["higher", "lower"]])
 *   // 75: 40 beats 3 of 4 higher-is-better values, 2 beats 3 of 4 lower-is-better values
 */
export const healthPillarRaw = defineFunction(
  [
    { name: "values", kind: "cells" },
    { name: "population", kind: "range" },
    { name: "directions", kind: "optionalCells", optional: true },
    { name: "weights", kind: "metricWeights", optional: true },
    { name: "methods", kind: "optionalCells", optional: true },
  ],
  (values, population, directions, weights, methods) => {
    const cells = readRow(values, "values");
    const columns = population ?? [];
    if (columns.length === 0) invalidArgument(MESSAGES.populationMissing("population"));
    const width = columns[0]?.length ?? 0;
    if (width !== cells.length) invalidArgument(MESSAGES.populationWidth("population", width, cells.length));
    checkWeightCount("values", cells.length, weights);
    const directionNames = readOptionalRow(directions, "directions", cells.length);
    const methodNames = readOptionalRow(methods, "methods", cells.length);

    const scores = cells.map((cell, index) => {
      const kind = (methodNames[index] ?? "percentile").toLowerCase();
      if (!(POPULATION_METHODS as readonly string[]).includes(kind)) invalidArgument(MESSAGES.rawMethodNotSupported(kind));
      const { method, direction } = readMetricMethod(kind, "", directionNames[index] ?? null, "methods");
      const column = columns.map((row) => toCellValue(row[index]));
      const result = scoreValue(toCellValue(cell), method, direction, column, null);
      if ("score" in result) return result.score;
      if (result.issue === "missing") return null;
      return invalidArgument(MESSAGES.invalidMetricValue(`values (cell ${index + 1})`, JSON.stringify(cell), "a number"));
    });
    return pillarScore(scores, weights) ?? pillarWithoutData("values", scores);
  },
);

function readRow(block: Matrix, argument: string): readonly unknown[] {
  const cells = asVector(block);
  if (cells === null) invalidArgument(MESSAGES.vectorShape(argument, describeSize(block)));
  return cells;
}

/** Reads an optional row of text, one per metric; a blank cell is null (the default). */
function readOptionalRow(block: Matrix | null, argument: string, count: number): readonly (string | null)[] {
  if (block === null) return new Array<null>(count).fill(null);
  const cells = readRow(block, argument);
  if (cells.length !== count) invalidArgument(MESSAGES.countMismatch(argument, cells.length, "values", count));
  return cells.map((cell) => (isBlankCell(cell) ? null : String(cell).trim()));
}

import type { Direction, MetricMethod } from "../core/model";
import { readMethod } from "../core/model-sheet";
import { showCell } from "../core/values";
import { checkedModel } from "./argument-kinds";
import { describeSize, isBlankCell, toCellValue, type Matrix } from "./cells";
import { MESSAGES } from "./messages";
import { invalidArgument } from "./problem";

/**
 * Turns method parameters given in a formula into the model sheet's Parameters text: text such
 * as "floor=0; target=100" passes through, and a two-column range of keys and values becomes
 * "key=value" pairs. A value in a range must not contain ";", which separates the pairs.
 */
export function parametersText(block: Matrix, argument: string): string {
  const first = block[0]?.[0];
  if (block.length === 1 && block[0]?.length === 1 && typeof first === "string") return first;
  if (!block.every((row) => row.length === 2)) invalidArgument(MESSAGES.parametersShape(argument, describeSize(block)));

  return block
    .filter(([key]) => !isBlankCell(key))
    .map(([key, value]) => `${String(key).trim()}=${isBlankCell(value) ? "" : cellText(value)}`)
    .join("; ");
}

function cellText(value: unknown): string {
  const cell = toCellValue(value);
  return typeof cell === "string" ? cell : showCell(cell);
}

/**
 * Reads a method name, its parameters text and a direction exactly as a row of the model
 * sheet's HealthMetrics table is read, so a formula accepts what the sheet accepts.
 *
 * @returns the checked method and the direction (implied by the parameters when not given)
 */
export function readMetricMethod(
  kind: string,
  parameters: string,
  direction: string | null,
  argument: string,
): { readonly method: MetricMethod; readonly direction: Direction } {
  const reading = readMethod(kind, parameters);
  const [problem] = reading.problems;
  if (problem !== undefined) {
    const allowed = typeof problem.allowed === "string" ? problem.allowed : `one of ${problem.allowed.join(", ")}`;
    invalidArgument(MESSAGES.parameterProblem(argument, problem.value, allowed));
  }

  const metric = { column: "value", pillar: "Engagement", method: reading.method, ...(direction === null ? {} : { direction: direction.toLowerCase() }) };
  const model = checkedModel({ metrics: [metric] }, (path) => renameMetricPath(path, argument));
  const [checked] = model.metrics;
  if (checked === undefined) throw new TypeError("normalizeModel accepted one metric but returned none");
  return { method: checked.method, direction: checked.direction };
}

/** Renames the paths of a one-metric model to the METRIC arguments: `metrics[0].method.floor` → `params (floor)`. */
function renameMetricPath(path: string, argument: string): string {
  if (path === "metrics[0].method" || path === "metrics[0].method.kind") return "method";
  if (path === "metrics[0].direction") return "direction";
  const parameter = /^metrics\[0\]\.method\.(.+)$/.exec(path)?.[1];
  return parameter === undefined ? path : `${argument} (${parameter})`;
}

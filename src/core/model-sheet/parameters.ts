import type { MetricMethod, NumericMethod } from "../model";
import { formatNumber, numberOrText, quoteText, splitOutsideQuotes, unquoteText } from "./parameter-text";

/** A parameter the Parameters text could not carry, before it is given a sheet location. */
export interface ParameterProblem {
  readonly value: string;
  readonly allowed: string | readonly string[];
}

/** A method as read from the sheet: loose JSON for `normalizeModel` to check, and the text problems found. */
export interface MethodReading {
  readonly method: Record<string, unknown>;
  readonly problems: readonly ParameterProblem[];
}

/** The parameter keys each method takes, in the order they are written. */
const METHOD_KEYS: Readonly<Record<string, readonly string[]>> = {
  percentile: [],
  minmax: ["min", "max"],
  target: ["floor", "target"],
  thresholds: ["points"],
  tiers: ["cuts", "points", "labels"],
  zscore: [],
  scale: ["low", "high"],
  category: ["scores"],
  recency: ["targetDays", "floorDays"],
  ratio: ["denominator", "then"],
};

const PAIR_SYNTAX = "key=value pairs separated by semicolons, e.g. floor=0; target=100";

/**
 * Formats a method's parameters as `key=value; key=value` text. A ratio writes its
 * denominator, `then=` and the then-method's own keys.
 *
 * @example formatParameters({ kind: "target", floor: 0, target: 100 }) // "floor=0; target=100"
 */
export function formatParameters(method: MetricMethod): string {
  if (method.kind === "ratio") {
    const own = [`denominator=${quoteText(method.denominator)}`, `then=${method.then.kind}`];
    return [...own, ...numericPairs(method.then)].join("; ");
  }
  if (method.kind === "category") {
    const scores = Object.entries(method.scores).map(([label, score]) => `${quoteText(label)}:${formatNumber(score)}`);
    return `scores=${scores.join(", ")}`;
  }
  if (method.kind === "recency") {
    return `targetDays=${formatNumber(method.targetDays)}; floorDays=${formatNumber(method.floorDays)}`;
  }
  return numericPairs(method).join("; ");
}

function numericPairs(method: NumericMethod): string[] {
  switch (method.kind) {
    case "percentile":
    case "zscore":
      return [];
    case "minmax":
      return [
        ...(method.min === undefined ? [] : [`min=${formatNumber(method.min)}`]),
        ...(method.max === undefined ? [] : [`max=${formatNumber(method.max)}`]),
      ];
    case "target":
      return [`floor=${formatNumber(method.floor)}`, `target=${formatNumber(method.target)}`];
    case "scale":
      return [`low=${formatNumber(method.low)}`, `high=${formatNumber(method.high)}`];
    case "thresholds":
      return [`points=${method.points.map(([value, score]) => `${formatNumber(value)}:${formatNumber(score)}`).join(", ")}`];
    case "tiers":
      return [
        `cuts=${method.cuts.map(formatNumber).join(", ")}`,
        `points=${method.points.map(formatNumber).join(", ")}`,
        ...(method.labels === undefined ? [] : [`labels=${method.labels.map(quoteText).join(", ")}`]),
      ];
  }
}

/**
 * Reads a Method cell and a Parameters cell into a method object. Numbers that do not parse
 * stay text, so `normalizeModel` reports them with the value received. Unknown keys, repeated
 * keys and segments without `=` come back as problems.
 *
 * @param kind the method name, e.g. `target`; compared case-insensitively
 * @param parameters the Parameters text, possibly empty
 */
export function readMethod(kind: string, parameters: string): MethodReading {
  const problems: ParameterProblem[] = [];
  const pairs = readPairs(parameters, problems);
  const method = methodFromPairs(kind.toLowerCase(), pairs, problems);
  const allowed = allowedKeys(method);
  for (const key of pairs.keys()) problems.push({ value: key, allowed });
  return { method, problems };
}

/** Splits the text into a key → raw value map; keys are matched to their canonical spelling later. */
function readPairs(text: string, problems: ParameterProblem[]): Map<string, string> {
  const pairs = new Map<string, string>();
  for (const segment of splitOutsideQuotes(text, ";")) {
    if (segment.trim() === "") continue;

    const equals = segment.indexOf("=");
    if (equals < 0) {
      problems.push({ value: segment.trim(), allowed: PAIR_SYNTAX });
      continue;
    }
    const key = segment.slice(0, equals).trim();
    if (pairs.has(key)) problems.push({ value: key, allowed: "each key once" });
    pairs.set(key, segment.slice(equals + 1));
  }
  return pairs;
}

/**
 * Builds the method object, taking every key it uses out of `pairs`, so the keys left over are
 * the ones the method does not take.
 */
function methodFromPairs(kind: string, pairs: Map<string, string>, problems: ParameterProblem[]): Record<string, unknown> {
  const method: Record<string, unknown> = { kind };
  if (kind === "ratio") {
    const denominator = take(pairs, "denominator");
    const thenKind = take(pairs, "then");
    if (denominator !== undefined) method["denominator"] = unquoteText(denominator);
    if (thenKind !== undefined) method["then"] = methodFromPairs(unquoteText(thenKind).toLowerCase(), pairs, problems);
    return method;
  }

  for (const key of METHOD_KEYS[kind] ?? []) {
    const raw = take(pairs, key);
    if (raw !== undefined) method[key] = readValue(kind, key, raw, problems);
  }
  return method;
}

function readValue(kind: string, key: string, raw: string, problems: ParameterProblem[]): unknown {
  if (key === "labels") return splitOutsideQuotes(raw, ",").map(unquoteText);
  if (key === "cuts" || (key === "points" && kind === "tiers")) return splitList(raw).map(numberOrText);
  if (key === "points") return splitList(raw).map((item) => readPair(item, problems));
  if (key === "scores") return readScores(raw, problems);
  return numberOrText(raw);
}

function splitList(raw: string): string[] {
  return raw.trim() === "" ? [] : splitOutsideQuotes(raw, ",");
}

function readPair(item: string, problems: ParameterProblem[]): unknown {
  const parts = splitOutsideQuotes(item, ":");
  if (parts.length !== 2) {
    problems.push({ value: item.trim(), allowed: "value:score pairs separated by commas, e.g. 0:0, 50:60, 100:100" });
    return item.trim();
  }
  return parts.map(numberOrText);
}

function readScores(raw: string, problems: ParameterProblem[]): Record<string, unknown> {
  const scores: Record<string, unknown> = {};
  for (const item of splitList(raw)) {
    const parts = splitOutsideQuotes(item, ":");
    const [label, score] = parts;
    if (parts.length !== 2 || label === undefined || score === undefined) {
      problems.push({ value: item.trim(), allowed: "label:score pairs separated by commas, e.g. Green:100, Yellow:50, Red:0" });
      continue;
    }
    scores[unquoteText(label)] = numberOrText(score);
  }
  return scores;
}

/** Removes and returns a key's raw value, matching the key case-insensitively. */
function take(pairs: Map<string, string>, key: string): string | undefined {
  for (const [written, raw] of pairs) {
    if (written.toLowerCase() === key.toLowerCase()) {
      pairs.delete(written);
      return raw;
    }
  }
  return undefined;
}

/** The keys a method read from the sheet takes; a ratio also takes its then-method's keys. */
function allowedKeys(method: Record<string, unknown>): readonly string[] {
  const kind = String(method["kind"]);
  const own = METHOD_KEYS[kind] ?? [];
  const then = method["then"];
  if (kind !== "ratio" || typeof then !== "object" || then === null) return own;

  return [...own, ...(METHOD_KEYS[String((then as Record<string, unknown>)["kind"])] ?? [])];
}

import type { Metric, MetricMethod, TargetMethod } from "../model";
import { AUTOMAP_REASONS, PILLAR_RULE_SUBJECTS } from "../messages/automap";
import type { PillarRule } from "./pillar-rules";
import { contractLengthCategory, expansionCategory, ragCategory, yesNoCategory } from "./category-labels";
import { mentionsAny, normalizeHeader } from "./header";
import { isNumericColumn, isTextColumn, type ColumnProfile } from "./profile";
import { ignored, type ColumnClaim } from "./claim";

/**
 * The rules that choose a method for a column a pillar rule recognised: a known scale (NPS,
 * CSAT), progress toward a goal (target), a known text scale (Yes/No, contract length,
 * Red/Amber/Green) or, by default, the percentile rank.
 */

/** The pillar a Red/Amber/Green column belongs to when its header names no pillar: a CSM's read of the relationship. */
const RAG_PILLAR = "Satisfaction";

/** An NPS written as a single 0–10 response rather than an account's −100..100 aggregate. */
const NPS_RESPONSE = { low: 0, high: 10 } as const;
const NPS_AGGREGATE = { low: -100, high: 100 } as const;

/** Responses from 0 to 6 are detractors in the standard NPS definition. */
const NPS_DETRACTOR_BELOW = 7;
const CSAT_SCALE = { low: 1, high: 5 } as const;

/** Above this share of accounts tied at the best value, a column is scored min–max rather than by percentile. */
const COMMON_BEST_SHARE = 0.5;

/** Claims a metric of the rule's pillar, with a method read from the values; ignores text it cannot score. */
export function pillarMetricRule(header: string, rule: PillarRule, profile: ColumnProfile): ColumnClaim {
  const subject = PILLAR_RULE_SUBJECTS[rule.id];
  if (isNumericColumn(profile)) return numericMetric(header, rule, profile.numbers, subject);
  if (isTextColumn(profile)) return textMetric(header, rule, profile.labels, subject);
  return ignored(AUTOMAP_REASONS.unscorableText(subject));
}

/** Claims a Red/Amber/Green column whose header names no pillar, in Satisfaction; null when the labels are not RAG colours. */
export function ragRule(header: string, profile: ColumnProfile): ColumnClaim | null {
  const method = isTextColumn(profile) ? ragCategory(profile.labels) : null;
  if (method === null) return null;
  return { kind: "metric", metric: metricOf(header, RAG_PILLAR, method), reason: AUTOMAP_REASONS.rag };
}

function numericMetric(header: string, rule: PillarRule, numbers: readonly number[], subject: string): ColumnClaim {
  const goal = goalTarget(header, rule, numbers);
  if (goal !== null) {
    const metric = metricOf(header, rule.pillar, goal);
    return { kind: "metric", metric, reason: AUTOMAP_REASONS.goalTarget(subject, goal.target === 1 ? "share" : "points") };
  }

  const scale = knownScale(rule, numbers);
  if (scale === null) {
    const bestShare = shareAtBest(numbers, rule.direction);
    const method: MetricMethod = bestShare > COMMON_BEST_SHARE ? { kind: "minmax" } : { kind: "percentile" };
    const metric: Metric = { ...metricOf(header, rule.pillar, method), direction: rule.direction };
    const reason =
      method.kind === "minmax"
        ? AUTOMAP_REASONS.commonBest(subject, rule.direction, `${Math.round(bestShare * 100)}%`)
        : AUTOMAP_REASONS.metric(subject, rule.direction);
    return { kind: "metric", metric, reason };
  }

  const metric = metricOf(header, rule.pillar, { kind: "scale", low: scale.low, high: scale.high });
  return { kind: "metric", metric, reason: scaleReason(rule, subject, scale) };
}

function scaleReason(rule: PillarRule, subject: string, scale: { readonly low: number; readonly high: number }): string {
  if (rule.id !== "nps") return AUTOMAP_REASONS.scale(subject, scale.low, scale.high);
  return scale === NPS_RESPONSE ? AUTOMAP_REASONS.npsResponses : AUTOMAP_REASONS.npsAggregate;
}

/**
 * Finds the known scale the values sit on. NPS is an account's aggregate on −100..100 unless
 * the values look like individual 0–10 responses: all whole numbers from 0 to 10 with at least
 * one detractor (below 7). An account-level NPS of 8 or 10 is therefore read on −100..100, where
 * it scores 54 or 55, not 80 or 100. CSAT or satisfaction sits on 1–5. Null when the values
 * leave the scale or the rule has none.
 */
function knownScale(rule: PillarRule, numbers: readonly number[]): { readonly low: number; readonly high: number } | null {
  if (rule.id === "nps") {
    if (looksLikeNpsResponses(numbers)) return NPS_RESPONSE;
    if (within(numbers, NPS_AGGREGATE)) return NPS_AGGREGATE;
    return null;
  }
  if (rule.id === "csat" && within(numbers, CSAT_SCALE)) return CSAT_SCALE;
  return null;
}

/**
 * Returns the share of values equal to the best one (the minimum when lower is better). Under the
 * percentile method, values tied at the best extreme all score the share of accounts strictly
 * worse, so when most accounts have zero refunds, zero receives a low score for a good value.
 */
function shareAtBest(numbers: readonly number[], direction: Metric["direction"]): number {
  if (numbers.length === 0) return 0;
  const best = direction === "lower" ? Math.min(...numbers) : Math.max(...numbers);
  return numbers.filter((value) => value === best).length / numbers.length;
}

function within(numbers: readonly number[], scale: { readonly low: number; readonly high: number }): boolean {
  return numbers.every((value) => value >= scale.low && value <= scale.high);
}

function looksLikeNpsResponses(numbers: readonly number[]): boolean {
  return (
    within(numbers, NPS_RESPONSE) &&
    numbers.every((value) => Number.isInteger(value)) &&
    numbers.some((value) => value < NPS_DETRACTOR_BELOW)
  );
}

/** Header keywords, squashed, of progress measured against a goal or target. */
const AGAINST_TARGET_WORDS = ["attainment", "target", "ofgoal", "togoal"];

/** The largest value read as a share of the goal (3 is 300%); larger values are percent points or counts. */
const MAX_GOAL_SHARE = 3;
const MAX_GOAL_PERCENT = 300;
const PERCENT_WORDS = ["percent", "pct"];

/** The share of the goal that scores 0 under the target method. */
const GOAL_FLOOR_SHARE = 0.5;

/**
 * Builds a target method for goal attainment or savings measured against a target: reaching
 * the goal scores 100, and half the goal or less scores 0, because a customer getting half of
 * what it bought is not on track. Ranking such a column by percentile instead would score half
 * the accounts low even when every one meets its goal. The values must be shares of the goal
 * (every value from 0 to 3, as a percent cell such as "82%" reads 0.82) or, under a header with
 * "%", "percent" or "pct", percent points from 0 to 300. Null for any other column, such as a
 * count of goals met.
 */
function goalTarget(header: string, rule: PillarRule, numbers: readonly number[]): TargetMethod | null {
  if (rule.id !== "goals" && rule.id !== "savings") return null;

  const forms = normalizeHeader(header);
  if (!mentionsAny(forms, AGAINST_TARGET_WORDS) || numbers.length === 0) return null;
  if (within(numbers, { low: 0, high: MAX_GOAL_SHARE })) return { kind: "target", floor: GOAL_FLOOR_SHARE, target: 1 };

  const inPercent = header.includes("%") || mentionsAny(forms, PERCENT_WORDS);
  if (inPercent && within(numbers, { low: 0, high: MAX_GOAL_PERCENT })) return { kind: "target", floor: GOAL_FLOOR_SHARE * 100, target: 100 };
  return null;
}

function textMetric(header: string, rule: PillarRule, labels: readonly string[], subject: string): ColumnClaim {
  const contract = rule.id === "contract" ? contractLengthCategory(labels) : null;
  if (contract !== null) return { kind: "metric", metric: metricOf(header, rule.pillar, contract), reason: AUTOMAP_REASONS.contractLength };

  const rag = ragCategory(labels);
  if (rag !== null) return { kind: "metric", metric: metricOf(header, rule.pillar, rag), reason: AUTOMAP_REASONS.rag };

  const expansion = rule.id === "expansion" ? expansionCategory(labels) : null;
  if (expansion !== null) return { kind: "metric", metric: metricOf(header, rule.pillar, expansion), reason: AUTOMAP_REASONS.expansionYesNo };

  const yesIsBetter = rule.direction === "higher";
  const yesNo = yesNoCategory(labels, yesIsBetter);
  if (yesNo !== null) return { kind: "metric", metric: metricOf(header, rule.pillar, yesNo), reason: AUTOMAP_REASONS.yesNo(subject, yesIsBetter) };

  return ignored(AUTOMAP_REASONS.unscorableText(subject));
}

/**
 * Builds a metric of weight 1 that is higher-is-better. A category's scores already encode which
 * label is better, so category metrics keep "higher" even when Yes is the worse label.
 */
function metricOf(header: string, pillar: Metric["pillar"], method: MetricMethod): Metric {
  return { column: header, pillar, method, direction: "higher", weight: 1 };
}

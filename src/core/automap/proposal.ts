import type { EmptyPillarIssue, Issue } from "../issues";
import {
  DEFAULT_BANDS,
  DEFAULT_MIN_COVERAGE,
  DEFAULT_MISSING_POLICY,
  DEFAULT_PILLAR_WEIGHTS,
  NEW_MODEL_FIELDS,
  type HealthModel,
  type Metric,
} from "../model";
import { AUTOMAP_REASONS } from "../messages/automap";
import { PILLARS } from "../pillars";
import type { Table } from "../table";
import { ignored, type ColumnClaim } from "./claim";
import { classifyColumn } from "./classify";
import type { ColumnRole } from "./column-role";
import { isNumericColumn, profileColumn, type ColumnProfile } from "./profile";
import { ratioMetric } from "./ratio-rules";

/** A proposed health model for a sheet, with the role and reason of every column. */
export interface MappingProposal {
  /** A complete model: default bands, pillar weights, missing policy and coverage; every metric of weight 1. */
  readonly model: HealthModel;
  /** One role per header, in sheet order. */
  readonly columns: readonly ColumnRole[];
  /** A `pillar-without-metric` issue for each pillar no metric feeds, in pillar order. */
  readonly issues: readonly Issue[];
}

/** Options of `proposeModel`. */
export interface ProposeOptions {
  /** The as-of date for recency metrics (YYYY-MM-DD); default null, which means the scoring date. */
  readonly asOf?: string;
}

/**
 * Proposes a health model from a sheet's headers and the values under them. Each column is
 * classified on its own by header and value rules, and then the columns are weighed together.
 * The model gets at most one account, segment and outcome column (the best-ranked, then the
 * leftmost). An active-users column paired with a seats column becomes one ratio metric. A
 * pillar that no column feeds is reported as an issue and left empty. The result depends only
 * on the table.
 *
 * Cost: one pass over every cell.
 *
 * @param table the sheet's headers and data rows.
 * @returns the model, a role per column and the issues. Bad data yields ignored columns and issues, not exceptions.
 * @example proposeModel({ headers: ["Customer", "NPS"], rows: [["Acme", 40], ["Globex", -10]], firstRowNumber: 2 })
 *   // NPS becomes a Satisfaction metric on the −100..100 scale; the issues name Engagement, Adoption and Outcomes.
 */
export function proposeModel(table: Table, options: ProposeOptions = {}): MappingProposal {
  const classified = table.headers.map((header, index): ClassifiedColumn => {
    const profile = profileColumn(table, index);
    return { header, sample: profile.sample, nonNumbers: nonNumberCount(profile), present: profile.present, claim: classifyColumn(header, profile) };
  });
  const resolved = pairRatios(keepOneOfEach(classified));

  const columns = resolved.map(roleOf);
  const metrics = columns.flatMap((column) => (column.metric === undefined ? [] : [column.metric]));
  const model: HealthModel = {
    accountColumn: headerWithRole(columns, "account"),
    segmentColumn: headerWithRole(columns, "segment"),
    outcomeColumn: headerWithRole(columns, "outcome"),
    metrics,
    pillarWeights: DEFAULT_PILLAR_WEIGHTS,
    bands: DEFAULT_BANDS,
    missingPolicy: DEFAULT_MISSING_POLICY,
    minCoverage: DEFAULT_MIN_COVERAGE,
    asOf: options.asOf ?? null,
    ...NEW_MODEL_FIELDS,
  };
  return { model, columns, issues: emptyPillarIssues(metrics) };
}

/** A column with the claim the rules made for it on its own. */
interface ClassifiedColumn {
  readonly header: string;
  readonly sample: readonly string[];
  /** Present cells that are not numbers in a numeric column; 0 in any other column. */
  readonly nonNumbers: number;
  readonly present: number;
  readonly claim: ColumnClaim;
}

function nonNumberCount(profile: ColumnProfile): number {
  return isNumericColumn(profile) ? profile.present - profile.numbers.length : 0;
}

type SingletonKind = "account" | "segment" | "outcome";

const SINGLETON_KINDS: readonly SingletonKind[] = ["account", "segment", "outcome"];

/** Keeps the best account, segment and outcome claim (lowest rank, then leftmost) and ignores the rest with the winner's name. */
function keepOneOfEach(columns: readonly ClassifiedColumn[]): readonly ClassifiedColumn[] {
  return SINGLETON_KINDS.reduce((current, kind) => keepBest(current, kind), columns);
}

function keepBest(columns: readonly ClassifiedColumn[], kind: SingletonKind): readonly ClassifiedColumn[] {
  const winner = bestIndex(columns.map((column) => rankOf(column.claim, kind)));
  const winnerHeader = winner === null ? undefined : columns[winner]?.header;
  if (winnerHeader === undefined) return columns;

  return columns.map((column, index) => {
    if (index === winner || column.claim.kind !== kind) return column;
    return { ...column, claim: ignored(SINGLETON_LOSER_REASONS[kind](winnerHeader)) };
  });
}

/** Returns the index of the lowest finite rank, the leftmost on ties; null when every rank is infinite. */
function bestIndex(ranks: readonly number[]): number | null {
  let best: number | null = null;
  let bestRank = Infinity;
  for (const [index, rank] of ranks.entries()) {
    if (rank < bestRank) {
      best = index;
      bestRank = rank;
    }
  }
  return best;
}

const SINGLETON_LOSER_REASONS: Readonly<Record<SingletonKind, (winner: string) => string>> = {
  account: AUTOMAP_REASONS.alreadyAccount,
  segment: AUTOMAP_REASONS.alreadySegment,
  outcome: AUTOMAP_REASONS.alreadyOutcome,
};

function rankOf(claim: ColumnClaim, kind: SingletonKind): number {
  return claim.kind === kind ? claim.rank : Infinity;
}

/**
 * Pairs active-users columns with the leftmost seats column as ratio metrics. Without a seats
 * column an active-users column is scored alone; without an active-users column, or beyond the
 * leftmost, a seats column is ignored.
 */
function pairRatios(columns: readonly ClassifiedColumn[]): readonly ClassifiedColumn[] {
  const numerators = columns.filter((column) => column.claim.kind === "ratio-numerator").map((column) => column.header);
  const denominator = columns.find((column) => column.claim.kind === "ratio-denominator")?.header;

  return columns.map((column): ClassifiedColumn => {
    const { claim } = column;
    if (claim.kind === "ratio-numerator") {
      if (denominator === undefined) return { ...column, claim: { kind: "metric", metric: claim.alone, reason: claim.reason } };
      return { ...column, claim: { kind: "metric", metric: ratioMetric(column.header, denominator), reason: AUTOMAP_REASONS.ratio(denominator) } };
    }
    if (claim.kind !== "ratio-denominator") return column;
    if (numerators.length === 0) return { ...column, claim: ignored(claim.reason) };
    if (column.header !== denominator) return { ...column, claim: ignored(AUTOMAP_REASONS.otherDenominator(denominator ?? "")) };
    return { ...column, claim: ignored(AUTOMAP_REASONS.denominatorOf(numerators)) };
  });
}

/**
 * Turns a resolved claim into the column's role; ratio halves are resolved by now and read as
 * ignored. A numeric metric with some cells that are not numbers says so in its reason, because
 * scoring reports each of those cells by row.
 */
function roleOf(column: ClassifiedColumn): ColumnRole {
  const { header, sample, claim } = column;
  if (claim.kind === "metric") {
    const reason = column.nonNumbers === 0 ? claim.reason : `${claim.reason} ${AUTOMAP_REASONS.someNotNumbers(column.nonNumbers, column.present)}`;
    return { column: header, role: "metric", metric: claim.metric, reason, sample };
  }
  if (claim.kind === "ratio-numerator" || claim.kind === "ratio-denominator") return { column: header, role: "ignored", reason: claim.reason, sample };
  return { column: header, role: claim.kind, reason: claim.reason, sample };
}

function headerWithRole(columns: readonly ColumnRole[], role: SingletonKind): string | null {
  return columns.find((column) => column.role === role)?.column ?? null;
}

/** Reports each pillar that no metric feeds, in pillar order. */
function emptyPillarIssues(metrics: readonly Metric[]): readonly EmptyPillarIssue[] {
  return PILLARS.filter((pillar) => !metrics.some((metric) => metric.pillar === pillar)).map((pillar) => ({ code: "pillar-without-metric", pillar }));
}

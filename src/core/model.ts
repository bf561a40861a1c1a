import type { Override } from "./overrides";
import type { PerPillar, Pillar } from "./pillars";
import { DEFAULT_DECLINE_THRESHOLD, DEFAULT_TREND_PERIODS } from "./trend/trend";

/** Whether a higher or a lower raw value is better for the account. */
export type Direction = "higher" | "lower";

/** A metric score is a percentile rank within the metric's population. The default method. */
export interface PercentileMethod {
  readonly kind: "percentile";
}

/** Linear between the population's min and max, or between fixed bounds when both are given. */
export interface MinMaxMethod {
  readonly kind: "minmax";
  readonly min?: number;
  readonly max?: number;
}

/** Linear from `floor` (score 0) to `target` (score 100), clamped; a floor above the target means lower is better. */
export interface TargetMethod {
  readonly kind: "target";
  readonly floor: number;
  readonly target: number;
}

/** Piecewise-linear through (value, score) breakpoints sorted by value, flat beyond the ends. */
export interface ThresholdsMethod {
  readonly kind: "thresholds";
  readonly points: readonly (readonly [value: number, score: number])[];
}

/**
 * A step function. `cuts` are ascending bounds and `points` has one more entry than `cuts`:
 * a value below cuts[0] scores points[0], a value in [cuts[i-1], cuts[i]) scores points[i],
 * and a value at or above the last cut scores the last points entry.
 */
export interface TiersMethod {
  readonly kind: "tiers";
  readonly cuts: readonly number[];
  readonly points: readonly number[];
  readonly labels?: readonly string[];
}

/** Standard normal CDF of the value's z-score against the population, × 100. */
export interface ZScoreMethod {
  readonly kind: "zscore";
}

/** A value on a known scale [low, high] (CSAT 1–5, NPS −100–100), mapped linearly and clamped. */
export interface ScaleMethod {
  readonly kind: "scale";
  readonly low: number;
  readonly high: number;
}

/** Text labels mapped to scores, matched case-insensitively after trimming. */
export interface CategoryMethod {
  readonly kind: "category";
  readonly scores: Readonly<Record<string, number>>;
}

/**
 * A date: the days between it and the model's as-of date, scored like `target` on days.
 * `floorDays` scores 0 and `targetDays` scores 100 (usually targetDays < floorDays).
 */
export interface RecencyMethod {
  readonly kind: "recency";
  readonly targetDays: number;
  readonly floorDays: number;
}

/** Every method that scores a single number (all but `category`, `recency` and `ratio`). */
export type NumericMethod =
  | PercentileMethod
  | MinMaxMethod
  | TargetMethod
  | ThresholdsMethod
  | TiersMethod
  | ZScoreMethod
  | ScaleMethod;

/** The metric's column divided by the `denominator` column, then scored by a numeric method. */
export interface RatioMethod {
  readonly kind: "ratio";
  readonly denominator: string;
  readonly then: NumericMethod;
}

/** The rule that turns a raw value into a 0–100 metric score. */
export type MetricMethod = NumericMethod | CategoryMethod | RecencyMethod | RatioMethod;

/** The names of the metric methods. */
export type MethodKind = MetricMethod["kind"];

/** Every method name, in the order the docs list them. */
export const METHOD_KINDS: readonly MethodKind[] = [
  "percentile",
  "minmax",
  "target",
  "thresholds",
  "tiers",
  "zscore",
  "scale",
  "category",
  "recency",
  "ratio",
];

/** Methods whose score depends on the other accounts' values (and so on the segment). */
export const POPULATION_METHODS: readonly MethodKind[] = ["percentile", "minmax", "zscore"];

/** One column of the sheet scored as a metric of one pillar. */
export interface Metric {
  /** The header of the column holding the raw value (the numerator for a ratio). */
  readonly column: string;
  readonly pillar: Pillar;
  readonly method: MetricMethod;
  readonly direction: Direction;
  /** The metric's weight within its pillar; any non-negative number, normalised per pillar. */
  readonly weight: number;
}

/** The rule for counting a pillar with no data in the composite. */
export type MissingPolicy = "redistribute" | "neutral" | "penalize" | "median";

/** Every missing-pillar policy, the default first. */
export const MISSING_POLICIES: readonly MissingPolicy[] = ["redistribute", "neutral", "penalize", "median"];

/** The band thresholds and their labels. */
export interface Bands {
  /** A composite at or above this is Healthy. */
  readonly healthy: number;
  /** A composite at or above this (and below `healthy`) is Watch; below it is At risk. */
  readonly watch: number;
  readonly labels: { readonly healthy: string; readonly watch: string; readonly atRisk: string };
}

/** The settings for reading trend from earlier snapshots of the same accounts. */
export interface TrendSettings {
  /** How many snapshots, the current one included, the least-squares slope spans. */
  readonly periods: number;
  /** A drop, in points per period or since the previous snapshot, at or past which an account is declining. */
  readonly declineThreshold: number;
}

/** One line of the model's change log. */
export interface ChangeLogEntry {
  readonly version: number;
  /** The day of the change, as an ISO date. */
  readonly date: string;
  readonly author: string;
  readonly change: string;
}

/** The complete health model: every field present, defaults filled in. */
export interface HealthModel {
  /** The column that names the account, shown in summaries and explanations. */
  readonly accountColumn: string | null;
  /** The column whose value splits population-based methods into segment populations. */
  readonly segmentColumn: string | null;
  /** A churned / renewed / status column, kept for backtesting; never scored. */
  readonly outcomeColumn: string | null;
  readonly metrics: readonly Metric[];
  /** Non-negative pillar weights; normalised to sum to 1 when used. */
  readonly pillarWeights: PerPillar<number>;
  readonly bands: Bands;
  readonly missingPolicy: MissingPolicy;
  /** The share of pillar weight (0–1) that must have data for the composite to be reported. */
  readonly minCoverage: number;
  /** The date recency metrics count days to, as an ISO date (YYYY-MM-DD); null means the scoring date. */
  readonly asOf: string | null;
  /**
   * Pillar weights for particular segments, keyed by the segment's value as written. A segment
   * with no entry uses `pillarWeights`. Needs `segmentColumn`.
   */
  readonly segmentWeights: Readonly<Record<string, PerPillar<number>>>;
  /** CSM overrides of an account's band or score, each with a reason, an owner and an expiry date. */
  readonly overrides: readonly Override[];
  readonly trend: TrendSettings;
  /** The model's version, raised by one on every saved change; scored outputs record it. */
  readonly version: number;
  readonly changeLog: readonly ChangeLogEntry[];
}

/** The default bands: Healthy ≥ 70, Watch ≥ 40, At risk below. */
export const DEFAULT_BANDS: Bands = {
  healthy: 70,
  watch: 40,
  labels: { healthy: "Healthy", watch: "Watch", atRisk: "At risk" },
};

export const DEFAULT_PILLAR_WEIGHTS: PerPillar<number> = {
  Engagement: 25,
  Satisfaction: 25,
  Adoption: 25,
  Outcomes: 25,
};

export const DEFAULT_MIN_COVERAGE = 0.5;

export const DEFAULT_MISSING_POLICY: MissingPolicy = "redistribute";

export const DEFAULT_TREND: TrendSettings = { periods: DEFAULT_TREND_PERIODS, declineThreshold: DEFAULT_DECLINE_THRESHOLD };

/** The fields a new model starts with besides its mapping, weights and bands. */
export const NEW_MODEL_FIELDS: Pick<HealthModel, "segmentWeights" | "overrides" | "trend" | "version" | "changeLog"> = {
  segmentWeights: {},
  overrides: [],
  trend: DEFAULT_TREND,
  version: 1,
  changeLog: [],
};

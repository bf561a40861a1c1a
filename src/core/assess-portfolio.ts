import { blankVerdict, computeVerdict, type AccountAssessment, type AssessmentSettings } from "./account";
import { accountAt, accountsOf, writableColumns, writeVerdict, type AssessmentColumns } from "./assessment-columns";
import { pillarColumnsOf, pillarColumnsSize, pillarRowInto, type PillarColumns, type PillarRowBuffer } from "./pillar-columns";
import type { Issue } from "./issues";
import type { HealthModel } from "./model";
import { accountKey, activeOverrides, applyOverride } from "./overrides";
import type { PillarScoring } from "./pillar-scoring";
import { PILLARS } from "./pillars";
import { failed, ok, type Result } from "./result";
import { sharedVerdicts } from "./shared-verdicts";
import { readLabel } from "./values";
import type { PillarScores } from "./vector";
import { normalizePillarWeights } from "./weights";

/** The accounts of a portfolio assessed under a model, and the model references that matched nothing. */
export interface PortfolioAssessment {
  /** Every account's assessment, in columns. */
  readonly assessments: AssessmentColumns;
  /** Every account's assessment as an object, in row order, built from the columns on first read. */
  readonly accounts: readonly AccountAssessment[];
  /** Segment weight sets no row uses and overrides that name no account. */
  readonly issues: readonly Issue[];
}

/** An assessment's pillar scores: in columns, or as one array per account. */
export type PillarSource = { readonly pillarColumns: PillarColumns } | { readonly pillars: readonly PillarScores[] };

/** Called every few thousand accounts while assessing, and once at the end. */
export type ProgressListener = (done: number, total: number) => void;

const PROGRESS_EVERY = 10_000;

/**
 * Assesses every account from its pillar scores: composite, coverage, band, driver, gap,
 * diagnoses and explanation. It uses the model's pillar weights (a segment's own set where the
 * model has one), bands, missing-data policy and minimum coverage. Then it applies the overrides
 * active on the as-of date. The task pane calls this on cached pillar scores as sliders move.
 *
 * Cost: O(n), one `computeVerdict` per account, plus O(n log n) for the medians of the `median` policy.
 *
 * @param scoring the pillar scores, read from `pillarColumns` when present, else from `pillars`
 * @returns the assessments, or the issues of invalid pillar or segment weights
 */
export function assessPortfolio(
  scoring: Pick<PillarScoring, "accountNames" | "segmentLabels" | "asOfSerial"> & PillarSource,
  model: HealthModel,
  onProgress?: ProgressListener,
): Result<PortfolioAssessment> {
  const weights = normalizePillarWeights(PILLARS.map((pillar) => model.pillarWeights[pillar]));
  if (!weights.ok) return failed(weights.issues);
  // `in` reads no property, so a scoring's lazy `pillars` list is never built here.
  const pillarColumns = "pillarColumns" in scoring ? scoring.pillarColumns : pillarColumnsOf(scoring.pillars);
  const base: AssessmentSettings = {
    weights: weights.value,
    bands: model.bands,
    policy: model.missingPolicy,
    minCoverage: model.minCoverage,
    ...(model.missingPolicy === "median" ? { medians: pillarColumnMedians(pillarColumns) } : {}),
  };
  const perSegment = segmentSettings(model, base);
  if (!perSegment.ok) return failed(perSegment.issues);

  const issues: Issue[] = unusedSegmentIssues(perSegment.value, scoring.segmentLabels);
  const overrides = activeOverrides(model.overrides, scoring.asOfSerial);
  const matched = new Set<string>();
  const size = pillarColumnsSize(pillarColumns);
  // Segment settings differ from the base in weights only, so every account can share one cache.
  const shared = sharedVerdicts(base.bands, base.minCoverage);
  const verdict = blankVerdict();
  // One row array for every account: the verdict reads it at once, and the columns keep the scores.
  const scores: PillarRowBuffer = [null, null, null, null];
  const columns = writableColumns(pillarColumns);
  for (let row = 0; row < size; row++) {
    const label = scoring.segmentLabels[row] ?? null;
    const settings = (label === null ? undefined : perSegment.value.get(label)?.settings) ?? base;
    writeVerdict(columns, row, computeVerdict(pillarRowInto(pillarColumns, row, scores), settings, verdict, shared));
    // The size check skips building a lower-cased key per row when no override is active.
    const name = overrides.size === 0 ? null : (scoring.accountNames[row] ?? null);
    const key = name === null ? null : accountKey(name);
    const override = key === null ? undefined : overrides.get(key);
    if (key !== null && override !== undefined) {
      matched.add(key);
      columns.overridden.set(row, applyOverride(accountAt(columns, row), override, model.bands));
    }
    if (onProgress && (row + 1) % PROGRESS_EVERY === 0) onProgress(row + 1, size);
  }
  // The loop already reported a size that is a multiple of the step.
  if (size % PROGRESS_EVERY !== 0 || size === 0) onProgress?.(size, size);

  model.overrides.forEach((override, index) => {
    const key = accountKey(override.account);
    if (overrides.has(key) && !matched.has(key)) issues.push({ code: "override-account-not-found", path: `overrides[${index}]`, value: override.account });
  });
  let accounts: readonly AccountAssessment[] | null = null;
  return ok({
    assessments: columns,
    get accounts(): readonly AccountAssessment[] {
      accounts ??= accountsOf(columns);
      return accounts;
    },
    issues,
  });
}

/**
 * Returns the portfolio median of each pillar over the accounts with data, or null where no
 * account has that pillar. The `median` policy counts a missing pillar as this score.
 */
export function pillarMedians(pillars: readonly PillarScores[]): PillarScores {
  return pillarColumnMedians(pillarColumnsOf(pillars));
}

/** Returns the median of each pillar column over the accounts with data, as `pillarMedians` does. */
export function pillarColumnMedians(columns: PillarColumns): PillarScores {
  return [columnMedian(columns[0]), columnMedian(columns[1]), columnMedian(columns[2]), columnMedian(columns[3])];
}

/** Returns the median of a column's numbers, leaving out NaN, or null when none is a number. */
function columnMedian(column: Float64Array): number | null {
  const present = column.filter((score) => !Number.isNaN(score)).sort();
  const count = present.length;
  if (count === 0) return null;

  const middle = count >> 1;
  return count % 2 === 1 ? (present[middle] ?? null) : ((present[middle - 1] ?? 0) + (present[middle] ?? 0)) / 2;
}

/** A segment's own settings, keyed by the segment label as `readLabel` reads it. */
type SegmentSettings = ReadonlyMap<string, { readonly segment: string; readonly settings: AssessmentSettings }>;

/** Builds the settings of every segment with its own weight set; fails on invalid weights. */
function segmentSettings(model: HealthModel, base: AssessmentSettings): Result<SegmentSettings> {
  const settings = new Map<string, { segment: string; settings: AssessmentSettings }>();
  const issues: Issue[] = [];
  for (const [segment, perPillarWeights] of Object.entries(model.segmentWeights)) {
    const normalized = normalizePillarWeights(PILLARS.map((pillar) => perPillarWeights[pillar]), `segmentWeights.${segment}`);
    if (normalized.ok) settings.set(readLabel(segment) ?? segment, { segment, settings: { ...base, weights: normalized.value } });
    else issues.push(...normalized.issues);
  }
  return issues.length === 0 ? ok(settings) : failed(issues);
}

function unusedSegmentIssues(sets: SegmentSettings, labels: readonly (string | null)[]): Issue[] {
  if (sets.size === 0) return [];
  const used = new Set(labels);
  return [...sets].flatMap(([key, { segment }]) => (used.has(key) ? [] : [{ code: "segment-not-found" as const, path: `segmentWeights.${segment}`, value: segment }]));
}

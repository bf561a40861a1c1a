/**
 * The kinds of argument HEALTH functions take, each with the one routine that coerces an
 * Excel-shaped value into a complete internal value, and the default an omitted argument gets.
 * Functions declare their arguments as data (`ArgumentSpec`) and `coerceArguments` applies these.
 */
import { DEFAULT_BANDS, DEFAULT_MIN_COVERAGE, DEFAULT_MISSING_POLICY, DEFAULT_TREND, type Bands, type HealthModel, type MissingPolicy } from "../core/model";
import { normalizeModel } from "../core/normalize-model";
import { PILLARS } from "../core/pillars";
import { readDate, readNumber } from "../core/values";
import type { PillarScores, PillarVector } from "../core/vector";
import { normalizePillarWeights } from "../core/weights";
import {
  asMatrix,
  asScalar,
  asVector,
  describeSize,
  isBlankCell,
  isMissingCell,
  isOmitted,
  isRectangular,
  readErrorValue,
  toCellValue,
  trimTrailingBlankRows,
  type Matrix,
} from "./cells";
import { describeIssue, EXPECTED, MESSAGES, renamePaths, type PathRename } from "./messages";
import { invalidArgument, notAvailable } from "./problem";

/** The Healthy and Watch thresholds, without labels. */
export type Thresholds = Pick<Bands, "healthy" | "watch">;

/** One argument kind: how to read a given value, and the value an omitted argument gets. */
interface ArgumentKind<T> {
  readonly read: (raw: unknown, name: string) => T;
  /** The value of an omitted argument; absent for a kind that must be given. */
  readonly whenOmitted?: () => T;
}

function kind<T>(read: (raw: unknown, name: string) => T, whenOmitted?: () => T): ArgumentKind<T> {
  return whenOmitted === undefined ? { read } : { read, whenOmitted };
}

const EQUAL_PILLAR_WEIGHTS: PillarVector<number> = [0.25, 0.25, 0.25, 0.25];

export const ARGUMENT_KINDS = {
  /** Four pillar scores 0–100 in pillar order; a blank, missing marker or error cell is a pillar with no data. */
  pillarScores: kind(readPillarScores),
  /** Four non-negative pillar weights, normalised to sum to 1; omitted means equal weights. */
  pillarWeights: kind(readPillarWeights, () => EQUAL_PILLAR_WEIGHTS),
  /** Metric scores 0–100 in one row or column; null where the cell has no score. */
  metricScores: kind(readMetricScores),
  /** Non-negative metric weights in one row or column; null (omitted) means equal weights. */
  metricWeights: kind<readonly number[] | null>(readMetricWeights, () => null),
  /** The Healthy and Watch thresholds, two cells; omitted means 70 and 40. */
  thresholds: kind(readThresholds, () => ({ healthy: DEFAULT_BANDS.healthy, watch: DEFAULT_BANDS.watch })),
  /** The Healthy threshold alone; omitted means 70. */
  healthyThreshold: kind(readHealthyThreshold, () => DEFAULT_BANDS.healthy),
  /** The Healthy, Watch and At-risk labels, three cells; omitted (or a blank cell) means the default label. */
  bandLabels: kind(readBandLabels, () => DEFAULT_BANDS.labels),
  /** One score 0–100 in one cell; a blank or error cell has no score (`#N/A`). */
  score: kind(readScore),
  /** One score 0–100 in one cell; null for a blank, missing marker or error cell. */
  scoreOrBlank: kind(readScoreOrBlank),
  /** Scores 0–100 in one row or column, oldest first; null where a cell has no score, and the blank cells at the end dropped. */
  scoreSeries: kind(readScoreSeries),
  /** The portfolio median of each pillar, four cells in pillar order, for the median policy; null when omitted. */
  pillarMedians: kind<PillarScores | null>(readPillarScores, () => null),
  /** Cells in one row or one column, exactly as given, so parallel per-account arguments can be aligned first. */
  vector: kind(readVector),
  /** Pillar scores of many accounts: 4 columns in pillar order, one row per account, exactly as given. */
  pillarBlock: kind(readPillarBlock),
  /** The same as `pillarBlock`; null when omitted. */
  optionalPillarBlock: kind<Matrix | null>(readPillarBlock, () => null),
  /** Snapshots in the trend's slope window, the current one included: a whole number of 2 or more; omitted means 4. */
  trendPeriods: kind(readTrendPeriods, () => DEFAULT_TREND.periods),
  /** Points of drop that flag a decline, above 0; omitted means 5. */
  declineThreshold: kind(readDeclineThreshold, () => DEFAULT_TREND.declineThreshold),
  /** TRUE or FALSE (1 or 0, or that text); omitted means FALSE. */
  flag: kind(readFlag, () => false),
  /** A missing-data policy name; omitted means redistribute. */
  missingPolicy: kind(readMissingPolicy, () => DEFAULT_MISSING_POLICY),
  /** The minimum coverage, a share from 0 to 1; omitted means 0.5. */
  minCoverage: kind(readMinCoverage, () => DEFAULT_MIN_COVERAGE),
  /** One cell of any content, as a core cell value. */
  cell: kind((raw: unknown, name: string) => toCellValue(readOneCell(raw, name))),
  /** A block of cells exactly as given; a single value is a 1 × 1 block. */
  cells: kind((raw: unknown) => asMatrix(raw)),
  /** A block of cells exactly as given; null when omitted. */
  optionalCells: kind<Matrix | null>((raw: unknown) => asMatrix(raw), () => null),
  /** A block of cells with its trailing blank rows removed, so a whole-column reference is cheap; null when omitted. */
  range: kind<Matrix | null>((raw: unknown) => trimTrailingBlankRows(asMatrix(raw)), () => null),
  /** Text in one cell, trimmed; null when omitted. */
  text: kind<string | null>(readText, () => null),
  /** A date as an Excel serial number; null when omitted. */
  date: kind<number | null>(readDateArgument, () => null),
} as const;

/** The name of an argument kind. */
export type KindName = keyof typeof ARGUMENT_KINDS;

/** The value an argument of a kind is coerced to. */
export type KindValue<K extends KindName> = ReturnType<(typeof ARGUMENT_KINDS)[K]["read"]>;

function readPillarScores(raw: unknown, name: string): PillarScores {
  const cells = readPillarCells(raw, name);
  const [engagement = null, satisfaction = null, adoption = null, outcomes = null] = cells.map((cell, index) =>
    readScoreCell(cell, `${name} (${PILLARS[index] ?? index})`),
  );
  return [engagement, satisfaction, adoption, outcomes];
}

function readPillarWeights(raw: unknown, name: string): PillarVector<number> {
  const cells = readPillarCells(raw, name);
  const weights = cells.map((cell, index) => readWeightCell(cell, `${name} (${PILLARS[index] ?? index})`));
  const normalized = normalizePillarWeights(weights, name);
  if (!normalized.ok) invalidArgument(normalized.issues.map((issue) => describeIssue(issue)).join(" "));
  return normalized.value;
}

function readPillarCells(raw: unknown, name: string): readonly unknown[] {
  const matrix = asMatrix(raw);
  const cells = asVector(matrix);
  if (cells === null || cells.length !== PILLARS.length) invalidArgument(MESSAGES.pillarVectorSize(name, describeSize(matrix)));
  return cells;
}

function readMetricScores(raw: unknown, name: string): readonly (number | null)[] {
  const matrix = asMatrix(raw);
  const cells = asVector(matrix);
  if (cells === null) invalidArgument(MESSAGES.vectorShape(name, describeSize(matrix)));

  // Trailing blank cells (most of a whole-column reference) are metrics with no score. Skipping
  // them keeps the reference fast, and the full length still matches a weights range of the same size.
  let end = cells.length;
  while (end > 0 && isBlankCell(cells[end - 1])) end--;
  const scores = new Array<number | null>(cells.length).fill(null);
  for (let index = 0; index < end; index++) scores[index] = readScoreCell(cells[index], `${name} (cell ${index + 1})`);
  return scores;
}

function readMetricWeights(raw: unknown, name: string): readonly number[] {
  const matrix = asMatrix(raw);
  const cells = asVector(matrix);
  if (cells === null) invalidArgument(MESSAGES.vectorShape(name, describeSize(matrix)));

  const weights = cells.map((cell, index) => readWeightCell(cell, `${name} (cell ${index + 1})`));
  if (weights.every((weight) => weight === 0)) {
    invalidArgument(describeIssue({ code: "all-zero-weights", path: name, value: weights, allowed: "at least one weight above 0" }));
  }
  return weights;
}

/** Reads a score cell: null for no data, else a number from 0 to 100. */
export function readScoreCell(cell: unknown, where: string): number | null {
  if (isMissingCell(cell)) return null;

  const value = readNumber(toCellValue(cell));
  if (typeof value !== "number") invalidArgument(MESSAGES.notANumber(where, cell, EXPECTED.score));
  if (value < 0 || value > 100) invalidArgument(MESSAGES.outOfRange(where, value, "0 to 100"));
  return value;
}

/** Reads a weight cell: a number, which must be given; the sign is checked where the weights are normalised. */
function readWeightCell(cell: unknown, where: string): number {
  const error = readErrorValue(cell);
  if (error !== null) invalidArgument(MESSAGES.errorValue(where, error, EXPECTED.weight));
  if (isBlankCell(cell)) invalidArgument(MESSAGES.blankCell(where, EXPECTED.weight));

  const value = readNumber(toCellValue(cell));
  if (typeof value !== "number") invalidArgument(MESSAGES.notANumber(where, cell, EXPECTED.weight));
  if (value < 0) invalidArgument(describeIssue({ code: "negative-weight", path: where, value, allowed: "a number of 0 or more" }));
  return value;
}

/** Reads a number that must be given, such as a threshold. */
function readRequiredNumber(cell: unknown, where: string, expected: string): number {
  const error = readErrorValue(cell);
  if (error !== null) invalidArgument(MESSAGES.errorValue(where, error, expected));
  if (isBlankCell(cell)) invalidArgument(MESSAGES.blankCell(where, expected));

  const value = readNumber(toCellValue(cell));
  if (typeof value !== "number") invalidArgument(MESSAGES.notANumber(where, cell, expected));
  return value;
}

function readThresholds(raw: unknown, name: string): Thresholds {
  const matrix = asMatrix(raw);
  const cells = asVector(matrix);
  if (cells === null || cells.length !== 2) invalidArgument(MESSAGES.thresholdsSize(name, matrix.reduce((sum, row) => sum + row.length, 0)));

  const healthy = readRequiredNumber(cells[0], `${name} (Healthy)`, EXPECTED.threshold);
  const watch = readRequiredNumber(cells[1], `${name} (Watch)`, EXPECTED.threshold);
  const bands = checkedModel({ bands: { healthy, watch } }, { "bands.healthy": `${name} (Healthy)`, "bands.watch": `${name} (Watch)` });
  return { healthy: bands.bands.healthy, watch: bands.bands.watch };
}

function readHealthyThreshold(raw: unknown, name: string): number {
  const healthy = readRequiredNumber(readOneCell(raw, name), name, EXPECTED.threshold);
  if (healthy < 0 || healthy > 100) invalidArgument(MESSAGES.outOfRange(name, healthy, "0 to 100"));
  return healthy;
}

function readBandLabels(raw: unknown, name: string): Bands["labels"] {
  const matrix = asMatrix(raw);
  const cells = asVector(matrix);
  if (cells === null || cells.length !== 3) invalidArgument(MESSAGES.labelsSize(name, matrix.reduce((sum, row) => sum + row.length, 0)));

  const [healthy, watch, atRisk] = cells.map((cell) => (isBlankCell(cell) ? null : cell));
  const model = checkedModel(
    { bands: { labels: { healthy, watch, atRisk } } },
    { "bands.labels.healthy": `${name} (Healthy)`, "bands.labels.watch": `${name} (Watch)`, "bands.labels.atRisk": `${name} (At risk)` },
  );
  return model.bands.labels;
}

function readScore(raw: unknown, name: string): number {
  const score = readScoreCell(readOneCell(raw, name), name);
  if (score === null) notAvailable(MESSAGES.noScore(name));
  return score;
}

function readScoreOrBlank(raw: unknown, name: string): number | null {
  return readScoreCell(readOneCell(raw, name), name);
}

function readScoreSeries(raw: unknown, name: string): readonly (number | null)[] {
  const matrix = asMatrix(raw);
  const cells = asVector(matrix);
  if (cells === null) invalidArgument(MESSAGES.vectorShape(name, describeSize(matrix)));

  // Blank cells at the end are snapshots not yet taken (or the rest of a whole-row reference).
  // A missing marker or an error cell there is kept, as a snapshot the account missed.
  let end = cells.length;
  while (end > 0 && isBlankCell(cells[end - 1])) end--;
  const scores: (number | null)[] = [];
  for (let index = 0; index < end; index++) scores.push(readScoreCell(cells[index], `${name} (cell ${index + 1})`));
  return scores;
}

function readVector(raw: unknown, name: string): readonly unknown[] {
  const matrix = asMatrix(raw);
  const cells = asVector(matrix);
  if (cells === null) invalidArgument(MESSAGES.vectorShape(name, describeSize(matrix)));
  return cells;
}

function readPillarBlock(raw: unknown, name: string): Matrix {
  const matrix = asMatrix(raw);
  if (!isRectangular(matrix) || matrix[0]?.length !== PILLARS.length) invalidArgument(MESSAGES.pillarBlockShape(name, describeSize(matrix)));
  return matrix;
}

function readTrendPeriods(raw: unknown, name: string): number {
  const periods = readRequiredNumber(readOneCell(raw, name), name, EXPECTED.periods);
  return checkedModel({ trend: { periods } }, { "trend.periods": name }).trend.periods;
}

function readDeclineThreshold(raw: unknown, name: string): number {
  const threshold = readRequiredNumber(readOneCell(raw, name), name, EXPECTED.declineThreshold);
  return checkedModel({ trend: { declineThreshold: threshold } }, { "trend.declineThreshold": name }).trend.declineThreshold;
}

function readFlag(raw: unknown, name: string): boolean {
  const cell = readOneCell(raw, name);
  if (typeof cell === "boolean") return cell;
  if (isBlankCell(cell)) return false;

  // As in Excel's logical arguments, any number other than 0 is TRUE.
  const value = readNumber(toCellValue(cell));
  if (typeof value !== "number") invalidArgument(MESSAGES.notAFlag(name, toCellValue(cell)));
  return value !== 0;
}

function readMissingPolicy(raw: unknown, name: string): MissingPolicy {
  const cell = readOneCell(raw, name);
  if (typeof cell !== "string") invalidArgument(MESSAGES.notText(name, toCellValue(cell), EXPECTED.policy));
  return checkedModel({ missingPolicy: cell }, { missingPolicy: name }).missingPolicy;
}

function readMinCoverage(raw: unknown, name: string): number {
  const share = readRequiredNumber(readOneCell(raw, name), name, EXPECTED.share);
  return checkedModel({ minCoverage: share }, { minCoverage: name }).minCoverage;
}

function readText(raw: unknown, name: string): string | null {
  const cell = readOneCell(raw, name);
  if (isBlankCell(cell)) return null;
  if (typeof cell !== "string") invalidArgument(MESSAGES.notText(name, toCellValue(cell), EXPECTED.text));
  return cell.trim();
}

function readDateArgument(raw: unknown, name: string): number | null {
  const cell = readOneCell(raw, name);
  if (isBlankCell(cell)) return null;

  const serial = readDate(toCellValue(cell));
  if (typeof serial !== "number") invalidArgument(MESSAGES.notADate(name, toCellValue(cell)));
  return serial;
}

/** Reads an argument that must be one cell. */
export function readOneCell(raw: unknown, name: string): unknown {
  const scalar = asScalar(raw);
  if (scalar === null) invalidArgument(MESSAGES.notOneCell(name, describeSize(asMatrix(raw))));
  return scalar.value;
}

/**
 * Checks loose model fields with the core's model validation, so a function accepts exactly
 * what the model sheet accepts, and words any issue with the argument's name.
 */
export function checkedModel(fields: Record<string, unknown>, renames: Readonly<Record<string, string>> | PathRename): HealthModel {
  const rename = typeof renames === "function" ? renames : renamePaths(renames);
  const model = normalizeModel(fields);
  if (!model.ok) invalidArgument(model.issues.map((issue) => describeIssue(issue, rename)).join(" "));
  return model.value;
}

/** Coerces an omitted argument to its kind's default, or rejects it when the kind has none. */
export function coerceArgument<K extends KindName>(kindName: K, raw: unknown, name: string, optional: boolean): KindValue<K> {
  const argumentKind: ArgumentKind<unknown> = ARGUMENT_KINDS[kindName];
  if (optional && isOmitted(raw)) {
    if (argumentKind.whenOmitted === undefined) {
      throw new TypeError(`Argument kind "${kindName}" has no default, so the argument "${name}" cannot be optional`);
    }
    return argumentKind.whenOmitted() as KindValue<K>;
  }
  return argumentKind.read(raw, name) as KindValue<K>;
}

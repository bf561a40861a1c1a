import { INSUFFICIENT_DATA } from "../../core/messages/explanation";
import type { HealthModel } from "../../core/model";
import { MODEL_SHEET_NAME, RANGE_NAMES, TABLE_NAMES, type ModelSheet } from "../../core/model-sheet";
import { OUTPUT_COLUMNS } from "../../core/outputs";
import type { PortfolioScores } from "../../core/score";
import { PILLAR_MEDIANS_NAME } from "./pillar-medians";
import { columnName, parseArea, sheetReference } from "../../workbook/addresses";

/** The sheet columns of the output block, as letters. */
export interface OutputLetters {
  /** The four pillar columns, in pillar order. */
  readonly pillars: readonly string[];
  readonly firstPillar: string;
  readonly lastPillar: string;
  readonly score: string;
}

/** Returns the column letters of the pillar and score outputs for a block starting at 0-based column `outputLeft`. */
export function outputLetters(outputLeft: number): OutputLetters {
  return {
    pillars: [0, 1, 2, 3].map((offset) => columnName(outputLeft + offset)),
    firstPillar: columnName(outputLeft),
    lastPillar: columnName(outputLeft + 3),
    score: columnName(outputLeft + OUTPUT_COLUMNS.indexOf("Health score")),
  };
}

/**
 * Returns an absolute reference to the Label cells of the HealthBands table on the model sheet,
 * such as `'Health Model'!$C$14:$C$16`, which HEALTH.BAND takes as its labels.
 *
 * @throws Error when the sheet layout has no HealthBands table, which is a programming mistake
 */
export function bandLabelsReference(sheet: ModelSheet): string {
  const table = sheet.tables.find((candidate) => candidate.name === TABLE_NAMES.bands);
  if (table === undefined) throw new Error(`The model sheet layout has no ${TABLE_NAMES.bands} table`);

  const area = parseArea(table.range);
  const column = columnName(area.left + table.headers.indexOf("Label"));
  return `${sheetReference(MODEL_SHEET_NAME)}!$${column}$${area.top + 2}:$${column}$${area.bottom + 1}`;
}

/** Why the output columns cannot be live formulas: per-account settings that the row formulas do not take. */
export type FormulaFallbackReason = "segmentWeights" | "overrides";

/**
 * Returns why the HEALTH formulas would not reproduce the core's outputs for a scored portfolio,
 * or null when they do. The row formulas take the model sheet's HealthWeights, HealthThresholds,
 * HealthPolicy, HealthMinCoverage and HealthPillarMedians, so every missing-data policy and
 * minimum coverage is live. Two settings are per account, and the formulas take neither:
 * - A segment weight set that at least one row uses, because the formulas weigh every row with
 *   HealthWeights. A set no row uses changes no output.
 * - An override active on the as-of date that matches an account, because it replaces that
 *   account's score, band and explanation.
 * TODO: to write formulas for a segmented model, pass each row's own weights (an INDEX/MATCH of
 * its segment into the HealthSegmentWeights table) and test that the match trims and ignores
 * case as the core's `readLabel` does.
 *
 * @param model the model that was scored
 * @param scored the core's result for the data: its accounts and its issues
 */
export function formulaFallbackReason(model: HealthModel, scored: Pick<PortfolioScores, "accounts" | "issues">): FormulaFallbackReason | null {
  const unusedSets = new Set(scored.issues.flatMap((issue) => (issue.code === "segment-not-found" ? [issue.value] : [])));
  if (Object.keys(model.segmentWeights).some((segment) => !unusedSets.has(segment))) return "segmentWeights";
  if (scored.accounts.some((account) => account.override !== undefined)) return "overrides";
  return null;
}

/** Tells whether the HEALTH formulas reproduce the core's outputs for a scored portfolio, as `formulaFallbackReason` decides. */
export function formulasMatchCore(model: HealthModel, scored: Pick<PortfolioScores, "accounts" | "issues">): boolean {
  return formulaFallbackReason(model, scored) === null;
}

/**
 * Builds the live formulas of one output row. The four pillar cells are values, because they come
 * from population-ranked metric scores. Every later column is a HEALTH formula over them that
 * takes the model's named ranges: HealthWeights, HealthThresholds, HealthPolicy,
 * HealthMinCoverage, the band labels and HealthPillarMedians. So a change of weights, thresholds,
 * policy or minimum coverage on the model sheet recalculates without applying again. A metric
 * mapping change needs a new apply. HEALTH.COVERAGE and HEALTH.DIAGNOSIS take no policy, because
 * neither output depends on it.
 *
 * @param pillarScores the row's four pillar scores, "" where a pillar has no data
 * @param rowNumber the 1-based sheet row
 * @param letters the output columns' letters
 * @param labels the band labels reference from `bandLabelsReference`
 * @returns the cells in `OUTPUT_COLUMNS` order
 */
export function outputFormulaRow(pillarScores: readonly (number | string)[], rowNumber: number, letters: OutputLetters, labels: string): (number | string)[] {
  const pillars = `${letters.firstPillar}${rowNumber}:${letters.lastPillar}${rowNumber}`;
  const score = `${letters.score}${rowNumber}`;
  const weights = RANGE_NAMES.weights;
  const thresholds = RANGE_NAMES.thresholds;
  const policy = `${RANGE_NAMES.policy},${RANGE_NAMES.minCoverage}`;
  const medians = PILLAR_MEDIANS_NAME;
  const whenScored = (formula: string, otherwise: string): string => `=IF(ISNUMBER(${score}),${formula},${otherwise})`;

  return [
    ...pillarScores,
    `=HEALTH.COMPOSITE(${pillars},${weights},${policy},${medians})`,
    whenScored(`HEALTH.BAND(${score},${thresholds},${labels})`, `"${INSUFFICIENT_DATA}"`),
    `=HEALTH.DRIVER(${pillars},${weights},INDEX(${thresholds},1),${policy})`,
    `=HEALTH.GAP(${pillars},${weights},${thresholds},${policy},${medians})`,
    `=HEALTH.COVERAGE(${pillars},${weights})`,
    `=HEALTH.DIAGNOSIS(${pillars},${thresholds})`,
    `=HEALTH.EXPLAIN(${pillars},${weights},${thresholds},${policy},${medians},${labels})`,
  ];
}

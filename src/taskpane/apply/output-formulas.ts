import { INSUFFICIENT_DATA } from "../../core/messages/explanation";
import { DEFAULT_MIN_COVERAGE, type HealthModel } from "../../core/model";
import { MODEL_SHEET_NAME, RANGE_NAMES, TABLE_NAMES, type ModelSheet } from "../../core/model-sheet";
import { OUTPUT_COLUMNS } from "../../core/outputs";
import { columnName, parseArea, sheetReference } from "../../workbook/addresses";

/** The sheet columns of the output block, as letters. */
export interface OutputLetters {
  readonly firstPillar: string;
  readonly lastPillar: string;
  readonly score: string;
}

/** Returns the column letters of the pillar and score outputs for a block starting at 0-based column `outputLeft`. */
export function outputLetters(outputLeft: number): OutputLetters {
  return {
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

/**
 * Tells whether the HEALTH functions reproduce the core's outputs for a model. HEALTH.DRIVER,
 * HEALTH.GAP and HEALTH.EXPLAIN take no missing-data policy or minimum coverage and assume the
 * defaults (redistribute, 0.5), and HEALTH.COMPOSITE rejects the `median` policy, so any other
 * setting is written as values.
 * TODO: once those functions take the policy and minimum coverage, pass HealthPolicy and
 * HealthMinCoverage to them and drop this check.
 */
export function formulasMatchCore(model: HealthModel): boolean {
  return model.missingPolicy === "redistribute" && model.minCoverage === DEFAULT_MIN_COVERAGE;
}

/**
 * Builds the live formulas of one output row. The four pillar cells are values, because they come
 * from population-ranked metric scores. Every later column is a HEALTH formula over them that
 * takes the model's named ranges, so a change of weights, thresholds or policy on the model sheet
 * recalculates without applying again. A metric mapping change needs a new apply.
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
  const whenScored = (formula: string, otherwise: string): string => `=IF(ISNUMBER(${score}),${formula},${otherwise})`;

  return [
    ...pillarScores,
    `=HEALTH.COMPOSITE(${pillars},${weights},${RANGE_NAMES.policy},${RANGE_NAMES.minCoverage})`,
    whenScored(`HEALTH.BAND(${score},${thresholds},${labels})`, `"${INSUFFICIENT_DATA}"`),
    `=HEALTH.DRIVER(${pillars},${weights},INDEX(${thresholds},1))`,
    `=HEALTH.GAP(${pillars},${weights},${thresholds})`,
    `=HEALTH.COVERAGE(${pillars},${weights})`,
    `=HEALTH.DIAGNOSIS(${pillars},${thresholds})`,
    `=HEALTH.EXPLAIN(${pillars},${weights},${thresholds})`,
  ];
}

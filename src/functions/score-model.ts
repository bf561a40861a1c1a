/**
 * The model HEALTH.SCORE scores against, read from its arguments through the core's model-sheet
 * reader: the arguments are laid out as the cells of a "Health Model" sheet, so SCORE accepts
 * exactly what the model sheet accepts, and an issue at a sheet cell is renamed to the argument,
 * row and column it came from.
 */
import type { Issue } from "../core/issues";
import { BAND_ROW_NAMES, MODEL_SHEET_NAME, modelFromSheet, SETTING_LABELS, TABLE_HEADERS } from "../core/model-sheet";
import { DEFAULT_BANDS, type HealthModel } from "../core/model";
import { PILLARS } from "../core/pillars";
import type { CellValue } from "../core/table";
import type { PillarVector } from "../core/vector";
import { describeSize, isBlankCell, isRectangular, toCellValue, type Matrix } from "./cells";
import { describeIssue, MESSAGES } from "./messages";
import { invalidArgument } from "./problem";
import type { ScoreSettings } from "./score-options";

/** How many issues a SCORE error message lists before it stops. */
const SHOWN_ISSUES = 3;

/** The arguments of HEALTH.SCORE that describe the model. */
export interface ScoreModelArguments {
  readonly metricMap: Matrix;
  readonly weights: PillarVector<number>;
  readonly settings: ScoreSettings;
  /** The HealthSegmentWeights table, with or without its header row; null when omitted. */
  readonly segmentWeights: Matrix | null;
  /** The HealthOverrides table, with or without its header row; null when omitted. */
  readonly overrides: Matrix | null;
}

/** The position of one argument's rows on the laid-out sheet, for renaming issue locations. */
interface ArgumentRows {
  readonly argument: string;
  readonly headers: readonly string[];
  /** Sheet row number of the argument's first row. */
  readonly firstSheetRow: number;
  readonly rows: number;
  /** The argument's own row number of its first row: 1 when the argument starts with its header row, 2 when the header was added. */
  readonly firstArgumentRow: number;
}

/** The rows of the laid-out HealthSettings table: the Setting label, the option key messages name, and the setting. */
const SETTING_OPTIONS: readonly (readonly [label: string, option: string, key: keyof ScoreSettings])[] = [
  [SETTING_LABELS.missingPolicy, "policy", "missingPolicy"],
  [SETTING_LABELS.minCoverage, "minCoverage", "minCoverage"],
  [SETTING_LABELS.accountColumn, "account", "accountColumn"],
  [SETTING_LABELS.segmentColumn, "segment", "segmentColumn"],
  [SETTING_LABELS.asOf, "asOf", "asOf"],
];

/**
 * Reads the model of a SCORE call. The metric map goes where `modelToSheet` puts HealthMetrics,
 * the weights and options fill HealthPillarWeights, HealthBands and HealthSettings below it, and
 * the segment weights and overrides, when given, become HealthSegmentWeights and HealthOverrides.
 *
 * @throws ArgumentProblem `#VALUE!` with up to three issues, each naming its argument's row and column
 */
export function readScoreModel(args: ScoreModelArguments): HealthModel {
  if (args.metricMap.length < 2) invalidArgument(MESSAGES.metricMapEmpty("model_map"));

  const sheet = new LaidOutSheet();
  sheet.push([MODEL_SHEET_NAME], []);
  sheet.addArgument("model_map", TABLE_HEADERS.metrics, args.metricMap, true);
  sheet.push([]);
  sheet.push([...TABLE_HEADERS.pillarWeights], ...PILLARS.map((pillar, index) => [pillar, args.weights[index] ?? 0]), []);
  sheet.push([...TABLE_HEADERS.bands]);
  sheet.addOption("healthy", [BAND_ROW_NAMES.healthy, args.settings.healthy ?? DEFAULT_BANDS.healthy, DEFAULT_BANDS.labels.healthy]);
  sheet.addOption("watch", [BAND_ROW_NAMES.watch, args.settings.watch ?? DEFAULT_BANDS.watch, DEFAULT_BANDS.labels.watch]);
  sheet.push([BAND_ROW_NAMES.atRisk, null, DEFAULT_BANDS.labels.atRisk], []);
  sheet.push([...TABLE_HEADERS.settings]);
  for (const [label, option, key] of SETTING_OPTIONS) sheet.addOption(option, [label, args.settings[key] ?? null]);
  if (args.segmentWeights !== null) sheet.addTable("segment_weights", TABLE_HEADERS.segmentWeights, args.segmentWeights);
  if (args.overrides !== null) sheet.addTable("overrides", TABLE_HEADERS.overrides, args.overrides);

  const model = modelFromSheet(sheet.cells);
  if (!model.ok) invalidArgument(issueList(model.issues, (path) => sheet.rename(path)));
  return model.value;
}

/** Words up to three issues in one message, with the count of the rest. */
export function issueList(issues: readonly Issue[], rename: (path: string) => string): string {
  const messages = issues.slice(0, SHOWN_ISSUES).map((issue) => describeIssue(issue, rename));
  const more = issues.length - messages.length;
  return more > 0 ? `${messages.join(" ")} (${more} more)` : messages.join(" ");
}

/** The cells of a laid-out model sheet, with a record of which argument each row came from. */
class LaidOutSheet {
  readonly cells: CellValue[][] = [];
  private readonly arguments: ArgumentRows[] = [];
  private readonly optionRows = new Map<number, string>();

  push(...rows: CellValue[][]): void {
    this.cells.push(...rows);
  }

  /** Lays out an argument that includes its header row. */
  addArgument(argument: string, headers: readonly string[], block: Matrix, withHeader: boolean): void {
    this.arguments.push({ argument, headers, firstSheetRow: this.cells.length + 1, rows: block.length, firstArgumentRow: withHeader ? 1 : 2 });
    for (const row of block) this.cells.push(row.map(toCellValue));
  }

  /** Lays out a model-sheet table given with or without its header row, after a blank row. */
  addTable(argument: string, headers: readonly string[], block: Matrix): void {
    if (!isRectangular(block) || block[0]?.length !== headers.length) invalidArgument(MESSAGES.modelTableShape(argument, headers, describeSize(block)));

    this.cells.push([]);
    const withHeader = isHeaderRow(block[0] ?? [], headers);
    if (!withHeader) this.cells.push([...headers]);
    this.addArgument(argument, headers, block, withHeader);
  }

  /** Lays out a row that one of the options fills. */
  addOption(option: string, row: CellValue[]): void {
    this.cells.push(row);
    this.optionRows.set(this.cells.length, option);
  }

  /**
   * Renames a model-sheet cell reference such as `'Health Model'!B5 (floor)` to the argument it
   * came from: `model_map row 3, column Pillar (floor)`, where row 1 is the argument's header row,
   * or `options (segment)` for a setting. A whole-row reference names the row only.
   */
  rename(path: string): string {
    const match = /^'Health Model'!([A-Z]+)(\d+)(:[A-Z]+\d+)?(.*)$/.exec(path);
    if (match === null) return path.startsWith("Health") ? `model_map (${path})` : path;

    const [, column = "", rowText = "", wholeRow, rest = ""] = match;
    const sheetRow = Number(rowText);
    const option = this.optionRows.get(sheetRow);
    if (option !== undefined) return `options (${option})${rest}`;

    const source = this.arguments.find((entry) => sheetRow >= entry.firstSheetRow && sheetRow < entry.firstSheetRow + entry.rows);
    if (source === undefined) return `options${rest}`;
    const row = sheetRow - source.firstSheetRow + source.firstArgumentRow;
    if (wholeRow !== undefined) return `${source.argument} row ${row}${rest}`;
    return `${source.argument} row ${row}, column ${columnHeader(source.headers, column)}${rest}`;
  }
}

/** Tells whether a row is a table's header row: its cells are the headers, ignoring case and surrounding spaces. */
function isHeaderRow(row: readonly unknown[], headers: readonly string[]): boolean {
  return headers.every((header, index) => {
    const cell = row[index];
    return !isBlankCell(cell) && typeof cell === "string" && cell.trim().toLowerCase() === header.toLowerCase();
  });
}

function columnHeader(headers: readonly string[], letters: string): string {
  const index = letters.charCodeAt(0) - "A".charCodeAt(0);
  return letters.length === 1 ? (headers[index] ?? letters) : letters;
}

import type { AccountAssessment } from "../../core/account";
import type { Issue } from "../../core/issues";
import type { HealthModel } from "../../core/model";
import { modelToSheet } from "../../core/model-sheet";
import { OUTPUT_COLUMNS, outputRow } from "../../core/outputs";
import { scorePortfolio } from "../../core/score";
import type { CellValue } from "../../core/table";
import { columnName, formatArea } from "../../workbook/addresses";
import type { TableSnapshot, WorkbookPort, WriteCell } from "../../workbook/port";
import { bandConditionalFormats, scoreConditionalFormats, CONDITIONAL_FORMAT_TAGS } from "./conditional-formats";
import { writeModelSheet } from "./model-sheet-writer";
import { bandLabelsReference, formulaFallbackReason, outputFormulaRow, outputLetters, type FormulaFallbackReason } from "./output-formulas";
import { locateOutputs } from "./output-location";
import { pillarMediansBlock, writePillarMedians } from "./pillar-medians";

/** The form of the output columns: live HEALTH formulas over the model's names, or plain values. */
export type OutputMode = "formulas" | "values";

/** The steps of an apply, in the order they run. */
export type ApplyStep = "modelSheet" | "outputs" | "numberFormats" | "conditionalFormats";

export const APPLY_STEPS: readonly ApplyStep[] = ["modelSheet", "outputs", "numberFormats", "conditionalFormats"];

/** Progress of an apply, reported when a step starts and after each accepted write request. */
export interface ApplyProgress {
  readonly step: ApplyStep;
  readonly rowsWritten: number;
  readonly totalRows: number;
}

/** The input of `applyModel`. */
export interface ApplyRequest {
  /** The data sheet's name. */
  readonly sheet: string;
  /** The data sheet read with `readUsedRange`, earlier outputs included. */
  readonly snapshot: TableSnapshot;
  readonly model: HealthModel;
  /** The requested output mode; default "formulas". */
  readonly mode?: OutputMode;
  /** The as-of date for recency metrics; default: the model's, else today. */
  readonly asOf?: string;
  readonly onProgress?: (progress: ApplyProgress) => void;
}

/** The result of an apply that wrote everything. */
export interface AppliedReport {
  readonly ok: true;
  /** The mode actually written: "values" when formulas would not reproduce the core's outputs. */
  readonly mode: OutputMode;
  /** True when "formulas" was requested but the model's settings needed values. */
  readonly fellBackToValues: boolean;
  /** The per-account setting that needed values; null unless `fellBackToValues`. */
  readonly fallbackReason: FormulaFallbackReason | null;
  /** The output block's area on the data sheet, header row included, such as "X1:AH401". */
  readonly outputAddress: string;
  readonly rows: number;
  readonly reusedEarlierOutputs: boolean;
  /** Cell problems and pillars without a metric, reported beside the scores. */
  readonly issues: readonly Issue[];
}

/** The result of an apply that wrote nothing (the model cannot score the data) or stopped part way. */
export interface FailedApplyReport {
  readonly ok: false;
  /** The steps that finished before the failure; empty when nothing was written. */
  readonly completed: readonly ApplyStep[];
  /** The step that failed; null when scoring failed before anything was written. */
  readonly failedStep: ApplyStep | null;
  /** Output rows written before the failure, during the outputs step. */
  readonly rowsWritten: number;
  /** The workbook's error message, when a write failed. */
  readonly message: string | null;
  /** The core's blocking issues, when scoring failed. */
  readonly issues: readonly Issue[];
}

export type ApplyReport = AppliedReport | FailedApplyReport;

/**
 * Applies a model to a data sheet through the workbook port. It writes the model sheet: named
 * tables and ranges, and the HealthPillarMedians block of `pillarMediansBlock` over the pillar
 * output columns. Then it writes the output columns next to the data and their number formats,
 * then conditional formats on the band and score columns over the data rows. Outputs reuse the
 * product's earlier output columns (found by header) or go after the last used column, so user
 * columns are never overwritten. Every step replaces what an earlier apply wrote, conditional
 * formats included (by tag), so applying twice leaves the same workbook as applying once.
 *
 * Cost: one `scorePortfolio` run, then about (output bytes ÷ 4 MB) write requests plus one per
 * model sheet table and eight others.
 *
 * @returns the report; a scoring problem returns before anything is written, and a workbook
 *   failure part way returns the steps already written
 */
export async function applyModel(port: WorkbookPort, request: ApplyRequest): Promise<ApplyReport> {
  const location = locateOutputs(request.snapshot);
  const scored = scorePortfolio(location.data, request.model, request.asOf === undefined ? {} : { asOf: request.asOf });
  if (!scored.ok) return { ok: false, completed: [], failedStep: null, rowsWritten: 0, message: null, issues: scored.issues };

  const requested = request.mode ?? "formulas";
  const fallbackReason = requested === "formulas" ? formulaFallbackReason(request.model, scored.value) : null;
  const mode: OutputMode = fallbackReason === null ? requested : "values";
  const sheetLayout = modelToSheet(request.model);
  const rows = scored.value.accounts.length;
  const top = location.area.top;
  const letters = outputLetters(location.outputLeft);
  const medians = pillarMediansBlock(sheetLayout, { dataSheet: request.sheet, letters: letters.pillars, firstRow: top + 2, lastRow: top + 1 + rows });
  const block = outputBlock(scored.value.accounts, request.model, {
    mode,
    firstRowNumber: top + 2,
    outputLeft: location.outputLeft,
    staleRows: location.staleRows,
    labels: bandLabelsReference(sheetLayout),
  });
  const outputArea = { top, left: location.outputLeft, bottom: top + block.length - 1, right: location.outputLeft + OUTPUT_COLUMNS.length - 1 };

  const completed: ApplyStep[] = [];
  let step: ApplyStep = "modelSheet";
  let rowsWritten = 0;
  const report = (progress: Omit<ApplyProgress, "totalRows">): void => request.onProgress?.({ ...progress, totalRows: rows });
  try {
    report({ step, rowsWritten: 0 });
    await writeModelSheet(port, sheetLayout);
    await writePillarMedians(port, medians);
    completed.push(step);

    step = "outputs";
    report({ step, rowsWritten: 0 });
    await port.write(request.sheet, formatArea({ top, left: location.outputLeft, bottom: top, right: location.outputLeft }), block, {
      onProgress: (progress) => {
        rowsWritten = Math.max(0, Math.min(rows, progress.rowsWritten - 1));
        report({ step: "outputs", rowsWritten });
      },
    });
    rowsWritten = rows;
    completed.push(step);

    step = "numberFormats";
    report({ step, rowsWritten });
    await port.setNumberFormats(request.sheet, numberFormatAreas(location.outputLeft, top + 2, top + 1 + rows));
    completed.push(step);

    step = "conditionalFormats";
    report({ step, rowsWritten });
    await writeConditionalFormats(port, request.sheet, request.model, location.outputLeft, top + 2, top + 1 + rows);
    completed.push(step);
  } catch (error) {
    return { ok: false, completed, failedStep: step, rowsWritten, message: error instanceof Error ? error.message : String(error), issues: [] };
  }

  return {
    ok: true,
    mode,
    fellBackToValues: mode !== requested,
    fallbackReason,
    outputAddress: formatArea(outputArea),
    rows,
    reusedEarlierOutputs: location.reusesEarlierOutputs,
    issues: scored.value.issues,
  };
}

interface BlockLayout {
  readonly mode: OutputMode;
  readonly firstRowNumber: number;
  readonly outputLeft: number;
  readonly staleRows: number;
  readonly labels: string;
}

/** Builds the output block: the header row, one row per account, then blank rows over stale outputs. */
function outputBlock(accounts: readonly AccountAssessment[], model: HealthModel, layout: BlockLayout): WriteCell[][] {
  const letters = outputLetters(layout.outputLeft);
  const header: WriteCell[] = OUTPUT_COLUMNS.map((name) => ({ text: name }));
  const body = accounts.map((account, index): WriteCell[] => {
    if (layout.mode === "values") return outputRow(account, model.bands).map(toWriteCell);
    const pillars = account.pillars.map((score) => score ?? "");
    return outputFormulaRow(pillars, layout.firstRowNumber + index, letters, layout.labels).map(toWriteCell);
  });
  const blank = Array.from({ length: layout.staleRows }, (): WriteCell[] => OUTPUT_COLUMNS.map(() => ""));
  return [header, ...body, ...blank];
}

/** Converts an output cell to a write cell: formulas stay formulas, other text is always text, "" clears. */
function toWriteCell(cell: CellValue | string): WriteCell {
  if (typeof cell === "number" || typeof cell === "boolean") return cell;
  if (typeof cell === "string") return cell === "" || cell.startsWith("=") ? cell : { text: cell };
  return "";
}

/** Returns the number formats of the output columns over the data rows: one decimal for scores and gap, percent for coverage. */
function numberFormatAreas(outputLeft: number, firstRow: number, lastRow: number): { address: string; format: string }[] {
  if (lastRow < firstRow) return [];
  const column = (name: (typeof OUTPUT_COLUMNS)[number]): string => columnName(outputLeft + OUTPUT_COLUMNS.indexOf(name));
  const span = (from: string, to: string, format: string): { address: string; format: string } => ({ address: `${from}${firstRow}:${to}${lastRow}`, format });
  return [
    span(column("Engagement"), column("Health score"), "0.0"),
    span(column("Gap"), column("Gap"), "0.0"),
    span(column("Coverage"), column("Coverage"), "0%"),
  ];
}

async function writeConditionalFormats(port: WorkbookPort, sheet: string, model: HealthModel, outputLeft: number, firstRow: number, lastRow: number): Promise<void> {
  if (lastRow < firstRow) return;
  const band = columnName(outputLeft + OUTPUT_COLUMNS.indexOf("Band"));
  const score = columnName(outputLeft + OUTPUT_COLUMNS.indexOf("Health score"));
  await port.setConditionalFormats(sheet, `${band}${firstRow}:${band}${lastRow}`, CONDITIONAL_FORMAT_TAGS.band, bandConditionalFormats(band, firstRow, model.bands));
  await port.setConditionalFormats(sheet, `${score}${firstRow}:${score}${lastRow}`, CONDITIONAL_FORMAT_TAGS.score, scoreConditionalFormats(score, firstRow));
}

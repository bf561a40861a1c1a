import { proposeModel, type ColumnRole } from "../../core/automap";
import type { Issue } from "../../core/issues";
import type { HealthModel } from "../../core/model";
import { MODEL_SHEET_NAME, modelFromSheet } from "../../core/model-sheet";
import { findColumn, type CellValue, type Table } from "../../core/table";
import { parseArea } from "../../workbook/addresses";
import type { TableSnapshot, WorkbookPort } from "../../workbook/port";
import { locateOutputs } from "../apply/output-location";

/** The model sheet's state when the pane opened. */
export type SavedModelState =
  | { readonly status: "restored"; readonly model: HealthModel }
  | { readonly status: "missing" }
  /** The sheet exists but cannot be read as a model; the issues name its cells. */
  | { readonly status: "damaged"; readonly issues: readonly Issue[] }
  /** The model reads but names columns the data sheet lacks. */
  | { readonly status: "mismatch"; readonly model: HealthModel; readonly issues: readonly Issue[] };

/** The data sheet and model the pane works on. */
export interface LoadedWorkbook {
  readonly sheet: string;
  readonly snapshot: TableSnapshot;
  /** The user's columns, without the product's earlier outputs. */
  readonly data: Table;
  readonly proposal: { readonly model: HealthModel; readonly columns: readonly ColumnRole[] };
  readonly saved: SavedModelState;
}

/** Options of `loadWorkbook`. */
export interface LoadOptions {
  /** The as-of date auto-mapping writes into a new model (YYYY-MM-DD); default null, the scoring date. */
  readonly asOf?: string;
}

/**
 * Reads what the pane needs when it opens: the data sheet (the active sheet, else the first sheet
 * other than the model sheet) as its used range, an auto-mapping proposal for it, and the model
 * restored from the "Health Model" sheet. A missing or damaged model sheet is a state to show,
 * never an exception.
 *
 * @returns the workbook, or null when no sheet contains data
 */
export async function loadWorkbook(port: WorkbookPort, options: LoadOptions = {}): Promise<LoadedWorkbook | null> {
  const sheets = await port.listSheets();
  const candidates = sheets.filter((sheet) => sheet !== MODEL_SHEET_NAME);
  const active = (await port.readSelectedRow())?.sheet;
  const sheet = active !== undefined && candidates.includes(active) ? active : candidates[0];
  if (sheet === undefined) return null;

  const snapshot = await port.readUsedRange(sheet);
  if (snapshot === null) return null;
  const { data } = locateOutputs(snapshot);
  if (data.headers.length === 0) return null;

  const proposal = proposeModel(data, options.asOf === undefined ? {} : { asOf: options.asOf });
  const saved = sheets.includes(MODEL_SHEET_NAME) ? await readSavedModel(port, data) : ({ status: "missing" } as const);
  return { sheet, snapshot, data, proposal, saved };
}

/** Reads the model sheet back to a model and checks that its columns exist in the data. */
export async function readSavedModel(port: WorkbookPort, data: Table): Promise<SavedModelState> {
  const snapshot = await port.readUsedRange(MODEL_SHEET_NAME);
  if (snapshot === null) return { status: "damaged", issues: [{ code: "empty-table" }] };

  const read = modelFromSheet(cellsFromA1(snapshot));
  if (!read.ok) return { status: "damaged", issues: read.issues };

  const missing = missingColumns(read.value, data);
  return missing.length === 0 ? { status: "restored", model: read.value } : { status: "mismatch", model: read.value, issues: missing };
}

/** Rebuilds a used-range snapshot as rows from A1, so blank rows and columns above and left of it keep their places. */
function cellsFromA1(snapshot: TableSnapshot): CellValue[][] {
  const area = parseArea(snapshot.address);
  const pad = (row: readonly CellValue[]): CellValue[] => [...Array.from({ length: area.left }, () => null), ...row];
  const blankRows = Array.from({ length: area.top }, (): CellValue[] => []);
  return [...blankRows, pad(snapshot.headers), ...snapshot.rows.map(pad)];
}

/** Lists the columns a model names that the data lacks, as `column-not-found` issues. */
export function missingColumns(model: HealthModel, data: Table): Issue[] {
  const issues: Issue[] = [];
  const check = (column: string | null, path: string): void => {
    if (column !== null && findColumn(data.headers, column) < 0) issues.push({ code: "column-not-found", path, column, allowed: data.headers });
  };
  model.metrics.forEach((metric, index) => {
    check(metric.column, `metrics[${index}].column`);
    if (metric.method.kind === "ratio") check(metric.method.denominator, `metrics[${index}].method.denominator`);
  });
  check(model.accountColumn, "accountColumn");
  check(model.segmentColumn, "segmentColumn");
  return issues;
}

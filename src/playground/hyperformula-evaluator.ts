import { DetailedCellError, HyperFormula, type RawCellContent } from "hyperformula";
import { sheetReference } from "../workbook/addresses";
import type { FormulaEvaluator, FormulaValues, WorkbookContents } from "../workbook/memory";
import { isFormulaCell, type StoredCell } from "../workbook/memory";
import type { ReadCell } from "../workbook/port";
import { HEALTH_TRANSLATIONS, HealthPlugin } from "./health-plugin";

let registered = false;

/** Registers the HEALTH plugin with HyperFormula once per page or test process. */
function registerHealthFunctions(): void {
  if (registered) return;
  HyperFormula.registerFunctionPlugin(HealthPlugin, HEALTH_TRANSLATIONS);
  registered = true;
}

/** Converts a stored cell to HyperFormula's input: a formula as "=…", text with a leading apostrophe so "=x" text stays text. */
function toRawContent(cell: StoredCell | undefined): RawCellContent {
  if (cell === undefined) return null;
  if (isFormulaCell(cell)) return cell.formula;
  if (typeof cell === "string") return `'${cell}`;
  if (typeof cell === "object") return cell.error;
  return cell;
}

function toReadCell(value: unknown): ReadCell {
  if (value instanceof DetailedCellError) return { error: value.value };
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  return "";
}

/**
 * A formula evaluator for the in-memory workbook, built on HyperFormula with the HEALTH functions
 * registered. The playground's grid then shows the values Excel would compute for the formulas
 * the pane writes. HyperFormula is GPL-3.0 or commercial, and the playground uses its "gpl-v3" key.
 * Each evaluation builds a new HyperFormula instance from the workbook's contents and its names.
 *
 * Cost: one full HyperFormula build per evaluation, linear in the cells and formulas.
 */
export class HyperFormulaEvaluator implements FormulaEvaluator {
  evaluate(contents: WorkbookContents): FormulaValues {
    registerHealthFunctions();
    const sheets = Object.fromEntries(contents.sheets.map((sheet) => [sheet.name, sheet.cells.map((row) => Array.from(row, toRawContent))]));
    const engine = HyperFormula.buildFromSheets(sheets, { licenseKey: "gpl-v3", useArrayArithmetic: false });
    for (const name of contents.names) {
      engine.addNamedExpression(name.name, `=${sheetReference(name.sheet)}!${absolute(name.address)}`);
    }

    return {
      valueAt(sheet: string, row: number, column: number): ReadCell | undefined {
        const id = engine.getSheetId(sheet);
        if (id === undefined) return undefined;
        const address = { sheet: id, row, col: column };
        if (!engine.doesCellHaveFormula(address)) return undefined;
        return toReadCell(engine.getCellValue(address));
      },
    };
  }
}

/** Makes an A1 area absolute ("B2:B5" → "$B$2:$B$5"), as a defined name refers to fixed cells. */
function absolute(address: string): string {
  return address
    .split(":")
    .map((corner) => corner.replace(/^\$?([A-Za-z]+)\$?(\d+)$/, "$$$1$$$2"))
    .join(":");
}

import { formatArea, type Area } from "../addresses";
import { sendInChunks } from "../chunked-requests";
import { planReadChunks } from "../payload";
import type { ReadCell } from "../port";

/** Values and number formats of an area, read whole. */
export interface AreaRead {
  readonly values: ReadCell[][];
  readonly numberFormats: string[][];
}

/** Returns the area a loaded range covers; the range must have its index and count properties loaded. */
export function loadedArea(range: Excel.Range): Area {
  return {
    top: range.rowIndex,
    left: range.columnIndex,
    bottom: range.rowIndex + range.rowCount - 1,
    right: range.columnIndex + range.columnCount - 1,
  };
}

/** The properties `loadedArea` needs. */
export const AREA_PROPERTIES = "rowIndex, columnIndex, rowCount, columnCount";

/**
 * Reads values, value types and number formats of an area in row chunks of at most `cellBudget`
 * cells, one `context.sync()` per chunk. A chunk whose response Excel rejects as too large is read
 * again in halves.
 */
export async function readArea(context: Excel.RequestContext, sheet: Excel.Worksheet, area: Area, cellBudget: number): Promise<AreaRead> {
  const chunks = planReadChunks(area.bottom - area.top + 1, area.right - area.left + 1, cellBudget);
  const { results } = await sendInChunks({
    chunks,
    tooLargeCode: "ResponsePayloadSizeLimitExceeded",
    send: async (chunk) => {
      const range = sheet.getRange(formatArea({ ...area, top: area.top + chunk.start, bottom: area.top + chunk.end - 1 }));
      range.load("values, valueTypes, numberFormat");
      await context.sync();
      return { values: toReadGrid(range.values, range.valueTypes), numberFormats: toFormatGrid(range.numberFormat) };
    },
  });
  return { values: results.flatMap((read) => read.values), numberFormats: results.flatMap((read) => read.numberFormats) };
}

/** Reads the formulas of an area in row chunks, one `context.sync()` per chunk. */
export async function readFormulaArea(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  area: Area,
  cellBudget: number,
): Promise<(string | number | boolean)[][]> {
  const chunks = planReadChunks(area.bottom - area.top + 1, area.right - area.left + 1, cellBudget);
  const { results } = await sendInChunks({
    chunks,
    tooLargeCode: "ResponsePayloadSizeLimitExceeded",
    send: async (chunk) => {
      const range = sheet.getRange(formatArea({ ...area, top: area.top + chunk.start, bottom: area.top + chunk.end - 1 }));
      range.load("formulas");
      await context.sync();
      return range.formulas.map((row) => row.map(toFormulaCell));
    },
  });
  return results.flat();
}

/**
 * Converts Excel's values to read cells. Excel returns an error cell's value as its text ("#N/A"),
 * so `valueTypes` separates an error from text that only looks like one.
 */
export function toReadGrid(values: readonly (readonly unknown[])[], types: readonly (readonly string[])[]): ReadCell[][] {
  return values.map((row, i) => row.map((value, j) => toReadCell(value, types[i]?.[j])));
}

function toReadCell(value: unknown, type: string | undefined): ReadCell {
  if (type === "Error") return { error: String(value) };
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "string") return value;
  return "";
}

function toFormatGrid(formats: readonly (readonly unknown[])[]): string[][] {
  return formats.map((row) => row.map((format) => (typeof format === "string" ? format : "General")));
}

function toFormulaCell(formula: unknown): string | number | boolean {
  if (typeof formula === "number" || typeof formula === "boolean" || typeof formula === "string") return formula;
  return "";
}

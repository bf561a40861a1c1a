import { MODEL_SHEET_NAME, type ModelSheet } from "../../core/model-sheet";
import { PILLARS } from "../../core/pillars";
import { formatArea, sheetReference } from "../../workbook/addresses";
import type { NamedRangeDefinition, WorkbookPort, WriteCell } from "../../workbook/port";

/** The defined name of the four pillar median cells, which every output formula passes as `pillar_medians`. */
export const PILLAR_MEDIANS_NAME = "HealthPillarMedians";

/** The words of the medians block on the model sheet. */
export const PILLAR_MEDIANS_LABELS = {
  caption: (dataSheet: string): string => `Pillar medians of the outputs on ${dataSheet}, used by the median policy`,
  headers: ["Pillar", "Median"],
} as const;

/** The 0-based sheet row of the caption; the header row and the four pillar rows follow it. */
const CAPTION_ROW = 1;

/** The cells of the medians block and the name that points at its four median cells. */
export interface PillarMediansBlock {
  /** The block's top-left cell on the model sheet, such as "H2". */
  readonly address: string;
  readonly cells: readonly (readonly WriteCell[])[];
  readonly name: NamedRangeDefinition;
}

/** The place of the pillar output columns on the data sheet. */
export interface PillarColumns {
  readonly dataSheet: string;
  /** The four pillar output columns' letters, in pillar order. */
  readonly letters: readonly string[];
  /** The 1-based sheet rows of the first and last account. */
  readonly firstRow: number;
  readonly lastRow: number;
}

/**
 * Builds the block of pillar medians that the `median` policy fills a missing pillar with. Each
 * median cell contains `=MEDIAN(…)` over that pillar's output column on the data sheet, which
 * skips blank cells as the core's `pillarMedians` skips missing pillars. A pillar no account has
 * gets "" through `IF(COUNT(…)=0,"",…)`, which the HEALTH functions read as missing and so
 * redistribute its weight, as the core does.
 *
 * The block sits on the model sheet, one blank column right of the widest row that
 * `modelToSheet` lays out, so it cannot overlap the model's tables and never touches a data
 * sheet column. Applying clears and rewrites the model sheet, block included, so the name
 * always points at the medians of the latest apply.
 * NOTE: the block follows the latest apply only. A second data sheet applied with the same model
 * moves the medians to that sheet, and the first sheet's formulas then read its medians.
 *
 * @param layout the model sheet as `modelToSheet` lays it out
 * @param columns the pillar output columns and the account rows
 * @returns the cells from the caption down, and the name over the four median cells
 */
export function pillarMediansBlock(layout: ModelSheet, columns: PillarColumns): PillarMediansBlock {
  const left = Math.max(0, ...layout.cells.map((row) => row.length)) + 1;
  const hasRows = columns.lastRow >= columns.firstRow;
  const median = (letter: string): WriteCell => {
    if (!hasRows) return "";
    const range = `${sheetReference(columns.dataSheet)}!$${letter}$${columns.firstRow}:$${letter}$${columns.lastRow}`;
    return `=IF(COUNT(${range})=0,"",MEDIAN(${range}))`;
  };

  const cells: WriteCell[][] = [
    [{ text: PILLAR_MEDIANS_LABELS.caption(columns.dataSheet) }, ""],
    PILLAR_MEDIANS_LABELS.headers.map((header) => ({ text: header })),
    ...PILLARS.map((pillar, index): WriteCell[] => [{ text: pillar }, median(columns.letters[index] ?? "")]),
  ];
  const firstMedianRow = CAPTION_ROW + 2;
  const medians = { top: firstMedianRow, left: left + 1, bottom: firstMedianRow + PILLARS.length - 1, right: left + 1 };
  return {
    address: formatArea({ top: CAPTION_ROW, left, bottom: CAPTION_ROW, right: left }),
    cells,
    name: { name: PILLAR_MEDIANS_NAME, sheet: MODEL_SHEET_NAME, address: formatArea(medians) },
  };
}

/** Writes the medians block on the model sheet and points `HealthPillarMedians` at its median cells. */
export async function writePillarMedians(port: WorkbookPort, block: PillarMediansBlock): Promise<void> {
  await port.write(MODEL_SHEET_NAME, block.address, block.cells);
  await port.defineNames([block.name]);
}

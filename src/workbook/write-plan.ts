import { areaFrom, formatArea, isInsideGrid, parseArea, type Area } from "./addresses";
import { WorkbookError } from "./errors";
import { workbookMessages } from "./messages";
import { estimateRowBytes, planRowChunks, type RowChunk } from "./payload";
import { toExcelMatrix, type ExcelInput, type WriteBlock } from "./write-cell";

/** A block checked and converted for Excel, with the row chunks to send it in. */
export interface WritePlan {
  /** The area the whole block covers. */
  readonly area: Area;
  /** The input Excel receives, row by row. */
  readonly matrix: ExcelInput[][];
  /** Whether any cell is a formula, so the chunk goes to `Range.formulas` instead of `Range.values`. */
  readonly hasFormulas: boolean;
  readonly chunks: readonly RowChunk[];
}

/**
 * Checks a block and plans its write: converts every cell by the `WriteCell` rules, then splits the
 * rows into chunks whose estimated JSON stays within `budgetBytes`.
 *
 * @throws WorkbookError `InvalidAddress` for a bad anchor or a block that runs off the sheet, and
 *   `InvalidArgument` for a ragged block or a cell that breaks the rules.
 */
export function planWrite(address: string, block: WriteBlock, budgetBytes: number): WritePlan {
  const origin = parseArea(address);
  const width = blockWidth(block);
  const area = areaFrom(origin, Math.max(1, block.length), Math.max(1, width));
  if (!isInsideGrid(area)) {
    throw new WorkbookError("InvalidAddress", workbookMessages.blockOutsideSheet(formatArea(origin)), address);
  }

  const { matrix, hasFormulas } = toExcelMatrix(block);
  const chunks = width === 0 ? [] : planRowChunks(estimateRowBytes(matrix), budgetBytes);
  return { area, matrix, hasFormulas, chunks };
}

/** Returns the shared row length of a block, 0 for no rows. */
function blockWidth(block: WriteBlock): number {
  const width = block[0]?.length ?? 0;
  block.forEach((row, index) => {
    if (row.length !== width) {
      throw new WorkbookError("InvalidArgument", workbookMessages.raggedBlock(index + 1, row.length, width), index);
    }
  });
  return width;
}

/** Returns the sheet area of rows `[chunk.start, chunk.end)` of a planned block. */
export function chunkArea(plan: WritePlan, chunk: RowChunk): Area {
  return { top: plan.area.top + chunk.start, left: plan.area.left, bottom: plan.area.top + chunk.end - 1, right: plan.area.right };
}

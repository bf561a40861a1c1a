import { readFileSync } from "node:fs";
import type { HealthModel } from "../../core/model";
import { MODEL_SHEET_NAME, modelFromSheet } from "../../core/model-sheet";
import { findColumn, type CellValue } from "../../core/table";
import { readNumber } from "../../core/values";
import { CliError } from "../cli-error";
import { OPTION_ERRORS } from "../messages";
import { readSheetFile } from "../read";
import { ReadError } from "../read/read-error";
import { readXlsxGrid } from "../read/xlsx-grid";

/** The header of the composite column that `score` writes and a previous snapshot must have. */
export const SCORE_HEADER = "Health score";

/** An earlier snapshot of the portfolio: each row's account name and health score. */
export interface PreviousSnapshot {
  readonly path: string;
  /** The account column's cells, in row order. */
  readonly keys: readonly CellValue[];
  /** Each row's health score; null where the cell is blank or not a number (insufficient data). */
  readonly scores: readonly (number | null)[];
  /** The model recorded on the file's Health Model sheet; null when the file has no readable model sheet. */
  readonly model: HealthModel | null;
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

/**
 * Reads a previous snapshot for `score --previous`: the first worksheet of a workbook that
 * `score` wrote (or the table of any .xlsx or .csv file) with the account column and a
 * "Health score" column. When several columns are headed "Health score", the rightmost one is
 * read, because `score` appends its outputs to the right of the user's columns.
 *
 * @param accountColumn the current model's account column, matched ignoring case and surrounding spaces
 * @throws CliError when the file cannot be read or lacks either column
 */
export async function readPreviousSnapshot(path: string, accountColumn: string): Promise<PreviousSnapshot> {
  const source = await readSheetFile(path);
  const { headers, rows } = source.table;
  const accountIndex = findColumn(headers, accountColumn);
  if (accountIndex < 0) throw new CliError(OPTION_ERRORS.previousColumnMissing(path, accountColumn, headers));
  const scoreIndex = lastIndexOfHeader(headers, SCORE_HEADER);
  if (scoreIndex < 0) throw new CliError(OPTION_ERRORS.previousScoreMissing(path, SCORE_HEADER, headers));

  return {
    path,
    keys: rows.map((row) => row[accountIndex]),
    scores: rows.map((row) => scoreOf(row[scoreIndex])),
    model: await readModel(path),
  };
}

function lastIndexOfHeader(headers: readonly string[], name: string): number {
  const expected = name.trim().toLowerCase();
  for (let index = headers.length - 1; index >= 0; index--) {
    if (headers[index]?.trim().toLowerCase() === expected) return index;
  }
  return -1;
}

function scoreOf(cell: CellValue): number | null {
  const reading = readNumber(cell);
  return typeof reading === "number" ? reading : null;
}

/**
 * Reads the model from the file's Health Model sheet with `modelFromSheet`. Returns null for a
 * text file, for a workbook without that sheet, and for a sheet that does not read as a model.
 */
async function readModel(path: string): Promise<HealthModel | null> {
  const bytes = readFileSync(path);
  if (!ZIP_MAGIC.every((byte, index) => bytes[index] === byte)) return null;

  try {
    const { cells } = await readXlsxGrid(bytes, path, MODEL_SHEET_NAME);
    const model = modelFromSheet(cells);
    return model.ok ? model.value : null;
  } catch (error) {
    if (error instanceof ReadError) return null;
    throw error;
  }
}

import { parse } from "csv-parse/sync";
import type { CellValue } from "../../core/table";
import { READ_ERRORS } from "../messages";
import { detectDelimiter } from "./delimiter";
import { decodeText } from "./encoding";
import { ReadError } from "./read-error";

/** A plain decimal number as text: no leading zeros (so IDs such as "00123" stay text), no separators. */
const PLAIN_DECIMAL = /^-?(0|[1-9]\d*)(\.\d+)?$/;

/**
 * Reads the bytes of a .csv or .txt file as a grid of cells, one row per record. The encoding
 * and the delimiter are detected (see `decodeText` and `detectDelimiter`). Fields are text,
 * except plain decimal numbers, which become numbers as they do when Excel opens the file.
 * Empty fields stay "".
 *
 * @param path the file's path, only for messages
 * @throws ReadError when the bytes are binary or the quotes do not parse
 */
export function readCsvGrid(bytes: Uint8Array, path: string): CellValue[][] {
  const text = decodeText(bytes);
  if (text === null) throw new ReadError("binary", READ_ERRORS.binary(path));

  const delimiter = detectDelimiter(text) ?? ",";
  let records: string[][];
  try {
    records = parse(text, { delimiter, relax_column_count: true, relax_quotes: true, skip_empty_lines: false, bom: true });
  } catch (error) {
    throw csvError(error, path);
  }
  return records.map((record) => record.map(toCell));
}

function toCell(field: string): CellValue {
  return PLAIN_DECIMAL.test(field) ? Number(field) : field;
}

function csvError(error: unknown, path: string): ReadError {
  const reason = error instanceof Error ? error.message : String(error);
  return new ReadError("invalid-csv", READ_ERRORS.invalidCsv(path, reason));
}

import type { ExcelInput } from "./write-cell";

/**
 * The request payload limit of Excel on the web, in bytes. Microsoft's "Resource limits and
 * performance optimization for Office Add-ins" page gives it as 5 MB for requests and responses, and
 * a larger request fails with the error code `RequestPayloadSizeLimitExceeded`.
 * NOTE: the page does not say whether MB means 10^6 or 2^20 bytes; the stricter 5,000,000 is used.
 */
export const PAYLOAD_LIMIT_BYTES = 5_000_000;

/**
 * The estimated payload a write or read request aims for, in bytes. It stays a fifth below the limit
 * because a request also carries object paths and property names, which the estimate leaves out.
 */
export const DEFAULT_REQUEST_BUDGET_BYTES = 4_000_000;

/** Rows `[start, end)` of a block, sent as one request. */
export interface RowChunk {
  readonly start: number;
  readonly end: number;
}

/**
 * Counts the UTF-8 bytes of a string without encoding it.
 *
 * @example utf8ByteLength("é") // 2
 */
export function utf8ByteLength(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** Returns the UTF-8 size in bytes of a value serialized as JSON, the form Office.js sends it in. */
export function jsonByteLength(value: unknown): number {
  return utf8ByteLength(JSON.stringify(value) ?? "");
}

/**
 * Estimates the payload of each row of a matrix: the bytes of the row as JSON plus one for the comma
 * between rows. A matrix of rows with sizes s₁…sₙ is then 1 + Σ sᵢ bytes of JSON.
 */
export function estimateRowBytes(matrix: readonly (readonly ExcelInput[])[]): number[] {
  return matrix.map((row) => jsonByteLength(row) + 1);
}

/**
 * Splits rows into consecutive chunks, each as many rows as fit in `budgetBytes`, first to last.
 * A row larger than the budget gets a chunk of its own, which the workbook may still reject.
 *
 * @param rowBytes the estimated bytes of each row, from `estimateRowBytes`.
 * @param budgetBytes the payload each chunk aims to stay under, > 0.
 * @returns chunks covering every row once, in order; none for no rows.
 * @example planRowChunks([40, 40, 40], 100) // [{ start: 0, end: 2 }, { start: 2, end: 3 }]
 */
export function planRowChunks(rowBytes: readonly number[], budgetBytes: number): RowChunk[] {
  const chunks: RowChunk[] = [];
  let start = 0;
  let bytes = 1;
  for (let row = 0; row < rowBytes.length; row++) {
    const size = rowBytes[row] ?? 0;
    if (row > start && bytes + size > budgetBytes) {
      chunks.push({ start, end: row });
      start = row;
      bytes = 1;
    }
    bytes += size;
  }
  if (start < rowBytes.length) chunks.push({ start, end: rowBytes.length });
  return chunks;
}

/**
 * Splits `rows` rows of `columns` cells into chunks of at most `cellBudget` cells (at least one row
 * each), for reads whose size is unknown until they return.
 */
export function planReadChunks(rows: number, columns: number, cellBudget: number): RowChunk[] {
  const rowsPerChunk = Math.max(1, Math.floor(cellBudget / Math.max(1, columns)));
  const chunks: RowChunk[] = [];
  for (let start = 0; start < rows; start += rowsPerChunk) chunks.push({ start, end: Math.min(rows, start + rowsPerChunk) });
  return chunks;
}

/**
 * The cells read per request: values, value types and number formats together take about 40–100
 * bytes per cell for typical account data, so 40,000 cells stay near 2–4 MB. Longer text is handled
 * by halving a chunk that Excel rejects.
 */
export const DEFAULT_READ_CELL_BUDGET = 40_000;

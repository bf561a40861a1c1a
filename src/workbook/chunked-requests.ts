import { hasErrorCode, type WorkbookErrorCode } from "./errors";
import type { RowChunk } from "./payload";

/** Counts of the requests a chunked operation sent. */
export interface ChunkReport {
  /** Requests sent, including those the workbook rejected as too large. */
  readonly requests: number;
  /** Requests rejected as too large and sent again in halves. */
  readonly retries: number;
}

/** Options of `sendInChunks`. */
export interface SendInChunksOptions<T> {
  /** The planned chunks, in order. */
  readonly chunks: readonly RowChunk[];
  /** Sends one chunk as one request and returns its result. */
  readonly send: (chunk: RowChunk) => Promise<T>;
  /** The error code that means "too large": the request or the response payload code. */
  readonly tooLargeCode: Extract<WorkbookErrorCode, "RequestPayloadSizeLimitExceeded" | "ResponsePayloadSizeLimitExceeded">;
  /** Called after each accepted chunk with the rows done so far. */
  readonly onChunkDone?: (rowsDone: number) => void;
}

/**
 * Sends chunks one after another. When the workbook rejects a chunk as too large, the chunk is sent
 * again as two halves, recursively, so the estimate that planned it does not have to be exact.
 *
 * @throws the workbook's error when a single row is still too large, or any other error unchanged.
 * @returns the results of the accepted requests in row order, and the request counts.
 */
export async function sendInChunks<T>(options: SendInChunksOptions<T>): Promise<{ results: T[]; report: ChunkReport }> {
  const results: T[] = [];
  let requests = 0;
  let retries = 0;
  let rowsDone = 0;

  const sendWithHalving = async (chunk: RowChunk): Promise<void> => {
    requests++;
    try {
      results.push(await options.send(chunk));
    } catch (error) {
      const rows = chunk.end - chunk.start;
      if (rows < 2 || !hasErrorCode(error, options.tooLargeCode)) throw error;
      retries++;
      const middle = chunk.start + Math.floor(rows / 2);
      await sendWithHalving({ start: chunk.start, end: middle });
      await sendWithHalving({ start: middle, end: chunk.end });
      return;
    }
    rowsDone += chunk.end - chunk.start;
    options.onChunkDone?.(rowsDone);
  };

  for (const chunk of options.chunks) await sendWithHalving(chunk);
  return { results, report: { requests, retries } };
}

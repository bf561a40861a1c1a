import { PayloadTooLargeError } from "../errors";
import { jsonByteLength } from "../payload";

/** Request counts of the in-memory workbook, comparable with the Office.js adapter's `context.sync()` calls. */
export interface RequestStats {
  /** Requests sent, the rejected ones included. */
  readonly syncs: number;
  /** Requests rejected because the request or the response was above the limit. */
  readonly rejected: number;
  /** The largest accepted request payload, in bytes of JSON. */
  readonly largestRequestBytes: number;
  /** The largest accepted response payload, in bytes of JSON. */
  readonly largestResponseBytes: number;
}

/**
 * Counts the in-memory workbook's requests and enforces the payload limit on each, as Excel on the
 * web does: an oversized request fails with `RequestPayloadSizeLimitExceeded` before anything changes.
 */
export class RequestMeter {
  private stats: RequestStats = { syncs: 0, rejected: 0, largestRequestBytes: 0, largestResponseBytes: 0 };

  constructor(private readonly limitBytes: number) {}

  get current(): RequestStats {
    return this.stats;
  }

  reset(): void {
    this.stats = { syncs: 0, rejected: 0, largestRequestBytes: 0, largestResponseBytes: 0 };
  }

  /**
   * Counts one request and measures its payload as JSON.
   *
   * @throws PayloadTooLargeError `RequestPayloadSizeLimitExceeded` when it is above the limit.
   */
  request(payload: unknown): void {
    const bytes = jsonByteLength(payload);
    this.stats = { ...this.stats, syncs: this.stats.syncs + 1 };
    if (bytes > this.limitBytes) this.reject("RequestPayloadSizeLimitExceeded", bytes);
    this.stats = { ...this.stats, largestRequestBytes: Math.max(this.stats.largestRequestBytes, bytes) };
  }

  /**
   * Measures the response to the request counted last.
   *
   * @throws PayloadTooLargeError `ResponsePayloadSizeLimitExceeded` when it is above the limit.
   */
  response(payload: unknown): void {
    const bytes = jsonByteLength(payload);
    if (bytes > this.limitBytes) this.reject("ResponsePayloadSizeLimitExceeded", bytes);
    this.stats = { ...this.stats, largestResponseBytes: Math.max(this.stats.largestResponseBytes, bytes) };
  }

  private reject(code: "RequestPayloadSizeLimitExceeded" | "ResponsePayloadSizeLimitExceeded", bytes: number): never {
    this.stats = { ...this.stats, rejected: this.stats.rejected + 1 };
    throw new PayloadTooLargeError(code, bytes, this.limitBytes);
  }
}

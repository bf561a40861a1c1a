import { workbookMessages } from "./messages";

/**
 * The failure kinds of a workbook request. The two payload codes are the ones Excel on the web uses
 * (`RequestPayloadSizeLimitExceeded`, `ResponsePayloadSizeLimitExceeded`); `ItemNotFound` and
 * `InvalidArgument` match Excel's codes for the same failures.
 */
export type WorkbookErrorCode =
  | "RequestPayloadSizeLimitExceeded"
  | "ResponsePayloadSizeLimitExceeded"
  | "ItemNotFound"
  | "InvalidArgument"
  | "InvalidAddress"
  | "InvalidName"
  | "NameConflict"
  | "TableOverlap"
  | "NotSupported";

/** A workbook request that the caller got wrong or that the workbook rejected; carries the bad value. */
export class WorkbookError extends Error {
  override readonly name = "WorkbookError";

  constructor(
    readonly code: WorkbookErrorCode,
    message: string,
    readonly value?: unknown,
  ) {
    super(message);
  }
}

/** A request or response above the payload limit; the same code as Excel on the web's error. */
export class PayloadTooLargeError extends WorkbookError {
  constructor(
    code: "RequestPayloadSizeLimitExceeded" | "ResponsePayloadSizeLimitExceeded",
    readonly bytes: number,
    readonly limitBytes: number,
  ) {
    const message =
      code === "RequestPayloadSizeLimitExceeded"
        ? workbookMessages.requestTooLarge(bytes, limitBytes)
        : workbookMessages.responseTooLarge(bytes, limitBytes);
    super(code, message, bytes);
  }
}

/**
 * Tells whether an error from either workbook has the given code. Both the in-memory workbook's
 * errors and Office.js's `OfficeExtension.Error` carry a string `code`.
 */
export function hasErrorCode(error: unknown, code: WorkbookErrorCode | "InvalidSelection"): boolean {
  if (typeof error !== "object" || error === null) return false;
  return (error as { code?: unknown }).code === code;
}

import { decodeWindows1252 } from "./windows-1252";

/** The text encodings a .csv or .txt file is read in. */
export type TextEncoding = "utf-8" | "utf-16le" | "utf-16be" | "windows-1252";

/** How many leading bytes the encoding and binary checks look at. */
const SNIFF_BYTES = 65_536;

/** Share of control characters above which bytes count as binary, not text. */
const CONTROL_SHARE_LIMIT = 0.01;

/** A text file's encoding and how many bytes its byte order mark takes. */
export interface EncodingGuess {
  readonly encoding: TextEncoding;
  readonly bomLength: number;
}

/**
 * Detects a text file's encoding. A byte order mark decides first (UTF-8, UTF-16 LE or BE).
 * Without one, UTF-16 is recognised by its zero bytes at every other position. Otherwise the
 * bytes are UTF-8 when they decode cleanly and windows-1252 (what Excel on Windows exports as
 * "CSV") when they do not.
 *
 * @returns the encoding, or null when the bytes are binary: zero bytes outside UTF-16, or
 *   more than 1% control characters
 */
export function detectEncoding(bytes: Uint8Array): EncodingGuess | null {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return { encoding: "utf-8", bomLength: 3 };
  if (startsWith(bytes, [0xff, 0xfe])) return { encoding: "utf-16le", bomLength: 2 };
  if (startsWith(bytes, [0xfe, 0xff])) return { encoding: "utf-16be", bomLength: 2 };

  const head = bytes.subarray(0, SNIFF_BYTES);
  const utf16 = utf16WithoutBom(head);
  if (utf16 !== null) return { encoding: utf16, bomLength: 0 };
  if (looksBinary(head)) return null;
  return { encoding: decodesAsUtf8(bytes) ? "utf-8" : "windows-1252", bomLength: 0 };
}

/**
 * Decodes a text file in its detected encoding, without the byte order mark.
 *
 * @returns the text, or null when the bytes are binary
 */
export function decodeText(bytes: Uint8Array): string | null {
  const guess = detectEncoding(bytes);
  if (guess === null) return null;

  const body = bytes.subarray(guess.bomLength);
  if (guess.encoding === "windows-1252") return decodeWindows1252(body);
  return new TextDecoder(guess.encoding, { ignoreBOM: true }).decode(body);
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

/** Recognises BOM-less UTF-16 text: zero bytes at most odd (LE) or even (BE) positions and almost none at the others. */
function utf16WithoutBom(head: Uint8Array): TextEncoding | null {
  if (head.length < 4) return null;

  let evenZeros = 0;
  let oddZeros = 0;
  for (let index = 0; index < head.length; index++) {
    if (head[index] !== 0) continue;
    if (index % 2 === 0) evenZeros++;
    else oddZeros++;
  }
  const pairs = head.length / 2;
  if (oddZeros > pairs * 0.7 && evenZeros < pairs * 0.05) return "utf-16le";
  if (evenZeros > pairs * 0.7 && oddZeros < pairs * 0.05) return "utf-16be";
  return null;
}

function looksBinary(head: Uint8Array): boolean {
  let controls = 0;
  for (const byte of head) {
    if (byte === 0) return true;
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) controls++;
  }
  return controls > head.length * CONTROL_SHARE_LIMIT;
}

function decodesAsUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

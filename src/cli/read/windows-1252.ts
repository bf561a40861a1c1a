/**
 * The characters of windows-1252 bytes 0x80–0x9F, where it differs from Latin-1; the five
 * undefined bytes (0x81, 0x8D, 0x8F, 0x90, 0x9D) map to the control character of the same
 * number, as the WHATWG Encoding Standard does.
 */
const HIGH_CONTROL_RANGE = [
  0x20ac, 0x81, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8d, 0x017d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x9d, 0x017e, 0x0178,
];

/**
 * Decodes windows-1252 bytes, the encoding Excel on Windows uses for "CSV" exports. Written out
 * because Node 20's `TextDecoder("windows-1252")` decodes 0x80–0x9F as Latin-1 control
 * characters, so "€" (0x80) and curly quotes would be lost.
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  const characters: string[] = [];
  for (const byte of bytes) {
    characters.push(String.fromCharCode(byte >= 0x80 && byte <= 0x9f ? (HIGH_CONTROL_RANGE[byte - 0x80] ?? byte) : byte));
  }
  return characters.join("");
}

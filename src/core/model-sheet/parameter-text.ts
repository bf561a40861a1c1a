/**
 * The small text grammar of the Parameters column: `key=value` pairs separated by `;`, list
 * items separated by `,`, pairs inside an item separated by `:`. A text item that contains one
 * of those characters, a double quote or surrounding spaces is written in double quotes, with
 * `""` for a quote inside, as in CSV.
 */

const NEEDS_QUOTES = /[;,:="]|^\s|\s$|^$/;

/** Quotes a text item when the grammar needs it, so it reads back unchanged. */
export function quoteText(text: string): string {
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Removes surrounding spaces and, when present, the quotes `quoteText` added. */
export function unquoteText(token: string): string {
  const trimmed = token.trim();
  if (trimmed.length >= 2 && trimmed.startsWith('"') && trimmed.endsWith('"')) {
    return trimmed.slice(1, -1).replace(/""/g, '"');
  }
  return trimmed;
}

/**
 * Splits text at every `separator` that is outside double quotes. The parts keep their quotes
 * and spaces; an unclosed quote runs to the end of the text.
 *
 * @example splitOutsideQuotes('a, "b, c"', ",") // ["a", ' "b, c"']
 */
export function splitOutsideQuotes(text: string, separator: string): string[] {
  const parts: string[] = [];
  let current = "";
  let quoted = false;
  for (const character of text) {
    if (character === '"') quoted = !quoted;
    if (character === separator && !quoted) {
      parts.push(current);
      current = "";
      continue;
    }
    current += character;
  }
  parts.push(current);
  return parts;
}

/** Formats a number so `Number()` reads back the same value. */
export function formatNumber(value: number): string {
  return String(value);
}

/** Reads a number item, or returns the text itself so validation can report it as received. */
export function numberOrText(token: string): number | string {
  const text = unquoteText(token);
  const value = Number(text);
  return text !== "" && Number.isFinite(value) ? value : text;
}

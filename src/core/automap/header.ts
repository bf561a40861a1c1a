/**
 * Header normalisation for auto-mapping. Exports often squash or decorate headers
 * ("Avgmonthlygbdownload", "Customerstatus ", "Tickets_Last_90d"), so every rule compares
 * headers in the two forms built here instead of as written.
 */

/** A header reduced to the forms the rules compare. */
export interface HeaderForms {
  /** Lower-case letters and digits only: `"Tickets_Last_90d "` → `"ticketslast90d"`. */
  readonly squashed: string;
  /** Lower-case words split at spaces, punctuation and camelCase boundaries: `"customerID"` → `["customer", "id"]`. */
  readonly words: readonly string[];
}

/** Keywords this long or longer are matched anywhere in the squashed header. */
const MIN_SUBSTRING_KEYWORD = 5;

/**
 * Normalises a header for comparison: case, spaces, underscores, punctuation and a byte-order
 * mark make no difference, and camelCase is split into words.
 *
 * @example normalizeHeader("customerID") // { squashed: "customerid", words: ["customer", "id"] }
 */
export function normalizeHeader(header: string): HeaderForms {
  const spaced = header
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2")
    .toLowerCase();
  const words = spaced.split(/[^a-z0-9]+/).filter((word) => word !== "");
  return { squashed: words.join(""), words };
}

/**
 * Tells whether a header mentions a keyword, given in squashed form (`"responsetime"`).
 * A keyword of five or more characters matches anywhere in the squashed header, so squashed
 * headers such as "Avgmonthlygbdownload" still match "gbdownload". A shorter keyword ("nps",
 * "arr", "call") would match inside unrelated words, so it must be a whole word (optionally
 * plural) or end the squashed header.
 */
export function mentions(forms: HeaderForms, keyword: string): boolean {
  if (keyword.length >= MIN_SUBSTRING_KEYWORD) return forms.squashed.includes(keyword);

  const plurals = [keyword, `${keyword}s`, `${keyword}es`];
  if (forms.words.some((word) => plurals.includes(word))) return true;
  return forms.squashed.endsWith(keyword) || forms.squashed.endsWith(`${keyword}s`);
}

/**
 * Tells whether a header names a keyword as a word of its own (optionally plural). Unlike
 * `mentions`, a short keyword never matches at the end of a squashed header, so "plan" matches
 * "plan_tier" but not "Deviceprotectionplan". Keywords of five or more characters still match
 * anywhere in the squashed header.
 */
export function mentionsWord(forms: HeaderForms, keyword: string): boolean {
  if (keyword.length >= MIN_SUBSTRING_KEYWORD) return forms.squashed.includes(keyword);
  return forms.words.some((word) => word === keyword || word === `${keyword}s` || word === `${keyword}es`);
}

/** Tells whether a header mentions any of the keywords. */
export function mentionsAny(forms: HeaderForms, keywords: readonly string[]): boolean {
  return keywords.some((keyword) => mentions(forms, keyword));
}

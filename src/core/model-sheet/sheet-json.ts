import type { FoundTable } from "./find-table";
import { TABLE_HEADERS } from "./labels";
import type { TablePlace } from "./sheet-locations";

/** The tables of the model sheet, keyed as in `TABLE_NAMES`. */
export type TableKey = keyof typeof TABLE_HEADERS;

/** Model JSON as read from cells, before `normalizeModel` checks it. */
export type LooseObject = Record<string, unknown>;

/** Returns where a found table sits and how many columns it has. */
export function placeOf(table: FoundTable, key: TableKey): TablePlace {
  return { headerRowNumber: table.headerRowNumber, firstColumnNumber: table.firstColumnNumber, width: TABLE_HEADERS[key].length };
}

/** Returns the key whose label matches the text, ignoring case. */
export function findKey<K extends string>(labels: Readonly<Record<K, string>>, text: string | undefined): K | undefined {
  const expected = text?.toLowerCase();
  return (Object.keys(labels) as K[]).find((key) => labels[key].toLowerCase() === expected);
}

/** Drops blank fields so `normalizeModel` fills in its defaults for them. */
export function withoutUndefined(object: LooseObject): LooseObject {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined));
}

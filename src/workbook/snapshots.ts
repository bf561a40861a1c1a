import { isCellError } from "../core/table";
import { formatArea, type Area } from "./addresses";
import type { ReadCell, TableSnapshot } from "./port";

/** Returns a header cell as text: "" for a blank, the error text for an error, numbers as written. */
export function headerText(cell: ReadCell | undefined): string {
  if (cell === undefined) return "";
  if (isCellError(cell)) return cell.error;
  if (typeof cell === "boolean") return cell ? "TRUE" : "FALSE";
  return String(cell);
}

/**
 * Builds a table snapshot from an area read whole: the first row becomes the headers, the rest the
 * data rows, which start one sheet row below the header.
 */
export function toTableSnapshot(
  sheet: string,
  area: Area,
  values: readonly (readonly ReadCell[])[],
  numberFormats: readonly (readonly string[])[],
): TableSnapshot {
  return {
    sheet,
    address: formatArea(area),
    headers: (values[0] ?? []).map(headerText),
    rows: values.slice(1),
    numberFormats: numberFormats.slice(1),
    firstRowNumber: area.top + 2,
  };
}

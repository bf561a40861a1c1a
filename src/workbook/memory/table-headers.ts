/**
 * Makes table headers unique and non-blank the way Excel does when it creates a table. A blank
 * header becomes "Column" plus its 1-based position. A header already used (ignoring case) gets the
 * lowest number from 2 up that makes it unique.
 *
 * @example uniqueTableHeaders(["Name", "", "name"]) // ["Name", "Column2", "name2"]
 */
export function uniqueTableHeaders(headers: readonly string[]): string[] {
  const used = new Set<string>();
  return headers.map((header, index) => {
    const base = header.trim() === "" ? `Column${index + 1}` : header;
    let unique = base;
    for (let suffix = 2; used.has(unique.toLowerCase()); suffix++) unique = `${base}${suffix}`;
    used.add(unique.toLowerCase());
    return unique;
  });
}

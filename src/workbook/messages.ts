/**
 * Error messages raised by the workbook port, in one place so they can be reviewed and translated.
 * Each message names the value received and what is allowed.
 */

export const workbookMessages = {
  invalidAddress: (address: string) =>
    `The address "${address}" is invalid: use one A1 area such as "B2" or "A1:K500", without a sheet name or several areas.`,
  invalidName: (name: string) =>
    `The name "${name}" is invalid: a name starts with a letter or underscore, contains only letters, digits, "_" and ".", and must not look like a cell reference.`,
  nameConflict: (name: string, existing: string) =>
    `The name "${name}" is already used by ${existing}: choose another name.`,
  invalidSheetName: (name: string) =>
    `The sheet name "${name}" is invalid: use 1 to 31 characters, none of : \\ / ? * [ ], and no apostrophe at the start or end.`,
  sheetNotFound: (sheet: string) => `The sheet "${sheet}" was not found.`,
  tableNotFound: (table: string) => `The table "${table}" was not found.`,
  nameNotFound: (name: string) => `The named range "${name}" was not found.`,
  tableOverlap: (table: string, other: string) =>
    `The table "${table}" cannot be created because it overlaps the table "${other}": delete that table or choose another area.`,
  raggedBlock: (row: number, length: number, expected: number) =>
    `Row ${row} of the block has ${length} cells but the first row has ${expected}: every row of a block must have the same length.`,
  blockOutsideSheet: (address: string) =>
    `The block starting at ${address} does not fit on the sheet (at most 1,048,576 rows and 16,384 columns).`,
  nonFiniteNumber: (value: number) =>
    `The number ${String(value)} cannot be written to a cell: write a finite number, or "" for a blank cell.`,
  ambiguousSign: (text: string) =>
    `The string "${text}" starts with "+" or "-", which Excel reads as a formula or a number: write a number, a formula starting with "=", or { text } to keep it as text.`,
  textTooLong: (length: number) =>
    `A cell text of ${length} characters is too long: Excel stores at most 32,767 characters in a cell.`,
  requestTooLarge: (bytes: number, limitBytes: number) =>
    `The request is ${bytes} bytes, above the limit of ${limitBytes} bytes: split it into smaller requests.`,
  responseTooLarge: (bytes: number, limitBytes: number) =>
    `The response is ${bytes} bytes, above the limit of ${limitBytes} bytes: read fewer rows per request.`,
  notesNotSupported: () => `This Excel version does not support notes (ExcelApi 1.18 or later is required).`,
  invalidColor: (color: string) => `The color "${color}" is invalid: use "#RRGGBB".`,
} as const;

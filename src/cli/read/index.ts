/** Reading .xlsx, .csv and .txt files into the core's `Table`. */
export { readTableFile, readSheetFile, type ReadOptions, type SheetFile } from "./table-file";
export { ReadError, type ReadFailure } from "./read-error";
export { detectEncoding, decodeText, type TextEncoding } from "./encoding";
export { detectDelimiter, type Delimiter } from "./delimiter";
export { locateTable, type TableLocation } from "./locate-table";
export type { LoadedWorksheet } from "./xlsx-grid";

import { areasOverlap, columnCount, formatArea, parseArea, rowCount, type Area } from "../addresses";
import { sendInChunks } from "../chunked-requests";
import { checkRuleColors, hasTag, tagFormula } from "../conditional-formats";
import { checkDefinedName, checkSheetName, sameName } from "../defined-names";
import { WorkbookError } from "../errors";
import { workbookMessages } from "../messages";
import { DEFAULT_READ_CELL_BUDGET, DEFAULT_REQUEST_BUDGET_BYTES, PAYLOAD_LIMIT_BYTES, planReadChunks } from "../payload";
import type {
  CellNote,
  ConditionalFormatRule,
  NamedRangeDefinition,
  NumberFormatArea,
  RangeSnapshot,
  ReadCell,
  SelectedRow,
  SelectionChange,
  TableDefinition,
  TableSnapshot,
  Unsubscribe,
  WorkbookCapabilities,
  WorkbookPort,
  WriteBlock,
  WriteOptions,
  WriteReport,
} from "../port";
import { headerText, toTableSnapshot } from "../snapshots";
import { chunkArea, planWrite, type WritePlan } from "../write-plan";
import type { FormulaEvaluator, FormulaValues, SheetContents, WorkbookContents } from "./evaluator";
import { RequestMeter, type RequestStats } from "./request-meter";
import { SheetGrid } from "./sheet-grid";
import { interpretExcelInput, isFormulaCell, storeSeedCell, type SeedCell } from "./stored-cell";
import { uniqueTableHeaders } from "./table-headers";

/** Options of `MemoryWorkbook`; every one has a default. */
export interface MemoryWorkbookOptions {
  /** Computes formula values; without one a formula cell reads as "". */
  readonly evaluator?: FormulaEvaluator;
  /** Whether notes are supported, to test both kinds of host. Default true. */
  readonly notes?: boolean;
  /** The payload limit enforced on every request and response, in bytes. Default 5,000,000. */
  readonly payloadLimitBytes?: number;
  /** The payload a write chunk aims for, in bytes. Default 4,000,000. */
  readonly requestBudgetBytes?: number;
  /** The cells read per request. Default 40,000. */
  readonly readCellBudget?: number;
}

interface MemorySheet {
  readonly name: string;
  readonly grid: SheetGrid;
  /** Rules in priority order, highest first; the product's carry a tag marker in the formula. */
  conditionalFormats: (ConditionalFormatRule & { readonly address: string })[];
  /** Note text by cell address such as "C5". */
  readonly notes: Map<string, string>;
}

interface MemoryTable {
  readonly name: string;
  readonly sheet: MemorySheet;
  readonly area: Area;
}

interface AreaRead {
  readonly values: ReadCell[][];
  readonly numberFormats: string[][];
}

/**
 * A workbook held in memory that keeps Excel's rules, for tests, the playground and the CLI. Every
 * port call counts as one or more requests ("syncs"). Each request and response is measured as JSON,
 * and one above the payload limit fails before anything changes, with Excel on the web's error code. Writes and reads are split into row chunks exactly as the Office.js adapter
 * splits them, so their sync counts match. Other calls count one request each, which can be fewer
 * than the adapter needs.
 */
export class MemoryWorkbook implements WorkbookPort {
  readonly capabilities: WorkbookCapabilities;
  private readonly sheets: MemorySheet[] = [];
  private readonly names = new Map<string, NamedRangeDefinition>();
  private readonly tables = new Map<string, MemoryTable>();
  private readonly meter: RequestMeter;
  private readonly listeners = new Set<(change: SelectionChange) => void>();
  private readonly evaluator: FormulaEvaluator | undefined;
  private readonly requestBudgetBytes: number;
  private readonly readCellBudget: number;
  private selection: SelectionChange | null = null;
  private formulaValues: FormulaValues | null = null;

  constructor(options: MemoryWorkbookOptions = {}) {
    this.capabilities = { notes: options.notes ?? true };
    this.meter = new RequestMeter(options.payloadLimitBytes ?? PAYLOAD_LIMIT_BYTES);
    this.evaluator = options.evaluator;
    this.requestBudgetBytes = options.requestBudgetBytes ?? DEFAULT_REQUEST_BUDGET_BYTES;
    this.readCellBudget = options.readCellBudget ?? DEFAULT_READ_CELL_BUDGET;
  }

  /** Creates a workbook with sheets seeded from rows of raw values, in the given order. */
  static fromSheets(sheets: Readonly<Record<string, readonly (readonly SeedCell[])[]>>, options: MemoryWorkbookOptions = {}): MemoryWorkbook {
    const workbook = new MemoryWorkbook(options);
    for (const [name, rows] of Object.entries(sheets)) workbook.seedSheet(name, rows);
    return workbook;
  }

  // Set-up and inspection for tests and the CLI; none of these counts as a request.

  /**
   * Fills a sheet, creating it when absent, as if a file had been opened: strings are stored as text
   * whatever they start with, dates become serial numbers, and `{ formula }` cells are formulas.
   */
  seedSheet(name: string, rows: readonly (readonly SeedCell[])[], options: { origin?: string; numberFormats?: readonly (readonly string[])[] } = {}): void {
    const sheet = this.findSheet(name) ?? this.addSheet(name);
    const origin = parseArea(options.origin ?? "A1");
    rows.forEach((row, i) => row.forEach((cell, j) => sheet.grid.setCell(origin.top + i, origin.left + j, storeSeedCell(cell))));
    options.numberFormats?.forEach((row, i) => row.forEach((format, j) => sheet.grid.setNumberFormat(origin.top + i, origin.left + j, format)));
    this.changed();
  }

  /** Adds a conditional format without a tag at the lowest priority, as a user's own rule. */
  seedConditionalFormat(sheet: string, address: string, rule: ConditionalFormatRule): void {
    const target = this.sheet(sheet);
    target.conditionalFormats.push({ ...rule, address: formatArea(parseArea(address)) });
  }

  /** Moves the selection, as a user's click would, and calls the selection listeners. */
  select(sheet: string, address: string): void {
    const change = { sheet: this.sheet(sheet).name, address };
    this.selection = change;
    for (const listener of this.listeners) listener(change);
  }

  get stats(): RequestStats {
    return this.meter.current;
  }

  resetStats(): void {
    this.meter.reset();
  }

  /** Returns the whole workbook as plain data, from A1 to the last used or formatted cell of each sheet. */
  contents(): WorkbookContents {
    return {
      sheets: this.sheets.map(sheetContents),
      names: [...this.names.values()],
      tables: [...this.tables.values()].map((table) => ({ name: table.name, sheet: table.sheet.name, address: formatArea(table.area) })),
    };
  }

  // The port.

  async listSheets(): Promise<string[]> {
    this.meter.request({ sheets: "name" });
    return this.sheets.map((sheet) => sheet.name);
  }

  async readTable(name: string): Promise<TableSnapshot> {
    const table = this.tables.get(name.toLowerCase());
    this.meter.request({ table: name });
    if (!table) throw new WorkbookError("ItemNotFound", workbookMessages.tableNotFound(name), name);

    const read = await this.readArea(table.sheet, table.area);
    return toTableSnapshot(table.sheet.name, table.area, read.values, read.numberFormats);
  }

  async readUsedRange(sheetName: string): Promise<TableSnapshot | null> {
    const sheet = this.sheet(sheetName);
    this.meter.request({ usedRange: sheet.name });
    const area = sheet.grid.usedArea();
    if (!area) return null;

    const read = await this.readArea(sheet, area);
    return toTableSnapshot(sheet.name, area, read.values, read.numberFormats);
  }

  async readRange(sheetName: string, address: string): Promise<RangeSnapshot> {
    const sheet = this.sheet(sheetName);
    const area = parseArea(address);
    const read = await this.readArea(sheet, area);
    return { sheet: sheet.name, address: formatArea(area), ...read };
  }

  async readNamedRange(name: string): Promise<RangeSnapshot> {
    const definition = this.names.get(name.toLowerCase());
    this.meter.request({ name });
    if (!definition) throw new WorkbookError("ItemNotFound", workbookMessages.nameNotFound(name), name);
    return this.readRange(definition.sheet, definition.address);
  }

  async readFormulas(sheetName: string, address: string): Promise<(string | number | boolean)[][]> {
    const sheet = this.sheet(sheetName);
    const area = parseArea(address);
    const chunks = planReadChunks(rowCount(area), columnCount(area), this.readCellBudget);
    const { results } = await sendInChunks({
      chunks,
      tooLargeCode: "ResponsePayloadSizeLimitExceeded",
      send: async (chunk) => {
        const part = { ...area, top: area.top + chunk.start, bottom: area.top + chunk.end - 1 };
        this.meter.request({ sheet: sheet.name, address: formatArea(part), load: "formulas" });
        const formulas = mapArea(part, (row, column) => formulaText(sheet, row, column));
        this.meter.response(formulas);
        return formulas;
      },
    });
    return results.flat();
  }

  async readSelectedRow(): Promise<SelectedRow | null> {
    this.meter.request({ activeCell: "address" });
    if (!this.selection) return null;

    const sheet = this.sheet(this.selection.sheet);
    const firstArea = this.selection.address.split(",")[0] ?? "";
    const active = parseArea(firstArea);
    const used = sheet.grid.usedArea();
    const address = formatArea({ ...active, bottom: active.top, right: active.left });
    if (!used) return { sheet: sheet.name, rowNumber: active.top + 1, address, firstColumn: active.left, values: [] };

    const rowArea = { top: active.top, bottom: active.top, left: used.left, right: used.right };
    const read = await this.readArea(sheet, rowArea);
    return { sheet: sheet.name, rowNumber: active.top + 1, address, firstColumn: used.left, values: read.values[0] ?? [] };
  }

  async write(sheetName: string, address: string, block: WriteBlock, options: WriteOptions = {}): Promise<WriteReport> {
    const sheet = this.sheet(sheetName);
    const plan = planWrite(address, block, this.requestBudgetBytes);
    const { report } = await sendInChunks({
      chunks: plan.chunks,
      tooLargeCode: "RequestPayloadSizeLimitExceeded",
      send: async (chunk) => this.writeChunk(sheet, plan, chunk),
      onChunkDone: (rowsWritten) => options.onProgress?.({ rowsWritten, totalRows: block.length }),
    });
    return report;
  }

  async replaceSheet(name: string): Promise<void> {
    checkSheetName(name);
    this.meter.request({ replaceSheet: name });
    const existing = this.findSheet(name);
    if (!existing) {
      this.addSheet(name);
      return;
    }

    existing.grid.clear();
    existing.conditionalFormats = [];
    existing.notes.clear();
    for (const [key, table] of this.tables) if (table.sheet === existing) this.tables.delete(key);
    this.changed();
  }

  async defineNames(definitions: readonly NamedRangeDefinition[]): Promise<void> {
    const checked = definitions.map((definition) => this.checkNameDefinition(definition));
    this.meter.request({ names: checked });
    for (const definition of checked) this.names.set(definition.name.toLowerCase(), definition);
    this.changed();
  }

  async defineTable(definition: TableDefinition): Promise<void> {
    checkDefinedName(definition.name);
    const sheet = this.sheet(definition.sheet);
    const area = parseArea(definition.address);
    this.checkTablePlace(definition.name, sheet, area);
    this.meter.request({ table: definition });

    this.tables.delete(definition.name.toLowerCase());
    this.writeTableHeaders(sheet, area);
    this.tables.set(definition.name.toLowerCase(), { name: definition.name, sheet, area });
    this.changed();
  }

  async setNumberFormats(sheetName: string, areas: readonly NumberFormatArea[]): Promise<void> {
    const sheet = this.sheet(sheetName);
    const parsed = areas.map((entry) => ({ area: parseArea(entry.address), format: entry.format }));
    this.meter.request({ sheet: sheet.name, numberFormats: areas });
    for (const { area, format } of parsed) forEachCell(area, (row, column) => sheet.grid.setNumberFormat(row, column, format));
  }

  async setConditionalFormats(sheetName: string, address: string, tag: string, rules: readonly ConditionalFormatRule[]): Promise<void> {
    const sheet = this.sheet(sheetName);
    const area = formatArea(parseArea(address));
    rules.forEach(checkRuleColors);
    const tagged = rules.map((rule) => ({ ...rule, formula: tagFormula(rule.formula, tag), address: area }));
    this.meter.request({ sheet: sheet.name, tag, rules: tagged });

    const others = sheet.conditionalFormats.filter((rule) => !hasTag(rule.formula, tag));
    sheet.conditionalFormats = [...tagged, ...others];
  }

  async setNotes(sheetName: string, notes: readonly CellNote[]): Promise<void> {
    if (!this.capabilities.notes) throw new WorkbookError("NotSupported", workbookMessages.notesNotSupported());
    const sheet = this.sheet(sheetName);
    const cells = notes.map((note) => ({ address: singleCell(note.address), text: note.text }));
    this.meter.request({ sheet: sheet.name, notes });

    for (const { address, text } of cells) {
      if (text === "") sheet.notes.delete(address);
      else sheet.notes.set(address, text);
    }
  }

  async onSelectionChanged(listener: (change: SelectionChange) => void): Promise<Unsubscribe> {
    this.meter.request({ onSelectionChanged: "add" });
    this.listeners.add(listener);
    return async () => {
      this.meter.request({ onSelectionChanged: "remove" });
      this.listeners.delete(listener);
    };
  }

  // Internals.

  private writeChunk(sheet: MemorySheet, plan: WritePlan, chunk: { start: number; end: number }): void {
    const area = chunkArea(plan, chunk);
    const rows = plan.matrix.slice(chunk.start, chunk.end);
    const property = plan.hasFormulas ? "formulas" : "values";
    this.meter.request({ sheet: sheet.name, address: formatArea(area), [property]: rows });

    rows.forEach((row, i) =>
      row.forEach((input, j) => {
        const content = interpretExcelInput(input);
        if (content !== "unchanged") sheet.grid.setCell(area.top + i, area.left + j, content);
      }),
    );
    this.changed();
  }

  /** Reads an area in row chunks, halving a chunk whose response is too large. */
  private async readArea(sheet: MemorySheet, area: Area): Promise<AreaRead> {
    const chunks = planReadChunks(rowCount(area), columnCount(area), this.readCellBudget);
    const { results } = await sendInChunks({
      chunks,
      tooLargeCode: "ResponsePayloadSizeLimitExceeded",
      send: async (chunk) => {
        const part = { ...area, top: area.top + chunk.start, bottom: area.top + chunk.end - 1 };
        this.meter.request({ sheet: sheet.name, address: formatArea(part), load: ["values", "numberFormat"] });
        const read = {
          values: mapArea(part, (row, column) => this.readCell(sheet, row, column)),
          numberFormats: mapArea(part, (row, column) => sheet.grid.numberFormat(row, column)),
        };
        this.meter.response(read);
        return read;
      },
    });
    return { values: results.flatMap((read) => read.values), numberFormats: results.flatMap((read) => read.numberFormats) };
  }

  private readCell(sheet: MemorySheet, row: number, column: number): ReadCell {
    const cell = sheet.grid.cell(row, column);
    if (cell === undefined) return "";
    if (!isFormulaCell(cell)) return cell;
    if (!this.evaluator) return "";

    this.formulaValues ??= this.evaluator.evaluate(this.contents());
    return this.formulaValues.valueAt(sheet.name, row, column) ?? "";
  }

  private writeTableHeaders(sheet: MemorySheet, area: Area): void {
    const current = [];
    for (let column = area.left; column <= area.right; column++) current.push(headerText(this.readCell(sheet, area.top, column)));
    uniqueTableHeaders(current).forEach((header, index) => sheet.grid.setCell(area.top, area.left + index, header));
  }

  private checkNameDefinition(definition: NamedRangeDefinition): NamedRangeDefinition {
    checkDefinedName(definition.name);
    const table = this.tables.get(definition.name.toLowerCase());
    if (table) throw new WorkbookError("NameConflict", workbookMessages.nameConflict(definition.name, `the table "${table.name}"`), definition.name);

    const sheet = this.sheet(definition.sheet);
    const address = formatArea(parseArea(definition.address));
    return { ...definition, sheet: sheet.name, address };
  }

  private checkTablePlace(name: string, sheet: MemorySheet, area: Area): void {
    const namedRange = this.names.get(name.toLowerCase());
    if (namedRange) throw new WorkbookError("NameConflict", workbookMessages.nameConflict(name, `the named range "${namedRange.name}"`), name);

    for (const table of this.tables.values()) {
      if (sameName(table.name, name) || table.sheet !== sheet || !areasOverlap(table.area, area)) continue;
      throw new WorkbookError("TableOverlap", workbookMessages.tableOverlap(name, table.name), formatArea(area));
    }
  }

  private sheet(name: string): MemorySheet {
    const sheet = this.findSheet(name);
    if (!sheet) throw new WorkbookError("ItemNotFound", workbookMessages.sheetNotFound(name), name);
    return sheet;
  }

  private findSheet(name: string): MemorySheet | undefined {
    return this.sheets.find((sheet) => sameName(sheet.name, name));
  }

  private addSheet(name: string): MemorySheet {
    checkSheetName(name);
    const sheet: MemorySheet = { name, grid: new SheetGrid(), conditionalFormats: [], notes: new Map() };
    this.sheets.push(sheet);
    return sheet;
  }

  private changed(): void {
    this.formulaValues = null;
  }
}

function formulaText(sheet: MemorySheet, row: number, column: number): string | number | boolean {
  const cell = sheet.grid.cell(row, column);
  if (cell === undefined) return "";
  if (isFormulaCell(cell)) return cell.formula;
  if (typeof cell === "object") return cell.error;
  return cell;
}

function mapArea<T>(area: Area, read: (row: number, column: number) => T): T[][] {
  const rows: T[][] = [];
  for (let row = area.top; row <= area.bottom; row++) {
    const cells: T[] = [];
    for (let column = area.left; column <= area.right; column++) cells.push(read(row, column));
    rows.push(cells);
  }
  return rows;
}

function forEachCell(area: Area, visit: (row: number, column: number) => void): void {
  for (let row = area.top; row <= area.bottom; row++) for (let column = area.left; column <= area.right; column++) visit(row, column);
}

function singleCell(address: string): string {
  const area = parseArea(address);
  if (area.top !== area.bottom || area.left !== area.right) {
    throw new WorkbookError("InvalidAddress", workbookMessages.invalidAddress(address), address);
  }
  return formatArea(area);
}

function sheetContents(sheet: MemorySheet): SheetContents {
  const extent = sheet.grid.extent();
  const cells = extent ? mapArea(extent, (row, column) => sheet.grid.cell(row, column)) : [];
  const numberFormats = extent ? mapArea(extent, (row, column) => sheet.grid.numberFormat(row, column)) : [];
  const notes = [...sheet.notes].map(([address, text]) => ({ address, text }));
  return { name: sheet.name, cells, numberFormats, conditionalFormats: sheet.conditionalFormats.map((rule) => ({ ...rule })), notes };
}

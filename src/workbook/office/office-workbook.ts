import { formatArea, parseArea } from "../addresses";
import { sendInChunks } from "../chunked-requests";
import { checkRuleColors, hasTag, tagFormula } from "../conditional-formats";
import { hasErrorCode, WorkbookError } from "../errors";
import { workbookMessages } from "../messages";
import { DEFAULT_READ_CELL_BUDGET, DEFAULT_REQUEST_BUDGET_BYTES } from "../payload";
import type {
  CellNote,
  ConditionalFormatRule,
  NamedRangeDefinition,
  NumberFormatArea,
  RangeSnapshot,
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
import { toTableSnapshot } from "../snapshots";
import { chunkArea, planWrite } from "../write-plan";
import { officeExcelHost, type ExcelHost } from "./excel-host";
import { AREA_PROPERTIES, loadedArea, readArea, readFormulaArea, toReadGrid } from "./office-reads";

/** Options of `OfficeWorkbook`; every one has a default. */
export interface OfficeWorkbookOptions {
  /** The Office.js entry points. Default: the `Excel` and `Office` globals. */
  readonly host?: ExcelHost;
  /** The payload a write chunk aims for, in bytes. Default 4,000,000. */
  readonly requestBudgetBytes?: number;
  /** The cells read per request. Default 40,000. */
  readonly readCellBudget?: number;
}

/**
 * The workbook port over Office.js. Each call runs in one `Excel.run` batch. Writes and reads are
 * split into row chunks that sync once per chunk, not once per row. A chunk that Excel rejects with
 * `RequestPayloadSizeLimitExceeded` (or `ResponsePayloadSizeLimitExceeded` for reads) is sent again
 * in halves.
 */
export class OfficeWorkbook implements WorkbookPort {
  readonly capabilities: WorkbookCapabilities;
  private readonly host: ExcelHost;
  private readonly requestBudgetBytes: number;
  private readonly readCellBudget: number;

  constructor(options: OfficeWorkbookOptions = {}) {
    this.host = options.host ?? officeExcelHost();
    this.capabilities = { notes: this.host.supportsNotes() };
    this.requestBudgetBytes = options.requestBudgetBytes ?? DEFAULT_REQUEST_BUDGET_BYTES;
    this.readCellBudget = options.readCellBudget ?? DEFAULT_READ_CELL_BUDGET;
  }

  async listSheets(): Promise<string[]> {
    return this.host.run(async (context) => {
      const sheets = context.workbook.worksheets.load("items/name");
      await context.sync();
      return sheets.items.map((sheet) => sheet.name);
    });
  }

  async readTable(name: string): Promise<TableSnapshot> {
    return this.host.run(async (context) => {
      const table = context.workbook.tables.getItem(name);
      const range = table.getRange().load(AREA_PROPERTIES);
      const sheet = table.worksheet.load("name");
      await context.sync();

      const area = loadedArea(range);
      const read = await readArea(context, sheet, area, this.readCellBudget);
      return toTableSnapshot(sheet.name, area, read.values, read.numberFormats);
    });
  }

  async readUsedRange(sheetName: string): Promise<TableSnapshot | null> {
    return this.host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(sheetName).load("name");
      const used = sheet.getUsedRangeOrNullObject(true).load(`isNullObject, ${AREA_PROPERTIES}`);
      await context.sync();
      if (used.isNullObject) return null;

      const area = loadedArea(used);
      const read = await readArea(context, sheet, area, this.readCellBudget);
      return toTableSnapshot(sheet.name, area, read.values, read.numberFormats);
    });
  }

  async readRange(sheetName: string, address: string): Promise<RangeSnapshot> {
    const area = parseArea(address);
    return this.host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(sheetName);
      const read = await readArea(context, sheet, area, this.readCellBudget);
      return { sheet: sheetName, address: formatArea(area), ...read };
    });
  }

  async readNamedRange(name: string): Promise<RangeSnapshot> {
    return this.host.run(async (context) => {
      const range = context.workbook.names.getItem(name).getRange().load(AREA_PROPERTIES);
      const sheet = range.worksheet.load("name");
      await context.sync();

      const area = loadedArea(range);
      const read = await readArea(context, sheet, area, this.readCellBudget);
      return { sheet: sheet.name, address: formatArea(area), ...read };
    });
  }

  async readFormulas(sheetName: string, address: string): Promise<(string | number | boolean)[][]> {
    const area = parseArea(address);
    return this.host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(sheetName);
      return readFormulaArea(context, sheet, area, this.readCellBudget);
    });
  }

  async readSelectedRow(): Promise<SelectedRow | null> {
    return this.host.run(async (context) => {
      const cell = context.workbook.getActiveCell().load("address, rowIndex, columnIndex");
      const sheet = cell.worksheet.load("name");
      const used = sheet.getUsedRangeOrNullObject(true).load(`isNullObject, ${AREA_PROPERTIES}`);
      try {
        await context.sync();
      } catch (error) {
        if (hasErrorCode(error, "InvalidSelection")) return null;
        throw error;
      }

      const address = cell.address.slice(cell.address.lastIndexOf("!") + 1).replace(/\$/g, "");
      const rowNumber = cell.rowIndex + 1;
      if (used.isNullObject) return { sheet: sheet.name, rowNumber, address, firstColumn: cell.columnIndex, values: [] };

      const row = sheet.getRangeByIndexes(cell.rowIndex, used.columnIndex, 1, used.columnCount).load("values, valueTypes");
      await context.sync();
      const values = toReadGrid(row.values, row.valueTypes)[0] ?? [];
      return { sheet: sheet.name, rowNumber, address, firstColumn: used.columnIndex, values };
    });
  }

  async write(sheetName: string, address: string, block: WriteBlock, options: WriteOptions = {}): Promise<WriteReport> {
    const plan = planWrite(address, block, this.requestBudgetBytes);
    return this.host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(sheetName);
      const { report } = await sendInChunks({
        chunks: plan.chunks,
        tooLargeCode: "RequestPayloadSizeLimitExceeded",
        send: async (chunk) => {
          const range = sheet.getRange(formatArea(chunkArea(plan, chunk)));
          const rows = plan.matrix.slice(chunk.start, chunk.end);
          if (plan.hasFormulas) range.formulas = rows;
          else range.values = rows;
          await context.sync();
        },
        onChunkDone: (rowsWritten) => options.onProgress?.({ rowsWritten, totalRows: block.length }),
      });
      return report;
    });
  }

  async replaceSheet(name: string): Promise<void> {
    return this.host.run(async (context) => {
      const existing = context.workbook.worksheets.getItemOrNullObject(name).load("isNullObject");
      await context.sync();
      if (existing.isNullObject) {
        context.workbook.worksheets.add(name);
        await context.sync();
        return;
      }

      const tables = existing.tables.load("items");
      const notes = this.host.supportsNotes() ? existing.notes.load("items") : null;
      await context.sync();
      for (const table of tables.items) table.delete();
      for (const note of notes?.items ?? []) note.delete();
      const everything = existing.getRange();
      everything.conditionalFormats.clearAll();
      everything.clear("All");
      await context.sync();
    });
  }

  async defineNames(definitions: readonly NamedRangeDefinition[]): Promise<void> {
    definitions.forEach((definition) => parseArea(definition.address));
    return this.host.run(async (context) => {
      const names = context.workbook.names;
      const existing = definitions.map((definition) => names.getItemOrNullObject(definition.name).load("isNullObject"));
      await context.sync();

      existing.forEach((item) => {
        if (!item.isNullObject) item.delete();
      });
      for (const definition of definitions) {
        const range = context.workbook.worksheets.getItem(definition.sheet).getRange(definition.address);
        names.add(definition.name, range, definition.comment);
      }
      await context.sync();
    });
  }

  async defineTable(definition: TableDefinition): Promise<void> {
    parseArea(definition.address);
    return this.host.run(async (context) => {
      const existing = context.workbook.tables.getItemOrNullObject(definition.name).load("isNullObject");
      await context.sync();

      if (!existing.isNullObject) existing.convertToRange();
      const sheet = context.workbook.worksheets.getItem(definition.sheet);
      const table = sheet.tables.add(sheet.getRange(definition.address), true);
      table.name = definition.name;
      await context.sync();
    });
  }

  async setNumberFormats(sheetName: string, areas: readonly NumberFormatArea[]): Promise<void> {
    const parsed = areas.map((entry) => ({ area: parseArea(entry.address), format: entry.format }));
    return this.host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(sheetName);
      // NOTE: all areas go in one request, unsplit: about 5 MB is reached near 500,000 cells of a short
      // format such as "0.0". Areas that large would need the row chunking that `write` uses.
      for (const { area, format } of parsed) {
        const rows = area.bottom - area.top + 1;
        const columns = area.right - area.left + 1;
        sheet.getRange(formatArea(area)).numberFormat = Array.from({ length: rows }, () => new Array<string>(columns).fill(format));
      }
      await context.sync();
    });
  }

  async setConditionalFormats(sheetName: string, address: string, tag: string, rules: readonly ConditionalFormatRule[]): Promise<void> {
    parseArea(address);
    rules.forEach(checkRuleColors);
    return this.host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(sheetName);
      const formats = sheet.getRange().conditionalFormats.load("items/type");
      await context.sync();

      const custom = formats.items.filter((format) => format.type === "Custom");
      const rulesRead = custom.map((format) => format.custom.rule.load("formula"));
      await context.sync();

      custom.forEach((format, index) => {
        if (hasTag(rulesRead[index]?.formula ?? "", tag)) format.delete();
      });
      addRules(sheet.getRange(address), tag, rules);
      await context.sync();
    });
  }

  async setNotes(sheetName: string, notes: readonly CellNote[]): Promise<void> {
    if (!this.capabilities.notes) throw new WorkbookError("NotSupported", workbookMessages.notesNotSupported());
    notes.forEach((note) => parseArea(note.address));
    return this.host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(sheetName);
      const existing = notes.map((note) => sheet.notes.getItemOrNullObject(note.address).load("isNullObject"));
      await context.sync();

      existing.forEach((note) => {
        if (!note.isNullObject) note.delete();
      });
      for (const note of notes) if (note.text !== "") sheet.notes.add(sheet.getRange(note.address), note.text);
      await context.sync();
    });
  }

  async onSelectionChanged(listener: (change: SelectionChange) => void): Promise<Unsubscribe> {
    return this.host.run(async (context) => {
      const handler = context.workbook.worksheets.onSelectionChanged.add(async (event) => {
        const sheet = await this.sheetName(event.worksheetId);
        listener({ sheet, address: event.address });
      });
      await context.sync();

      return () =>
        this.host.runIn(handler.context, async (handlerContext) => {
          handler.remove();
          await handlerContext.sync();
        });
    });
  }

  private async sheetName(worksheetId: string): Promise<string> {
    return this.host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(worksheetId).load("name");
      await context.sync();
      return sheet.name;
    });
  }
}

/** Adds rules so that the first ends with the highest priority: Excel puts each new rule on top. */
function addRules(range: Excel.Range, tag: string, rules: readonly ConditionalFormatRule[]): void {
  for (const rule of [...rules].reverse()) {
    const format = range.conditionalFormats.add("Custom");
    format.custom.rule.formula = tagFormula(rule.formula, tag);
    if (rule.fill !== undefined) format.custom.format.fill.color = rule.fill;
    if (rule.fontColor !== undefined) format.custom.format.font.color = rule.fontColor;
    if (rule.bold !== undefined) format.custom.format.font.bold = rule.bold;
  }
}

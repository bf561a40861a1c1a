import { OfficeMockObject } from "office-addin-mock";
import { formatArea, parseArea } from "../../../src/workbook/addresses";
import type { ExcelHost } from "../../../src/workbook/office";

/** A cell of the fake's sheets; `{ error }` reads back as Excel reports an error cell. */
export type FakeCell = string | number | boolean | { readonly error: string };

/** One property written to one range, as the fake received it in a request. */
export interface RecordedWrite {
  readonly sheet: string;
  readonly address: string;
  readonly property: "values" | "formulas" | "numberFormat";
  readonly matrix: unknown;
}

const WRITABLE = ["values", "formulas", "numberFormat"] as const;

/**
 * A small Excel built on office-addin-mock's `OfficeMockObject`: worksheets, ranges, and a
 * `context.sync()` that counts requests, measures each request's written matrices as JSON and rejects
 * one above `limitBytes` with Excel on the web's `RequestPayloadSizeLimitExceeded`, discarding it.
 * office-addin-mock has no notion of a request or its size, and objects returned from its functions
 * are outside its tree, so the fake syncs those objects itself.
 */
export class FakeExcel {
  syncs = 0;
  limitBytes = 5_000_000;
  readonly requestBytes: number[] = [];
  readonly writes: RecordedWrite[] = [];
  readonly context: OfficeMockObject;
  private pending: { sheet: string; address: string; range: OfficeMockObject }[] = [];

  constructor(private readonly sheets: Readonly<Record<string, readonly (readonly FakeCell[])[]>> = {}) {
    this.context = new OfficeMockObject({
      workbook: { worksheets: { getItem: (name: string) => this.worksheet(name) } },
      sync: () => this.sync(),
    });
  }

  /** Returns a host that runs every batch in this fake's context. */
  host(): ExcelHost {
    // office-addin-mock's objects are untyped; the adapter only touches the members built here.
    const context = this.context as unknown as Excel.RequestContext;
    return {
      run: (batch) => batch(context),
      runIn: (_context, batch) => batch(context),
      supportsNotes: () => false,
    };
  }

  private worksheet(name: string): OfficeMockObject {
    return new OfficeMockObject({
      name,
      getRange: (address: string) => this.range(name, address),
      getUsedRangeOrNullObject: () => this.usedRange(name),
    });
  }

  private usedRange(sheet: string): OfficeMockObject {
    const rows = this.sheets[sheet] ?? [];
    const used = new OfficeMockObject({
      isNullObject: rows.length === 0,
      rowIndex: 0,
      columnIndex: 0,
      rowCount: rows.length,
      columnCount: rows[0]?.length ?? 0,
    });
    this.pending.push({ sheet, address: "", range: used });
    return used;
  }

  private range(sheet: string, address: string): OfficeMockObject {
    const area = parseArea(address);
    const rows = (this.sheets[sheet] ?? []).slice(area.top, area.bottom + 1).map((row) => row.slice(area.left, area.right + 1));
    const range = new OfficeMockObject({
      address: formatArea(area),
      values: rows.map((row) => row.map((cell) => (typeof cell === "object" ? cell.error : cell))),
      valueTypes: rows.map((row) => row.map(valueType)),
      numberFormat: rows.map((row) => row.map(() => "General")),
    });
    this.pending.push({ sheet, address, range });
    return range;
  }

  private async sync(): Promise<void> {
    this.syncs++;
    const batch = this.pending;
    this.pending = [];
    const writes = batch.flatMap(({ sheet, address, range }) => {
      const properties = range as unknown as Record<string, unknown>;
      return WRITABLE.filter((property) => Array.isArray(properties[property])).map((property) => ({ sheet, address, property, matrix: properties[property] }));
    });

    const bytes = Buffer.byteLength(JSON.stringify(writes), "utf8");
    this.requestBytes.push(bytes);
    if (bytes > this.limitBytes) {
      throw Object.assign(new Error("The request payload size has exceeded the limit."), { code: "RequestPayloadSizeLimitExceeded" });
    }

    this.writes.push(...writes);
    for (const { range } of batch) await range.sync();
    await new Promise((resolve) => setImmediate(resolve));
  }
}

function valueType(cell: FakeCell): string {
  if (typeof cell === "object") return "Error";
  if (cell === "") return "Empty";
  if (typeof cell === "number") return "Double";
  if (typeof cell === "boolean") return "Boolean";
  return "String";
}

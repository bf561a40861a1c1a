/**
 * One size of the apply measurement, run in its own process: `node apply-case.js SIZE`.
 * Prints one JSON line (`ApplyCase`).
 */
import { scorePortfolio } from "../src/core/score";
import { applyModel } from "../src/taskpane/apply";
import { MemoryWorkbook } from "../src/workbook/memory";
import type { WorkbookPort } from "../src/workbook/port";
import { AS_OF, benchmarkModel, generateRows, PORTFOLIO_HEADERS } from "./portfolio";
import { collectGarbage, timeMs, timeMsAsync } from "./timing";

/** One apply case's result, printed as JSON. */
export interface ApplyCase {
  readonly size: number;
  /** The output mode the apply wrote: "formulas" unless the model needed values. */
  readonly mode: string;
  /** Requests sent by reading the data sheet and applying the model. */
  readonly syncs: number;
  readonly largestRequestBytes: number;
  readonly largestResponseBytes: number;
  /** Milliseconds of reading the used range and applying, in all. */
  readonly totalMs: number;
  /** Milliseconds spent inside the in-memory workbook's methods, the part Excel does in a real host. */
  readonly portMs: number;
  /** Milliseconds of `scorePortfolio` alone on the same rows, timed right after. */
  readonly scoreMs: number;
}

const SHEET = "Accounts";

/** Wraps a port so the time spent inside its methods, until each returned promise settles, adds up in `clock.ms`. */
function timedPort(port: WorkbookPort, clock: { ms: number }): WorkbookPort {
  return new Proxy(port, {
    get(target, key) {
      const member: unknown = Reflect.get(target, key, target);
      if (typeof member !== "function") return member;
      return (...args: unknown[]): unknown => {
        const start = process.hrtime.bigint();
        const stop = (): void => {
          clock.ms += Number(process.hrtime.bigint() - start) / 1e6;
        };
        const result: unknown = member.apply(target, args);
        if (result instanceof Promise) return result.finally(stop);
        stop();
        return result;
      };
    },
  });
}

async function main(): Promise<void> {
  const size = Number(process.argv[2]);
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`apply-case requires a size of 1 or more: got ${process.argv[2]}`);

  const model = benchmarkModel();
  const workbook = MemoryWorkbook.fromSheets({ [SHEET]: [[...PORTFOLIO_HEADERS], ...generateRows(size, "")] });
  collectGarbage();
  workbook.resetStats();

  const clock = { ms: 0 };
  const port = timedPort(workbook, clock);
  let mode = "";
  const totalMs = await timeMsAsync(async () => {
    const snapshot = await port.readUsedRange(SHEET);
    if (snapshot === null) throw new Error("The seeded sheet reads as empty");
    const report = await applyModel(port, { sheet: SHEET, snapshot, model, asOf: AS_OF });
    if (!report.ok) throw new Error(`Apply failed at ${report.failedStep}: ${report.message ?? JSON.stringify(report.issues.slice(0, 3))}`);
    mode = report.mode;
  });
  const stats = workbook.stats;

  const snapshot = await workbook.readUsedRange(SHEET);
  if (snapshot === null) throw new Error("The applied sheet reads as empty");
  const data = { headers: PORTFOLIO_HEADERS, rows: snapshot.rows.map((row) => row.slice(0, PORTFOLIO_HEADERS.length)), firstRowNumber: 2 };
  collectGarbage();
  const scoreMs = timeMs(() => void scorePortfolio(data, model, { asOf: AS_OF }));

  const result: ApplyCase = {
    size,
    mode,
    syncs: stats.syncs,
    largestRequestBytes: stats.largestRequestBytes,
    largestResponseBytes: stats.largestResponseBytes,
    totalMs,
    portMs: clock.ms,
    scoreMs,
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});

/**
 * The few Office.js entry points the adapter needs, injectable so that tests can run it against a
 * mocked request context without the `Excel` and `Office` globals.
 */
export interface ExcelHost {
  /** Runs a batch in a new request context, like `Excel.run(batch)`. */
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  /** Runs a batch in an earlier context, as removing an event handler requires: `Excel.run(context, batch)`. */
  runIn<T>(context: OfficeExtension.ClientRequestContext, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  /** Tells whether cell notes are available: ExcelApi 1.18. */
  supportsNotes(): boolean;
}

/** Returns the host backed by the real `Excel` and `Office` globals, which exist only inside Office. */
export function officeExcelHost(): ExcelHost {
  return {
    run: (batch) => Excel.run(batch),
    runIn: (context, batch) => Excel.run(context, batch),
    supportsNotes: () => Office.context.requirements.isSetSupported("ExcelApi", "1.18"),
  };
}

import type { WorkbookPort } from "../workbook/port";

/** The port methods that change the workbook, after which the playground's grid reads it again. */
const CHANGING_METHODS = new Set<keyof WorkbookPort>(["write", "replaceSheet", "defineNames", "defineTable", "setNumberFormats", "setConditionalFormats", "setNotes"]);

/**
 * Wraps a port so that `onChange` runs after each call that changes the workbook settles, whether
 * it succeeded or failed. The pane gets the wrapper and still talks only to the port.
 */
export function notifyingPort(port: WorkbookPort, onChange: () => void): WorkbookPort {
  return new Proxy(port, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== "function" || !CHANGING_METHODS.has(property as keyof WorkbookPort)) {
        return typeof value === "function" ? value.bind(target) : value;
      }
      return async (...args: unknown[]) => {
        try {
          return await (value as (...parameters: unknown[]) => Promise<unknown>).apply(target, args);
        } finally {
          onChange();
        }
      };
    },
  });
}

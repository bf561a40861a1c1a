/** One measured number as the benchmark prints it and stores it in JSON. */
export interface Figure {
  /** A stable dotted name, such as `core.score.1000000.time`, so runs can be compared by name. */
  readonly name: string;
  readonly value: number;
  /** The unit of `value`: "ms", "accounts/s", "bytes", "B/account", "count", "x" for a plain ratio. */
  readonly unit: string;
  /**
   * `value` divided by the floor or baseline measured side by side in the same run; null when the
   * figure has none (counts and sizes).
   */
  readonly ratio: number | null;
  /** The baseline `ratio` divides by, such as "floor" or "sort-once"; null when there is no ratio. */
  readonly ratioTo: string | null;
  /** The target this figure is held to, in words, such as "< 2000 ms"; null when none. */
  readonly target: string | null;
  /** Whether the target was met; null when there is no target. */
  readonly met: boolean | null;
}

/** The optional parts of a figure. */
export interface FigureOptions {
  readonly ratio?: number;
  readonly ratioTo?: string;
  readonly target?: string;
  readonly met?: boolean;
}

/** Builds a figure, filling the parts not given with null. */
export function figure(name: string, value: number, unit: string, options: FigureOptions = {}): Figure {
  return {
    name,
    value,
    unit,
    ratio: options.ratio ?? null,
    ratioTo: options.ratio === undefined ? null : (options.ratioTo ?? "floor"),
    target: options.target ?? null,
    met: options.met ?? null,
  };
}

/** Formats a figure as one line: name, value with its unit, ratio, then the target and whether it was met. */
export function formatFigure(item: Figure): string {
  const value = `${formatNumber(item.value)} ${item.unit}`;
  const ratio = item.ratio === null ? "" : `${formatNumber(item.ratio)}x ${item.ratioTo ?? ""}`;
  const target = item.target === null ? "" : `target ${item.target}: ${item.met === true ? "met" : "MISSED"}`;
  return [item.name.padEnd(46), value.padStart(22), ratio.padEnd(22), target].join("  ").trimEnd();
}

/** Rounds a number for display: three significant digits below 1,000, whole numbers with grouping above. */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  if (Math.abs(value) >= 1000) return Math.round(value).toLocaleString("en-US");
  return Number(value.toPrecision(3)).toString();
}

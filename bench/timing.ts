import { readFileSync, writeFileSync } from "node:fs";

/** Returns the milliseconds `run` takes, by the monotonic clock. */
export function timeMs(run: () => void): number {
  const start = process.hrtime.bigint();
  run();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** Returns the milliseconds an async `run` takes until its promise settles, by the monotonic clock. */
export async function timeMsAsync(run: () => Promise<unknown>): Promise<number> {
  const start = process.hrtime.bigint();
  await run();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** Returns the median of a non-empty list. */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new RangeError("median requires at least one value: got none");

  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/**
 * Times several cases side by side: each round runs every case once, in the given order, so a
 * burst of load from other processes slows all of them alike and cancels out in their ratios.
 * A garbage collection runs before each timed call and outside it (with `--expose-gc`), so no
 * case pays for collecting what an earlier one left behind.
 *
 * @param cases the functions to time, by name
 * @param rounds how many times each case runs, at least 1
 * @param beforeEach runs untimed before each collection, to drop the output a case kept
 * @returns the median milliseconds of each case, by name
 */
export function timeSideBySide<K extends string>(cases: Readonly<Record<K, () => void>>, rounds: number, beforeEach?: () => void): Record<K, number> {
  const names = Object.keys(cases) as K[];
  const samples = new Map<K, number[]>(names.map((name) => [name, []]));
  for (let round = 0; round < rounds; round++) {
    for (const name of names) {
      beforeEach?.();
      collectGarbage();
      samples.get(name)?.push(timeMs(cases[name]));
    }
  }
  return Object.fromEntries(names.map((name) => [name, median(samples.get(name) ?? [])])) as Record<K, number>;
}

/** Runs a garbage collection when node runs with `--expose-gc`; does nothing otherwise. */
export function collectGarbage(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
}

/** Returns the bytes the JavaScript heap and the buffers outside it hold now. */
export function heldBytes(): number {
  const usage = process.memoryUsage();
  return usage.heapUsed + usage.external;
}

/** Returns the process's resident set size now, in bytes. */
export function residentBytes(): number {
  return process.memoryUsage().rss;
}

/**
 * Returns the process's peak resident set size in bytes: Linux's VmHWM, which
 * `resetPeakResident` can lower to the current size, else `process.resourceUsage().maxRSS`.
 */
export function peakResidentBytes(): number {
  const kilobytes = readStatusKilobytes("VmHWM");
  return (kilobytes ?? process.resourceUsage().maxRSS) * 1024;
}

/**
 * Resets the peak resident set size to the current size, so `peakResidentBytes` then measures one
 * step alone. Linux allows it by writing 5 to /proc/self/clear_refs.
 *
 * @returns false when the system does not allow it, and the peak then counts from the process's start
 */
export function resetPeakResident(): boolean {
  try {
    writeFileSync("/proc/self/clear_refs", "5");
    return true;
  } catch {
    return false;
  }
}

function readStatusKilobytes(field: string): number | null {
  try {
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(readFileSync("/proc/self/status", "utf8"));
    return match === null ? null : Number(match[1]);
  } catch {
    return null;
  }
}

import { join } from "node:path";
import { runCase } from "./child";
import type { CoreScoringCase } from "./core-scoring-case";
import { figure, type Figure } from "./figure";

/** The portfolio sizes scored, and the timing rounds of each (fewer for larger sizes, to keep the run short). */
const CASES: readonly { readonly size: number; readonly rounds: number }[] = [
  { size: 10_000, rounds: 9 },
  { size: 100_000, rounds: 5 },
  { size: 1_000_000, rounds: 1 },
];

/** The 1,000,000-account targets: time, and time as a multiple of the floor. */
const MAX_MILLION_MS = 2_000;
const MAX_FLOOR_RATIO = 30;

/** V8's old-space limit for each case's process, in MB; the 1,000,000-account case needs about 2–3 GB. */
const CASE_HEAP_MB = 6_144;

/**
 * Measures `scorePortfolio` on 10,000, 100,000 and 1,000,000 accounts × 12 percentile metrics,
 * each size in its own process: time, accounts per second, memory per account, and the ratio of
 * the time to the read-and-write floor timed in the same rounds.
 */
export async function measureCoreScoring(): Promise<Figure[]> {
  const figures: Figure[] = [];
  for (const { size, rounds } of CASES) {
    const result = await runCase<CoreScoringCase>(join(__dirname, "core-scoring-case.js"), [String(size), String(rounds)], { maxOldSpaceMb: CASE_HEAP_MB });
    figures.push(...caseFigures(result));
  }
  return figures;
}

function caseFigures(result: CoreScoringCase): Figure[] {
  const { size } = result;
  const prefix = `core.score.${size}`;
  const ratio = result.scoreMs / result.floorMs;
  const isMillion = size === 1_000_000;
  return [
    figure(`${prefix}.time`, result.scoreMs, "ms", {
      ratio,
      ratioTo: "floor",
      ...(isMillion ? { target: `< ${MAX_MILLION_MS} ms`, met: result.scoreMs < MAX_MILLION_MS } : {}),
    }),
    figure(`${prefix}.floor`, result.floorMs, "ms"),
    figure(`${prefix}.objects`, result.objectsMs, "ms", { ratio: result.objectsMs / result.scoreMs, ratioTo: "scoring" }),
    figure(`${prefix}.ratio-to-floor`, ratio, "x", isMillion ? { target: `<= ${MAX_FLOOR_RATIO}x floor`, met: ratio <= MAX_FLOOR_RATIO } : {}),
    figure(`${prefix}.throughput`, (size / result.scoreMs) * 1000, "accounts/s"),
    figure(`${prefix}.input-per-account`, result.inputBytes / size, "B/account"),
    figure(`${prefix}.result-per-account`, result.resultBytes / size, "B/account", { ratio: result.resultBytes / result.inputBytes, ratioTo: "input" }),
    figure(`${prefix}.peak-rise-per-account`, result.peakRiseBytes / size, "B/account", { ratio: result.peakRiseBytes / result.inputBytes, ratioTo: "input" }),
    figure(`${prefix}.process-peak`, result.processPeakBytes, "bytes"),
  ];
}

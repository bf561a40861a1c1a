/**
 * One size of the core scoring measurement, run in its own process so its peak memory is its own:
 * `node --expose-gc core-scoring-case.js SIZE ROUNDS`. Prints one JSON line (`CoreScoringCase`).
 */
import type { AccountAssessment } from "../src/core/account";
import { accountsOf, type AssessmentColumns } from "../src/core/assessment-columns";
import { PILLARS } from "../src/core/pillars";
import { scorePortfolio, type PortfolioScores } from "../src/core/score";
import { readWriteFloor, type FloorOutput } from "./floor";
import { AS_OF, benchmarkModel, generateTable } from "./portfolio";
import { collectGarbage, heldBytes, peakResidentBytes, residentBytes, resetPeakResident, timeSideBySide } from "./timing";

/** One core scoring case's result, printed as JSON. */
export interface CoreScoringCase {
  readonly size: number;
  readonly rounds: number;
  /** Median milliseconds of `scorePortfolio`. */
  readonly scoreMs: number;
  /** Median milliseconds of the read-and-write floor, timed in the same rounds. */
  readonly floorMs: number;
  /** Median milliseconds of building every account's assessment object from the columns (`accountsOf`), timed after scoring. */
  readonly objectsMs: number;
  /** Bytes the generated input table holds, measured after a garbage collection. */
  readonly inputBytes: number;
  /** Bytes the scoring result retains once scoring is done, measured after a garbage collection. */
  readonly resultBytes: number;
  /** The rise of the resident set size during one scoring run, above the size before it. */
  readonly peakRiseBytes: number;
  /** The process's peak resident set size over the whole case, input generation included. */
  readonly processPeakBytes: number;
  /** Whether the peak could be reset before scoring (Linux); when false, `peakRiseBytes` counts from the process start. */
  readonly peakResetWorked: boolean;
}

/**
 * Returns the median milliseconds of building every account's assessment object from the
 * columns (`accountsOf`), the objects the CLI and the pane read. A function of its own, so no
 * reference to the columns outlives it.
 */
function timeObjects(columns: AssessmentColumns, rounds: number): number {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- written, never read: it only keeps the objects alive
  let built: readonly AccountAssessment[] | null = null;
  const medians = timeSideBySide(
    { objects: () => (built = accountsOf(columns)) },
    rounds,
    () => {
      built = null;
    },
  );
  return medians.objects;
}

/** A small table scored before timing, so the JIT compiles the scoring code before the clock starts. */
const WARM_UP_SIZE = 2_000;

function main(): void {
  const size = Number(process.argv[2]);
  const rounds = Number(process.argv[3] ?? 3);
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`core-scoring-case requires a size of 1 or more: got ${process.argv[2]}`);

  const model = benchmarkModel();
  const metricColumns = model.metrics.map((metric) => metric.column);
  const metricPillars = model.metrics.map((metric) => PILLARS.indexOf(metric.pillar));
  const accountColumn = model.accountColumn ?? "";
  const score = (table: Parameters<typeof scorePortfolio>[0]): PortfolioScores => {
    const result = scorePortfolio(table, model, { asOf: AS_OF });
    if (!result.ok) throw new Error(`Scoring failed: ${JSON.stringify(result.issues.slice(0, 3))}`);
    return result.value;
  };

  const warmUp = generateTable(WARM_UP_SIZE);
  for (let run = 0; run < 3; run++) {
    score(warmUp);
    readWriteFloor(warmUp, metricColumns, metricPillars, accountColumn);
  }

  collectGarbage();
  const beforeInput = heldBytes();
  const table = generateTable(size);
  collectGarbage();
  const inputBytes = heldBytes() - beforeInput;

  // One scoring run with the result kept, for the memory figures.
  const beforeResult = heldBytes();
  const residentBefore = residentBytes();
  const peakResetWorked = resetPeakResident();
  let retained: PortfolioScores | null = score(table);
  const peakRiseBytes = peakResidentBytes() - residentBefore;
  collectGarbage();
  const resultBytes = heldBytes() - beforeResult;
  if (retained.assessments.size !== size) throw new Error(`Scoring returned ${retained.assessments.size} accounts for ${size} rows`);
  const objectsMs = timeObjects(retained.assessments, rounds);
  // Dropped before the timed runs, so marking its contents never slows a collection inside them.
  retained = null;
  collectGarbage();

  // Each case keeps its output, so no write is optimised away, and drops it before the next untimed collection.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- written, never read: it only keeps the output alive
  let sink: PortfolioScores | FloorOutput | null = null;
  let outputs = 0;
  const keep = (output: PortfolioScores | FloorOutput): void => {
    sink = output;
    outputs += output.assessments.size;
  };
  const medians = timeSideBySide(
    {
      floor: () => keep(readWriteFloor(table, metricColumns, metricPillars, accountColumn)),
      score: () => keep(score(table)),
    },
    rounds,
    () => {
      sink = null;
    },
  );
  if (outputs !== 2 * rounds * size) throw new Error(`The timed runs returned ${outputs} accounts, expected ${2 * rounds * size}`);

  const result: CoreScoringCase = {
    size,
    rounds,
    scoreMs: medians.score,
    floorMs: medians.floor,
    objectsMs,
    inputBytes,
    resultBytes,
    peakRiseBytes,
    processPeakBytes: peakResidentBytes(),
    peakResetWorked,
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

main();

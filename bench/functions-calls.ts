/// <reference types="custom-functions-runtime" />
import { modelToSheet, TABLE_NAMES } from "../src/core/model-sheet";
import { PILLARS } from "../src/core/pillars";
import { scorePortfolio } from "../src/core/score";
import { healthBand } from "../src/functions/band";
import { healthComposite } from "../src/functions/composite";
import { healthCoverage } from "../src/functions/coverage";
import { defineFunction, type HealthFunction } from "../src/functions/define-function";
import { healthDiagnosis } from "../src/functions/diagnosis";
import { healthDriver } from "../src/functions/driver";
import { healthExplain } from "../src/functions/explain";
import { healthGap } from "../src/functions/gap";
import { healthPillar } from "../src/functions/pillar";
import { healthScore, MAX_SCORE_ROWS } from "../src/functions/score";
import { figure, type Figure } from "./figure";
import { AS_OF, benchmarkModel, generateRows, generateTable, PORTFOLIO_HEADERS } from "./portfolio";
import { timeSideBySide } from "./timing";

/** The rows scored: 100,000 asked for, capped at the most HEALTH.SCORE accepts in one call. */
const SIZE = Math.min(100_000, MAX_SCORE_ROWS);
const ROUNDS = 3;
const WEIGHTS: unknown[][] = [[25, 25, 25, 25]];
const THRESHOLDS: unknown[][] = [[70], [40]];

/** One call of a HEALTH function with its raw arguments, as the runtime would make it. */
interface Call {
  readonly name: string;
  readonly run: HealthFunction;
  readonly args: (account: number, pillarRow: unknown[][]) => unknown[];
}

/**
 * Compares HEALTH.SCORE on one table with the per-account formulas a workbook would need for the
 * same outputs. Those are 11 calls per account: four HEALTH.PILLAR calls, one per pillar over the
 * account's metric scores, then HEALTH.COMPOSITE, BAND, DRIVER, GAP, COVERAGE, DIAGNOSIS and
 * EXPLAIN over the four pillar results. The metric scores the PILLAR calls take are computed beforehand
 * and not timed, so the per-account path is timed without its metric scoring, which SCORE includes.
 *
 * The coercion overhead is the time of functions with the same declared arguments and an empty
 * body, called with the same arguments: what `defineFunction` spends before any core code runs.
 */
export function measureFunctionCalls(): Figure[] {
  installCustomFunctionsStub();
  const model = benchmarkModel();
  const data: unknown[][] = [[...PORTFOLIO_HEADERS], ...generateRows(SIZE, "")];
  const metricMap = metricMapCells(model);
  const options: unknown[][] = [[`as_of=${AS_OF}`]];

  const scored = scorePortfolio(generateTable(SIZE), model, { asOf: AS_OF });
  if (!scored.ok) throw new Error(`Scoring failed: ${JSON.stringify(scored.issues.slice(0, 3))}`);
  const metricRows = PILLARS.map((pillar) => {
    const members = scored.value.metrics.filter((scores) => scores.metric.pillar === pillar);
    return Array.from({ length: SIZE }, (_, account): unknown[][] => [members.map(({ scores }) => cellOf(scores[account] ?? Number.NaN))]);
  });

  const pillarCalls: Call[] = PILLARS.map((_, pillar) => ({ name: "PILLAR", run: healthPillar, args: (account) => [metricRows[pillar]?.[account]] }));
  const accountCalls: Call[] = [
    { name: "COMPOSITE", run: healthComposite, args: (_, row) => [row, WEIGHTS] },
    { name: "BAND", run: healthBand, args: (_, row) => [row[0]?.[0], THRESHOLDS] },
    { name: "DRIVER", run: healthDriver, args: (_, row) => [row, WEIGHTS] },
    { name: "GAP", run: healthGap, args: (_, row) => [row, WEIGHTS, THRESHOLDS] },
    { name: "COVERAGE", run: healthCoverage, args: (_, row) => [row, WEIGHTS] },
    { name: "DIAGNOSIS", run: healthDiagnosis, args: (_, row) => [row, THRESHOLDS] },
    { name: "EXPLAIN", run: healthExplain, args: (_, row) => [row, WEIGHTS, THRESHOLDS] },
  ];
  const callsPerAccount = pillarCalls.length + accountCalls.length;
  const emptyBody = (call: Call): Call => ({ ...call, run: defineFunction(call.run.spec, () => 0) });

  const perAccount = (pillars: readonly Call[], others: readonly Call[]) => (): void => {
    for (let account = 0; account < SIZE; account++) {
      const pillarRow: unknown[][] = [pillars.map((call) => call.run(...call.args(account, [])))];
      for (const call of others) call.run(...call.args(account, pillarRow));
    }
  };
  const sample = healthScore(data, metricMap, [[25], [25], [25], [25]], options);
  if (!Array.isArray(sample) || sample.length !== SIZE + 1) throw new Error(`HEALTH.SCORE did not spill ${SIZE + 1} rows: ${String(sample)}`);

  const medians = timeSideBySide(
    {
      score: () => void healthScore(data, metricMap, [[25], [25], [25], [25]], options),
      perAccount: perAccount(pillarCalls, accountCalls),
      coercionOnly: perAccount(pillarCalls.map(emptyBody), accountCalls.map(emptyBody)),
    },
    ROUNDS,
  );

  const calls = SIZE * callsPerAccount;
  return [
    figure(`functions.${SIZE}.score`, medians.score, "ms"),
    figure(`functions.${SIZE}.per-account-calls`, medians.perAccount, "ms", { ratio: medians.perAccount / medians.score, ratioTo: "SCORE" }),
    figure(`functions.${SIZE}.per-call`, (medians.perAccount / calls) * 1e6, "ns/call"),
    figure(`functions.${SIZE}.coercion-per-call`, (medians.coercionOnly / calls) * 1e6, "ns/call", {
      ratio: medians.coercionOnly / medians.perAccount,
      ratioTo: "per-call",
    }),
  ];
}

/** Returns the cells of the model's HealthMetrics table, header row included, as the HealthMetricMap name refers to them. */
function metricMapCells(model: ReturnType<typeof benchmarkModel>): unknown[][] {
  const sheet = modelToSheet(model);
  const table = sheet.tables.find((candidate) => candidate.name === TABLE_NAMES.metrics);
  const rows = /^[A-Z]+(\d+):[A-Z]+(\d+)$/.exec(table?.range ?? "");
  if (rows === null) throw new Error(`The HealthMetrics table has an unexpected range: ${table?.range}`);
  return sheet.cells.slice(Number(rows[1]) - 1, Number(rows[2])).map((row) => row.map((cell) => cell ?? ""));
}

function cellOf(score: number): number | string {
  return Number.isNaN(score) ? "" : score;
}

/**
 * Defines the `CustomFunctions` global the Excel runtime provides, which the functions use to
 * build an error result (a composite with too little data returns `#N/A`).
 */
function installCustomFunctionsStub(): void {
  class ErrorResult {
    constructor(
      readonly code: string,
      readonly message?: string,
    ) {}
  }
  const global = globalThis as { CustomFunctions?: unknown };
  global.CustomFunctions ??= { Error: ErrorResult, ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A" } };
}

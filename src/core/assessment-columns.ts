import { assessmentOf, type AccountAssessment, type Verdict } from "./account";
import type { BandKey } from "./band";
import { diagnosesOfMask, diagnosisMaskOf } from "./diagnosis";
import type { Gap } from "./gap";
import { PILLARS } from "./pillars";
import { checkRow, pillarColumnsSize, pillarRowAt, type PillarColumns } from "./pillar-columns";

/** The band codes of `AssessmentColumns.band`, in code order; -1 is no band. */
const BAND_CODES: readonly BandKey[] = ["healthy", "watch", "atRisk"];

/**
 * The assessments of a portfolio, one entry per account in each column: what `assessAccount`
 * gives each account, kept as numbers and shared references instead of one object per account.
 *
 * Why: at 1,000,000 accounts an object per account, kept while the next ones were built, cost
 * about 0.3 s of garbage collection in a 2 s run. The surfaces read objects through `accountAt`
 * or `accountsOf`, which build each only when asked.
 */
export interface AssessmentColumns {
  readonly size: number;
  /** Each account's pillar scores, the scores the assessment read. */
  readonly pillars: PillarColumns;
  /** The composite 0–100; NaN where the account has insufficient data. */
  readonly composite: Float64Array;
  readonly coverage: Float64Array;
  /** The band's index in healthy, watch, at risk; -1 where there is none. */
  readonly band: Int8Array;
  /** The driver's index in pillar order; -1 where there is none. */
  readonly driver: Int8Array;
  /** The diagnoses as a bit mask, bit i for `DIAGNOSES[i]`. */
  readonly diagnoses: Uint8Array;
  /** The gap of each account, or null; accounts with the same gap share one frozen object. */
  readonly gaps: readonly (Gap | null)[];
  /** The explanation of each account; accounts with the same wording share one string. */
  readonly explanations: readonly string[];
  /** The assessments an active override changed, by row; the columns keep the computed values. */
  readonly overridden: ReadonlyMap<number, AccountAssessment>;
}

/** Columns being filled, one account at a time, by `writeVerdict`. */
export interface WritableColumns extends AssessmentColumns {
  readonly gaps: (Gap | null)[];
  readonly explanations: string[];
  readonly overridden: Map<number, AccountAssessment>;
}

/**
 * Allocates the columns of the accounts whose pillar scores are `pillars`. The numeric columns
 * share one buffer, so a large portfolio counts as one allocation of memory outside the
 * JavaScript heap.
 */
export function writableColumns(pillars: PillarColumns): WritableColumns {
  const size = pillarColumnsSize(pillars);
  const numbers = new ArrayBuffer(size * (8 + 8 + 1 + 1 + 1));
  return {
    size,
    pillars,
    composite: new Float64Array(numbers, 0, size),
    coverage: new Float64Array(numbers, size * 8, size),
    band: new Int8Array(numbers, size * 16, size),
    driver: new Int8Array(numbers, size * 17, size),
    diagnoses: new Uint8Array(numbers, size * 18, size),
    gaps: new Array<Gap | null>(size),
    explanations: new Array<string>(size),
    overridden: new Map(),
  };
}

/**
 * Writes one account's computed verdict into row `row` of the columns.
 *
 * @throws RangeError when the verdict's diagnoses are not a list `sharedDiagnosesOf` gives
 */
export function writeVerdict(columns: WritableColumns, row: number, verdict: Verdict): void {
  const diagnoses = diagnosisMaskOf(verdict.diagnoses);
  if (diagnoses < 0) throw new RangeError(`writeVerdict requires diagnoses in the order sharedDiagnosesOf lists them: got ${verdict.diagnoses.join(", ")}`);
  columns.composite[row] = verdict.composite ?? Number.NaN;
  columns.coverage[row] = verdict.coverage;
  columns.band[row] = verdict.band === null ? -1 : BAND_CODES.indexOf(verdict.band);
  columns.driver[row] = verdict.driver === null ? -1 : PILLARS.indexOf(verdict.driver);
  columns.diagnoses[row] = diagnoses;
  columns.gaps[row] = verdict.gap;
  columns.explanations[row] = verdict.explanation;
}

/**
 * Returns the assessment of one account, as `assessAccount` (and any override) gave it, built
 * from the columns.
 *
 * @throws RangeError when `row` is not 0 to size − 1
 */
export function accountAt(columns: AssessmentColumns, row: number): AccountAssessment {
  checkRow("accountAt", row, columns.size);
  const overridden = columns.overridden.get(row);
  if (overridden !== undefined) return overridden;

  const composite = columns.composite[row] as number;
  const band = columns.band[row] as number;
  const driver = columns.driver[row] as number;
  return assessmentOf({
    pillars: pillarRowAt(columns.pillars, row),
    composite: Number.isNaN(composite) ? null : composite,
    coverage: columns.coverage[row] as number,
    band: BAND_CODES[band] ?? null,
    driver: PILLARS[driver] ?? null,
    gap: columns.gaps[row] ?? null,
    diagnoses: diagnosesOfMask(columns.diagnoses[row] as number),
    explanation: columns.explanations[row] as string,
  });
}

/** Returns every account's assessment in row order (`accountAt`), as new objects. */
export function accountsOf(columns: AssessmentColumns): AccountAssessment[] {
  const accounts = new Array<AccountAssessment>(columns.size);
  for (let row = 0; row < columns.size; row++) accounts[row] = accountAt(columns, row);
  return accounts;
}

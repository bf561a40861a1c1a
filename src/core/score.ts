import type { AccountAssessment } from "./account";
import { assessPortfolio, type ProgressListener } from "./assess-portfolio";
import type { AssessmentColumns } from "./assessment-columns";
import type { Issue } from "./issues";
import type { HealthModel } from "./model";
import { scorePillars, type MetricScores } from "./pillar-scoring";
import { failed, ok, type Result } from "./result";
import type { Table } from "./table";

export type { MetricScores } from "./pillar-scoring";

/** Options of a scoring run. */
export interface ScoreOptions {
  /** The as-of date for recency metrics (ISO); default: the model's `asOf`, else today (UTC). */
  readonly asOf?: string;
  /** Called every few thousand accounts during the assessment pass, and once at the end. */
  readonly onProgress?: ProgressListener;
}

/** A scored portfolio: one assessment per data row, in row order. */
export interface PortfolioScores {
  readonly model: HealthModel;
  readonly size: number;
  readonly metrics: readonly MetricScores[];
  /** Every account's assessment, in columns. */
  readonly assessments: AssessmentColumns;
  /** Every account's assessment as an object, in row order, built from `assessments` on first read. */
  readonly accounts: readonly AccountAssessment[];
  /** The account column's text per row, or null where there is no account column or no value. */
  readonly accountNames: readonly (string | null)[];
  /** Cell problems (with their rows), pillars without a metric, and model references that matched nothing. */
  readonly issues: readonly Issue[];
  /** The as-of date recency metrics were scored against (ISO). */
  readonly asOf: string;
}

/**
 * Scores every row of a table against a model: metric and pillar scores (`scorePillars`), then
 * one assessment per account (`assessPortfolio`). Cell problems are reported beside the scores,
 * never turned into 0.
 *
 * Cost: O(n log n) per population-based metric, O(n) per other metric and per account.
 *
 * @returns the scores, or the blocking issues: a column the model names that the table lacks,
 *   invalid pillar or segment weights, an invalid as-of date, or a table with no data rows
 */
export function scorePortfolio(table: Table, model: HealthModel, options: ScoreOptions = {}): Result<PortfolioScores> {
  const scoring = scorePillars(table, model, options.asOf);
  if (!scoring.ok) return failed(scoring.issues);
  const assessment = assessPortfolio(scoring.value, model, options.onProgress);
  if (!assessment.ok) return failed(assessment.issues);

  const assessed = assessment.value;
  return ok({
    model,
    size: table.rows.length,
    metrics: scoring.value.metrics,
    assessments: assessed.assessments,
    // A getter, so the objects are built only when a surface reads them.
    get accounts(): readonly AccountAssessment[] {
      return assessed.accounts;
    },
    accountNames: scoring.value.accountNames,
    issues: [...scoring.value.issues, ...assessed.issues],
    asOf: scoring.value.asOf,
  });
}

import type { AccountAssessment } from "../../core/account";
import type { Issue } from "../../core/issues";
import type { OutcomePolarity, WeightSuggestion } from "../../core/backtest";
import type { HealthModel, Metric, MissingPolicy } from "../../core/model";
import type { PerPillar, Pillar } from "../../core/pillars";
import type { ApplyProgress, ApplyReport, OutputMode } from "../apply";
import type { ColumnMapping, MappingRole } from "../mapping/column-mapping";
import type { PortfolioPreview } from "../preview";
import type { DraftBacktest } from "../validate";
import type { ModelChange } from "../versions/model-version";
import type { LoadedWorkbook } from "../workbook/load-workbook";
import type { WeightPresetKey } from "../weights/presets";

/** The pane's progress in reading the workbook. */
export type LoadState =
  | { readonly status: "loading" }
  | { readonly status: "noData" }
  | { readonly status: "failed"; readonly message: string }
  | { readonly status: "ready"; readonly workbook: LoadedWorkbook };

/** The pane's progress in applying the model. */
export type ApplyState =
  | { readonly status: "idle" }
  | { readonly status: "running"; readonly progress: ApplyProgress | null }
  | { readonly status: "finished"; readonly report: ApplyReport }
  | { readonly status: "crashed"; readonly message: string };

/** The draft model scored against the data, or the issues that stop it. */
export type DraftScores =
  | { readonly ok: true; readonly accounts: readonly AccountAssessment[]; readonly preview: PortfolioPreview; readonly issues: readonly Issue[] }
  | { readonly ok: false; readonly issues: readonly Issue[] };

/** The weight search's progress. */
export type SuggestionState =
  | { readonly status: "idle" }
  | { readonly status: "running" }
  | { readonly status: "done"; readonly suggestion: WeightSuggestion }
  | { readonly status: "failed"; readonly message: string };

/** The Validate view's state and actions. */
export interface ValidationState {
  /** The data's headers, any of which can be the outcome column. */
  readonly columns: readonly string[];
  readonly column: string | null;
  readonly polarity: OutcomePolarity;
  /** The backtest of the draft against the column; null without a column or scores. */
  readonly backtest: DraftBacktest | null;
  readonly suggestion: SuggestionState;
  setColumn(column: string | null): void;
  setPolarity(polarity: OutcomePolarity): void;
  /** Starts the weight search; the result arrives in `suggestion`. */
  suggest(): void;
}

/** Everything the views read, and the actions they call. */
export interface PaneState {
  readonly load: LoadState;
  readonly mapping: readonly ColumnMapping[];
  readonly draft: HealthModel | null;
  readonly saved: HealthModel | null;
  /** The model on the model sheet, as read when the pane opened or written by the last apply; null when there is none. */
  readonly sheetModel: HealthModel | null;
  /** The changes applying now would log; empty when the draft matches the model sheet. */
  readonly pendingChanges: readonly ModelChange[];
  /** The segment values of the data (with any segment that has a weight set but no rows); empty without a segment column. */
  readonly segments: readonly string[];
  /** The weight set the Weights view edits: null for all accounts, else a segment. */
  readonly weightSet: string | null;
  /** True from loading suggested weights until the next weight edit. */
  readonly suggestedWeightsLoaded: boolean;
  readonly validation: ValidationState;
  readonly scores: DraftScores | null;
  readonly revenueColumn: string | null;
  /** The data columns whose values are mostly numbers, the only ones a ratio can divide. */
  readonly numericColumns: readonly string[];
  readonly firstRowNumber: number;
  readonly accountNames: readonly (string | null)[];
  readonly apply: ApplyState;
  readonly outputMode: OutputMode;
  /** The 1-based sheet row of the selected account, or null. */
  readonly selectedRow: number | null;
  readonly actions: PaneActions;
}

export interface PaneActions {
  setRole(column: string, role: MappingRole): void;
  setMetric(column: string, metric: Metric): void;
  addRatio(numerator: string, denominator: string, pillar: Pillar): void;
  setRevenueColumn(column: string | null): void;
  /** Sets a weight of the selected weight set, giving a segment its own set on its first edit. */
  setWeight(pillar: Pillar, value: number): void;
  usePreset(preset: WeightPresetKey): void;
  selectWeightSet(segment: string | null): void;
  /** Removes a segment's own weights, so it uses the portfolio weights again. */
  usePortfolioWeights(segment: string): void;
  /** Loads weights (such as suggested ones) as the portfolio weights of the draft; nothing is saved until apply. */
  loadWeights(weights: PerPillar<number>): void;
  setPolicy(policy: MissingPolicy): void;
  setThresholds(healthy: number, watch: number): void;
  setMinCoverage(share: number): void;
  remap(): void;
  setOutputMode(mode: OutputMode): void;
  applyToWorkbook(): Promise<void>;
  selectRow(row: number | null): void;
}

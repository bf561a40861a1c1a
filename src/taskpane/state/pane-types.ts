import type { AccountAssessment } from "../../core/account";
import type { Issue } from "../../core/issues";
import type { HealthModel, Metric, MissingPolicy } from "../../core/model";
import type { Pillar } from "../../core/pillars";
import type { ApplyProgress, ApplyReport, OutputMode } from "../apply";
import type { ColumnMapping, MappingRole } from "../mapping/column-mapping";
import type { PortfolioPreview } from "../preview";
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

/** Everything the views read, and the actions they call. */
export interface PaneState {
  readonly load: LoadState;
  readonly mapping: readonly ColumnMapping[];
  readonly draft: HealthModel | null;
  readonly saved: HealthModel | null;
  readonly scores: DraftScores | null;
  readonly revenueColumn: string | null;
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
  setWeight(pillar: Pillar, value: number): void;
  usePreset(preset: WeightPresetKey): void;
  setPolicy(policy: MissingPolicy): void;
  setThresholds(healthy: number, watch: number): void;
  setMinCoverage(share: number): void;
  remap(): void;
  setOutputMode(mode: OutputMode): void;
  applyToWorkbook(): Promise<void>;
  selectRow(row: number | null): void;
}

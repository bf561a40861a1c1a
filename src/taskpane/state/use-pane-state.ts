import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { HealthModel, Metric, MissingPolicy } from "../../core/model";
import type { PerPillar, Pillar } from "../../core/pillars";
import type { WorkbookPort } from "../../workbook/port";
import { MODEL_SHEET_NAME } from "../../core/model-sheet";
import { applyModel, type OutputMode } from "../apply";
import { addRatio, mappingFromModel, modelFromMapping, setColumnMetric, setColumnRole, type ColumnMapping, type MappingRole } from "../mapping/column-mapping";
import { numericColumns } from "../mapping/ratio-columns";
import { buildPillarCache, comparePortfolios, findRevenueColumn, pillarCacheKey, readRevenue, reassessAccounts } from "../preview";
import { messages } from "../messages";
import { suggestAfterPaint, type SuggestRunner } from "../validate";
import { describeChanges, sameModelSheet, versionModel } from "../versions/model-version";
import { loadWorkbook, readSavedModel, type LoadedWorkbook, type SavedModelState } from "../workbook/load-workbook";
import { WEIGHT_PRESETS, type WeightPresetKey } from "../weights/presets";
import { setPillarWeight, toPercentWeights } from "../weights/rebalance";
import { listSegments, weightsForSegment, withoutSegmentWeights, withSegmentWeights } from "../weights/segments";
import type { ApplyState, DraftScores, LoadState, PaneState } from "./pane-types";
import { useValidation } from "./use-validation";

/** Options of the pane. */
export interface PaneOptions {
  /** The as-of date a new model gets (YYYY-MM-DD); the playground passes the sample's date. */
  readonly asOf?: string;
  /** Reads the user's name for the change log; "Task pane" is logged when it is absent or resolves to null. */
  readonly readAuthor?: () => Promise<string | null>;
  /** Runs the weight search of the Validate view; default: on the main thread after the spinner paints. */
  readonly suggestRunner?: SuggestRunner;
}

/** Returns the model the pane starts from: the restored one, else the proposal, with every weight set as percents. */
function startingModel(workbook: LoadedWorkbook): HealthModel {
  return withPercentWeights(workbook.saved.status === "restored" ? workbook.saved.model : workbook.proposal.model);
}

function withPercentWeights(model: HealthModel): HealthModel {
  const segmentWeights = Object.fromEntries(Object.entries(model.segmentWeights).map(([segment, weights]) => [segment, toPercentWeights(weights)]));
  return { ...model, pillarWeights: toPercentWeights(model.pillarWeights), segmentWeights };
}

/** Returns the model a model-sheet state contains, or null when the sheet is missing or cannot be read. */
function modelOnSheet(saved: SavedModelState): HealthModel | null {
  return saved.status === "restored" || saved.status === "mismatch" ? saved.model : null;
}

/** Returns today's date in the user's time zone as an ISO date, for change-log entries. */
function today(): string {
  const now = new Date();
  const pad = (value: number): string => String(value).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * Holds the pane's state: the workbook read through the port, the column mapping and settings the
 * user edits (segment weight sets included), the saved model and its version, the live preview,
 * the validation and the apply. Each apply that changes the model raises its version by one and
 * logs the change on the model sheet (`versionModel`). Metric scores are cached per metric
 * mapping (`pillarCacheKey`), so moving a weight, a threshold or the policy recomputes only
 * composites and bands.
 */
export function usePaneState(port: WorkbookPort, options: PaneOptions = {}): PaneState {
  const [load, setLoad] = useState<LoadState>({ status: "loading" });
  const [mapping, setMapping] = useState<readonly ColumnMapping[]>([]);
  const [settings, setSettings] = useState<HealthModel | null>(null);
  const [saved, setSaved] = useState<HealthModel | null>(null);
  const [revenueColumn, setRevenueColumn] = useState<string | null>(null);
  const [apply, setApply] = useState<ApplyState>({ status: "idle" });
  const [outputMode, setOutputMode] = useState<OutputMode>("formulas");
  const [selectedRow, setSelectedRow] = useState<number | null>(null);
  const [sheetModel, setSheetModel] = useState<HealthModel | null>(null);
  const [weightSet, setWeightSet] = useState<string | null>(null);
  const [suggestedWeightsLoaded, setSuggestedWeightsLoaded] = useState(false);
  const asOf = options.asOf;

  const start = useCallback((workbook: LoadedWorkbook, model: HealthModel) => {
    setMapping(mappingFromModel(workbook.data.headers, model, workbook.proposal.columns));
    setSettings(model);
    setSaved(model);
    setSheetModel(modelOnSheet(workbook.saved));
    setRevenueColumn(findRevenueColumn(workbook.data.headers));
    setLoad({ status: "ready", workbook });
  }, []);

  useEffect(() => {
    let live = true;
    loadWorkbook(port, asOf === undefined ? {} : { asOf })
      .then((workbook) => {
        if (!live) return;
        if (workbook === null) setLoad({ status: "noData" });
        else start(workbook, startingModel(workbook));
      })
      .catch((error: unknown) => live && setLoad({ status: "failed", message: error instanceof Error ? error.message : String(error) }));
    return () => {
      live = false;
    };
  }, [port, asOf, start]);

  const workbook = load.status === "ready" ? load.workbook : null;
  useSelectedRow(port, workbook?.sheet ?? null, setSelectedRow);

  const draft = useMemo(() => (settings === null ? null : modelFromMapping(mapping, settings)), [mapping, settings]);
  const draftKey = draft === null ? "" : pillarCacheKey(draft);
  const draftCache = useMemo(() => (workbook === null || draft === null ? null : buildPillarCache(workbook.data, draft, asOf === undefined ? {} : { asOf })),
    // The cache depends only on the metric mapping, which draftKey captures, so a weight change must not rebuild it.
    [workbook, draftKey, asOf]);
  const savedCache = useMemo(() => (workbook === null || saved === null ? null : buildPillarCache(workbook.data, saved, asOf === undefined ? {} : { asOf })), [workbook, saved, asOf]);
  const revenue = useMemo(() => (workbook === null ? null : readRevenue(workbook.data, revenueColumn)), [workbook, revenueColumn]);
  const numeric = useMemo(() => (workbook === null ? [] : numericColumns(workbook.data)), [workbook]);

  const scores = useMemo((): DraftScores | null => {
    if (draftCache === null || draft === null || workbook === null) return null;
    if (!draftCache.ok) return { ok: false, issues: draftCache.issues };
    const accounts = reassessAccounts(draftCache.value, draft);
    if (!accounts.ok) return { ok: false, issues: accounts.issues };

    const savedAccounts = savedCache?.ok === true && saved !== null ? reassessAccounts(savedCache.value, saved) : null;
    const baseline = savedAccounts?.ok === true ? savedAccounts.value : accounts.value;
    const context = { accountNames: draftCache.value.accountNames, revenue, firstRowNumber: workbook.data.firstRowNumber };
    return { ok: true, accounts: accounts.value, preview: comparePortfolios(baseline, accounts.value, context), issues: draftCache.value.issues };
  }, [draftCache, savedCache, draft, saved, revenue, workbook]);

  const validation = useValidation({
    data: workbook?.data ?? null,
    draft,
    accounts: scores?.ok === true ? scores.accounts : null,
    scoresKey: draftKey,
    runner: options.suggestRunner ?? suggestAfterPaint,
  });
  const segments = useMemo(() => (workbook === null || draft === null ? [] : listSegments(workbook.data, draft)), [workbook, draft]);
  const pendingChanges = useMemo(() => {
    if (draft === null) return [];
    if (sheetModel === null) return [{ kind: "created" as const }];
    const withSheetOverrides = { ...draft, overrides: sheetModel.overrides };
    return sameModelSheet(sheetModel, withSheetOverrides) ? [] : describeChanges(sheetModel, withSheetOverrides);
  }, [draft, sheetModel]);

  const updateSettings = (change: (model: HealthModel) => HealthModel): void => setSettings((current) => (current === null ? current : change(current)));
  /** Replaces the selected weight set: the portfolio weights, or the selected segment's own set. */
  const updateWeights = (change: (weights: PerPillar<number>) => PerPillar<number>): void => {
    setSuggestedWeightsLoaded(false);
    updateSettings((model) =>
      weightSet === null
        ? { ...model, pillarWeights: change(model.pillarWeights) }
        : { ...model, segmentWeights: withSegmentWeights(model.segmentWeights, weightSet, change(weightsForSegment(model, weightSet))) },
    );
  };

  const applyToWorkbook = async (): Promise<void> => {
    if (workbook === null || draft === null) return;
    setApply({ status: "running", progress: null });
    try {
      const snapshot = (await port.readUsedRange(workbook.sheet)) ?? workbook.snapshot;
      // Read the sheet again: a user may have edited overrides there since the pane opened, and the pane never edits them.
      const onSheet = (await port.listSheets()).includes(MODEL_SHEET_NAME) ? modelOnSheet(await readSavedModel(port, workbook.data)) : null;
      const author = (await options.readAuthor?.()) ?? messages.changeLog.defaultAuthor;
      const toWrite = { ...draft, overrides: onSheet?.overrides ?? draft.overrides };
      const { model } = versionModel(onSheet, toWrite, { date: today(), author }, messages.changeLog.summary);
      const report = await applyModel(port, {
        sheet: workbook.sheet,
        snapshot,
        model,
        mode: outputMode,
        ...(asOf === undefined ? {} : { asOf }),
        onProgress: (progress) => setApply({ status: "running", progress }),
      });
      setApply({ status: "finished", report });
      if (report.ok) {
        setSaved(model);
        setSheetModel(model);
        updateSettings((current) => ({ ...current, overrides: model.overrides, version: model.version, changeLog: model.changeLog }));
      }
    } catch (error) {
      setApply({ status: "crashed", message: error instanceof Error ? error.message : String(error) });
    }
  };

  return {
    load,
    mapping,
    draft,
    saved,
    sheetModel,
    pendingChanges,
    segments,
    weightSet: weightSet !== null && segments.includes(weightSet) ? weightSet : null,
    suggestedWeightsLoaded,
    validation,
    scores,
    revenueColumn,
    numericColumns: numeric,
    firstRowNumber: workbook?.data.firstRowNumber ?? 2,
    accountNames: draftCache?.ok === true ? draftCache.value.accountNames : [],
    apply,
    outputMode,
    selectedRow,
    actions: {
      setRole: (column: string, role: MappingRole) => setMapping((rows) => setColumnRole(rows, column, role)),
      setMetric: (column: string, metric: Metric) => setMapping((rows) => setColumnMetric(rows, column, metric)),
      addRatio: (numerator: string, denominator: string, pillar: Pillar) => setMapping((rows) => addRatio(rows, numerator, denominator, pillar)),
      setRevenueColumn,
      setWeight: (pillar: Pillar, value: number) => updateWeights((weights) => setPillarWeight(weights, pillar, value)),
      usePreset: (preset: WeightPresetKey) => updateWeights(() => WEIGHT_PRESETS[preset]),
      selectWeightSet: setWeightSet,
      usePortfolioWeights: (segment: string) => updateSettings((model) => ({ ...model, segmentWeights: withoutSegmentWeights(model.segmentWeights, segment) })),
      loadWeights: (weights: PerPillar<number>) => {
        setWeightSet(null);
        updateSettings((model) => ({ ...model, pillarWeights: toPercentWeights(weights) }));
        setSuggestedWeightsLoaded(true);
      },
      setPolicy: (policy: MissingPolicy) => updateSettings((model) => ({ ...model, missingPolicy: policy })),
      setThresholds: (healthy: number, watch: number) => updateSettings((model) => ({ ...model, bands: { ...model.bands, healthy, watch } })),
      setMinCoverage: (share: number) => updateSettings((model) => ({ ...model, minCoverage: share })),
      remap: () => {
        if (workbook === null) return;
        const proposal = withPercentWeights(workbook.proposal.model);
        setMapping(mappingFromModel(workbook.data.headers, proposal, workbook.proposal.columns));
        setSettings(proposal);
      },
      setOutputMode,
      applyToWorkbook,
      selectRow: setSelectedRow,
    },
  };
}

/** Follows the selection on the data sheet and reports the selected row number. */
function useSelectedRow(port: WorkbookPort, sheet: string | null, onRow: (row: number | null) => void): void {
  const onRowRef = useRef(onRow);
  onRowRef.current = onRow;

  useEffect(() => {
    if (sheet === null) return undefined;
    let stop: (() => Promise<void>) | null = null;
    let live = true;
    const readRow = (): void => {
      port
        .readSelectedRow()
        .then((row) => live && row !== null && row.sheet === sheet && onRowRef.current(row.rowNumber))
        .catch((error: unknown) => console.warn("Reading the selected row failed", error));
    };
    port
      .onSelectionChanged(readRow)
      .then((unsubscribe) => {
        if (live) stop = unsubscribe;
        else void unsubscribe();
      })
      .catch((error: unknown) => console.warn("Listening to selection changes failed", error));
    return () => {
      live = false;
      void stop?.();
    };
  }, [port, sheet]);
}

import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { HealthModel, Metric, MissingPolicy } from "../../core/model";
import type { Pillar } from "../../core/pillars";
import type { WorkbookPort } from "../../workbook/port";
import { applyModel, type OutputMode } from "../apply";
import { addRatio, mappingFromModel, modelFromMapping, setColumnMetric, setColumnRole, type ColumnMapping, type MappingRole } from "../mapping/column-mapping";
import { buildPillarCache, comparePortfolios, findRevenueColumn, pillarCacheKey, readRevenue, reassessAccounts } from "../preview";
import { loadWorkbook, type LoadedWorkbook } from "../workbook/load-workbook";
import { WEIGHT_PRESETS, type WeightPresetKey } from "../weights/presets";
import { setPillarWeight, toPercentWeights } from "../weights/rebalance";
import type { ApplyState, DraftScores, LoadState, PaneState } from "./pane-types";

/** Options of the pane. */
export interface PaneOptions {
  /** The as-of date a new model gets (YYYY-MM-DD); the playground passes the sample's date. */
  readonly asOf?: string;
}

/** Returns the model the pane starts from: the restored one, else the proposal, with weights as percents. */
function startingModel(workbook: LoadedWorkbook): HealthModel {
  const model = workbook.saved.status === "restored" ? workbook.saved.model : workbook.proposal.model;
  return { ...model, pillarWeights: toPercentWeights(model.pillarWeights) };
}

/**
 * Holds the pane's state: the workbook read through the port, the column mapping and settings the
 * user edits, the saved model, the live preview and the apply. Metric scores are cached per metric
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
  const asOf = options.asOf;

  const start = useCallback((workbook: LoadedWorkbook, model: HealthModel) => {
    setMapping(mappingFromModel(workbook.data.headers, model, workbook.proposal.columns));
    setSettings(model);
    setSaved(model);
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

  const updateSettings = (change: (model: HealthModel) => HealthModel): void => setSettings((current) => (current === null ? current : change(current)));

  const applyToWorkbook = async (): Promise<void> => {
    if (workbook === null || draft === null) return;
    setApply({ status: "running", progress: null });
    try {
      const snapshot = (await port.readUsedRange(workbook.sheet)) ?? workbook.snapshot;
      const report = await applyModel(port, {
        sheet: workbook.sheet,
        snapshot,
        model: draft,
        mode: outputMode,
        ...(asOf === undefined ? {} : { asOf }),
        onProgress: (progress) => setApply({ status: "running", progress }),
      });
      setApply({ status: "finished", report });
      if (report.ok) setSaved(draft);
    } catch (error) {
      setApply({ status: "crashed", message: error instanceof Error ? error.message : String(error) });
    }
  };

  return {
    load,
    mapping,
    draft,
    saved,
    scores,
    revenueColumn,
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
      setWeight: (pillar: Pillar, value: number) => updateSettings((model) => ({ ...model, pillarWeights: setPillarWeight(model.pillarWeights, pillar, value) })),
      usePreset: (preset: WeightPresetKey) => updateSettings((model) => ({ ...model, pillarWeights: WEIGHT_PRESETS[preset] })),
      setPolicy: (policy: MissingPolicy) => updateSettings((model) => ({ ...model, missingPolicy: policy })),
      setThresholds: (healthy: number, watch: number) => updateSettings((model) => ({ ...model, bands: { ...model.bands, healthy, watch } })),
      setMinCoverage: (share: number) => updateSettings((model) => ({ ...model, minCoverage: share })),
      remap: () => {
        if (workbook === null) return;
        const proposal = { ...workbook.proposal.model, pillarWeights: toPercentWeights(workbook.proposal.model.pillarWeights) };
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

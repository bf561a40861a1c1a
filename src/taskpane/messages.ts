/**
 * Every text the task pane shows, in one place so it can be reviewed and translated. Scores,
 * band labels, diagnoses and explanations come from the core and read the same on every surface.
 */
import type { Pillar } from "../core/pillars";
import type { MappingRole } from "./mapping/column-mapping";
import type { ApplyStep } from "./apply";
import type { WeightPresetKey } from "./weights/presets";
import type { MethodKind, MissingPolicy } from "../core/model";

const integer = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat("en-US", { minimumFractionDigits: 1, maximumFractionDigits: 1 });

export const messages = {
  title: "Health Model",
  loading: "Reading the workbook…",
  noData: "No sheet with data was found. Open the sheet that holds one row per account, then reopen the pane.",
  loadFailed: (reason: string) => `The workbook could not be read: ${reason}`,
  tabs: { map: "Map", weights: "Weights", apply: "Apply", account: "Account" },
  tabListLabel: "Health model views",

  saved: {
    missing: "No model sheet yet: the mapping below is a proposal from the headers and values. Apply to save it.",
    damaged: "The model sheet could not be read, so the pane starts from a new proposal. Check the mapping and apply to rewrite the sheet.",
    mismatch: "The saved model names columns this sheet does not have. Re-map the columns and apply to rewrite the model sheet.",
    restored: "Model restored from the model sheet.",
    applied: "Model saved to the model sheet.",
    remap: "Re-map from the data",
  },

  map: {
    heading: (sheet: string) => `Columns of ${sheet}`,
    role: "Role",
    pillar: "Pillar",
    method: "Method",
    direction: "Direction",
    weight: "Weight in pillar",
    parameters: "Parameters",
    parametersHelp: "key=value pairs separated by semicolons, as on the model sheet",
    sample: (values: readonly string[]) => (values.length === 0 ? "No values" : `e.g. ${values.join(", ")}`),
    denominatorOf: (numerator: string) => `Denominator of ${numerator}`,
    revenueColumn: "Revenue column for the preview",
    noRevenue: "None",
    emptyPillar: (pillar: Pillar) => `${pillar} has no metric, so it has no data for any account. Map a column to it or set its weight to 0.`,
    ratio: {
      heading: "Ratio builder",
      numerator: "Numerator",
      denominator: "Denominator",
      pillar: "Pillar",
      add: "Add ratio",
      summary: (numerator: string, denominator: string) => `${numerator} ÷ ${denominator}`,
      sameColumn: "Pick two different columns.",
    },
    columnLabel: (column: string, field: string) => `${field} of ${column}`,
  },

  roles: {
    metric: "Metric",
    account: "Account name",
    segment: "Segment",
    outcome: "Outcome",
    denominator: "Ratio denominator",
    ignored: "Ignored",
  } satisfies Record<MappingRole, string>,

  methods: {
    percentile: "Percentile",
    minmax: "Min–max",
    target: "Target",
    thresholds: "Thresholds",
    tiers: "Tiers",
    zscore: "Z-score",
    scale: "Scale",
    category: "Category",
    recency: "Recency",
    ratio: "Ratio",
  } satisfies Record<MethodKind, string>,

  directions: { higher: "Higher is better", lower: "Lower is better" },

  weights: {
    heading: "Pillar weights",
    rule: "Weights always total 100. Moving one pillar shares the rest among the others in proportion to their current weights.",
    total: (total: number) => `Total ${integer.format(total)}`,
    slider: (pillar: Pillar) => `${pillar} weight`,
    input: (pillar: Pillar) => `${pillar} weight, percent`,
    presets: "Presets",
    policy: "Missing-data policy",
    healthy: "Healthy at or above",
    watch: "Watch at or above",
    minCoverage: "Minimum coverage (%)",
    invalidThresholds: "The Watch threshold must be below the Healthy threshold.",
  },
  presets: { equal: "Equal", outcomeLed: "Outcome-led", adoptionLed: "Adoption-led" } satisfies Record<WeightPresetKey, string>,
  policies: {
    redistribute: "Redistribute its weight",
    neutral: "Count it as 50",
    penalize: "Count it as 0",
    median: "Count it as the portfolio median",
  } satisfies Record<MissingPolicy, string>,

  preview: {
    heading: "Preview",
    bandsCaption: "Accounts per band, saved model and draft",
    band: "Band",
    saved: "Saved",
    draft: "Draft",
    insufficient: "Insufficient data",
    changes: (count: number, up: number, down: number) =>
      count === 0 ? "No account changes band." : `${integer.format(count)} accounts change band: ${integer.format(up)} up, ${integer.format(down)} down.`,
    changedRevenue: (total: number, column: string) => `${column} of the accounts that change band: ${integer.format(total)}.`,
    changesCaption: "Accounts that change band",
    account: "Account",
    from: "From",
    to: "To",
    revenue: "Revenue",
    row: (row: number) => `Row ${row}`,
    moreChanges: (count: number) => `and ${integer.format(count)} more`,
    driversCaption: "How often each pillar is the driver",
    pillar: "Pillar",
    notScored: "The draft cannot score this sheet:",
  },

  apply: {
    heading: "Apply to the workbook",
    explain: "Writes the model sheet, then the output columns after your data. Your columns are never overwritten, and applying again replaces the earlier outputs.",
    mode: "Output columns",
    formulas: "Live HEALTH formulas (recalculate when the model sheet changes)",
    values: "Values",
    button: "Apply",
    progressLabel: "Apply progress",
    step: {
      modelSheet: "Writing the model sheet…",
      outputs: "Writing the output columns…",
      numberFormats: "Formatting the output columns…",
      conditionalFormats: "Coloring the bands…",
    } satisfies Record<ApplyStep, string>,
    rows: (written: number, total: number) => `${integer.format(written)} of ${integer.format(total)} rows`,
    done: (rows: number, address: string, mode: "formulas" | "values") =>
      `Applied to ${integer.format(rows)} accounts: outputs in ${address} as ${mode === "formulas" ? "live formulas" : "values"}.`,
    fellBack: "Formulas cannot yet reproduce this missing-data policy or minimum coverage, so the outputs were written as values.",
    stepName: {
      modelSheet: "the model sheet",
      outputs: "the output columns",
      numberFormats: "the number formats",
      conditionalFormats: "the conditional formats",
    } satisfies Record<ApplyStep, string>,
    failed: (step: string, completed: readonly string[], rows: number, reason: string) =>
      `Apply stopped while writing ${step}: ${reason} Already written: ${completed.length === 0 ? "nothing" : completed.join(", ")}${rows > 0 ? ` and ${integer.format(rows)} output rows` : ""}. Apply again to finish.`,
    blocked: "The model cannot score this sheet, so nothing was written:",
    issues: (count: number) => `${integer.format(count)} cells could not be read and count as missing.`,
  },

  account: {
    heading: "Account",
    pick: "Select a cell in an account's row to see its scores.",
    notData: (row: number) => `Row ${row} is not an account row of the data.`,
    chartLabel: "Pillar scores",
    noData: "no data",
    score: "Health score",
    band: "Band",
    driver: "Driver",
    gap: "Gap",
    coverage: "Coverage",
    diagnosis: "Diagnosis",
    explanation: "Explanation",
    none: "None",
    row: (row: number) => `Row ${row}`,
  },

  formatScore: (score: number) => oneDecimal.format(score),
  formatCount: (count: number) => integer.format(count),
  formatPercent: (share: number) => `${integer.format(share * 100)}%`,
} as const;

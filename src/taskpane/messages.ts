/**
 * Every text the task pane shows, in one place so it can be reviewed and translated. Scores,
 * band labels, diagnoses and explanations come from the core and read the same on every surface.
 */
import type { Pillar } from "../core/pillars";
import type { MappingRole } from "./mapping/column-mapping";
import type { ApplyStep, FormulaFallbackReason } from "./apply";
import type { WeightPresetKey } from "./weights/presets";
import type { MethodKind, MissingPolicy } from "../core/model";
import type { OutcomePolarity } from "../core/backtest";
import { joinNames } from "../core/messages/explanation";
import type { ModelChange } from "./versions/model-version";

const integer = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat("en-US", { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const weightFormat = new Intl.NumberFormat("en-US", { maximumFractionDigits: 1 });
const twoDecimals = new Intl.NumberFormat("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const percent = new Intl.NumberFormat("en-US", { style: "percent", maximumFractionDigits: 1 });
const weightOrder = (weights: { readonly Engagement: number; readonly Satisfaction: number; readonly Adoption: number; readonly Outcomes: number }): string =>
  [weights.Engagement, weights.Satisfaction, weights.Adoption, weights.Outcomes].map((weight) => integer.format(weight)).join("/");

export const messages = {
  title: "Health Model",
  loading: "Reading the workbook…",
  noData: "No sheet with data was found. Open the sheet that holds one row per account, then reopen the pane.",
  loadFailed: (reason: string) => `The workbook could not be read: ${reason}`,
  tabs: { map: "Map", weights: "Weights", apply: "Apply", account: "Account", validate: "Validate" },
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
      pickColumn: "Pick a numeric column",
      pickBoth: "Pick a numerator and a denominator. Only columns whose values are mostly numbers are listed.",
      sameColumn: "Pick two different columns.",
      tooFewColumns: (count: number) => `A ratio needs two columns whose values are mostly numbers, and this sheet has ${integer.format(count)}.`,
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
    weightSet: "Weights for",
    allAccounts: "All accounts",
    segmentOption: (segment: string, own: boolean) => (own ? `${segment} (own weights)` : segment),
    usesPortfolio: (segment: string) => `${segment} uses the portfolio weights. Moving a slider gives it its own set.`,
    ownSet: (segment: string) => `${segment} has its own weights, which total 100 like the portfolio's.`,
    usePortfolio: "Use portfolio weights",
    suggestedLoaded: "The suggested weights are loaded. Nothing is saved until you apply.",
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
    fellBack: {
      segmentWeights: "Segment weight sets apply per account, which the formulas do not take yet, so the outputs were written as values.",
      overrides: "An active override replaces an account's score, band and explanation, which the formulas cannot do yet, so the outputs were written as values.",
    } satisfies Record<FormulaFallbackReason, string>,
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
    versionHeading: "Model version",
    noVersion: "The workbook has no model sheet yet. Applying saves this model as version 1.",
    version: (version: number) => `Version ${integer.format(version)} is on the model sheet.`,
    lastChange: (date: string, author: string, change: string) => `Last change, ${date} by ${author}: ${change}`,
    pending: (version: number, summary: string) => `Applying saves version ${integer.format(version)}: ${summary}`,
    noPending: "The model matches the model sheet, so applying keeps the version and rewrites the outputs only.",
  },

  changeLog: {
    defaultAuthor: "Task pane",
    summary: (changes: readonly ModelChange[]) => `${changes.map(describeChange).join("; ")}.`,
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
    overrideHeading: "Override",
    overrideBand: "Band shown",
    overrideScore: "Score shown",
    computedBand: "Computed band",
    computedScore: "Computed score",
    overrideOwner: "Overridden by",
    overrideReason: "Reason",
    overrideUntil: "Until",
    overrideWhere: (table: string) => `Overrides are edited in the ${table} table on the Health Model sheet. The pane reads them when it opens and before each apply.`,
  },

  validate: {
    heading: "Validate against outcomes",
    explain: "Checks how well the draft model's scores separated the accounts that churned from those that stayed. Nothing here changes the model.",
    column: "Outcome column",
    pickColumn: "Pick a column",
    noColumn: "Pick the column that records whether each account churned or renewed.",
    polarity: "A yes in this column means",
    polarities: { churn: "The account churned", renewal: "The account renewed" } satisfies Record<OutcomePolarity, string>,
    counts: (churned: number, retained: number) => `${integer.format(churned)} churned and ${integer.format(retained)} retained accounts have a score.`,
    leftOut: (unscored: number, missing: number, excluded: number) =>
      `Left out: ${integer.format(unscored)} with insufficient data, ${integer.format(missing)} with no outcome, ${integer.format(excluded)} with another value.`,
    excludedValues: (labels: readonly (readonly [string, number])[]) => `Other values: ${labels.map(([label, count]) => `${label} (${integer.format(count)})`).join(", ")}.`,
    aucCaption: "AUC: the chance that a churned account scores lower than a retained one (0.5 is chance, 1 is perfect)",
    score: "Score",
    auc: "AUC",
    standardError: "± SE",
    healthScore: "Health score",
    noAuc: "n/a",
    chartLabel: "Churn rate per band",
    bandRate: (label: string, rate: number | null, churned: number, accounts: number) =>
      rate === null ? `${label}: no accounts` : `${label}: ${percent.format(rate)} churned (${integer.format(churned)} of ${integer.format(accounts)})`,
    rateText: (rate: number | null, churned: number, accounts: number) =>
      rate === null ? "no accounts" : `${percent.format(rate)} (${integer.format(churned)} of ${integer.format(accounts)})`,
    lift: (ratio: number, atRisk: string, healthy: string) => `Lift ${twoDecimals.format(ratio)}: ${atRisk} accounts churned ${twoDecimals.format(ratio)} times as often as ${healthy} ones.`,
    healthyChurnedHeading: (healthy: string) => `${healthy} accounts that churned anyway`,
    noHealthyChurned: (healthy: string) => `No ${healthy} account churned.`,
    openAccount: (name: string) => `Open ${name} in the Account view`,
    suggestHeading: "Suggested weights",
    suggestExplain: "A search over pillar weights for the highest AUC on this data. It is advice: the current weights stay until you use the suggestion and apply.",
    suggest: "Suggest weights",
    suggesting: "Searching weights…",
    suggestFailed: (reason: string) => `The weight search failed: ${reason}`,
    noSuggestion: "No weights can be suggested, because the scored accounts include no churned or no retained account.",
    weightsCaption: "Pillar weights, current and suggested",
    pillar: "Pillar",
    current: "Current",
    suggested: "Suggested",
    aucComparisonCaption: "AUC of the current and suggested weights",
    inSample: "In sample",
    outOfSample: (folds: number) => `Out of sample (${integer.format(folds)} folds)`,
    redistributes: "The search scores a missing pillar by sharing its weight among the others, whatever the model's missing-data policy, so its current AUC can differ from the health score's above.",
    segmentsIgnored: "Segment weight sets are not part of the search; it suggests one set for all accounts.",
    useSuggested: "Use suggested weights",
  },

  formatScore: (score: number) => oneDecimal.format(score),
  formatCount: (count: number) => integer.format(count),
  formatWeight: (weight: number) => weightFormat.format(weight),
  formatPercent: (share: number) => `${integer.format(share * 100)}%`,
} as const;

/** Words one model change for the change log, such as "weights 25/25/25/25 → 20/20/20/40". */
function describeChange(change: ModelChange): string {
  switch (change.kind) {
    case "created":
      return "Created the model";
    case "mapping": {
      const parts = [
        change.added.length > 0 ? `added ${joinNames(change.added)}` : null,
        change.removed.length > 0 ? `removed ${joinNames(change.removed)}` : null,
        change.edited.length > 0 ? `changed ${joinNames(change.edited)}` : null,
        change.roles.length > 0 ? `new role for ${joinNames(change.roles)}` : null,
      ];
      return `Mapping: ${parts.filter((part) => part !== null).join(", ")}`;
    }
    case "weights":
      return `Weights (E/S/A/O) ${weightOrder(change.before)} → ${weightOrder(change.after)}`;
    case "segmentWeights":
      return `Segment weights for ${joinNames(change.segments)}`;
    case "thresholds":
      return `Thresholds ${integer.format(change.before.healthy)}/${integer.format(change.before.watch)} → ${integer.format(change.after.healthy)}/${integer.format(change.after.watch)}`;
    case "bandLabels":
      return "Band labels";
    case "policy":
      return `Missing-data policy ${change.before} → ${change.after}`;
    case "coverage":
      return `Minimum coverage ${integer.format(change.before * 100)}% → ${integer.format(change.after * 100)}%`;
    case "asOf":
      return `As-of date ${change.before ?? "scoring date"} → ${change.after ?? "scoring date"}`;
    case "other":
      return "Other model settings";
  }
}

import { suggestWeights, type WeightSuggestion } from "../core/backtest";
import { formatBacktestWarning, formatValidation } from "../core/messages/backtest";
import { PILLARS } from "../core/pillars";
import { alignAccountRows, blockArgument, readOutcomeRows, readPillarRows, vectorArgument } from "./account-rows";
import { defineFunction, type ResultCell } from "./define-function";
import { TABLE_LABELS } from "./messages";

/** The size of the table HEALTH.SUGGESTWEIGHTS spills, whatever the data. */
export const SUGGESTION_TABLE_SIZE = { columns: 3, rows: 9 } as const;

/**
 * HEALTH.SUGGESTWEIGHTS: pillar weights that would have separated churned from retained accounts
 * best, beside the current weights, as advice; it changes nothing. It spills a header row and
 * three columns (label, suggested, current), always 9 rows: the four pillar weights in points
 * summing to 100, the churn AUC of the composite under each set in sample and out of sample, how
 * the suggestion was validated, and warnings.
 *
 * Method: the core's `suggestWeights`, a search over the weight simplex in 5-point steps that
 * maximises the AUC of the composite under the redistribute policy and `min_coverage`, validated
 * by stratified 5-fold cross-validation with seed 1, so the same cells always give the same advice.
 *
 * Cost: the search scores every account about 1,800 times (one O(n log n) sweep per weight set),
 * so it is the slowest HEALTH function. The core's `suggestWeights` records 1.8–3.7 s for 7,043
 * accounts on a 2-core container under Node 20.
 *
 * @example healthSuggestWeights(B2:E500, F2:F500, HealthWeights) // Engagement | 40 | 25, …
 */
export const healthSuggestWeights = defineFunction(
  [
    { name: "pillar_scores", kind: "pillarBlock" },
    { name: "outcomes", kind: "vector" },
    { name: "current_weights", kind: "pillarWeights", optional: true },
    { name: "min_coverage", kind: "minCoverage", optional: true },
  ],
  (pillarBlock, outcomeCells, currentWeights, minCoverage) => {
    const rows = alignAccountRows([blockArgument("pillar_scores", pillarBlock), vectorArgument("outcomes", outcomeCells)], pillarBlock[0] ?? [], outcomeCells);
    const suggestion = suggestWeights({
      pillars: readPillarRows("pillar_scores", pillarBlock, rows),
      outcomes: readOutcomeRows(outcomeCells, rows).outcomes,
      currentWeights,
      minCoverage,
    });
    return suggestionTable(suggestion);
  },
);

/** Lays the suggestion out under a header row, in a fixed order and number of rows. */
function suggestionTable(suggestion: WeightSuggestion): ResultCell[][] {
  const { inSample, outOfSample } = suggestion;
  return [
    ["", TABLE_LABELS.suggested, TABLE_LABELS.current],
    ...PILLARS.map((pillar) => [pillar, suggestion.suggested?.[pillar] ?? "", suggestion.current[pillar]]),
    [TABLE_LABELS.inSampleAuc, inSample.suggested?.auc ?? "", inSample.current?.auc ?? ""],
    [TABLE_LABELS.outOfSampleAuc, outOfSample.suggested ?? "", outOfSample.current ?? ""],
    [TABLE_LABELS.validation, formatValidation(suggestion.validation), ""],
    [TABLE_LABELS.warnings, suggestion.warnings.map(formatBacktestWarning).join(" "), ""],
  ];
}

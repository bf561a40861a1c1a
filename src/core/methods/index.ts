/**
 * The metric methods: how a raw value becomes a 0–100 metric score. Column functions take one
 * Float64Array per metric (NaN = missing) and the row groups of its populations.
 */

// Population-based: the score depends on the other accounts' values.
export { percentileRankSorted, percentileScores } from "./percentile";
export { fixedBounds, minMaxScore, minMaxScores, type MinMaxBounds } from "./minmax";
export { momentsOfSorted, zScoreScore, zScoreScores, type Moments } from "./zscore";

// Fixed: the score depends on the value and the method's parameters only.
export { targetScore, targetScores } from "./target";
export { assertBreakpoints, thresholdsScore, thresholdsScores, type Breakpoint } from "./thresholds";
export { assertTiers, tiersScore, tiersScores } from "./tiers";
export { scaleScore, scaleScores } from "./scale";
export { categoryLabels, categoryLookup, categoryScore } from "./category";
export { daysSince, recencyScores } from "./recency";
export { ratioOf } from "./ratio";

// Dispatch and single values.
export { needsPopulation, scoreNumbers } from "./numeric";
export { scoreRatioValue, scoreValue, type ValueIssue, type ValueScore } from "./score-value";

// Building blocks.
export { everyRow, groupRowsBySegment, scoreByPopulation, scoreEach, sortPresentValues, type RowGroups } from "./population";
export { standardNormalCdf } from "./normal-cdf";
export { countAtOrBelow, countBelow } from "./sorted-search";

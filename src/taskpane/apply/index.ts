/** Applying a model to a workbook through the port; the task pane and tests share it. */
export { applyModel, APPLY_STEPS, type ApplyProgress, type ApplyReport, type ApplyRequest, type ApplyStep, type AppliedReport, type FailedApplyReport, type OutputMode } from "./apply-model";
export { locateOutputs, findOutputRun, type OutputLocation } from "./output-location";
export { formulaFallbackReason, formulasMatchCore, outputFormulaRow, outputLetters, bandLabelsReference, type FormulaFallbackReason } from "./output-formulas";
export { pillarMediansBlock, writePillarMedians, PILLAR_MEDIANS_LABELS, PILLAR_MEDIANS_NAME, type PillarMediansBlock } from "./pillar-medians";
export { writeModelSheet } from "./model-sheet-writer";
export { bandConditionalFormats, scoreConditionalFormats, CONDITIONAL_FORMAT_TAGS, BAND_COLORS } from "./conditional-formats";

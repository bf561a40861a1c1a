/** Applying a model to a workbook through the port; the task pane and tests share it. */
export { applyModel, APPLY_STEPS, type ApplyProgress, type ApplyReport, type ApplyRequest, type ApplyStep, type AppliedReport, type FailedApplyReport, type OutputMode } from "./apply-model";
export { locateOutputs, findOutputRun, type OutputLocation } from "./output-location";
export { formulasMatchCore, outputFormulaRow, outputLetters, bandLabelsReference } from "./output-formulas";
export { writeModelSheet } from "./model-sheet-writer";
export { bandConditionalFormats, scoreConditionalFormats, CONDITIONAL_FORMAT_TAGS, BAND_COLORS } from "./conditional-formats";

/** Writing the scored workbook: the copied data, the output columns and the model sheet. */
import { writeAtomically } from "./atomic-write";
import { checkOutputPath } from "./output-path";
import { buildScoredWorkbook, type ScoredWorkbookInput } from "./scored-workbook";

export { defaultOutputPath, checkOutputExtension, checkOutputPath } from "./output-path";
export { writeAtomically } from "./atomic-write";
export { buildScoredWorkbook, lastUsedColumn, type ScoredWorkbookInput } from "./scored-workbook";
export { addModelWorksheet } from "./model-worksheet";

/** The contents and the path of the workbook `writeScoredWorkbook` writes. */
export interface ScoredWorkbookFile extends ScoredWorkbookInput {
  readonly inputPath: string;
  readonly outputPath: string;
  /** Replace an existing output; the input is never replaced. */
  readonly force: boolean;
}

/**
 * Writes the scored workbook atomically, after checking that the output is not the input and
 * that it replaces an existing file only with `force`.
 *
 * @throws CliError when the output path is not allowed or the write fails
 */
export async function writeScoredWorkbook(file: ScoredWorkbookFile): Promise<void> {
  checkOutputPath(file.inputPath, file.outputPath, file.force);
  const workbook = buildScoredWorkbook(file);
  await writeAtomically(file.outputPath, async (path) => workbook.xlsx.writeFile(path), file.force);
}

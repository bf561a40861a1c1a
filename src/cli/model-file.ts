import { readFileSync } from "node:fs";
import { proposeModel } from "../core/automap";
import type { Issue } from "../core/issues";
import { formatIssue } from "../core/messages/issues";
import type { HealthModel } from "../core/model";
import { MODEL_SHEET_NAME, modelFromSheet } from "../core/model-sheet";
import { normalizeModel } from "../core/normalize-model";
import type { Result } from "../core/result";
import type { Table } from "../core/table";
import { CliError } from "./cli-error";
import { OPTION_ERRORS } from "./messages";
import { readXlsxGrid } from "./read/xlsx-grid";

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

/**
 * Loads the model given with `--model`: a JSON file in the shape `map` prints, or a workbook
 * whose "Health Model" sheet contains the model (such as a workbook this command wrote).
 *
 * @throws CliError when the file cannot be read or parsed, or with one reason per model issue,
 *   each worded by `formatIssue`
 */
export async function loadModelFile(path: string): Promise<HealthModel> {
  const bytes = readModelBytes(path);
  const result = ZIP_MAGIC.every((byte, index) => bytes[index] === byte) ? await modelFromWorkbook(bytes, path) : modelFromJson(bytes, path);
  if (!result.ok) throw new CliError(result.issues.map(formatIssue));
  return result.value;
}

/** A model to score with, and the problems the mapping found when it was proposed from the headers. */
export interface ModelChoice {
  readonly model: HealthModel;
  readonly issues: readonly Issue[];
}

/**
 * Loads the `--model` file when one is given, else proposes a model from the table's headers
 * and values, as `map` prints it.
 *
 * @param asOf the `--as-of` date, which a proposed model records for its recency metrics
 * @throws CliError when the model file is not usable
 */
export async function chooseModel(table: Table, modelPath: string | undefined, asOf: string | undefined): Promise<ModelChoice> {
  if (modelPath !== undefined) return { model: await loadModelFile(modelPath), issues: [] };

  const proposal = proposeModel(table, asOf === undefined ? {} : { asOf });
  return { model: proposal.model, issues: proposal.issues };
}

function readModelBytes(path: string): Buffer {
  try {
    return readFileSync(path);
  } catch (error) {
    const code = typeof error === "object" && error !== null && "code" in error ? String(error.code) : "";
    if (code === "ENOENT") throw new CliError(OPTION_ERRORS.modelNotFound(path));
    throw new CliError(OPTION_ERRORS.modelUnreadable(path, error instanceof Error ? error.message : String(error)));
  }
}

function modelFromJson(bytes: Buffer, path: string): Result<HealthModel> {
  let json: unknown;
  try {
    json = JSON.parse(bytes.toString("utf8").replace(/^\uFEFF/, ""));
  } catch (error) {
    throw new CliError(OPTION_ERRORS.modelNotJson(path, error instanceof Error ? error.message : String(error)));
  }
  return normalizeModel(json);
}

async function modelFromWorkbook(bytes: Buffer, path: string): Promise<Result<HealthModel>> {
  const { cells } = await readXlsxGrid(bytes, path, MODEL_SHEET_NAME);
  return modelFromSheet(cells);
}

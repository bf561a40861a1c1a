/** Shared setup of the pane's component tests: jsdom gaps, the sample workbook and the core's reading of it. */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render } from "@testing-library/react";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { TextDecoder, TextEncoder } from "node:util";
import type { HealthModel } from "../../src/core/model";
import { MODEL_SHEET_NAME, modelFromSheet } from "../../src/core/model-sheet";
import { scorePortfolio, type PortfolioScores } from "../../src/core/score";
import { SAMPLE_AS_OF, workbookFromCsv } from "../../src/playground/sample-workbook";
import { App, type PaneView } from "../../src/taskpane/components/App";
import type { PaneOptions } from "../../src/taskpane/state/use-pane-state";
import { loadWorkbook, type LoadedWorkbook } from "../../src/taskpane/workbook/load-workbook";
import type { MemoryWorkbook } from "../../src/workbook/memory";

// jsdom 20 has no TextEncoder or TextDecoder, which the CSV reader uses; Node's are the same API.
Object.assign(globalThis, { TextEncoder, TextDecoder });

/** jsdom lays nothing out, so Fluent's tab list, which watches its size, gets an observer that never reports. */
class UnchangingResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
Object.assign(globalThis, { ResizeObserver: UnchangingResizeObserver });

/** The bundled sample: 400 accounts with a Segment column and a Yes/No "Churned" column. */
export const SAMPLE_CSV = readFileSync(join(__dirname, "../../samples/portfolio.csv"), "utf8");

export function sampleWorkbook(): MemoryWorkbook {
  return workbookFromCsv(SAMPLE_CSV);
}

export function renderPane(workbook: MemoryWorkbook, initialView: PaneView = "map", options: Omit<PaneOptions, "asOf"> = {}) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <App port={workbook} asOf={SAMPLE_AS_OF} initialView={initialView} {...options} />
    </FluentProvider>,
  );
}

/** Loads the sample as the pane does, for the data table and the proposed model. */
export async function loadSample(workbook: MemoryWorkbook = sampleWorkbook()): Promise<LoadedWorkbook> {
  const loaded = await loadWorkbook(workbook, { asOf: SAMPLE_AS_OF });
  if (loaded === null) throw new Error("the sample did not load");
  return loaded;
}

/** Scores the sample's data with the core, failing the test when it does not score. */
export function coreScores(loaded: LoadedWorkbook, model: HealthModel): PortfolioScores {
  const scored = scorePortfolio(loaded.data, model, { asOf: SAMPLE_AS_OF });
  if (!scored.ok) throw new Error("the sample does not score");
  return scored.value;
}

/** Reads the model sheet back to a model. */
export async function readModelSheet(workbook: MemoryWorkbook): Promise<HealthModel> {
  const sheet = await workbook.readUsedRange(MODEL_SHEET_NAME);
  if (sheet === null) throw new Error("no model sheet");
  const read = modelFromSheet([sheet.headers, ...sheet.rows]);
  if (!read.ok) throw new Error(`the model sheet does not read back: ${JSON.stringify(read.issues)}`);
  return read.value;
}

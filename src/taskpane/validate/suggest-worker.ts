/**
 * The Web Worker that runs `suggestWeights` for the Validate view: it receives the search input,
 * posts back the suggestion or the error message, and the pane terminates it after one run.
 */
import { suggestWeights, type SuggestWeightsInput } from "../../core/backtest";
import type { SuggestWorkerReply } from "./suggest-runner";

/** The worker's global scope, as far as this script uses it; the project's DOM typings describe a window. */
interface WorkerScope {
  onmessage: ((event: MessageEvent<SuggestWeightsInput>) => void) | null;
  postMessage(message: SuggestWorkerReply): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
  try {
    scope.postMessage({ ok: true, suggestion: suggestWeights(event.data) });
  } catch (error) {
    scope.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) });
  }
};

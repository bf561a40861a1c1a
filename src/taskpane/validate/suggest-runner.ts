import { suggestWeights, type SuggestWeightsInput, type WeightSuggestion } from "../../core/backtest";

/** Runs `suggestWeights` outside the render that requested it and resolves with its result. */
export type SuggestRunner = (input: SuggestWeightsInput) => Promise<WeightSuggestion>;

/**
 * Runs `suggestWeights` on the main thread after a timer, so the pane paints its spinner first.
 * The search itself is one synchronous call, so the pane does not respond while it runs. The
 * core documents 1.8–3.7 s for 7,043 accounts on 2 cores, and the 400-account sample took about
 * 0.4 s under Jest on the same kind of machine. The Excel pane and the playground use
 * `workerSuggestRunner` instead; this runner is the fallback where no Worker exists, as in jsdom.
 */
export const suggestAfterPaint: SuggestRunner = (input) =>
  new Promise((resolve, reject) => {
    setTimeout(() => {
      try {
        resolve(suggestWeights(input));
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    }, 0);
  });

/** The message a suggestion worker posts back. */
export type SuggestWorkerReply = { readonly ok: true; readonly suggestion: WeightSuggestion } | { readonly ok: false; readonly message: string };

/** The part of a Web Worker the runner uses. */
export interface SuggestWorker {
  postMessage(message: SuggestWeightsInput): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<SuggestWorkerReply>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

/**
 * Runs `suggestWeights` in a Web Worker, one worker per run, so the pane stays responsive while
 * the search runs. When the worker cannot start, the run falls back to `suggestAfterPaint`.
 *
 * @param createWorker starts a worker running suggest-worker.ts
 */
export function workerSuggestRunner(createWorker: () => SuggestWorker): SuggestRunner {
  return (input) => {
    let worker: SuggestWorker;
    try {
      worker = createWorker();
    } catch (error) {
      console.warn("The suggestion worker did not start, so the search runs on the main thread", error);
      return suggestAfterPaint(input);
    }

    return new Promise((resolve, reject) => {
      worker.onmessage = (event) => {
        worker.terminate();
        if (event.data.ok) resolve(event.data.suggestion);
        else reject(new Error(event.data.message));
      };
      worker.onerror = (event) => {
        worker.terminate();
        reject(new Error(event.message));
      };
      worker.postMessage(input);
    });
  };
}

/** The Validate view's backtest and suggested weights: pure functions and runners, tested without React. */
export { backtestDraft, suggestionInput, type DraftBacktest } from "./backtest-draft";
export { suggestAfterPaint, workerSuggestRunner, type SuggestRunner, type SuggestWorker, type SuggestWorkerReply } from "./suggest-runner";

import type { SuggestWorker } from "./suggest-runner";

/** Starts a Web Worker that runs suggest-worker.ts. */
export function createSuggestWorker(): SuggestWorker;

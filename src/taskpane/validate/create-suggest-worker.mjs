/* global Worker, URL */
/**
 * Starts the worker that runs the weight search. Webpack bundles suggest-worker.ts as its own
 * chunk from the `new Worker(new URL(..., import.meta.url))` pattern. This file is JavaScript
 * because the project's TypeScript settings (CommonJS modules, for Jest) reject `import.meta`.
 * Only the bundled entry points import it; the jsdom tests use the main-thread runner.
 */
export function createSuggestWorker() {
  return new Worker(new URL("./suggest-worker.ts", import.meta.url));
}

import { mkdirSync, writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { join, resolve } from "node:path";
import { measureApply } from "./apply";
import { measureBundles } from "./bundles";
import { measureCli } from "./cli";
import { measureCoreScoring } from "./core-scoring";
import { formatFigure, type Figure } from "./figure";
import { measureFunctionCalls } from "./functions-calls";
import { measurePerCell } from "./per-cell";

/** The path of the last run's JSON, relative to the project root. */
const RESULTS_FILE = join("bench", "results", "latest.json");

/** The measurements in the order they run, by the name that selects them on the command line. */
const MEASUREMENTS: readonly { readonly name: string; readonly measure: () => Figure[] | Promise<Figure[]> }[] = [
  { name: "core", measure: measureCoreScoring },
  { name: "per-cell", measure: measurePerCell },
  { name: "functions", measure: measureFunctionCalls },
  { name: "apply", measure: measureApply },
  { name: "cli", measure: measureCli },
  { name: "bundle", measure: measureBundles },
];

/**
 * Runs the benchmarks and prints one line per figure, then writes every figure to
 * bench/results/latest.json. Arguments select measurements by name (`npm run bench -- core cli`);
 * none runs them all. Run it from the project root.
 */
async function main(): Promise<void> {
  const selected = process.argv.slice(2);
  const unknown = selected.filter((name) => !MEASUREMENTS.some((measurement) => measurement.name === name));
  if (unknown.length > 0) {
    throw new Error(`Unknown measurement ${unknown.join(", ")}: choose from ${MEASUREMENTS.map((measurement) => measurement.name).join(", ")}`);
  }

  const figures: Figure[] = [];
  const started = process.hrtime.bigint();
  for (const { name, measure } of MEASUREMENTS) {
    if (selected.length > 0 && !selected.includes(name)) continue;
    process.stderr.write(`bench: measuring ${name}\n`);
    const measured = await measure();
    measured.forEach((item) => process.stdout.write(`${formatFigure(item)}\n`));
    figures.push(...measured);
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;

  const path = resolve(RESULTS_FILE);
  mkdirSync(resolve("bench", "results"), { recursive: true });
  writeFileSync(path, `${JSON.stringify({ date: new Date().toISOString(), seconds, machine: machineSummary(), figures }, null, 2)}\n`);
  const missed = figures.filter((item) => item.met === false).map((item) => item.name);
  process.stdout.write(`\n${figures.length} figures in ${seconds.toFixed(0)} s; targets missed: ${missed.length === 0 ? "none" : missed.join(", ")}\n`);
  process.stdout.write(`Wrote ${path}\n`);
}

function machineSummary(): { node: string; cpus: number; cpuModel: string; memoryBytes: number } {
  const list = cpus();
  return { node: process.version, cpus: list.length, cpuModel: list[0]?.model ?? "unknown", memoryBytes: totalmem() };
}

main().catch((error: unknown) => {
  process.stderr.write(`bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});

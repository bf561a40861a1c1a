/**
 * Preloaded with `node --require` into a child process: on exit it writes the process's peak
 * resident set size in bytes to the file named by HEALTH_BENCH_PEAK_FILE.
 */
import { writeFileSync } from "node:fs";
import { peakResidentBytes } from "./timing";

const peakFile = process.env["HEALTH_BENCH_PEAK_FILE"];
if (peakFile !== undefined) {
  process.on("exit", () => writeFileSync(peakFile, String(peakResidentBytes())));
}

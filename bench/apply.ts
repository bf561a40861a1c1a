import { join } from "node:path";
import { PAYLOAD_LIMIT_BYTES } from "../src/workbook/payload";
import type { ApplyCase } from "./apply-case";
import { runCase } from "./child";
import { figure, type Figure } from "./figure";

const SIZES = [50_000, 200_000];
const CASE_HEAP_MB = 6_144;

/**
 * Measures the task pane's apply (read the used range, then `applyModel`) on 50,000 and 200,000
 * rows through the in-memory workbook, each size in its own process. The figures are the requests
 * it sends, the largest request, and the time spent in our code, which is everything outside the
 * workbook's methods. Times are also given as multiples of `scorePortfolio` alone on the same rows.
 */
export async function measureApply(): Promise<Figure[]> {
  const figures: Figure[] = [];
  for (const size of SIZES) {
    const result = await runCase<ApplyCase>(join(__dirname, "apply-case.js"), [String(size)], { maxOldSpaceMb: CASE_HEAP_MB });
    const prefix = `apply.${size}`;
    const ownMs = result.totalMs - result.portMs;
    figures.push(
      figure(`${prefix}.syncs`, result.syncs, "count"),
      figure(`${prefix}.largest-request`, result.largestRequestBytes, "bytes", {
        ratio: result.largestRequestBytes / PAYLOAD_LIMIT_BYTES,
        ratioTo: "5 MB limit",
        target: `< ${PAYLOAD_LIMIT_BYTES.toLocaleString("en-US")} bytes`,
        met: result.largestRequestBytes < PAYLOAD_LIMIT_BYTES,
      }),
      figure(`${prefix}.largest-response`, result.largestResponseBytes, "bytes", { ratio: result.largestResponseBytes / PAYLOAD_LIMIT_BYTES, ratioTo: "5 MB limit" }),
      figure(`${prefix}.our-code`, ownMs, "ms", { ratio: ownMs / result.scoreMs, ratioTo: "scorePortfolio" }),
      figure(`${prefix}.in-workbook`, result.portMs, "ms", { ratio: result.portMs / result.scoreMs, ratioTo: "scorePortfolio" }),
      figure(`${prefix}.score-only`, result.scoreMs, "ms"),
    );
    process.stderr.write(`bench: apply ${size} wrote ${result.mode}\n`);
  }
  return figures;
}

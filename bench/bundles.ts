import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { runNode } from "./child";
import { figure, type Figure } from "./figure";

/** Gzipped size targets, in bytes (KB = 1,024 bytes). */
const MAX_FUNCTIONS_GZIP = 60 * 1024;
const MAX_TASKPANE_GZIP = 400 * 1024;
const WEBPACK = resolve("node_modules", "webpack", "bin", "webpack.js");

/**
 * Builds the add-in with `webpack --mode production` into a temporary folder and measures the
 * minified functions script and task pane script, raw and gzipped with zlib's default level.
 * The build never goes to dist/, because webpack clears its output folder, which contains the
 * compiled CLI and this benchmark. When the task
 * pane cannot be built yet, the functions are built alone and the pane figures are left out.
 */
export async function measureBundles(): Promise<Figure[]> {
  const directory = mkdtempSync(join(tmpdir(), "health-bench-bundle-"));
  try {
    let build = await runNode(WEBPACK, ["--mode", "production", "--env", `outputPath=${directory}`]);
    const paneBuilt = build.exitCode === 0;
    if (!paneBuilt) {
      process.stderr.write(`bench: the full build failed, so only the functions are measured:\n${lastLines(build.stdout + build.stderr, 5)}\n`);
      build = await runNode(WEBPACK, ["--mode", "production", "--env", `outputPath=${directory}`, "--env", "only=functions"]);
      if (build.exitCode !== 0) throw new Error(`webpack failed with exit code ${build.exitCode}:\n${lastLines(build.stdout + build.stderr, 20)}`);
    }

    const figures = [...bundleFigures("functions", join(directory, "functions.js"), MAX_FUNCTIONS_GZIP)];
    if (paneBuilt) figures.push(...bundleFigures("taskpane", join(directory, "taskpane.js"), MAX_TASKPANE_GZIP));
    const otherScripts = readdirSync(directory).filter((file) => file.endsWith(".js") && file !== "functions.js" && file !== "taskpane.js");
    if (otherScripts.length > 0) process.stderr.write(`bench: the build also wrote ${otherScripts.join(", ")}, which no figure counts\n`);
    return figures;
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

function bundleFigures(name: string, file: string, maxGzipBytes: number): Figure[] {
  const bytes = readFileSync(file);
  const gzipped = gzipSync(bytes).length;
  return [
    figure(`bundle.${name}.minified`, bytes.length, "bytes"),
    figure(`bundle.${name}.gzip`, gzipped, "bytes", {
      ratio: gzipped / maxGzipBytes,
      ratioTo: "target",
      target: `< ${maxGzipBytes / 1024} KB`,
      met: gzipped < maxGzipBytes,
    }),
  ];
}

function lastLines(text: string, count: number): string {
  return text.trim().split("\n").slice(-count).join("\n");
}

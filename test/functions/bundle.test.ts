import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as vm from "vm";
import webpack from "webpack";
import { ERROR_CODES, StandInError } from "./custom-functions-stand-in";

// webpack.config.js is CommonJS and exports an async config factory.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the config is a CommonJS file
const createConfig = require("../../webpack.config.js") as (env: Record<string, string>, argv: Record<string, string>) => Promise<webpack.Configuration>;

const STORED_METADATA = path.resolve(__dirname, "functions.metadata.json");

/** Builds the functions part of the add-in in production mode into a fresh folder. */
async function buildFunctions(outputPath: string): Promise<void> {
  const config = await createConfig({ only: "functions", outputPath }, { mode: "production" });
  const stats = await new Promise<webpack.Stats>((resolve, reject) => {
    webpack(config).run((error, result) => (error || result === undefined ? reject(error ?? new Error("webpack returned no stats")) : resolve(result)));
  });
  expect(stats.toJson({ all: false, errors: true }).errors).toEqual([]);
}

describe("the built functions bundle", () => {
  const outputPath = fs.mkdtempSync(path.join(os.tmpdir(), "health-functions-"));
  const registered = new Map<string, (...args: unknown[]) => unknown>();

  beforeAll(async () => {
    await buildFunctions(outputPath);
    const context = vm.createContext({
      CustomFunctions: {
        Error: StandInError,
        ErrorCode: ERROR_CODES,
        associate: (id: string, fn: (...args: unknown[]) => unknown) => registered.set(id, fn),
      },
    });
    vm.runInContext(fs.readFileSync(path.join(outputPath, "functions.js"), "utf8"), context);
  }, 120_000);

  afterAll(() => fs.rmSync(outputPath, { recursive: true, force: true }));

  test("registers every id in functions.json", () => {
    const metadata = JSON.parse(fs.readFileSync(path.join(outputPath, "functions.json"), "utf8")) as { functions: { id: string }[] };
    expect([...registered.keys()].sort()).toEqual(metadata.functions.map((fn) => fn.id).sort());
  });

  test("writes the stored functions.json", () => {
    expect(JSON.parse(fs.readFileSync(path.join(outputPath, "functions.json"), "utf8"))).toEqual(JSON.parse(fs.readFileSync(STORED_METADATA, "utf8")));
  });

  test("writes the functions page with the script", () => {
    const page = fs.readFileSync(path.join(outputPath, "functions.html"), "utf8");
    expect(page).toMatch(/<script[^>]* src="?functions\.js"?/);
    expect(page).toContain("custom-functions-runtime.js");
  });

  test("computes a composite by id", () => {
    // (80 + 60 + 40) ÷ 3 with Satisfaction blank.
    expect(registered.get("COMPOSITE")?.([[80, null, 60, 40]])).toBe(60);
  });

  test("counts an incoming error as missing", () => {
    expect(registered.get("PILLAR")?.([[90, new StandInError("#N/A"), 70]])).toBe(80);
  });

  test("returns an Excel error with its message", () => {
    const result = registered.get("BAND")?.("");
    expect(result).toBeInstanceOf(StandInError);
    expect(result).toEqual(new StandInError("#N/A", "score has no value, so there is nothing to put in a band."));
  });

  test("throws the error of a spilling function", () => {
    expect(() => registered.get("SCORE")?.([["Account"]], [["Column"]])).toThrow(StandInError);
  });
});

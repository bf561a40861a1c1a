import * as fs from "fs";
import * as path from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import "./custom-functions-stand-in";
import { HEALTH_FUNCTIONS } from "../../src/functions";

// webpack.config.js is CommonJS; its metadata step is what the build applies to functions.json.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the config is a CommonJS file
const { finishFunctionsMetadata } = require("../../webpack.config.js") as { finishFunctionsMetadata: (metadata: unknown) => unknown };

const SOURCE = path.resolve(__dirname, "../../src/functions/functions.ts");
const STORED = path.resolve(__dirname, "functions.metadata.json");

interface ParameterMetadata {
  readonly name: string;
  readonly type?: string;
  readonly optional?: boolean;
  readonly dimensionality?: string;
}
interface FunctionMetadata {
  readonly id: string;
  readonly name: string;
  readonly parameters: readonly ParameterMetadata[];
  readonly options?: Record<string, unknown>;
}
interface Metadata {
  readonly allowErrorForDataTypeAny?: boolean;
  readonly functions: readonly FunctionMetadata[];
}

/** Generates functions.json the way the build does, writing it beside the stored copy when they differ. */
async function generatedMetadata(): Promise<Metadata> {
  const result = await generateCustomFunctionsMetadata([SOURCE], false);
  expect(result.errors).toEqual([]);
  return finishFunctionsMetadata(JSON.parse(result.metadataJson)) as Metadata;
}

describe("functions.json metadata", () => {
  let metadata: Metadata;
  beforeAll(async () => {
    metadata = await generatedMetadata();
  });

  test("matches the stored copy", () => {
    const stored: unknown = JSON.parse(fs.readFileSync(STORED, "utf8"));
    if (JSON.stringify(metadata) !== JSON.stringify(stored)) {
      fs.writeFileSync(STORED.replace(".json", ".actual.json"), JSON.stringify(metadata, null, 4));
    }
    expect(metadata).toEqual(stored);
  });

  test("keeps every released id", () => {
    expect(metadata.functions.map((fn) => fn.id)).toEqual([
      "PILLAR",
      "PILLAR.RAW",
      "METRIC",
      "COMPOSITE",
      "BAND",
      "DRIVER",
      "GAP",
      "COVERAGE",
      "DIAGNOSIS",
      "EXPLAIN",
      "SCORE",
      "BACKTEST",
      "SUGGESTWEIGHTS",
      "TREND",
    ]);
  });

  test("allows error values as inputs", () => {
    expect(metadata.allowErrorForDataTypeAny).toBe(true);
  });

  test("types every parameter as any", () => {
    // allowErrorForDataTypeAny reaches only parameters of type any, so one typed parameter would drop errors.
    const typed = metadata.functions.flatMap((fn) => fn.parameters.filter((parameter) => parameter.type !== "any").map((parameter) => `${fn.id}.${parameter.name}`));
    expect(typed).toEqual([]);
  });

  test("declares no volatile or streaming function", () => {
    const flagged = metadata.functions.filter((fn) => fn.options !== undefined && (fn.options["volatile"] === true || fn.options["stream"] === true));
    expect(flagged.map((fn) => fn.id)).toEqual([]);
  });

  test.each(Object.keys(HEALTH_FUNCTIONS))("%s declares the arguments its implementation coerces", (id) => {
    const declared = metadata.functions.find((fn) => fn.id === id);
    const spec = HEALTH_FUNCTIONS[id]?.spec ?? [];
    expect(declared?.parameters.map((parameter) => [parameter.name, parameter.optional === true])).toEqual(
      spec.map((argument) => [argument.name, argument.optional === true]),
    );
  });
});

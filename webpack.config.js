/**
 * Builds the add-in into dist/: the task pane page and script, the HEALTH functions page and
 * script, functions.json (generated from the doc comments in src/functions/functions.ts) and the
 * manifest with the production URL. No certificate is needed to build; only the dev server
 * (`webpack serve`) uses office-addin-dev-certs for https://localhost:3000.
 *
 * Options, as `--env key=value`:
 * - `only=functions` builds the functions page, script and metadata alone (the bundle test uses it);
 * - `outputPath=DIR` writes to DIR instead of dist/.
 */
const path = require("path");
const fs = require("fs");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { Compilation, sources } = require("webpack");

/** The host that serves the production build. manifest.xml uses this placeholder, so change it here to deploy elsewhere. */
const PRODUCTION_URL = "https://health-model.example.com";
/** The webpack dev server, as manifest.dev.xml names it. */
const DEV_URL = "https://localhost:3000";
const DEV_PORT = 3000;

const FUNCTIONS_SOURCE = "./src/functions/functions.ts";
const FUNCTIONS_METADATA = "functions.json";
const TASKPANE_SOURCE = "./src/taskpane/index.tsx";
const TASKPANE_PAGE = "./src/taskpane/taskpane.html";

/**
 * Sets `allowErrorForDataTypeAny` in the generated metadata, which custom-functions-metadata 2.x
 * has no tag for. With it, a cell error inside an argument reaches the functions (every HEALTH
 * parameter is typed `any`), and they count it as a missing value. Without it, Excel returns the
 * error without calling the function. A test checks the built functions.json against a stored copy.
 */
function finishFunctionsMetadata(metadata) {
  return { allowErrorForDataTypeAny: true, ...metadata };
}

/** Rewrites functions.json after the metadata plugin has generated it. */
class FinishFunctionsMetadataPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("FinishFunctionsMetadataPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "FinishFunctionsMetadataPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONS },
        () => {
          const asset = compilation.getAsset(FUNCTIONS_METADATA);
          if (asset === undefined) return;
          const metadata = JSON.parse(asset.source.source().toString());
          compilation.updateAsset(FUNCTIONS_METADATA, new sources.RawSource(JSON.stringify(finishFunctionsMetadata(metadata), null, 4)));
        },
      );
    });
  }
}

function functionsPart() {
  return {
    entry: { functions: FUNCTIONS_SOURCE },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: FUNCTIONS_METADATA, input: FUNCTIONS_SOURCE }),
      new FinishFunctionsMetadataPlugin(),
      new HtmlWebpackPlugin({ filename: "functions.html", template: "./src/functions/functions.html", chunks: ["functions"] }),
    ],
  };
}

function taskpanePart(isProduction) {
  for (const file of [TASKPANE_SOURCE, TASKPANE_PAGE]) {
    if (!fs.existsSync(path.resolve(__dirname, file))) {
      throw new Error(`${file} is missing: the task pane build needs it. Build the functions alone with --env only=functions.`);
    }
  }
  return {
    entry: { taskpane: TASKPANE_SOURCE },
    plugins: [
      new HtmlWebpackPlugin({ filename: "taskpane.html", template: TASKPANE_PAGE, chunks: ["taskpane"] }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          {
            from: isProduction ? "manifest.xml" : "manifest.dev.xml",
            to: "[name][ext]",
            transform: (content) => (isProduction ? content.toString().split(PRODUCTION_URL).join(productionUrl()) : content),
          },
        ],
      }),
    ],
  };
}

/** Returns the production URL without a trailing slash. `HEALTH_MODEL_URL` overrides the constant for a one-off build. */
function productionUrl() {
  return (process.env.HEALTH_MODEL_URL || PRODUCTION_URL).replace(/\/$/, "");
}

async function devServer() {
  // Loaded only in serve mode, so a build never touches certificates.
  const devCerts = require("office-addin-dev-certs");
  return {
    static: { directory: path.resolve(__dirname, "dist") },
    headers: { "Access-Control-Allow-Origin": "*" },
    server: { type: "https", options: await devCerts.getHttpsServerOptions() },
    port: DEV_PORT,
  };
}

module.exports = async (env = {}, argv = {}) => {
  const isProduction = argv.mode !== "development" && !env.WEBPACK_SERVE;
  const parts = env.only === "functions" ? [functionsPart()] : [functionsPart(), taskpanePart(isProduction)];

  return {
    mode: isProduction ? "production" : "development",
    devtool: isProduction ? "source-map" : "eval-source-map",
    entry: Object.assign({}, ...parts.map((part) => part.entry)),
    // No output cleaning, because dist/ also contains the CLI build (dist/cli), which this build must not delete.
    output: { path: path.resolve(__dirname, env.outputPath || "dist"), filename: "[name].js" },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          // Type checking runs once in `npm run typecheck`; the bundle only needs the JavaScript.
          use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { module: "es2015", sourceMap: true } } },
        },
      ],
    },
    plugins: parts.flatMap((part) => part.plugins),
    ...(env.WEBPACK_SERVE ? { devServer: await devServer() } : {}),
  };
};

module.exports.finishFunctionsMetadata = finishFunctionsMetadata;
module.exports.PRODUCTION_URL = PRODUCTION_URL;
module.exports.DEV_URL = DEV_URL;

/**
 * Builds the playground: the task pane beside a grid of an in-memory workbook loaded from
 * samples/portfolio.csv, whose text is bundled at build time. Formulas the pane writes are
 * computed by HyperFormula with the HEALTH functions. Serve the output with
 * `node src/playground/server.js`.
 *
 * Options, as `--env key=value`:
 * - `outputPath=DIR` writes to DIR instead of dist/playground.
 */
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");

module.exports = (env = {}, argv = {}) => ({
  mode: argv.mode === "production" ? "production" : "development",
  // No source maps and no minifying by default: the playground is built for local use and tests.
  devtool: false,
  entry: { playground: "./src/playground/index.tsx" },
  output: { path: path.resolve(__dirname, env.outputPath || "dist/playground"), filename: "[name].js", clean: true },
  resolve: {
    extensions: [".ts", ".tsx", ".js"],
    alias: {
      // csv-parse's browser build: its Node build needs Node's Buffer and stream modules.
      "csv-parse/sync$": path.resolve(__dirname, "node_modules/csv-parse/dist/esm/sync.js"),
    },
  },
  module: {
    rules: [
      {
        test: /\.tsx?$/,
        exclude: /node_modules/,
        // Type checking runs once in `npm run typecheck`; the bundle only needs the JavaScript.
        use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { module: "es2015", sourceMap: false } } },
      },
      { test: /\.csv$/, type: "asset/source" },
    ],
  },
  plugins: [new HtmlWebpackPlugin({ filename: "index.html", template: "./src/playground/playground.html" })],
  performance: { hints: false },
});

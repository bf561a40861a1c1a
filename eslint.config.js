// Lint: typescript-eslint's recommended rules plus the Office add-ins rules (context.sync
// placement, load before read, null objects) and React's. The Office plugin's own preset is
// not spread in whole because it bundles a second copy of the typescript-eslint plugin, which
// flat config rejects as a redefinition.
const js = require("@eslint/js");
const tseslint = require("typescript-eslint");
const officeAddins = require("eslint-plugin-office-addins");
const react = require("eslint-plugin-react");

module.exports = tseslint.config(
  { ignores: ["dist/**", "node_modules/**", "coverage/**", "out/**", "test-artifacts/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    plugins: { react },
    settings: { react: { version: "detect" } },
    rules: {
      ...react.configs.flat.recommended.rules,
      "react/react-in-jsx-scope": "off",
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/ban-ts-comment": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
    },
  },
  {
    // The Office rules recognise Office.js by method names such as getRow and load. On the CLI's
    // ExcelJS code they report false problems, so they run only where Office.js is used.
    files: ["src/workbook/office/**/*.ts", "src/taskpane/**/*.{ts,tsx}", "test/workbook/office/**/*.ts"],
    plugins: { "office-addins": officeAddins },
    rules: {
      "office-addins/call-sync-after-load": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/no-empty-load": "warn",
      "office-addins/no-navigational-load": "warn",
      "office-addins/no-office-initialize": "warn",
      "office-addins/test-for-null-using-isNullObject": "error",
    },
  },
  {
    files: ["**/*.js"],
    languageOptions: { sourceType: "commonjs", globals: { require: "readonly", module: "writable", __dirname: "readonly", process: "readonly", console: "readonly" } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);

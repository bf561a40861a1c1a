/**
 * The default suite: unit, integration and CLI-as-a-process tests.
 * The real-data suite (jest.real.config.js) and the browser suite
 * (jest.browser.config.js) run separately because they need files
 * outside the project or a Chromium binary.
 */
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  testPathIgnorePatterns: ["/test/real/", "/test/browser/"],
  transform: {
    // tsconfig sets isolatedModules, so ts-jest only transpiles; `npm run typecheck` checks types once.
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json" }],
  },
  testTimeout: 60000,
};

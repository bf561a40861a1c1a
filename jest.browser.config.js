/** Browser suite: drives the playground in Debian's headless Chromium. */
const base = require("./jest.config.js");
/** @type {import('jest').Config} */
module.exports = { ...base, roots: ["<rootDir>/test/browser"], testPathIgnorePatterns: [], testTimeout: 300000 };

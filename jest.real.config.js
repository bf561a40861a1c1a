/** Real-data suite: reads the public data files in ../shared/data. */
const base = require("./jest.config.js");
/** @type {import('jest').Config} */
module.exports = { ...base, roots: ["<rootDir>/test/real"], testPathIgnorePatterns: [], testTimeout: 300000 };

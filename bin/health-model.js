#!/usr/bin/env node
// Runs the compiled CLI; build it first with `npm run build:cli`.
"use strict";

const { run } = require("../dist/cli/src/cli/main.js");

run(process.argv);

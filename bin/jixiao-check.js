#!/usr/bin/env node
// Installed entry point: runs the compiled CLI (npm's prepare step builds lib/ with tsc).
require("../lib/cli/main.js");

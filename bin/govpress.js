#!/usr/bin/env node
'use strict';
// The CLI bundle, run from a code cache (src/cli/code-cache.ts): start-up is most of a one-file lint.
const { join } = require('node:path');
// A run lasts seconds: inlining in the optimizing compiler costs more compile time than it saves (a cold
// lint of 1,000 releases takes about 13% less CPU and time without it). Set before any code is compiled,
// for the whole process, lint workers included; the library and the extension keep V8's defaults.
require('node:v8').setFlagsFromString('--no-turbo-inlining');
// A lint of folders starts its worker threads first, to load while this thread loads the bundle (src/cli/lint-workers.ts).
require('../dist/lint-workers.js').startEarlyWorkers(process.argv.slice(2), join(__dirname, '..', 'dist', 'pool-worker.js'));
require('../dist/code-cache.js').runWithCodeCache(join(__dirname, '..', 'dist', 'cli.js'));

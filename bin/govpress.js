#!/usr/bin/env node
'use strict';
// The CLI bundle, run from a code cache (src/cli/code-cache.ts): start-up is most of a one-file lint.
const { join } = require('node:path');
require('../dist/code-cache.js').runWithCodeCache(join(__dirname, '..', 'dist', 'cli.js'));

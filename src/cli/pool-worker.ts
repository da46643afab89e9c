/**
 * What a lint worker thread runs: the CLI bundle, which lints as a worker
 * when loaded in one, from the code cache of `govpress lint`. A worker so
 * starts linting sooner (it neither parses the bundle nor compiles what the
 * main thread's runs compiled), and leaves the cache to the main thread,
 * which writes it when a run ends.
 */
import { join } from 'node:path';
import { runWithCodeCache } from './code-cache';

runWithCodeCache(join(__dirname, 'cli.js'), { command: 'lint', writes: false });

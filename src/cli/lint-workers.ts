/**
 * The lint worker threads of the CLI, and their early start: a lint of
 * folders starts its workers from bin/govpress.js, before this thread loads
 * the CLI bundle and finds the files (about 0.1 s on 2 cores), so that they
 * lint from the first chunk the pool hands out. This module is its own
 * small bundle (dist/lint-workers.js) for bin/govpress.js, and part of the
 * CLI bundle for the pool; the two copies meet through a global registry.
 */
import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { setFlagsFromString } from 'node:v8';
import { Worker } from 'node:worker_threads';
import { CLI_OPTIONS } from './options';

/** What a lint worker is started with: the settings of the run come in its first message. */
export interface LintWorkerData {
  kind: 'govpress-lint';
}

/**
 * A bound on each worker's old generation. With one, V8 collects a worker's
 * heap sooner: on the 20,000-release archive at `--concurrency 2`, peak RSS
 * fell from about 440 MB to 300 MB for about 5% more CPU (any bound did
 * that, 256 MB to 1 GB). A document needing more fails its worker, and its
 * files are then linted on the main thread, which has no bound.
 */
const WORKER_OLD_GENERATION_MB = 512;

/**
 * V8's helper threads, off when every core lints: optimizing compiles made
 * on a thread of their own (for the workers, which start after this is
 * set) and young-generation collections shared among threads. With each
 * core busy with a lint thread, those helpers only take turns with it: a
 * cold lint of 1,000 releases on 2 cores takes about 5% less time without
 * them. (`--single-threaded-gc` would also stop concurrent marking,
 * but V8 fails when that is changed in a running process.)
 */
export function useEveryCoreForLinting(threads: number): void {
  if (threads >= availableParallelism()) setFlagsFromString('--no-concurrent-recompilation --no-parallel-scavenge');
}

/** The default number of threads: one per core. */
export function defaultConcurrency(): number {
  return availableParallelism();
}

export interface LintWorker {
  worker: Worker;
  /** Settles when the worker has stopped, with why: its error's message, or `it stopped`. Watched from the start, so that a worker that fails before anyone listens is still known to have. */
  stopped: Promise<string>;
}

/**
 * Functions compiled by V8's optimizing compiler only after four times the
 * usual work (V8's default budget: 132 KB of bytecode run): on every thread of a pooled run (where those compiles cannot
 * go to an idle core) it compiles fewer of the functions that run only a
 * while, such as the Markdown compiler's set-up, built once per document
 * (140 ms to optimize). A cold lint of 1,000 releases on 2 cores takes about
 * 5% less time; one large file, on one thread, about 3% more, so one-thread
 * runs keep V8's default. Set only by the early start, before the bundle is
 * compiled: the flag is part of the code cache's key (`code-cache.ts`).
 */
const LATER_TIERING = `--interrupt-budget=${4 * 132 * 1024}`;

/** Starts a lint worker running `script`. */
export function startLintWorker(script: string): LintWorker {
  const workerData: LintWorkerData = { kind: 'govpress-lint' };
  const worker = new Worker(script, { workerData, resourceLimits: { maxOldGenerationSizeMb: WORKER_OLD_GENERATION_MB } });
  let failure = 'it stopped';
  worker.once('error', (error) => (failure = error.message));
  // 'exit' follows 'error'.
  const stopped = new Promise<string>((resolve) => worker.once('exit', () => resolve(failure)));
  return { worker, stopped };
}

const EARLY_WORKERS = Symbol.for('govpress.earlyLintWorkers');
type Registry = { [EARLY_WORKERS]?: LintWorker[] };

/**
 * For a command line that lints folders or globs on more than one thread
 * (`--concurrency`, by default one thread per core), starts the workers it
 * will want, unreferenced (they keep no process alive) until the pool takes
 * them. Not for `--stdin`, nor `--cache`, where most files are usually
 * reused rather than linted. A command line `main` will refuse starts none.
 */
export function startEarlyWorkers(args: readonly string[], script: string): void {
  let parsed;
  try {
    parsed = parseArgs({ args: [...args], allowPositionals: true, strict: true, options: CLI_OPTIONS });
  } catch {
    return;
  }
  const { values, positionals } = parsed;
  const [command, ...paths] = positionals;
  if (command !== 'lint' || values.stdin || values.cache || values.help || values.version) return;
  const threads = values.concurrency === undefined ? defaultConcurrency() : Number(values.concurrency);
  if (!Number.isInteger(threads) || threads < 2 || !paths.some(isFolderOrGlob)) return;
  useEveryCoreForLinting(threads);
  setFlagsFromString(LATER_TIERING);
  const workers = Array.from({ length: threads - 1 }, () => startLintWorker(script));
  for (const { worker } of workers) worker.unref();
  (globalThis as Registry)[EARLY_WORKERS] = workers;
}

/** The workers started early, if any, handed over once; the taker refs those it keeps and stops the others. */
export function takeEarlyWorkers(): LintWorker[] {
  const registry = globalThis as Registry;
  const workers = registry[EARLY_WORKERS] ?? [];
  delete registry[EARLY_WORKERS];
  return workers;
}

/** A folder, or a glob by its marks: tinyglobby's own test (discovery's) is not worth loading before the bundle. */
function isFolderOrGlob(path: string): boolean {
  if (/[*?[{]/.test(path)) return true;
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/**
 * The worker pool behind `--concurrency`: every path's outcome comes back
 * once, equal to a run on one thread, and a worker that fails
 * (cannot load, or dies with chunks in hand) costs no file its result.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { lintFiles, workerScript } from '../../src/cli/lint-pool';
import { startEarlyWorkers, takeEarlyWorkers } from '../../src/cli/lint-workers';
import type { FileJobSettings, FileOutcome } from '../../src/cli/lint-file';
import { CLEAN, FIXABLE, UNFIXABLE, repositoryRoot, workspace } from './cli-support';

const SETTINGS: FileJobSettings = { mode: 'lint', lang: 'en', cwd: repositoryRoot };
const FILE_COUNT = 300;

/** Files of three kinds, so that a result out of place shows. */
function archive(): string[] {
  const files: Record<string, string> = {};
  const kinds = [CLEAN, FIXABLE, UNFIXABLE];
  for (let index = 0; index < FILE_COUNT; index++) files[`news/${String(index).padStart(3, '0')}.md`] = kinds[index % kinds.length]!;
  const folder = workspace(files);
  return Object.keys(files).map((name) => join(folder, name));
}

/** What the report shows of an outcome. */
function reported(outcomes: FileOutcome[]): unknown[] {
  return outcomes.map((outcome) => [outcome.result?.filePath, outcome.result?.messages.map((message) => [message.ruleId, message.line, message.column])]);
}

/** The outcomes of a run, placed by the index each came with; each index must come exactly once. */
async function lintAll(concurrency: number, script: string, failures: string[] = []): Promise<FileOutcome[]> {
  const outcomes: FileOutcome[] = [];
  await lintFiles(paths, SETTINGS, concurrency, script, (index, outcome) => {
    assert.equal(outcomes[index], undefined, `index ${index} came twice`);
    outcomes[index] = outcome;
  }, undefined, (reason) => failures.push(reason));
  assert.equal(Object.keys(outcomes).length, FILE_COUNT);
  return outcomes;
}

/** A worker script that fails in a chosen way. */
function failingWorker(body: string): string {
  const script = join(mkdtempSync(join(tmpdir(), 'govpress-pool-')), 'worker.cjs');
  writeFileSync(script, body);
  return script;
}

const paths = archive();

describe('lintFiles', () => {
  it('gives on worker threads what one thread gives, each with the index of its path', async () => {
    const single = await lintAll(1, workerScript(repositoryRoot));
    assert.ok(single.some((outcome) => outcome.result!.messages.length > 0), 'the archive has problems to place');
    for (const concurrency of [2, 3]) {
      const failures: string[] = [];
      const pooled = await lintAll(concurrency, workerScript(repositoryRoot), failures);
      assert.deepEqual(failures, [], `concurrency ${concurrency}`);
      assert.deepEqual(reported(pooled), reported(single), `concurrency ${concurrency}`);
    }
  });

  it('lints on this thread the files of workers that cannot start', async () => {
    const failures: string[] = [];
    const script = failingWorker("throw new Error('bundle missing');\n");
    const pooled = await lintAll(2, script, failures);
    assert.deepEqual(reported(pooled), reported(await lintAll(1, script)));
    assert.ok(failures.length > 0 && failures.every((reason) => reason.includes('bundle missing')), failures.join('\n'));
  });

  it('lints on this thread the chunks a worker held when it died', async () => {
    const failures: string[] = [];
    // Takes its first chunks, then dies without answering.
    const script = failingWorker("require('node:worker_threads').parentPort.once('message', () => setTimeout(() => process.exit(3), 20));\n");
    const pooled = await lintAll(2, script, failures);
    assert.deepEqual(reported(pooled), reported(await lintAll(1, script)));
    assert.ok(failures.some((reason) => /unfinished files were linted on the main thread/.test(reason)), failures.join('\n'));
  });
});

describe('lint workers started early', () => {
  const folder = join(paths[0]!, '..');

  it('are started for a lint of folders or globs on several threads, and handed over once', () => {
    for (const args of [['lint', folder], ['lint', `${folder}/*.md`, '--format', 'json'], ['lint', '--concurrency', '3', folder]]) {
      startEarlyWorkers(args, workerScript(repositoryRoot));
      const workers = takeEarlyWorkers();
      assert.equal(workers.length, args.includes('3') ? 2 : Math.max(0, availableParallelism() - 1), args.join(' '));
      assert.deepEqual(takeEarlyWorkers(), []);
      for (const { worker } of workers) void worker.terminate();
    }
  });

  it('are not started for one file, standard input, --cache, one thread, another command or a command line main refuses', () => {
    const lines = [
      ['lint', paths[0]!],
      ['lint', '--stdin', folder],
      ['lint', '--cache', folder],
      ['lint', '--concurrency', '1', folder],
      ['lint', '--concurrency', 'many', folder],
      ['render', folder],
      ['lint', '--no-such-option', folder],
    ];
    for (const args of lines) {
      startEarlyWorkers(args, workerScript(repositoryRoot));
      assert.deepEqual(takeEarlyWorkers(), [], args.join(' '));
    }
  });

  it('lint as workers started by the pool do, and those a run has no files for are stopped', async () => {
    const single = await lintAll(1, workerScript(repositoryRoot));
    startEarlyWorkers(['lint', '--concurrency', '3', folder], workerScript(repositoryRoot));
    assert.deepEqual(reported(await lintAll(3, workerScript(repositoryRoot))), reported(single));
    assert.deepEqual(takeEarlyWorkers(), [], 'the pool took them');
    startEarlyWorkers(['lint', '--concurrency', '3', folder], workerScript(repositoryRoot));
    const stopped = takeEarlyWorkers();
    (globalThis as Record<symbol, unknown>)[Symbol.for('govpress.earlyLintWorkers')] = [...stopped];
    const few = paths.slice(0, 10);
    let count = 0;
    await lintFiles(few, SETTINGS, 3, workerScript(repositoryRoot), () => count++);
    assert.equal(count, few.length);
    assert.deepEqual(await Promise.all(stopped.map((worker) => worker.stopped)), ['it stopped', 'it stopped']);
  });

  it('that failed before the pool took them cost no file its result', async () => {
    const failures: string[] = [];
    const script = failingWorker("throw new Error('bundle missing');\n");
    startEarlyWorkers(['lint', '--concurrency', '2', folder], script);
    const [early] = takeEarlyWorkers();
    // Started unreferenced, as the CLI starts them: this wait must keep the test alive.
    early!.worker.ref();
    await early!.stopped;
    (globalThis as Record<symbol, unknown>)[Symbol.for('govpress.earlyLintWorkers')] = [early];
    assert.deepEqual(reported(await lintAll(2, script, failures)), reported(await lintAll(1, script)));
    assert.ok(failures.length === 1 && failures[0]!.includes('bundle missing'), failures.join('\n'));
  });
});

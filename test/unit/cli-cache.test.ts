/**
 * `govpress lint --cache`: a warm run reports the stored results without
 * linting; any change of content, config, `--profile`, `--lang` or version
 * invalidates; a corrupt cache is ignored; workers and `--fix` keep it right.
 *
 * A stored result is recognized by a marker message added to the cache file
 * ("tampering"): it shows in the report only when the stored result is used.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync, appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { runLint } from '../../src/cli/lint-command';
import type { LintCommandOptions } from '../../src/cli/lint-command';
import { workerScript } from '../../src/cli/lint-pool';
import { CLEAN, FIXABLE, FIXED, UNFIXABLE, govpress, repositoryRoot, resultsByFile, workspace, type JsonResult } from './cli-support';

const CACHE_FILE = join('node_modules', '.cache', 'govpress', 'lint-cache.json');
const MARKER_RULE = 'from-the-cache';

interface StoredCache {
  format: number;
  entries: Record<string, { content: string; settings: string; messages: unknown[] }>;
}

function readCache(folder: string, file = CACHE_FILE): StoredCache {
  return JSON.parse(readFileSync(join(folder, file), 'utf8')) as StoredCache;
}

/** Adds the marker message to every stored result. */
function tamper(folder: string): void {
  const cache = readCache(folder);
  for (const entry of Object.values(cache.entries)) {
    entry.messages.push({ ruleId: MARKER_RULE, severity: 1, message: 'stored', messageId: 'stored', data: {}, line: 1, column: 1, endLine: 1, endColumn: 1, start: 0, end: 0 });
  }
  writeFileSync(join(folder, CACHE_FILE), JSON.stringify(cache));
}

/** Files whose reported result came from the cache, by path relative to `folder`. */
function reusedFiles(stdout: string, folder: string): string[] {
  return [...resultsByFile(stdout, folder)].filter(([, result]) => result.messages.some((message) => message.ruleId === MARKER_RULE)).map(([file]) => file).sort();
}

const releases = (): Record<string, string> => ({ 'news/clean.md': CLEAN, 'news/fixable.md': FIXABLE, 'news/unfixable.md': UNFIXABLE });

describe('govpress lint --cache', () => {
  it('reports the stored results of unchanged files without linting them, and prints the same report as without the cache', async () => {
    const folder = workspace(releases());
    const uncached = await govpress(['lint', 'news', '--format', 'json'], folder);
    const cold = await govpress(['lint', 'news', '--format', 'json', '--cache'], folder);
    const warm = await govpress(['lint', 'news', '--format', 'json', '--cache'], folder);
    assert.equal(cold.stdout, uncached.stdout);
    assert.equal(warm.stdout, uncached.stdout, 'the same results, sources included');
    assert.equal(warm.code, uncached.code);
    const stylish = await govpress(['lint', 'news', '--cache'], folder);
    assert.equal(stylish.stdout, (await govpress(['lint', 'news'], folder)).stdout);
    assert.deepEqual(Object.keys(readCache(folder).entries).sort(), ['clean.md', 'fixable.md', 'unfixable.md'].map((file) => join(folder, 'news', file)));

    tamper(folder);
    const reused = await govpress(['lint', 'news', '--format', 'json', '--cache'], folder);
    assert.deepEqual(reusedFiles(reused.stdout, folder), ['news/clean.md', 'news/fixable.md', 'news/unfixable.md']);
  });

  it('writes the cache file only when a result changed, atomically (no temporary file left)', async () => {
    const folder = workspace(releases());
    await govpress(['lint', 'news', '--cache'], folder);
    const written = statSync(join(folder, CACHE_FILE)).mtimeMs;
    await govpress(['lint', 'news', '--cache'], folder);
    assert.equal(statSync(join(folder, CACHE_FILE)).mtimeMs, written);
    assert.deepEqual(readdirSync(join(folder, CACHE_FILE, '..')), ['lint-cache.json']);
  });

  describe('invalidates a stored result when what it depends on changes', () => {
    /** A warm, tampered cache; then the run `change` makes, which must lint again the files it names. */
    async function relintedBy(change: (folder: string) => string[]): Promise<{ reused: string[] }> {
      const folder = workspace(releases());
      await govpress(['lint', 'news', '--cache'], folder);
      tamper(folder);
      const args = change(folder);
      const run = await govpress(['lint', 'news', '--format', 'json', '--cache', ...args], folder);
      return { reused: reusedFiles(run.stdout, folder) };
    }

    it('the file content', async () => {
      const { reused } = await relintedBy((folder) => {
        appendFileSync(join(folder, 'news', 'clean.md'), '\n');
        return [];
      });
      assert.deepEqual(reused, ['news/fixable.md', 'news/unfixable.md']);
    });

    it('the resolved config', async () => {
      const { reused } = await relintedBy((folder) => {
        writeFileSync(join(folder, 'news', '.govpressrc.json'), '{ "rules": { "title-trailing-period": "off" } }');
        return [];
      });
      assert.deepEqual(reused, []);
    });

    it('--profile', async () => {
      assert.deepEqual((await relintedBy(() => ['--profile', 'vn-press-release'])).reused, []);
    });

    it('--lang', async () => {
      assert.deepEqual((await relintedBy(() => ['--lang', 'en'])).reused, []);
    });

    it('the GovPress version', async () => {
      const folder = workspace(releases());
      await govpress(['lint', 'news', '--cache'], folder);
      tamper(folder);
      let stdout = '';
      const options = (version: string): LintCommandOptions => ({
        paths: ['news'],
        format: 'json',
        fix: false,
        fixDryRun: false,
        quiet: false,
        lang: 'vi',
        stdin: false,
        color: false,
        cwd: folder,
        version,
        concurrency: 1,
        workerScript: workerScript(repositoryRoot),
        cacheFolder: join(folder, CACHE_FILE, '..'),
      });
      const output = { stdout: (text: string | Uint8Array) => (stdout += typeof text === 'string' ? text : Buffer.from(text).toString('utf8')), stderr: () => undefined };
      const version = (JSON.parse(readFileSync(join(repositoryRoot, 'package.json'), 'utf8')) as { version: string }).version;
      await runLint(options(version), output);
      assert.equal(reusedFiles(stdout, folder).length, 3, 'the same version reuses');
      stdout = '';
      await runLint(options(`${version}-next`), output);
      assert.deepEqual(reusedFiles(stdout, folder), []);
    });
  });

  it('ignores a corrupt or foreign cache file, lints as without it, and replaces the file', async () => {
    const corruptions = ['{"format":1,"entries":{', '\u0000\u0001binary', '[]', '{"format":1,"entries":{"/x.md":{"content":"a","settings":"b","messages":[{"ruleId":1}]}}}', '{"format":99,"entries":{}}'];
    for (const corruption of corruptions) {
      const folder = workspace(releases());
      const expected = await govpress(['lint', 'news', '--format', 'json'], folder);
      mkdirSync(join(folder, CACHE_FILE, '..'), { recursive: true });
      writeFileSync(join(folder, CACHE_FILE), corruption);
      const run = await govpress(['lint', 'news', '--format', 'json', '--cache'], folder);
      assert.equal(run.stderr, '', corruption);
      assert.equal(run.code, expected.code, corruption);
      assert.equal(run.stdout, expected.stdout, corruption);
      assert.equal(Object.keys(readCache(folder).entries).length, 3, corruption);
    }
  });

  it('stores the results of files linted on worker threads, and reuses them', async () => {
    const files: Record<string, string> = {};
    for (let index = 0; index < 130; index++) files[`news/${String(index).padStart(3, '0')}.md`] = index % 10 === 0 ? UNFIXABLE : CLEAN;
    const folder = workspace(files);
    const cold = await govpress(['lint', 'news', '--format', 'json', '--cache', '--concurrency', '2'], folder);
    assert.equal(Object.keys(readCache(folder).entries).length, 130);
    tamper(folder);
    appendFileSync(join(folder, 'news', '007.md'), '\n');
    const warm = await govpress(['lint', 'news', '--format', 'json', '--cache', '--concurrency', '2'], folder);
    assert.equal(reusedFiles(warm.stdout, folder).length, 129);
    assert.ok(!reusedFiles(warm.stdout, folder).includes('news/007.md'));
    const withoutMarker = (stdout: string): JsonResult[] =>
      (JSON.parse(stdout) as JsonResult[]).map((result) => ({ ...result, messages: result.messages.filter((message) => message.ruleId !== MARKER_RULE) }));
    assert.deepEqual(withoutMarker(warm.stdout).map((result) => result.messages), withoutMarker(cold.stdout).map((result) => result.messages));
  });

  it('with --fix, fixes a file even when its stored result is warm, then stores the fixed file', async () => {
    const folder = workspace(releases());
    await govpress(['lint', 'news', '--cache'], folder);
    tamper(folder);
    const fix = await govpress(['lint', 'news', '--fix', '--format', 'json', '--cache'], folder);
    assert.equal(readFileSync(join(folder, 'news', 'fixable.md'), 'utf8'), FIXED);
    // Results without fixes can be reused when fixing: there is nothing to write.
    assert.deepEqual(reusedFiles(fix.stdout, folder), ['news/clean.md', 'news/unfixable.md']);
    tamper(folder);
    const after = await govpress(['lint', 'news', '--format', 'json', '--cache'], folder);
    assert.deepEqual(reusedFiles(after.stdout, folder), ['news/clean.md', 'news/fixable.md', 'news/unfixable.md']);
    assert.deepEqual(resultsByFile(after.stdout, folder).get('news/fixable.md')!.messages.map((message) => message.ruleId), [MARKER_RULE]);
  });

  it('with --fix-dry-run, stores nothing for a file it would change (the file on disk is still unfixed)', async () => {
    const folder = workspace(releases());
    await govpress(['lint', 'news', '--fix-dry-run', '--cache'], folder);
    assert.deepEqual(Object.keys(readCache(folder).entries).sort(), ['clean.md', 'unfixable.md'].map((file) => join(folder, 'news', file)));
  });

  it('keeps the cache in --cache-location, and reports a location it cannot write (exit 2) after printing the results', async () => {
    const folder = workspace(releases());
    await govpress(['lint', 'news', '--cache', '--cache-location', '.govpress-cache'], folder);
    assert.ok(existsSync(join(folder, '.govpress-cache', 'lint-cache.json')));
    assert.ok(!existsSync(join(folder, 'node_modules')));
    const blocked = await govpress(['lint', 'news', '--format', 'json', '--cache', '--cache-location', 'news/clean.md/cache', '--lang', 'en'], folder);
    assert.equal(blocked.code, 2);
    assert.match(blocked.stderr, /^govpress: news\/clean\.md\/cache\/lint-cache\.json: cache not written: /);
    assert.equal(resultsByFile(blocked.stdout, folder).size, 3);
  });

  it('--cache-location without --cache is a usage error', async () => {
    const run = await govpress(['lint', 'news', '--cache-location', 'x'], workspace(releases()));
    assert.equal(run.code, 2);
    assert.match(run.stderr, /--cache-location/);
  });
});

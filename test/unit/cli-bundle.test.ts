/**
 * The CLI as installed (npm run build): bin/govpress.js (and each lint worker,
 * through dist/pool-worker.js) runs dist/cli.js from
 * a V8 code cache (src/cli/code-cache.ts), and the bundles leave out the
 * iconv-lite codecs GovPress never uses.
 */
import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { chmodSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { CLEAN, FIXABLE, GOVPRESS_BIN, govpress, repositoryRoot, workspace, type Run } from './cli-support';

/** The environment of a run: the code cache in `folder`, or off. */
function cacheEnvironment(folder: string | undefined): NodeJS.ProcessEnv {
  const { NODE_COMPILE_CACHE: _folder, NODE_DISABLE_COMPILE_CACHE: _disable, ...environment } = process.env;
  return folder === undefined ? { ...environment, NODE_DISABLE_COMPILE_CACHE: '1' } : { ...environment, NODE_COMPILE_CACHE: folder };
}

function run(args: readonly string[], cwd: string, environment: NodeJS.ProcessEnv, nodeOptions: readonly string[] = []): Run {
  const child = spawnSync(process.execPath, [...nodeOptions, GOVPRESS_BIN, ...args], { cwd, env: environment, encoding: 'utf8' });
  return { code: child.status ?? -1, stdout: child.stdout, stderr: child.stderr };
}

const cacheFiles = (folder: string): string[] => readdirSync(folder).sort();

describe('govpress: the code cache', () => {
  const lint = ['lint', 'a.md', '--format', 'json'];
  let project: string;
  let uncached: Run;

  before(() => {
    project = workspace({ 'a.md': FIXABLE });
    uncached = run(lint, project, cacheEnvironment(undefined));
    assert.equal(uncached.stderr, '');
    assert.match(uncached.stdout, /"ruleId":"frontmatter-unknown-key"/);
  });

  it('is written by the first run and read by the next, which prints the same', () => {
    const folder = mkdtempSync(join(tmpdir(), 'govpress-code-cache-'));
    assert.deepEqual(run(lint, project, cacheEnvironment(folder)), uncached);
    const [file] = cacheFiles(folder);
    assert.match(file!, /^cli-[0-9a-f]+-lint-[0-9a-f]+\.cache$/);
    const written = statSync(join(folder, file!));
    assert.deepEqual(run(lint, project, cacheEnvironment(folder)), uncached);
    // Rewriting renames a new file into place: the same inode means that V8 took the cache.
    assert.equal(statSync(join(folder, file!)).ino, written.ino);
    assert.deepEqual(cacheFiles(folder), [file]);
  });

  it('serves the lint workers too; a pooled run of a folder and a one-file run keep a cache each, read in turn', () => {
    const files: Record<string, string> = {};
    for (let index = 0; index < 140; index++) files[`news/${String(index).padStart(3, '0')}.md`] = index % 2 === 0 ? FIXABLE : CLEAN;
    const archive = workspace(files);
    const pooled = ['lint', 'news', '--format', 'json', '--concurrency', '2'];
    const single = ['lint', 'news/000.md', '--format', 'json'];
    const expected = [run(pooled, archive, cacheEnvironment(undefined)), run(single, archive, cacheEnvironment(undefined))];
    assert.equal(expected[0]!.stderr, '');
    const folder = mkdtempSync(join(tmpdir(), 'govpress-code-cache-'));
    const inodes = (): Record<string, number> => Object.fromEntries(cacheFiles(folder).map((file) => [file, statSync(join(folder, file)).ino]));
    assert.deepEqual([run(pooled, archive, cacheEnvironment(folder)), run(single, archive, cacheEnvironment(folder))], expected);
    const written = inodes();
    // The pooled run tiers code up later (lint-workers.ts), which V8 counts in a cache's flags; one core runs no pool.
    assert.equal(Object.keys(written).length, availableParallelism() > 1 ? 2 : 1);
    assert.deepEqual([run(pooled, archive, cacheEnvironment(folder)), run(single, archive, cacheEnvironment(folder))], expected);
    assert.deepEqual(inodes(), written);
  });

  it('is not written by a run that stops at an error', () => {
    const folder = mkdtempSync(join(tmpdir(), 'govpress-code-cache-'));
    assert.equal(run(['lint', 'missing.md'], project, cacheEnvironment(folder)).code, 2);
    assert.deepEqual(cacheFiles(folder), []);
  });

  it('keeps one cache for lint and one for the other commands', () => {
    const folder = mkdtempSync(join(tmpdir(), 'govpress-code-cache-'));
    run(lint, project, cacheEnvironment(folder));
    const rules = run(['rules'], project, cacheEnvironment(folder));
    assert.equal(rules.code, 0);
    assert.deepEqual(rules, run(['rules'], project, cacheEnvironment(undefined)));
    assert.deepEqual(
      cacheFiles(folder).map((file) => file.replace(/^cli-[0-9a-f]+-(\w+)-[0-9a-f]+\.cache$/, '$1.cache')),
      ['lint.cache', 'other.cache'],
    );
  });

  it('replaces a damaged cache and one made from another build, and prints the same', () => {
    const folder = mkdtempSync(join(tmpdir(), 'govpress-code-cache-'));
    run(lint, project, cacheEnvironment(folder));
    const path = join(folder, cacheFiles(folder)[0]!);
    const contents = readFileSync(path);
    const identity = contents.subarray(0, contents.indexOf('\n') + 1);
    for (const damaged of [Buffer.concat([identity, Buffer.from('not bytecode')]), Buffer.concat([Buffer.from('v0.0.0 another build\n'), contents.subarray(identity.length)])]) {
      writeFileSync(path, damaged);
      const before = statSync(path).ino;
      assert.deepEqual(run(lint, project, cacheEnvironment(folder)), uncached);
      assert.notEqual(statSync(path).ino, before, 'a new cache was written');
      assert.ok(readFileSync(path).subarray(0, identity.length).equals(identity));
    }
  });

  it('is off with NODE_DISABLE_COMPILE_CACHE, in a folder that others may write, and with --enable-source-maps', () => {
    const disabled = mkdtempSync(join(tmpdir(), 'govpress-code-cache-'));
    assert.deepEqual(run(lint, project, { ...cacheEnvironment(disabled), NODE_DISABLE_COMPILE_CACHE: '1' }), uncached);
    const shared = mkdtempSync(join(tmpdir(), 'govpress-code-cache-'));
    chmodSync(shared, 0o777);
    assert.deepEqual(run(lint, project, cacheEnvironment(shared)), uncached);
    const mapped = mkdtempSync(join(tmpdir(), 'govpress-code-cache-'));
    assert.deepEqual(run(lint, project, cacheEnvironment(mapped), ['--enable-source-maps']), uncached);
    for (const folder of [disabled, shared, mapped]) assert.deepEqual(cacheFiles(folder), []);
  });

  it('needs a bundle without dynamic import(), which a vm script cannot run', () => {
    assert.doesNotMatch(readFileSync(join(repositoryRoot, 'dist', 'cli.js'), 'utf8'), /(?<![\w$.])import\(/);
  });
});

describe('bundles: iconv-lite without its double-byte codecs', () => {
  /** A name of a Japanese encoding, in the codec list that is left out. */
  const DOUBLE_BYTE_CODEC = 'csshiftjis';

  for (const path of ['dist/cli.js', 'dist/index.js', 'dist/extension.js', 'dist/web/extension.js']) {
    it(`${path} leaves them out`, () => {
      assert.ok(!readFileSync(join(repositoryRoot, path), 'utf8').includes(DOUBLE_BYTE_CODEC));
    });
  }

  it('dist/cli.js still reads UTF-16 and converts TCVN3, as the sources do', async () => {
    // “Sở Thông tin và Truyền thông…” typed in TCVN3 and shown as Windows-1252: “Së Th«ng tin vµ TruyÒn th«ng…”.
    const pasted = new TextDecoder('windows-1252').decode(iconv.encode('Sở Thông tin và Truyền thông tổ chức hội nghị', 'tcvn'));
    const text = CLEAN.replace('\n\nSáng 14/4', `\n\n${pasted}.\n\nSáng 14/4`);
    const project = workspace({ 'a.md': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]) });
    const args = ['lint', 'a.md', '--format', 'json', '--lang', 'en'];
    const bundled = run(args, project, cacheEnvironment(undefined));
    assert.deepEqual(bundled, await govpress(args, project));
    assert.match(bundled.stdout, /"ruleId":"encoding-legacy".*Convert it to Unicode: “Sở Thông tin và Truyền thông tổ chức hội nghị”/);
  });
});

describe('govpress: a reader that stops early', () => {
  it('ends quietly with the lint’s exit code when the pipe closes (`govpress … | head`)', async () => {
    const project = workspace({ 'a.md': FIXABLE });
    const child = spawn(process.execPath, [GOVPRESS_BIN, 'lint', 'a.md', '--max-warnings', '0', '--lang', 'en'], { cwd: project, env: cacheEnvironment(undefined), stdio: ['ignore', 'pipe', 'pipe'] });
    // Closed before the CLI has started, so that its report meets a closed pipe.
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const [code] = (await once(child, 'close')) as [number | null];
    assert.doesNotMatch(stderr, /EPIPE/);
    assert.match(stderr, /^govpress: .*--max-warnings 0\.\n$/, 'its one line on the warnings, no stack trace');
    assert.equal(code, 1, 'the lint’s own exit code (FIXABLE has two warnings), not a crash');
  });
});

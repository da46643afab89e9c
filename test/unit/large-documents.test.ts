/**
 * Releases too large to lint on the extension host's thread: when a document
 * counts as one, how long the editor waits before linting, and the lint
 * itself, in a worker thread or on this one, giving what a lint on the host
 * gives (the problems, the profile, the summary the outline, status bar, hover
 * and completion show).
 */
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { buildModel } from '../../src/core/model/build';
import { lint } from '../../src/core/lint/engine';
import { lintForEditor, type EditorLintRequest } from '../../src/extension/editor-lint';
import { adaptiveDebounceMs, DEFAULT_LARGE_DOCUMENT_SIZE, isLargeDocument, LargeDocumentLinter } from '../../src/extension/large-documents';
import { summarizeRelease } from '../../src/extension/release-summary';
import { repositoryRoot } from './render-support';

const NEWS = readFileSync(join(repositoryRoot, 'test/vscode/fixtures/workspace/preview/ban-tin.md'), 'utf8');
const failOnWorkerFailure = (error: unknown): never => assert.fail(`the worker failed: ${String(error)}`);
const REQUEST: EditorLintRequest = { text: NEWS, filePath: 'ban-tin.md', config: { rules: { 'caption-missing': 'error' } }, lang: 'en' };

describe('large documents', () => {
  it('are those above the threshold, which no real release comes near', () => {
    assert.equal(isLargeDocument(DEFAULT_LARGE_DOCUMENT_SIZE, DEFAULT_LARGE_DOCUMENT_SIZE), false);
    assert.equal(isLargeDocument(DEFAULT_LARGE_DOCUMENT_SIZE + 1, DEFAULT_LARGE_DOCUMENT_SIZE), true);
    // A 10,000-word release is about 70,000 characters.
    assert.ok(DEFAULT_LARGE_DOCUMENT_SIZE > 5 * 70_000);
  });
});

describe('the govpress.largeDocumentSize setting', () => {
  const readJson = (path: string): Record<string, unknown> => JSON.parse(readFileSync(join(repositoryRoot, path), 'utf8')) as Record<string, unknown>;

  it('defaults to the threshold the extension falls back on, described in English and Vietnamese', () => {
    const manifest = readJson('package.json') as { contributes: { configuration: { properties: Record<string, { default: unknown; markdownDescription: string }> } } };
    const setting = manifest.contributes.configuration.properties['govpress.largeDocumentSize'];
    assert.ok(setting, 'contributed');
    assert.equal(setting.default, DEFAULT_LARGE_DOCUMENT_SIZE);
    for (const file of ['package.nls.json', 'package.nls.vi.json']) assert.ok(readJson(file)[setting.markdownDescription.slice(1, -1)], file);
  });

  it('the preview’s notice and its button have Vietnamese translations', () => {
    const vietnamese = readJson('l10n/bundle.l10n.vi.json');
    const strings = ['panel.ts', 'webview-html.ts'].flatMap((file) =>
      [...readFileSync(join(repositoryRoot, 'src/extension/preview', file), 'utf8').matchAll(/l10n\.t\(\s*'([^']*largeDocumentSize[^']*|Update the preview)'/g)].map((match) => match[1]!),
    );
    assert.equal(strings.length, 2);
    for (const text of strings) assert.ok(vietnamese[text], text);
  });
});

describe('adaptiveDebounceMs', () => {
  it('is the requested debounce while lints are quicker, or before the first one', () => {
    assert.equal(adaptiveDebounceMs(300, undefined), 300);
    assert.equal(adaptiveDebounceMs(300, 4), 300);
    assert.equal(adaptiveDebounceMs(0, undefined), 0);
  });

  it('grows to the last lint’s duration, so that a long lint starts only in a pause as long', () => {
    assert.equal(adaptiveDebounceMs(300, 3_000), 3_000);
    assert.equal(adaptiveDebounceMs(0, 3_000), 3_000);
  });

  it('stops growing at ten seconds, and never shortens a longer requested debounce', () => {
    assert.equal(adaptiveDebounceMs(300, 60_000), 10_000);
    assert.equal(adaptiveDebounceMs(15_000, 60_000), 15_000);
  });
});

describe('lintForEditor', () => {
  it('gives the lint’s problems and profile, and the summary of its model', () => {
    const result = lintForEditor(REQUEST);
    const outcome = lint(NEWS, { filePath: REQUEST.filePath, config: REQUEST.config, lang: 'en' });
    assert.deepEqual(result.messages, outcome.messages);
    assert.equal(result.profileId, 'vn-news');
    assert.deepEqual(result.summary, summarizeRelease(buildModel(NEWS)));
    assert.ok(result.messages.some((message) => message.ruleId === 'caption-missing' && message.severity === 2), 'the config applies');
  });
});

describe('summarizeRelease', () => {
  const summary = summarizeRelease(buildModel(NEWS));

  it('holds what hover, completion and the status bar read', () => {
    assert.equal(summary.profileName, 'vn-news');
    assert.equal(summary.articleDate, '2026-04-14');
    assert.deepEqual(summary.frontMatterKeys, ['profile', 'title', 'date', 'author', 'unit', 'category', 'tags', 'source']);
    assert.equal(summary.wordCount, buildModel(NEWS).wordCount);
  });

  it('outlines the release in document order, with 0-based positions', () => {
    const outline = summary.outline.map((entry) => [entry.part, entry.name, entry.children.map((child) => [child.part, child.name])]);
    assert.deepEqual(outline, [
      ['title', '', []],
      ['lead', '', []],
      [
        'participants',
        '',
        [
          ['person', 'Lê Minh Khoa – Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh'],
          ['person', 'Võ Thanh Tùng – Tỉnh ủy viên, Bí thư Tỉnh đoàn'],
          ['person', 'Phạm Thị Thu Hà – Giám đốc Sở Khoa học và Công nghệ'],
        ],
      ],
      [
        'photos',
        '',
        [
          ['photo', ''],
          ['photo', 'Đoàn viên, thanh niên trải nghiệm các tiện ích số tại gian trưng bày bên lề buổi lễ. Ảnh: Minh Tâm'],
        ],
      ],
      ['signature', '', []],
    ]);
    const [title, lead] = summary.outline;
    const headline = NEWS.split('\n').findIndex((line) => line.startsWith('# '));
    assert.deepEqual([title!.start, title!.end, title!.detail], [{ line: headline, character: 2 }, { line: headline, character: NEWS.split('\n')[headline]!.length }, NEWS.split('\n')[headline]!.slice(2)]);
    assert.ok(lead!.detail.endsWith('…') && lead!.detail.length === 80, 'the lead’s opening words');
  });
});

describe('LargeDocumentLinter', () => {
  let workerScript = '';
  const expected = lintForEditor(REQUEST);

  before(async () => {
    // dist/lint-worker.js as the extension's Node build makes it (esbuild.config.mjs).
    workerScript = join(mkdtempSync(join(tmpdir(), 'govpress-lint-worker-')), 'lint-worker.js');
    await build({
      entryPoints: [join(repositoryRoot, 'src/extension/lint-worker.ts')],
      outfile: workerScript,
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'cjs',
      mainFields: ['module', 'main'],
      define: { 'import.meta.url': 'importMetaUrl' },
      inject: [join(repositoryRoot, 'scripts/import-meta-url.js')],
      logLevel: 'warning',
    });
  });

  it('lints in a worker thread what a lint on this thread gives', async () => {
    const failures: unknown[] = [];
    const result = await new LargeDocumentLinter(workerScript, (error) => failures.push(error)).start(REQUEST).result;
    assert.deepEqual(failures, []);
    assert.deepEqual(result, expected);
  });

  it('lints on this thread in a host without worker threads', async () => {
    assert.deepEqual(await new LargeDocumentLinter(undefined, failOnWorkerFailure).start(REQUEST).result, expected);
  });

  it('gives nothing once terminated', async () => {
    for (const script of [workerScript, undefined]) {
      const lint = new LargeDocumentLinter(script, failOnWorkerFailure).start(REQUEST);
      lint.terminate();
      assert.equal(await lint.result, undefined, script ?? 'on this thread');
    }
  });

  it('lints on this thread when the worker fails, and says so', async () => {
    const broken = join(mkdtempSync(join(tmpdir(), 'govpress-lint-worker-')), 'broken.js');
    writeFileSync(broken, "throw new Error('bundle missing');\n");
    for (const script of [broken, join(tmpdir(), 'no-such-folder', 'lint-worker.js')]) {
      const failures: unknown[] = [];
      const result = await new LargeDocumentLinter(script, (error) => failures.push(error)).start(REQUEST).result;
      assert.deepEqual(result, expected, script);
      assert.equal(failures.length, 1, script);
    }
  });
});

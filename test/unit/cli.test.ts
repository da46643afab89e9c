import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync, chmodSync, symlinkSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { spawnSync } from 'node:child_process';
import { CLEAN, FIXABLE, NO_TITLE, UNFIXABLE, govpress, workspace } from './cli-support';

const root = join(__dirname, '..', '..');

describe('govpress lint: exit codes', () => {
  it('exits 0 on the clean examples, printing nothing in stylish format', async () => {
    const run = await govpress(['lint', 'examples'], root);
    assert.equal(run.stderr, '');
    assert.equal(run.stdout, '', run.stdout);
    assert.equal(run.code, 0);
  });

  it('exits 1 when a document has an error, and names the file and rule', async () => {
    const folder = workspace({ 'news/a.md': NO_TITLE });
    const run = await govpress(['lint', 'news', '--lang', 'en'], folder);
    assert.equal(run.code, 1);
    assert.match(run.stdout, /news\/a\.md/);
    assert.match(run.stdout, /title-missing/);
    assert.match(run.stdout, /Missing headline/);
  });

  it('exits 1 when warnings exceed --max-warnings, 0 when they do not', async () => {
    const folder = workspace({ 'a.md': FIXABLE });
    const over = await govpress(['lint', 'a.md', '--max-warnings', '0'], folder);
    assert.equal(over.code, 1);
    assert.match(over.stderr, /max-warnings/);
    const under = await govpress(['lint', 'a.md', '--max-warnings', '100'], folder);
    assert.equal(under.code, 0);
  });

  it('exits 2 on usage errors: unknown option, format, profile, command', async () => {
    for (const args of [['lint', '--nope'], ['lint', '--format', 'xml', 'a.md'], ['lint', '--profile', 'vn-new', 'a.md'], ['frobnicate'], ['lint', '--max-warnings', '-1', 'a.md']]) {
      const run = await govpress(args, root);
      assert.equal(run.code, 2, args.join(' '));
      assert.match(run.stderr, /^govpress: /);
    }
    const typo = await govpress(['lnt', 'a.md', '--lang', 'en'], root);
    assert.equal(typo.stderr, 'govpress: Unknown command "lnt": did you mean "govpress lint"? See govpress --help.\n');
  });

  it('exits 2 on a missing path, naming it, and still lints the other files', async () => {
    const folder = workspace({ 'a.md': NO_TITLE });
    const run = await govpress(['lint', 'missing.md', 'a.md', '--format', 'json', '--lang', 'en'], folder);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /missing\.md: no such file or folder/);
    // In the writer's language by default, as every other message.
    assert.equal((await govpress(['lint', 'missing.md', 'a.md', '--format', 'json'], folder)).stderr, 'govpress: missing.md: không có tệp hay thư mục này\n');
    const results = JSON.parse(run.stdout) as Array<{ filePath: string }>;
    assert.equal(results.length, 1);
  });

  it('exits 2 on an invalid config, naming the file, line and column', async () => {
    const folder = workspace({ '.govpressrc.json': '{\n  // comment\n  "rulez": {}\n}\n', 'a.md': NO_TITLE });
    const run = await govpress(['lint', 'a.md', '--lang', 'en'], folder);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /\.govpressrc\.json:3:3: .*rulez.*rules/);
  });

  it('reports a binary file and invalid UTF-8 with their line, and goes on', async () => {
    const folder = workspace({
      'photo.md': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]),
      'legacy.md': Buffer.concat([Buffer.from('# Tiêu đề\n\n'), Buffer.from([0x53, 0xeb, 0x20, 0x54, 0x68, 0xab, 0x6e, 0x67])]),
    });
    const run = await govpress(['lint', 'photo.md', 'legacy.md', '--format', 'json', '--lang', 'en'], folder);
    assert.equal(run.code, 1);
    const results = JSON.parse(run.stdout) as Array<{ filePath: string; messages: Array<{ line: number; message: string }> }>;
    const legacy = results.find((result) => result.filePath.endsWith('legacy.md'))!;
    assert.equal(legacy.messages[0]!.line, 3);
    assert.match(legacy.messages[0]!.message, /not valid UTF-8/);
    const photo = results.find((result) => result.filePath.endsWith('photo.md'))!;
    assert.match(photo.messages[0]!.message, /binary/);
  });
});

describe('govpress lint: discovery', () => {
  it('lints the press releases in a folder, honours .gitignore, skips plain Markdown, survives a symlink loop', async () => {
    const folder = workspace({
      'news/a.md': NO_TITLE,
      'news/notes.md': '# Just notes\n',
      'drafts/b.md': NO_TITLE,
      '.gitignore': 'drafts/\n',
    });
    symlinkSync(join(folder, 'news'), join(folder, 'news', 'loop'));
    const run = await govpress(['lint', '.', '--format', 'json'], folder);
    const files = (JSON.parse(run.stdout) as Array<{ filePath: string }>).map((result) => result.filePath.slice(folder.length + 1));
    assert.deepEqual(files, ['news/a.md']);
  });

  it('always lints a file named on the command line, with the default profile', async () => {
    const folder = workspace({ 'plain.md': 'Sáng 14/4, Sở tổ chức hội nghị.\n' });
    const run = await govpress(['lint', 'plain.md', '--format', 'json'], folder);
    const [result] = JSON.parse(run.stdout) as Array<{ messages: Array<{ ruleId: string }> }>;
    assert.ok(result!.messages.some((message) => message.ruleId === 'title-missing'));
  });

  it('says in the stylish report how many files with front matter but no profile were left out, naming one', async () => {
    const folder = workspace({ 'news/a.md': NO_TITLE, 'news/b.md': '---\ntitle: Hội nghị\n---\n\n# Hội nghị\n', 'news/c.md': '---\ntitle: Hội thảo\n---\n', 'README.md': '# Ghi chú\n' });
    const stylish = await govpress(['lint', '.', '--lang', 'en'], folder);
    assert.equal(
      stylish.stderr,
      'govpress: 2 Markdown files with front matter but no "profile:", not matched by "files" in .govpressrc.json, skipped, e.g. news/b.md. If they are press releases, add "profile: vn-news" (or another profile) to their front matter, or list them in "files" in .govpressrc.json.\n',
    );
    assert.match(stylish.stdout, /news\/a\.md/);
    // Machine formats and --quiet keep standard error for problems.
    assert.equal((await govpress(['lint', '.', '--format', 'json'], folder)).stderr, '');
    assert.equal((await govpress(['lint', '.', '--quiet'], folder)).stderr, '');
  });

  it('lints Markdown files matched by the config `files` even without a profile key', async () => {
    const folder = workspace({ '.govpressrc.json': '{ "files": ["news/**/*.md"] }', 'news/a.md': '# Hội nghị\n', 'other/b.md': '# Hội nghị\n' });
    const run = await govpress(['lint', '.', '--format', 'json'], folder);
    const files = (JSON.parse(run.stdout) as Array<{ filePath: string }>).map((result) => result.filePath.slice(folder.length + 1));
    assert.deepEqual(files, ['news/a.md']);
  });
});

describe('govpress lint --fix', () => {
  it('fixes, keeps everything else byte-identical, and is idempotent', async () => {
    const folder = workspace({ 'a.md': FIXABLE });
    const run = await govpress(['lint', 'a.md', '--fix', '--format', 'json'], folder);
    const fixed = readFileSync(join(folder, 'a.md'), 'utf8');
    assert.equal(fixed, FIXABLE.replace('autor:', 'author:').replace('Tỉnh đoàn.\n\nSáng', 'Tỉnh đoàn\n\nSáng'));
    const [result] = JSON.parse(run.stdout) as Array<{ messages: Array<{ ruleId: string }> }>;
    assert.ok(!result!.messages.some((message) => message.ruleId === 'title-trailing-period' || message.ruleId === 'frontmatter-unknown-key'));
    await govpress(['lint', 'a.md', '--fix'], folder);
    assert.equal(readFileSync(join(folder, 'a.md'), 'utf8'), fixed);
    assert.deepEqual(readdirSync(folder), ['a.md'], 'no temporary file left behind');
  });

  it('keeps CRLF line endings, the BOM and the file mode', async () => {
    const crlf = `\uFEFF${FIXABLE.replace(/\n/g, '\r\n')}`;
    const folder = workspace({ 'a.md': crlf });
    chmodSync(join(folder, 'a.md'), 0o640);
    await govpress(['lint', 'a.md', '--fix'], folder);
    const bytes = readFileSync(join(folder, 'a.md'));
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    assert.ok(!/[^\r]\n/.test(text), 'every line break is still CRLF');
    assert.match(text, /author: Bích Ngọc\r\n/);
    assert.equal(statSync(join(folder, 'a.md')).mode & 0o777, 0o640);
  });

  it('keeps UTF-16 files in UTF-16', async () => {
    const folder = workspace({ 'a.md': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(FIXABLE, 'utf16le')]) });
    await govpress(['lint', 'a.md', '--fix'], folder);
    const bytes = readFileSync(join(folder, 'a.md'));
    assert.deepEqual([...bytes.subarray(0, 2)], [0xff, 0xfe]);
    assert.match(bytes.subarray(2).toString('utf16le'), /author: Bích Ngọc/);
  });

  it('never touches a file whose front matter cannot be read', async () => {
    const broken = FIXABLE.replace('date: 2026-04-15', 'date: [2026-04-15');
    const folder = workspace({ 'a.md': broken });
    const run = await govpress(['lint', 'a.md', '--fix', '--format', 'json'], folder);
    assert.equal(readFileSync(join(folder, 'a.md'), 'utf8'), broken);
    const [result] = JSON.parse(run.stdout) as Array<{ messages: Array<{ ruleId: string; line: number }> }>;
    assert.ok(result!.messages.some((message) => message.ruleId === 'frontmatter-invalid'));
    assert.equal(run.code, 1);
  });

  it('reports a read-only file instead of skipping it silently', async () => {
    const folder = workspace({ 'a.md': FIXABLE });
    chmodSync(join(folder, 'a.md'), 0o444);
    const run = await govpress(['lint', 'a.md', '--fix', '--lang', 'en'], folder);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /a\.md: read-only/);
    assert.equal(readFileSync(join(folder, 'a.md'), 'utf8'), FIXABLE);
  });

  it('--fix-dry-run prints a unified diff and changes nothing', async () => {
    const folder = workspace({ 'a.md': FIXABLE });
    const run = await govpress(['lint', 'a.md', '--fix-dry-run', '--format', 'json'], folder);
    assert.match(run.stdout, /^--- a\/a\.md/m);
    assert.match(run.stdout, /^-autor: Bích Ngọc$/m);
    assert.match(run.stdout, /^\+author: Bích Ngọc$/m);
    assert.equal(readFileSync(join(folder, 'a.md'), 'utf8'), FIXABLE);
  });
});

describe('govpress lint: the report, written as files are linted', () => {
  const files: Record<string, string> = {};
  const kinds = [CLEAN, FIXABLE, UNFIXABLE, NO_TITLE];
  for (let index = 0; index < 160; index++) files[`news/${String(index).padStart(3, '0')}.md`] = kinds[index % kinds.length]!;
  const folder = workspace(files);

  it('is the same on worker threads as on one, in every format, with and without --quiet', async () => {
    for (const format of ['stylish', 'json', 'sarif', 'github', 'junit', 'codequality']) {
      for (const quiet of [[], ['--quiet']]) {
        const single = await govpress(['lint', 'news', '--format', format, '--concurrency', '1', ...quiet], folder);
        const pooled = await govpress(['lint', 'news', '--format', format, '--concurrency', '3', ...quiet], folder);
        assert.ok(single.stdout.length > 0, format);
        assert.deepEqual(pooled, single, `${format} ${quiet.join('')}`);
      }
    }
  });

  it('prints in JSON the text of each file with problems, in the order of the files', async () => {
    const run = await govpress(['lint', 'news', '--format', 'json', '--concurrency', '2'], folder);
    const results = JSON.parse(run.stdout) as { filePath: string; messages: unknown[]; source?: string }[];
    assert.deepEqual(results.map((result) => result.filePath), Object.keys(files).map((name) => join(folder, name)));
    for (const result of results) {
      const text = files[relative(folder, result.filePath)]!;
      assert.equal(result.source, result.messages.length > 0 ? text : undefined, result.filePath);
    }
  });

  it('finds releases in UTF-16, and prints in JSON the text of a file with a byte order mark, CR LF, quotes, backslashes and tabs, or in UTF-16, whichever way the text comes', async () => {
    const odd = FIXABLE.replace(/\n/g, '\r\n').replace('Sáng', 'Sáng "nguyên văn" \\ C:\\tệp\t');
    const texts: Record<string, string> = { 'news/bom.md': FIXABLE, 'news/crlf.md': odd, 'news/utf16.md': FIXABLE, 'news/utf16be.md': FIXABLE };
    const oddFolder = workspace({
      'news/bom.md': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(FIXABLE)]),
      'news/crlf.md': odd,
      'news/utf16.md': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(FIXABLE, 'utf16le')]),
      'news/utf16be.md': Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(FIXABLE, 'utf16le').swap16()]),
      ...Object.fromEntries(Array.from({ length: 140 }, (_, index) => [`news/${index}.md`, CLEAN])),
    });
    const runs = [['--concurrency', '1'], ['--concurrency', '2'], ['--cache'], ['--cache']];
    for (const extra of runs) {
      const run = await govpress(['lint', 'news', '--format', 'json', ...extra], oddFolder);
      const sources = new Map((JSON.parse(run.stdout) as { filePath: string; source?: string }[]).map((result) => [relative(oddFolder, result.filePath), result.source]));
      for (const [name, text] of Object.entries(texts)) assert.equal(sources.get(name), text, `${name} ${extra.join(' ')}`);
    }
  });

  it('with --fix-dry-run, prints every patch before the report', async () => {
    const run = await govpress(['lint', 'news', '--fix-dry-run', '--format', 'json', '--concurrency', '2'], folder);
    const reportStart = run.stdout.indexOf('[{');
    // FIXABLE and NO_TITLE files have fixes: 80 of the 160.
    assert.equal(run.stdout.slice(0, reportStart).match(/^--- a\//gm)?.length, 80);
    assert.equal(run.stdout.indexOf('--- a/', reportStart), -1);
    assert.equal((JSON.parse(run.stdout.slice(reportStart)) as unknown[]).length, 160);
    assert.deepEqual(run, await govpress(['lint', 'news', '--fix-dry-run', '--format', 'json', '--concurrency', '1'], folder));
  });
});

describe('govpress lint --stdin', () => {
  let cli: string;
  before(() => {
    cli = join(root, 'bin', 'govpress.js');
  });

  it('lints standard input under the given file name', () => {
    const run = spawnSync(process.execPath, [cli, 'lint', '--stdin', '--stdin-filename', 'news/a.md', '--format', 'json'], { input: NO_TITLE, cwd: root, encoding: 'utf8' });
    assert.equal(run.status, 1);
    const [result] = JSON.parse(run.stdout) as Array<{ filePath: string; messages: Array<{ ruleId: string }> }>;
    assert.match(result!.filePath, /news\/a\.md$/);
    assert.ok(result!.messages.some((message) => message.ruleId === 'title-missing'));
  });

  it('with --fix prints the fixed document', () => {
    const run = spawnSync(process.execPath, [cli, 'lint', '--stdin', '--fix', '--quiet'], { input: FIXABLE, cwd: root, encoding: 'utf8' });
    assert.match(run.stdout, /^author: Bích Ngọc$/m);
  });
});

describe('govpress new and init', () => {
  for (const profile of ['vn-news', 'vn-press-release', 'en-press-release']) {
    it(`new --profile ${profile} writes the template filled in, and never overwrites`, async () => {
      const folder = workspace({});
      const args = ['new', 'out/release.md', '--profile', profile, '--title', 'Hội nghị tổng kết công tác chuyển đổi số năm 2026', '--author', 'Bích Ngọc', '--unit', 'Sở Khoa học và Công nghệ', '--date', '2026-04-15'];
      const first = await govpress(args, folder);
      assert.equal(first.code, 0, first.stderr);
      const text = readFileSync(join(folder, 'out', 'release.md'), 'utf8');
      assert.match(text, new RegExp(`profile: ${profile}`));
      assert.match(text, /Hội nghị tổng kết công tác chuyển đổi số năm 2026/);
      assert.doesNotMatch(text, /\{\{(title|author|unit|date)\}\}/);
      const second = await govpress(args, folder);
      assert.equal(second.code, 2);
      assert.equal(readFileSync(join(folder, 'out', 'release.md'), 'utf8'), text);
    });
  }

  it('init writes a commented config that validates, and never overwrites', async () => {
    const folder = workspace({ 'a.md': NO_TITLE });
    assert.equal((await govpress(['init'], folder)).code, 0);
    assert.ok(existsSync(join(folder, '.govpressrc.json')));
    const lintRun = await govpress(['lint', 'a.md'], folder);
    assert.notEqual(lintRun.code, 2, lintRun.stderr);
    assert.equal((await govpress(['init'], folder)).code, 2);
  });

  it('rules lists every rule, as a table and as JSON', async () => {
    const table = await govpress(['rules', '--lang', 'en'], root);
    assert.match(table.stdout, /title-missing/);
    const json = await govpress(['rules', '--format', 'json'], root);
    const rules = JSON.parse(json.stdout) as Array<{ id: string; docs: string }>;
    assert.ok(rules.some((rule) => rule.id === 'frontmatter-invalid' && rule.docs.endsWith('/frontmatter-invalid.md')));
  });
});

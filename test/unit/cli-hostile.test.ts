/**
 * Hostile files: each gets a clear message naming the file (and the line
 * where there is one), and the run goes on with the other files. Exit code 2
 * only for I/O and usage errors; a document GovPress cannot check gets an
 * `internal-error` result instead of ending the run.
 */
import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { chmodSync, lstatSync, readFileSync, readlinkSync, statSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { CLEAN, FIXABLE, FIXED, govpress, resultsByFile, spawnGovpress, workspace, type JsonResult, type Run } from './cli-support';

const FRONT_MATTER = '---\nprofile: vn-news\ntitle: Hội nghị tổng kết công tác chuyển đổi số\ndate: 2026-04-15\n---\n';
const LEAD = 'Sáng 14/4, Sở Khoa học và Công nghệ tổ chức hội nghị tổng kết công tác chuyển đổi số năm 2025.';
/** A document with a body after the front matter, headline and lead: `body` starts on line 11. */
const withBody = (body: string): string => `${FRONT_MATTER}\n# Hội nghị tổng kết công tác chuyển đổi số\n\n${LEAD}\n\n${body}\n`;
/** A PNG's signature and the start of its header chunk: what a photo renamed `.md` begins with. */
const PNG_START = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x04, 0x00]);
const isLinux = process.platform === 'linux';
const isRoot = process.getuid?.() === 0;

function messagesOf(results: Map<string, JsonResult>, file: string): string[] {
  const result = results.get(file);
  assert.ok(result, `${file} has a result`);
  return result.messages.map((message) => `${message.ruleId}@${message.line}:${message.column}`);
}

function ruleIdsOf(results: Map<string, JsonResult>, file: string): string[] {
  return messagesOf(results, file).map((entry) => entry.slice(0, entry.indexOf('@')));
}

describe('govpress lint: a folder of hostile files', () => {
  let folder: string;
  let run: Run;
  let results: Map<string, JsonResult>;

  before(async () => {
    const lines = FIXABLE.split('\n');
    folder = workspace({
      // Every Markdown file is a release here, so that files without front matter are linted too.
      '.govpressrc.json': '{ "files": ["**/*.md"] }',
      'clean.md': CLEAN,
      'empty.md': '',
      'front-matter-only.md': FRONT_MATTER,
      'front-matter-unclosed.md': '---\nprofile: vn-news\ntitle: Hội nghị\n\n# Hội nghị\n\nSáng 14/4, Sở tổ chức hội nghị./.\n',
      'nul.md': Buffer.concat([Buffer.from('# Tiêu đề\n\nSáng 14/4, '), Buffer.from([0x00]), Buffer.from('hội nghị.\n')]),
      'legacy.md': Buffer.concat([Buffer.from('# Tiêu đề\n\nSáng 14/4, Sở '), Buffer.from([0x4b, 0x68, 0x6f, 0x61, 0x20, 0x68, 0xac, 0x63]), Buffer.from('\n')]),
      'utf16le.md': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(FIXABLE, 'utf16le')]),
      'utf16be.md': Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(FIXABLE, 'utf16le').swap16()]),
      'crlf.md': FIXABLE.replace(/\n/g, '\r\n'),
      'mixed.md': lines.map((line, index) => line + (index === lines.length - 1 ? '' : index % 2 === 0 ? '\r\n' : '\n')).join(''),
      'photo.md': PNG_START,
      'deep-list.md': withBody(`${'- '.repeat(1000)}mục cuối./.`),
      'deep-quote.md': withBody(`${'> '.repeat(1000)}trích dẫn./.`),
      // Ten times deeper than the issue asks: past what the model's tree walk can recurse into.
      'deeper.md': withBody(`${'> '.repeat(10_000)}trích dẫn./.`),
    });
    // A folder that links back to itself.
    symlinkSync('.', join(folder, 'loop'));
    symlinkSync('link-loop.md', join(folder, 'link-loop.md'));
    symlinkSync('missing.md', join(folder, 'broken.md'));
    // A broken link that is no document is no problem.
    symlinkSync('build/latest', join(folder, 'latest'));
    // A read that fails even as root: /proc/self/mem is a regular file whose first page is never mapped (EIO).
    if (isLinux) symlinkSync('/proc/self/mem', join(folder, 'device.md'));
    run = await govpress(['lint', '.', '--format', 'json', '--lang', 'en', '--concurrency', '1'], folder);
    results = resultsByFile(run.stdout, folder);
  });

  it('exits 2 for the I/O errors, after linting every other file once', () => {
    assert.equal(run.code, 2, run.stderr);
    const expected = ['clean.md', 'crlf.md', 'deep-list.md', 'deep-quote.md', 'deeper.md', 'empty.md', 'front-matter-only.md', 'front-matter-unclosed.md', 'legacy.md', 'mixed.md', 'nul.md', 'photo.md', 'utf16be.md', 'utf16le.md'];
    assert.deepEqual([...results.keys()].sort(), expected, 'each file once, nothing through the folder loop');
    assert.deepEqual(messagesOf(results, 'clean.md'), []);
  });

  it('names each unreadable path on standard error, and nothing else', () => {
    const lines = run.stderr.trim().split('\n').sort();
    const expected = ['govpress: broken.md: broken symbolic link (its target does not exist)', 'govpress: link-loop.md: too many levels of symbolic links (a link loop)'];
    if (isLinux) expected.unshift('govpress: device.md: EIO: i/o error, read');
    assert.deepEqual(lines, expected.sort());
  });

  it('lints empty documents and front matter alone', () => {
    assert.deepEqual(ruleIdsOf(results, 'empty.md').sort(), ['date-missing', 'lead-missing', 'title-missing']);
    assert.deepEqual(messagesOf(results, 'front-matter-only.md'), ['lead-missing@1:1']);
    assert.deepEqual(messagesOf(results, 'front-matter-unclosed.md').slice(0, 1), ['frontmatter-invalid@1:1']);
  });

  it('reports NUL bytes, a renamed photo and invalid UTF-8 with the line and column of the first bad byte', () => {
    assert.deepEqual(messagesOf(results, 'nul.md'), ['file-unreadable@3:12']);
    assert.match(results.get('nul.md')!.messages[0]!.message, /NUL bytes: it is a binary file/);
    assert.deepEqual(messagesOf(results, 'photo.md'), ['file-unreadable@3:1']);
    assert.deepEqual(messagesOf(results, 'legacy.md'), ['file-unreadable@3:21']);
    assert.match(results.get('legacy.md')!.messages[0]!.message, /not valid UTF-8/);
  });

  it('reads UTF-16 with a BOM, CRLF and mixed line endings like the UTF-8 LF document', () => {
    for (const file of ['utf16le.md', 'utf16be.md', 'crlf.md', 'mixed.md']) {
      assert.deepEqual(messagesOf(results, file), ['frontmatter-unknown-key@5:1', 'title-trailing-period@9:70'], file);
    }
  });

  it('lints 1,000-deep lists and block quotes, and reports a document nested past the limit as internal-error', () => {
    assert.ok(!ruleIdsOf(results, 'deep-list.md').includes('internal-error'), messagesOf(results, 'deep-list.md').join());
    assert.ok(!ruleIdsOf(results, 'deep-quote.md').includes('internal-error'), messagesOf(results, 'deep-quote.md').join());
    assert.deepEqual(messagesOf(results, 'deeper.md'), ['internal-error@1:1']);
    assert.match(results.get('deeper.md')!.messages[0]!.message, /could not check this file: it nests lists or block quotes too deeply.*The other files were still checked/);
  });
});

describe('govpress lint: very large documents, in bounded time', () => {
  // Spawned side by side (the bundle, two cores), while the other tests run in this process.
  let oneLine: Promise<Run>;
  let manyLines: Promise<Run>;
  let folder: string;

  before(() => {
    const sentence = 'Sáng 14/4, Sở Khoa học và Công nghệ tổ chức hội nghị. ';
    folder = workspace({
      'one-line.md': withBody(sentence.repeat(Math.ceil((10 * 1024 * 1024) / Buffer.byteLength(sentence)))),
      'many-lines.md': withBody('Dòng ngắn.\n'.repeat(200_000)),
    });
    oneLine = spawnGovpress(['lint', 'one-line.md', '--format', 'json', '--lang', 'en'], folder, { timeout: 60_000 });
    manyLines = spawnGovpress(['lint', 'many-lines.md', '--format', 'json', '--lang', 'en'], folder, { timeout: 60_000 });
  });

  it('lints 10 MB on one line', async () => {
    const { code, stdout, stderr } = await oneLine;
    assert.equal(stderr, '');
    assert.equal(code, 0);
    assert.ok(statSync(join(folder, 'one-line.md')).size > 10 * 1024 * 1024);
    // Columns count UTF-16 code units, not bytes.
    assert.deepEqual(messagesOf(resultsByFile(stdout, folder), 'one-line.md'), ['signature-missing@11:1', 'endmark-missing@11:7975093']);
  });

  it('reports a file over 20 MB, with its size, instead of reading it, and lints the others', async () => {
    const large = workspace({ 'export.md': `# Xuất dữ liệu\n\n${'Sở Y tế. '.repeat(Math.ceil((21 * 1024 * 1024) / Buffer.byteLength('Sở Y tế. ')))}`, 'clean.md': CLEAN });
    const run = await govpress(['lint', 'export.md', 'clean.md', '--format', 'json', '--lang', 'en'], large);
    assert.equal(run.code, 1);
    const results = resultsByFile(run.stdout, large);
    assert.deepEqual(messagesOf(results, 'export.md'), ['file-unreadable@1:1']);
    assert.match(results.get('export.md')!.messages[0]!.message, /^The file is 21 MB, over the 20 MB limit for one document .*: the file is not read\./);
    assert.deepEqual(messagesOf(results, 'clean.md'), []);
  });

  it('lints 200,000 short lines', async () => {
    const { code, stdout, stderr } = await manyLines;
    assert.equal(stderr, '');
    assert.equal(code, 0);
    assert.deepEqual(messagesOf(resultsByFile(stdout, folder), 'many-lines.md'), ['signature-missing@11:1', 'endmark-missing@200010:6']);
  });
});

describe('govpress lint: files that cannot be read', () => {
  it('reports a file without read permission and lints the others (as root: run as an unprivileged user)', async () => {
    const folder = workspace({ 'locked.md': CLEAN, 'open.md': CLEAN });
    chmodSync(join(folder, 'locked.md'), 0o000);
    // Root reads any file whatever its mode; the child drops to `nobody` so that the mode applies.
    chmodSync(folder, 0o755);
    const args = ['lint', 'locked.md', 'open.md', '--format', 'json', '--lang', 'en'];
    const run = isRoot ? await spawnGovpress(args, folder, { uid: 65534, gid: 65534 }) : await govpress(args, folder);
    assert.equal(run.stderr, 'govpress: locked.md: permission denied\n');
    assert.equal(run.code, 2);
    assert.deepEqual([...resultsByFile(run.stdout, folder).keys()], ['open.md']);
  });

  it('reports a FIFO named on the command line instead of waiting for a writer', { skip: !isLinux && 'mkfifo is Linux-only here' }, async () => {
    const folder = workspace({ 'a.md': CLEAN });
    execFileSync('mkfifo', [join(folder, 'pipe.md')]);
    const run = await govpress(['lint', 'pipe.md', 'a.md', '--format', 'json', '--lang', 'en'], folder);
    assert.equal(run.stderr, 'govpress: pipe.md: not a regular file (a pipe, socket or device), not read\n');
    assert.equal(run.code, 2);
    assert.deepEqual([...resultsByFile(run.stdout, folder).keys()], ['a.md']);
  });
});

describe('govpress lint --fix on hostile files', () => {
  it('keeps mixed line endings and the file mode, never touches unclosed front matter, and reports a read-only file while fixing the others', async () => {
    const lines = FIXABLE.split('\n');
    const endings = lines.slice(0, -1).map((_, index) => (index % 3 === 0 ? '\r\n' : '\n'));
    const mixed = lines.map((line, index) => line + (endings[index] ?? '')).join('');
    const unclosed = '---\nprofile: vn-news\nautor: Bích Ngọc\n\n# Hội nghị.\n';
    const folder = workspace({ 'mixed.md': mixed, 'unclosed.md': unclosed, 'read-only.md': FIXABLE, 'script.md': FIXABLE });
    chmodSync(join(folder, 'read-only.md'), 0o444);
    chmodSync(join(folder, 'script.md'), 0o751);
    const run = await govpress(['lint', 'mixed.md', 'unclosed.md', 'read-only.md', 'script.md', '--fix', '--format', 'json', '--lang', 'en'], folder);
    assert.equal(run.stderr, 'govpress: read-only.md: read-only file, fixes not written\n');
    assert.equal(run.code, 2);

    const fixedMixed = readFileSync(join(folder, 'mixed.md'), 'utf8');
    assert.deepEqual(fixedMixed.match(/\r\n|\n/g), endings, 'every line keeps its own line ending');
    assert.equal(fixedMixed.replace(/\r\n/g, '\n'), FIXED);
    assert.equal(readFileSync(join(folder, 'unclosed.md'), 'utf8'), unclosed);
    assert.equal(readFileSync(join(folder, 'read-only.md'), 'utf8'), FIXABLE);
    assert.equal(readFileSync(join(folder, 'script.md'), 'utf8'), FIXED);
    assert.equal(statSync(join(folder, 'script.md')).mode & 0o777, 0o751);
    assert.equal(statSync(join(folder, 'read-only.md')).mode & 0o777, 0o444);
  });

  it('fixes the target of a symbolic link and leaves the link a link', async () => {
    const folder = workspace({ 'drafts/a.md': FIXABLE });
    symlinkSync(join('drafts', 'a.md'), join(folder, 'a.md'));
    const run = await govpress(['lint', 'a.md', '--fix'], folder);
    assert.equal(run.stderr, '');
    assert.equal(readFileSync(join(folder, 'drafts', 'a.md'), 'utf8'), FIXED);
    assert.ok(lstatSync(join(folder, 'a.md')).isSymbolicLink());
    assert.equal(readlinkSync(join(folder, 'a.md')), join('drafts', 'a.md'));
  });
});

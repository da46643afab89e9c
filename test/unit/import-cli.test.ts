/**
 * `govpress import`: the release written to -o (never over a file), the
 * draft's pictures beside it, the report on standard error, standard input
 * for pasted text.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { govpress, workspace } from './cli-support';

const ROOT = join(__dirname, '..', '..');
const SEED = readFileSync(join(ROOT, '..', 'shared', 'seed', '000_b400185c69aafb36.txt'), 'utf8');
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGM4IScHAAK2AQU0pnWqAAAAAElFTkSuQmCC', 'base64');
/** A page pasted from a browser: the photo embedded as a data: URI. */
const PASTED_PAGE = `<h1>Trao giải Báo chí tỉnh năm 2026</h1>
<p><strong>Tối 21/6/2026, Ban Tuyên giáo Tỉnh ủy tổ chức lễ trao giải Báo chí tỉnh năm 2026.</strong></p>
<p><img src="data:image/png;base64,${PNG.toString('base64')}"></p><p><em>Ban tổ chức trao giải A cho các tác giả</em></p>
<p>Giải năm nay có 86 tác phẩm dự thi của 42 tác giả./.</p>
<p>Bích Ngọc</p>`;

describe('govpress import', () => {
  it('writes the release of the portal copy to -o, reports on standard error, and the release lints as the published one', async () => {
    const folder = workspace({ 'seed.txt': SEED });
    const run = await govpress(['import', 'seed.txt', '-o', 'news/ky-ket.md'], folder);
    assert.equal(run.code, 0);
    assert.equal(run.stdout, '');
    assert.match(run.stderr, /^Nhập bản thảo \(văn bản thuần, hồ sơ vn-news\)\n/u);
    assert.match(run.stderr, /3 dòng chú thích không kèm ảnh \(dòng \d+, \d+, \d+\): đặt ảnh vào images\/ky-ket-1\.jpg, images\/ky-ket-2\.jpg, images\/ky-ket-3\.jpg/u);
    const release = readFileSync(join(folder, 'news', 'ky-ket.md'), 'utf8');
    assert.match(release, /^---\nprofile: vn-news\ntitle: Sở Thông tin và Truyền thông và Đoàn Thanh niên/u);

    const lint = await govpress(['lint', 'news/ky-ket.md', '--format', 'json'], folder);
    const [result] = JSON.parse(lint.stdout) as Array<{ messages: Array<{ ruleId: string }> }>;
    assert.deepEqual(result?.messages.map((message) => message.ruleId).sort(), ['date-missing', 'dateline-vague', 'org-name-inconsistent', 'tone-style-mixed']);
  });

  it('never writes over an existing release', async () => {
    const folder = workspace({ 'seed.txt': SEED, 'tin.md': 'bản của người viết\n' });
    const run = await govpress(['import', 'seed.txt', '-o', 'tin.md', '--lang', 'en'], folder);
    assert.equal(run.code, 2);
    assert.equal(run.stderr, 'govpress: tin.md already exists: GovPress never overwrites.\n');
    assert.equal(readFileSync(join(folder, 'tin.md'), 'utf8'), 'bản của người viết\n');
  });

  it('writes the draft’s pictures into images/ beside the release, and refuses when one is there already', async () => {
    const folder = workspace({ 'trang.html': PASTED_PAGE });
    const run = await govpress(['import', 'trang.html', '-o', 'tin/trao-giai.md'], folder);
    assert.equal(run.code, 0);
    assert.deepEqual(readFileSync(join(folder, 'tin', 'images', 'trao-giai-1.png')), PNG);
    assert.match(readFileSync(join(folder, 'tin', 'trao-giai.md'), 'utf8'), /\n!\[Ban tổ chức trao giải A cho các tác giả\]\(images\/trao-giai-1\.png\)\n\*Ban tổ chức trao giải A cho các tác giả\*\n/u);

    mkdirSync(join(folder, 'khac', 'images'), { recursive: true });
    writeFileSync(join(folder, 'khac', 'images', 'trao-giai-1.png'), 'ảnh khác');
    const again = await govpress(['import', 'trang.html', '-o', 'khac/trao-giai.md', '--lang', 'en'], folder);
    assert.equal(again.code, 2);
    assert.match(again.stderr, /khac\/images\/trao-giai-1\.png already exists: GovPress never overwrites/u);
    assert.equal(existsSync(join(folder, 'khac', 'trao-giai.md')), false);
    assert.equal(readFileSync(join(folder, 'khac', 'images', 'trao-giai-1.png'), 'utf8'), 'ảnh khác');
  });

  it('without -o prints the release, and says the pictures were not written', async () => {
    const folder = workspace({ 'trang.html': PASTED_PAGE });
    const run = await govpress(['import', 'trang.html', '--lang', 'en'], folder);
    assert.equal(run.code, 0);
    assert.match(run.stdout, /^---\nprofile: vn-news\ntitle: Trao giải Báo chí tỉnh năm 2026\ndate: 2026-06-21\nauthor: Bích Ngọc\n---\n/u);
    assert.match(run.stderr, /\nThe draft’s 1 picture\(s\) were not written: use -o <file\.md> to write them into images\/ beside the release\.\n$/u);
    assert.equal(existsSync(join(folder, 'images')), false);
  });

  it('reads pasted text from standard input', () => {
    const text = 'Hội nghị tổng kết năm 2025\n\nSáng 14/1/2026, Sở Nội vụ tổ chức hội nghị tổng kết công tác năm 2025./.\n\nKim Liên - Sở Nội vụ\n';
    const run = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src', 'cli', 'bin.ts'), 'import', '-', '--lang', 'en'], { input: text, cwd: ROOT, encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /^---\nprofile: vn-news\ntitle: Hội nghị tổng kết năm 2025\ndate: 2026-01-14\nauthor: Kim Liên\nunit: Sở Nội vụ\n---\n\n# Hội nghị tổng kết năm 2025\n/u);
    assert.match(run.stderr, /^Imported draft \(plain text, vn-news profile\)\n/u);
  });

  it('explains what it cannot import', async () => {
    const folder = workspace({ 'ban-thao.pdf': '%PDF-1.7' });
    const pdf = await govpress(['import', 'ban-thao.pdf', '--lang', 'en'], folder);
    assert.equal(pdf.code, 2);
    assert.match(pdf.stderr, /^govpress: Only Word \.docx files, HTML pages and plain text \(\.txt\) can be imported\./u);
    const missing = await govpress(['import', 'khong-co.docx', '--lang', 'en'], folder);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /^govpress: Cannot read khong-co\.docx: ENOENT/u);
    const none = await govpress(['import', '--lang', 'en'], folder);
    assert.equal(none.stderr, 'govpress: A draft is needed: govpress import <file|->.\n');
  });
});

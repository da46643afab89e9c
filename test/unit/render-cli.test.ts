/** `govpress render`: formats, image modes, exit codes and messages. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { govpress } from './cli-support';
import { byTag, parseHtml, repositoryRoot } from './render-support';

/** A folder holding a copy of examples/: the documents and their images. */
function examplesCopy(): string {
  const folder = mkdtempSync(join(tmpdir(), 'govpress-render-'));
  mkdirSync(join(folder, 'images'));
  for (const name of ['vn-news.md', 'vn-press-release.md', 'en-press-release.md']) writeFileSync(join(folder, name), readFileSync(join(repositoryRoot, 'examples', name)));
  for (const name of readdirSync(join(repositoryRoot, 'examples', 'images'))) writeFileSync(join(folder, 'images', name), readFileSync(join(repositoryRoot, 'examples', 'images', name)));
  return folder;
}

const imageSources = (html: string): string[] => byTag(parseHtml(html, false), 'img').map((image) => String(image.properties['src']));

describe('govpress render: outputs', () => {
  it('writes one self-contained HTML page with the images embedded', async () => {
    const folder = examplesCopy();
    const run = await govpress(['render', 'vn-news.md', '-o', 'out/news.html', '--lang', 'en'], folder);
    assert.equal(run.code, 0, run.stderr);
    assert.equal(run.stderr, '');
    assert.equal(run.stdout, 'Wrote out/news.html.\n');
    const html = readFileSync(join(folder, 'out', 'news.html'), 'utf8');
    const sources = imageSources(html);
    assert.equal(sources.length, 2);
    assert.ok(sources.every((src) => src.startsWith('data:image/png;base64,')));
    assert.match(html, /<style>[\s\S]*\.gp-caption[\s\S]*<\/style>/);
    const policy = byTag(parseHtml(html, false), 'meta').find((meta) => String(meta.properties['httpEquiv']) === 'Content-Security-Policy');
    assert.match(String(policy?.properties['content']), /^default-src 'none'; img-src data: https: http:; /);
  });

  it('writes HTML to standard output without -o', async () => {
    const run = await govpress(['render', 'vn-press-release.md', '--style', 'portal'], examplesCopy());
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /^<!doctype html>/);
    assert.match(run.stdout, /class="gp-doc gp-article gp-profile-vn-press-release"/);
  });

  it('copies the images beside the page with --images copy', async () => {
    const folder = examplesCopy();
    const run = await govpress(['render', 'vn-news.md', '--images', 'copy', '-o', 'site/tin-bai.html'], folder);
    assert.equal(run.code, 0, run.stderr);
    assert.deepEqual(readdirSync(join(folder, 'site', 'tin-bai_files')).sort(), ['le-ky-ket.png', 'trai-nghiem-tien-ich-so.png']);
    assert.deepEqual(imageSources(readFileSync(join(folder, 'site', 'tin-bai.html'), 'utf8')), ['tin-bai_files/le-ky-ket.png', 'tin-bai_files/trai-nghiem-tien-ich-so.png']);
    assert.deepEqual(readFileSync(join(folder, 'site', 'tin-bai_files', 'le-ky-ket.png')), readFileSync(join(folder, 'images', 'le-ky-ket.png')));
  });

  it('writes clean portal HTML that links the images from where the output is', async () => {
    const folder = examplesCopy();
    const run = await govpress(['render', 'vn-news.md', '--format', 'portal-html', '-o', 'out/portal.html'], folder);
    assert.equal(run.code, 0, run.stderr);
    const html = readFileSync(join(folder, 'out', 'portal.html'), 'utf8');
    assert.doesNotMatch(html, /<!doctype|<html|<style|class=|style=|<script/i);
    assert.deepEqual(imageSources(html), ['../images/le-ky-ket.png', '../images/trai-nghiem-tien-ich-so.png']);
  });

  it('writes a Word document', async () => {
    const folder = examplesCopy();
    const run = await govpress(['render', 'vn-press-release.md', '--format', 'docx', '-o', 'thong-cao.docx'], folder);
    assert.equal(run.code, 0, run.stderr);
    const bytes = readFileSync(join(folder, 'thong-cao.docx'));
    assert.equal(bytes.subarray(0, 2).toString('latin1'), 'PK', 'a zip package');
  });

  it('replaces an earlier export in place', async () => {
    const folder = examplesCopy();
    writeFileSync(join(folder, 'news.html'), 'old');
    chmodSync(join(folder, 'news.html'), 0o640);
    const run = await govpress(['render', 'vn-news.md', '-o', 'news.html'], folder);
    assert.equal(run.code, 0, run.stderr);
    assert.match(readFileSync(join(folder, 'news.html'), 'utf8'), /^<!doctype html>/);
    assert.equal(statSync(join(folder, 'news.html')).mode & 0o777, 0o640, 'its permissions are kept');
  });

  it('warns about each image it leaves out and still writes the page', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'govpress-render-'));
    writeFileSync(join(folder, 'tin.md'), '---\nprofile: vn-news\n---\n\n# Tin\n\nSáng 14/4, tin./.\n\n![Ảnh](anh/khong-co.jpg)\n*Chú thích*\n\n![Tệp](tin.md)\n*Không phải ảnh*\n');
    const run = await govpress(['render', 'tin.md', '-o', 'tin.html', '--lang', 'en'], folder);
    assert.equal(run.code, 0);
    assert.equal(
      run.stderr,
      'govpress: tin.md: image left out (missing, or not a PNG, JPEG or GIF): anh/khong-co.jpg\ngovpress: tin.md: image left out (missing, or not a PNG, JPEG or GIF): tin.md\n',
    );
    assert.equal(imageSources(readFileSync(join(folder, 'tin.html'), 'utf8')).length, 0);
  });
});

describe('govpress render: image addresses', () => {
  it('keeps web images as links, reads file: URLs, and reports what it cannot show', async () => {
    const folder = examplesCopy();
    const photo = pathToFileURL(join(folder, 'images', 'le-ky-ket.png')).href;
    writeFileSync(
      join(folder, 'tin.md'),
      `---\nprofile: vn-news\n---\n\n# Tin\n\nSáng 14/4, tin./.\n\n![Web](https://portal.example/anh.jpg)\n\n![Tệp](${photo})\n\n![Lạ](javascript:alert(1))\n`,
    );
    const run = await govpress(['render', 'tin.md', '-o', 'tin.html', '--lang', 'en'], folder);
    assert.equal(run.code, 0);
    assert.equal(run.stderr, 'govpress: tin.md: image left out (missing, or not a PNG, JPEG or GIF): javascript:alert(1)\n');
    const sources = imageSources(readFileSync(join(folder, 'tin.html'), 'utf8'));
    assert.equal(sources[0], 'https://portal.example/anh.jpg');
    assert.match(sources[1]!, /^data:image\/png;base64,/);
    assert.equal(sources.length, 2);
  });
});

describe('govpress render: usage and I/O errors (exit 2, naming the file)', () => {
  const cases: Array<[string, string[], RegExp]> = [
    ['no file', ['render'], /^govpress: A file name is needed: govpress render <file\.md> -o <output>\.\n$/],
    ['two files', ['render', 'vn-news.md', 'vn-press-release.md'], /one file at a time/],
    ['an unknown format', ['render', 'vn-news.md', '--format', 'pdf'], /Unknown format "pdf": use html, portal-html, docx\./],
    ['an unknown style', ['render', 'vn-news.md', '--style', 'fancy'], /Unknown style "fancy": use portal, print, en\./],
    ['an unknown image mode', ['render', 'vn-news.md', '--images', 'inline'], /Unknown image mode "inline": use embed, copy, link\./],
    ['Word without -o', ['render', 'vn-news.md', '--format', 'docx'], /A Word export needs an output file/],
    ['copy without -o', ['render', 'vn-news.md', '--images', 'copy'], /--images copy needs an output file/],
    ['the source as output', ['render', 'vn-news.md', '-o', './vn-news.md'], /The output is the source file itself/],
    ['a missing file', ['render', 'khong-co.md', '-o', 'x.html'], /^govpress: khong-co\.md: no such file or folder\n$/],
    ['a folder', ['render', 'images', '-o', 'x.html'], /^govpress: images: /],
  ];
  for (const [what, args, message] of cases) {
    it(what, async () => {
      const folder = examplesCopy();
      const run = await govpress([...args, '--lang', 'en'], folder);
      assert.equal(run.code, 2);
      assert.match(run.stderr, message);
      assert.equal(existsSync(join(folder, 'x.html')), false);
      assert.equal(readFileSync(join(folder, 'vn-news.md'), 'utf8'), readFileSync(join(repositoryRoot, 'examples', 'vn-news.md'), 'utf8'));
    });
  }

  it('a file that is not UTF-8, with its line and column', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'govpress-render-'));
    writeFileSync(join(folder, 'cu.md'), Buffer.concat([Buffer.from('# Tin\n\nS'), Buffer.from([0xe1, 0x6e, 0x67])]));
    const run = await govpress(['render', 'cu.md', '-o', 'cu.html', '--lang', 'en'], folder);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /^govpress: cu\.md:3:2: The file is not valid UTF-8/);
  });

  it('an output path inside a file', async () => {
    const folder = examplesCopy();
    const run = await govpress(['render', 'vn-news.md', '-o', 'vn-press-release.md/news.html', '--lang', 'en'], folder);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /^govpress: vn-press-release\.md\/news\.html: /);
  });
});

describe('govpress render: help', () => {
  it('lists the command and its options', async () => {
    const run = await govpress(['--help'], repositoryRoot);
    assert.match(run.stdout, /render <file>\s+Export a release as HTML or Word/);
    assert.match(run.stdout, /--images <mode>/);
  });
});

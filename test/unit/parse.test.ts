import { it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { needsGfm, parseMarkdown, parseWithGfm } from '../../src/core/parse';

const root = join(__dirname, '..', '..');

const documents: Array<[string, string]> = [
  ['seed sample', readFileSync(join(root, '..', 'shared', 'samples', 'seed-as-published.md'), 'utf8')],
  ...readdirSync(join(root, 'examples'))
    .filter((name) => name.endsWith('.md'))
    .map((name): [string, string] => [name, readFileSync(join(root, 'examples', name), 'utf8')]),
  ['emphasis, images, lists, quotes', '# Tiêu đề\n\n*Chú thích* và **đậm** [liên kết](a.md)\n\n![Ảnh](a.jpg "Tiêu đề")\n\n- một\n- hai\n\n> trích dẫn\n\n1. một\n'],
  ['brackets that are not task items', 'Đoạn [không phải] task.\n\n- mục [x] giữa dòng\n'],
];

it('parses documents without GFM triggers to the same tree as a full GFM parse', () => {
  let compared = 0;
  for (const [name, source] of documents) {
    if (needsGfm(source)) continue;
    assert.deepEqual(parseMarkdown(source), parseWithGfm(source), name);
    compared++;
  }
  assert.ok(compared >= 3, `only ${compared} documents compared`);
});

it('uses GFM whenever a GFM construct may start', () => {
  for (const source of ['| a | b |\n| - | - |\n| 1 | 2 |\n', '~~xoá~~\n', 'Chú thích[^1]\n\n[^1]: ghi chú\n', '- [ ] việc cần làm\n', '1) [x] xong\n', 'www.dongthap.gov.vn\n', 'WWW.DONGTHAP.GOV.VN\n', 'https://dongthap.gov.vn\n', 'lien.he@dongthap.gov.vn\n', 'Xem:\n\n  + [X] xong\n']) {
    assert.ok(needsGfm(source), source);
    assert.deepEqual(parseMarkdown(source), parseWithGfm(source), source);
  }
});

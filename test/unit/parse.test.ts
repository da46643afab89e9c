import { it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import { gfmExtensionsNeeded, parseMarkdown } from '../../src/core/parse';
import { COMMONMARK_EXAMPLES, GFM_EXAMPLES, anyDocument } from './arbitraries';

const root = join(__dirname, '..', '..');

/** The reference: every GFM extension, whatever the document holds. */
const fullGfm = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).freeze();

const documents: Array<[string, string]> = [
  ['seed sample', readFileSync(join(root, '..', 'shared', 'samples', 'seed-as-published.md'), 'utf8')],
  ...readdirSync(join(root, 'examples'))
    .filter((name) => name.endsWith('.md'))
    .map((name): [string, string] => [name, readFileSync(join(root, 'examples', name), 'utf8')]),
  ['emphasis, images, lists, quotes', '# Tiêu đề\n\n*Chú thích* và **đậm** [liên kết](a.md)\n\n![Ảnh](a.jpg "Tiêu đề")\n\n- một\n- hai\n\n> trích dẫn\n\n1. một\n'],
  ['brackets that are not task items', 'Đoạn [không phải] task.\n\n- mục [x] giữa dòng\n'],
];

it('parses the examples and the seed to the tree a full GFM parse gives', () => {
  for (const [name, source] of documents) assert.deepEqual(parseMarkdown(source), fullGfm.parse(source), name);
});

it('parses every GFM construct as a full GFM parse does', () => {
  for (const source of [
    '| a | b |\n| - | - |\n| 1 | 2 |\n',
    '~~xoá~~ và ~một~\n',
    'Chú thích[^1]\n\n[^1]: ghi chú\n',
    '- [ ] việc cần làm\n',
    '1) [x] xong\n',
    'Xem:\n\n  + [X] xong\n',
    '> - [ ] việc trong trích dẫn\n',
    'www.dongthap.gov.vn\n',
    'WWW.DONGTHAP.GOV.VN\n',
    '(Nguồn: Cổng Thông tin điện tử tỉnh Gia Lai - https://gialai.gov.vn/)\n',
    'lien.he@dongthap.gov.vn và https://dongthap.gov.vn\n',
    'mailto:lien.he@dongthap.gov.vn, xmpp:a@b.vn/r\n',
    '[liên kết](https://dongthap.gov.vn) và <https://a.vn>\n',
    '| Liên hệ | lien.he@dongthap.gov.vn |\n| --- | --- |\n| ~~cũ~~ | www.a.vn |\n',
  ]) {
    assert.deepEqual(parseMarkdown(source), fullGfm.parse(source), source);
  }
});

it('looks for GFM constructs after the front matter only, as micromark reads it', () => {
  assert.equal(gfmExtensionsNeeded('---\ncontact:\n  email: vanphong@dongthap.gov.vn\nnote: a | b ~ c\n---\n\nNội dung.\n'), 0);
  assert.equal(gfmExtensionsNeeded('---\r\nemail: a@b.vn\r\n---  \r\nNội dung.\r\n'), 0);
  assert.equal(gfmExtensionsNeeded('\uFEFF---\n---\nNội dung.\n'), 0);
  // Not front matter: the text after is Markdown too.
  for (const source of ['---\nemail: a@b.vn\n', '---x\nemail: a@b.vn\n---\n', ' ---\nemail: a@b.vn\n---\n', '\n---\nemail: a@b.vn\n---\n', '---\nemail: a@b.vn\n----\n']) {
    assert.notEqual(gfmExtensionsNeeded(source), 0, JSON.stringify(source));
  }
  assert.notEqual(gfmExtensionsNeeded('---\ntitle: x\n---\nemail: a@b.vn\n'), 0);
});

it('parses every example of the CommonMark and GFM specs as a full GFM parse does', () => {
  for (const example of [...COMMONMARK_EXAMPLES, ...GFM_EXAMPLES]) {
    assert.deepEqual(parseMarkdown(example.markdown), fullGfm.parse(example.markdown), `${example.suite} example ${example.number} (${example.section})`);
  }
});

/** Pieces of Markdown around GFM's constructs and the front matter's fences. */
const PIECES = [
  '---', '---', ' ', '\t', '\n', '\n', '\r\n', '\r', 'title: x', 'Sở Nội vụ', '*', '_', '`', '> ', '# ', '- ', '1. ', '\\',
  '| a | b |', '|---|---|', '|', '~~x~~', '~', '[^1]', '[^1]: n', '[ ] ', '[x] ', '[X]',
  'https://a.vn/x?y=1.', 'HTTP://B.VN', 'www.a.vn', 'WWW.b.VN.', '://', 'a@b.vn', '@', 'mailto:a@b.vn', 'xmpp:a@b.vn/r', '<a@b.vn>', '[l](https://x.vn)', '![ảnh](a.jpg)',
];

it('gives the tree of a full GFM parse on generated documents', () => {
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }), (pieces) => {
      const source = pieces.join('');
      assert.deepEqual(parseMarkdown(source), fullGfm.parse(source), JSON.stringify(source));
    }),
    { seed: 20261130, numRuns: 3000 },
  );
});

it('gives the tree of a full GFM parse on generated and mutated releases', () => {
  fc.assert(
    fc.property(anyDocument, (source) => {
      // A byte order mark shifts the parser's offsets, which parseMarkdown puts back: compared without them.
      const text = source.replace(/^\uFEFF+/, '');
      assert.deepEqual(parseMarkdown(text), fullGfm.parse(text));
    }),
    { seed: 20261130, numRuns: 300 },
  );
});

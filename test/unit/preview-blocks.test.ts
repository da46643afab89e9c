/**
 * The preview's block diff: the article cut into its top-level blocks
 * exactly, and an edit sending only what changed.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildModel } from '../../src/core/model/build';
import { renderRelease } from '../../src/core/render/html';
import { diffBlocks, splitArticle, type BlockPatch } from '../../src/extension/preview/article-blocks';
import { repositoryRoot } from './render-support';

const NEWS = readFileSync(join(repositoryRoot, 'examples/vn-news.md'), 'utf8');
const FORMAL = readFileSync(join(repositoryRoot, 'examples/vn-press-release.md'), 'utf8');

function partsOf(text: string, style?: 'portal' | 'print' | 'en') {
  const rendered = renderRelease(buildModel(text), style ? { style } : {});
  return { rendered, parts: splitArticle(rendered) };
}

function changed(patches: BlockPatch[]): BlockPatch[] {
  return patches.filter((patch) => 'html' in patch);
}

describe('splitArticle', () => {
  for (const [name, text, style] of [
    ['a portal article', NEWS, undefined],
    ['a formal release in print', FORMAL, 'print'],
    ['a formal release in the portal style', FORMAL, 'portal'],
  ] as const) {
    it(`cuts ${name} into the renderer's blocks, losing nothing`, () => {
      const { rendered, parts } = partsOf(text, style);
      assert.deepEqual(
        parts.blocks.map(({ id, line }) => ({ id, line })),
        rendered.blocks.map(({ id, line }) => ({ id, line })),
      );
      assert.equal(`${parts.openTag}${parts.blocks.map((block) => block.html).join('')}</article>`, rendered.html);
    });
  }

  it('is not misled by quotes, angle brackets and look-alike ids in the text', () => {
    const text = [
      '---',
      'profile: vn-news',
      '---',
      '',
      '# Tiêu đề "có ngoặc" <b>',
      '',
      'Sáng 14/4, đoạn có `<p id="gp-block-9" data-line="1">` và id="gp-block-7" trong chữ.',
      '',
      '![Ảnh "a > b" <c>](images/a.png "Chú thích > có <dấu>")',
      '',
      'Đoạn cuối[^1]./.',
      '',
      '[^1]: Chú thích cuối trang.',
      '',
    ].join('\n');
    const { rendered, parts } = partsOf(text);
    assert.deepEqual(
      parts.blocks.map((block) => block.id),
      [...rendered.blocks.map((block) => block.id), 'gp-extra-0'],
    );
    assert.equal(`${parts.openTag}${parts.blocks.map((block) => block.html).join('')}</article>`, rendered.html);
    assert.match(parts.blocks.at(-1)!.html, /^<section data-footnotes/);
  });

  it('gives blocks a content without their id and line', () => {
    const { parts } = partsOf(NEWS);
    for (const block of parts.blocks) {
      assert.doesNotMatch(block.content.slice(0, block.content.indexOf('>') + 1), / id=| data-line=/);
    }
  });
});

describe('diffBlocks', () => {
  const before = partsOf(NEWS).parts;

  it('sends only the paragraph that was edited', () => {
    const after = partsOf(NEWS.replace('hơn 3.000 đoàn viên', 'hơn 3.500 đoàn viên')).parts;
    const patches = diffBlocks(before.blocks, after.blocks);
    assert.equal(patches.length, after.blocks.length);
    assert.deepEqual(
      changed(patches).map((patch) => patch.id),
      [after.blocks.find((block) => block.html.includes('3.500'))!.id],
    );
  });

  it('keeps the blocks after a new paragraph, renumbered and moved down a line', () => {
    const lead = NEWS.indexOf('Sáng 14/4');
    const after = partsOf(`${NEWS.slice(0, lead)}Đoạn mới ở đầu.\n\n${NEWS.slice(lead)}`).parts;
    const patches = diffBlocks(before.blocks, after.blocks);
    // The new paragraph becomes the lead, so the old lead is now an ordinary block: both are new HTML.
    assert.equal(changed(patches).length, 2);
    const kept = patches.filter((patch): patch is Extract<BlockPatch, { keep: string }> => 'keep' in patch);
    const lastKept = kept.at(-1)!;
    assert.notEqual(lastKept.keep, lastKept.id, 'renumbered');
    const previousLine = before.blocks.find((block) => block.id === lastKept.keep)!.line;
    assert.equal(lastKept.line, previousLine + 2);
  });

  it('matches repeated blocks in order', () => {
    const text = '---\nprofile: vn-news\n---\n\n# T\n\nSáng 1/1, a.\n\nX.\n\nLặp.\n\nLặp.\n\nCuối./.\n';
    const first = partsOf(text).parts;
    const second = partsOf(text.replace('X.\n\n', '')).parts;
    const patches = diffBlocks(first.blocks, second.blocks);
    assert.deepEqual(
      patches.map((patch) => ('keep' in patch ? `${patch.keep} -> ${patch.id}` : `new ${patch.id}`)),
      ['gp-block-0 -> gp-block-0', 'gp-block-1 -> gp-block-1', 'gp-block-3 -> gp-block-2', 'gp-block-4 -> gp-block-3', 'gp-block-5 -> gp-block-4'],
    );
  });
});

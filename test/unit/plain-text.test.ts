import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parseMarkdown } from '../../src/core/parse';
import { PlainText } from '../../src/core/text/plain-text';

function plainOf(source: string): PlainText {
  return PlainText.fromNode(parseMarkdown(source).children[0]!, source);
}

describe('PlainText.fromNode', () => {
  test('list items are separate lines', () => {
    assert.equal(plainOf('- Mục một\n- Mục **hai**\n- Mục ba\n').text, 'Mục một\nMục hai\nMục ba');
  });

  test('a nested list opens one line, not two', () => {
    assert.equal(plainOf('- Mục một\n  - Mục con\n- Mục hai\n').text, 'Mục một\nMục con\nMục hai');
  });

  test('continuation lines whose indentation or trailing spaces the parser dropped still map word by word', () => {
    const source = 'Đối tượng tham gia gồm: \n\ta) Cá nhân từ 16 tuổi;\n   b) Doanh nghiệp &amp; hợp tác xã.\n';
    const plain = plainOf(source);
    assert.equal(plain.text, 'Đối tượng tham gia gồm:\na) Cá nhân từ 16 tuổi;\nb) Doanh nghiệp & hợp tác xã.');
    const word = (text: string) => {
      const start = plain.text.indexOf(text);
      const span = plain.span(start, start + text.length);
      return [source.slice(span.start, span.end), plain.isExact(start, start + text.length)];
    };
    assert.deepEqual(word('Cá nhân'), ['Cá nhân', true]);
    assert.deepEqual(word('gồm:'), ['gồm:', true]);
    // The line with an entity maps to its own start, not the paragraph's, and is never rewritten.
    assert.deepEqual(word('hợp tác'), ['b', false]);
    assert.equal(plain.isExact(0, plain.text.indexOf('a)') + 2), false);
  });

  test('table cells and rows are separate lines', () => {
    assert.equal(plainOf('| a | b |\n|---|---|\n| c | d |\n').text, 'a\nb\nc\nd');
  });

  test('each character maps back to its source offset', () => {
    const source = '- Mục một\n- Mục **hai**\n';
    const plain = plainOf(source);
    const at = plain.text.indexOf('hai');
    assert.equal(source.slice(plain.toSource(at), plain.toSource(at) + 3), 'hai');
    assert.ok(plain.isExact(at, at + 3));
  });

  test('a range is checked against the segments around it only: a table of thousands of rows is one block', () => {
    const rows = 3000;
    const source = `| Đơn vị | Số liệu |\n| --- | --- |\n${'| Sở Y tế | 1.5 |\n'.repeat(rows)}`;
    const plain = plainOf(source);
    const segments = (plain as unknown as { segments: readonly unknown[] }).segments;
    let reads = 0;
    const counted = new Proxy(segments, {
      get(target, key, receiver) {
        if (typeof key === 'string' && /^\d+$/.test(key)) reads++;
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
    Object.defineProperty(plain, 'segments', { value: counted });
    const at = plain.text.lastIndexOf('Sở Y tế');
    assert.ok(plain.isExact(at, at + 'Sở Y tế'.length));
    assert.ok(reads < 100, `${reads} segments read of ${segments.length}`);
  });
});

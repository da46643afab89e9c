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
});

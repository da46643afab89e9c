import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countWords, isWhiteSpace } from '../../src/core/text/white-space';

test('isWhiteSpace agrees with \\s (and so with trim) on every UTF-16 code unit', () => {
  const disagreements: string[] = [];
  for (let code = 0; code <= 0xffff; code++) {
    if (isWhiteSpace(code) !== /\s/.test(String.fromCharCode(code))) disagreements.push(code.toString(16));
  }
  assert.deepEqual(disagreements, []);
});

test('countWords counts what trim and split on white space count', () => {
  for (const text of ['', '   ', 'một', ' Sở  Nội vụ\ttổ chức\nhội nghị ', '\u00a0a\u2003b\u3000', 'x\ufeffy', '😀 🇻🇳', 'a\u200bb']) {
    const words = text.trim().split(/\s+/u);
    assert.equal(countWords(text), words[0] === '' ? 0 : words.length, JSON.stringify(text));
  }
});

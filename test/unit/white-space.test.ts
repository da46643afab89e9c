import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { countLetterWords, countWords, isWhiteSpace } from '../../src/core/text/white-space';

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

/** Pieces of text where the two counts can go wrong: every kind of white space, letters in and out of ASCII, marks, symbols, surrogate pairs. */
const TEXT_PIECES = [' ', '\t', '\n', '\r', '\u00a0', '\u2003', '\u3000', '\ufeff', 'a', 'Z', '7', 'đ', 'Ư', 'ệ', '٣', '\u0301', '-', '–', './.', '…', '“', '😀', '𝐀', '\ud800'];
const mixedText = fc.array(fc.constantFrom(...TEXT_PIECES), { maxLength: 40 }).map((pieces) => pieces.join(''));

test('countLetterWords counts the white-space-separated words that hold a letter or digit', () => {
  fc.assert(
    fc.property(mixedText, (text) => {
      const words = text.split(/\s+/u).filter((word) => /[\p{L}\p{N}]/u.test(word));
      assert.equal(countLetterWords(text), words.length, JSON.stringify(text));
    }),
    { seed: 20261130, numRuns: 2000 },
  );
});

test('countWords agrees with trim and split on generated text', () => {
  fc.assert(
    fc.property(mixedText, (text) => {
      const words = text.trim().split(/\s+/u);
      assert.equal(countWords(text), words[0] === '' ? 0 : words.length, JSON.stringify(text));
    }),
    { seed: 20261130, numRuns: 2000 },
  );
});

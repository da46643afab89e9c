import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenEnd, tokenStart } from '../../src/core/lang/prose-marks';

const TOKEN_CHARACTER = /[\p{L}\p{M}\p{N}]/u;

describe('tokenStart and tokenEnd', () => {
  test('a code unit belongs to a token exactly when it is a letter, mark or digit (every UTF-16 code unit)', () => {
    for (let code = 0; code <= 0xffff; code++) {
      const character = String.fromCharCode(code);
      const inToken = TOKEN_CHARACTER.test(character);
      assert.equal(tokenEnd(` ${character} `, 1), inToken ? 2 : 1, `tokenEnd U+${code.toString(16)}`);
      assert.equal(tokenStart(` ${character} `, 2), inToken ? 1 : 2, `tokenStart U+${code.toString(16)}`);
    }
  });

  test('runs of Vietnamese letters and digits', () => {
    const text = 'Sở TT&TT, Nghị định 30/2020 (×2)';
    assert.equal(tokenStart(text, text.indexOf('&')), text.indexOf('TT'));
    assert.equal(tokenEnd(text, text.indexOf('Nghị')), text.indexOf(' định'));
    assert.equal(tokenEnd(text, text.indexOf('30')), text.indexOf('/'));
    assert.equal(tokenEnd(text, text.indexOf('×')), text.indexOf('×'));
  });
});

import { it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { tokenize, tokenizeProse } from '../../src/core/text/words';

it('splits Vietnamese prose into words, keeping abbreviations whole', () => {
  const words = tokenize('Sở TT&TT và UBND TP.HCM họp về COVID-19, kinh tế - xã hội.');
  assert.deepEqual(words.map((word) => word.text), ['Sở', 'TT&TT', 'và', 'UBND', 'TP.HCM', 'họp', 'về', 'COVID-19', 'kinh', 'tế', 'xã', 'hội']);
});

it('marks sentence starts after . ! ? … and line breaks, through quotes and brackets', () => {
  const words = tokenize('Sáng 14/4, Sở họp. “Chuyển đổi số” là nhiệm vụ! (Ảnh minh họa)\nTin: Bích Ngọc');
  const starts = words.filter((word) => word.sentenceStart).map((word) => word.text);
  assert.deepEqual(starts, ['Sáng', 'Chuyển', 'Ảnh', 'Tin']);
});

it('gives plain-text offsets of each word', () => {
  const text = 'Tỉnh ủy Đồng Tháp';
  for (const word of tokenize(text)) assert.equal(text.slice(word.start, word.end), word.text);
});

/** The word pattern `tokenize` scans for, as the one regular expression it replaces. */
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[&\-.'’/][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*/gu;

it('finds the same words as the regular expression, on any text', () => {
  const pieces = ['a', 'Ủ', 'ệ', 'e\u0301', '\u0301', '1', '٣', ' ', '\n', '.', '-', '&', "'", '’', '/', ',', '“', '𝐀', '😀', '\uD800', '\uDC00', 'ß', 'ǅ', '中', '\u00A0', '\u200B'];
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
      const text = parts.join('');
      const expected = Array.from(text.matchAll(WORD), (match) => [match[0], match.index]);
      assert.deepEqual(tokenize(text).map((word) => [word.text, word.start]), expected);
      for (const word of tokenize(text)) assert.equal(word.end, word.start + word.text.length);
    }),
    { numRuns: 3000 },
  );
});

/** A sentence end (or line break) followed only by closing marks, spaces and opening marks up to the next word. */
const SENTENCE_BREAK = /(?:[.!?…][)"'”’\]*_]*|\n)[\s"'“‘(*_[]*$/u;

it('opens a sentence where the gap before a word ends like a sentence, on any text', () => {
  const pieces = ['a', 'Ủ', '1', ' ', '\n', '\t', '\u00A0', '.', '!', '?', '…', ')', '(', '"', "'", '“', '”', '‘', '’', ']', '[', '*', '_', ',', '-', '😀', '\uD800', '\uDC00'];
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
      const text = parts.join('');
      const words = tokenize(text);
      const expected = words.map((word, index) => index === 0 || SENTENCE_BREAK.test(text.slice(words[index - 1]!.end, word.start)));
      assert.deepEqual(words.map((word) => word.sentenceStart), expected);
    }),
    { numRuns: 3000 },
  );
});

/** The characters outside ASCII that are not unusual: the precomposed Vietnamese letters. */
const VIETNAMESE_LETTER = /^[àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝăĂđĐĩĨũŨơƠưƯ\u1EA0-\u1EF9]$/u;

it('tells whether a text holds an unusual character: outside ASCII, and no precomposed Vietnamese letter', () => {
  const pieces = ['a', 'Ủ', 'ệ', 'đ', 'Ư', 'é', 'e\u0301', '1', ' ', '\n', '.', '-', '–', '“', '’', '…', '«', 'Ð', 'ä', 'ß', '𝐀', '\uD800', '\u00A0', '\u00AD', '\u200B'];
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 20 }), (parts) => {
      const text = parts.join('');
      const prose = tokenizeProse(text);
      assert.equal(prose.unusual, Array.from(text).some((character) => character.charCodeAt(0) >= 0x80 && !VIETNAMESE_LETTER.test(character)));
      assert.deepEqual(prose.words, tokenize(text));
    }),
    { numRuns: 2000 },
  );
});

it('shares one spelling between the words written alike, before and after the table of spellings is emptied', () => {
  // More distinct words than the table keeps, in one text: it grows for that text, and is emptied before the next.
  const text = Array.from({ length: 150_000 }, (_, index) => `t${index % 70_000}`).join(' ');
  const words = tokenize(text);
  assert.equal(words.length, 150_000);
  for (const [index, word] of words.entries()) assert.equal(word.text, `t${index % 70_000}`);
  const again = tokenize('t5 t69999 t5');
  assert.equal(again[0]!.spelling, again[2]!.spelling);
});

it('numbers the spellings of a text: two words share a number exactly when they are spelled alike', () => {
  fc.assert(
    fc.property(fc.array(fc.constantFrom('Sở', 'sở', 'Tỉnh', 'ủy', 'uỷ', 'ngày', '14', 'TT&TT', 'cây', 'trồng'), { maxLength: 30 }), (parts) => {
      const { words, spellingNumbers } = tokenizeProse(parts.join(' '));
      assert.equal(spellingNumbers.length, words.length);
      for (let a = 0; a < words.length; a++) {
        for (let b = 0; b < words.length; b++) assert.equal(spellingNumbers[a] === spellingNumbers[b], words[a]!.text === words[b]!.text);
      }
    }),
  );
});

it('keeps the spelling numbers of one text distinct when the table of spellings is emptied around it', () => {
  // More distinct words than the table holds (65,536): it is emptied before a text, never inside one.
  const many = Array.from({ length: 70_000 }, (_, index) => `w${index.toString(36)}`);
  tokenizeProse(many.slice(0, 40_000).join(' '));
  const text = `${many.slice(40_000).join(' ')} ${many[40_000]}`;
  const { words, spellingNumbers } = tokenizeProse(text);
  assert.equal(new Set(spellingNumbers).size, 30_000);
  assert.ok(Math.max(...spellingNumbers) < 30_000, 'the table was emptied before the text, not kept growing');
  assert.equal(spellingNumbers[words.length - 1], spellingNumbers[0]);
  const small = tokenizeProse('cây trồng cây trồng');
  assert.deepEqual([...small.spellingNumbers].map((n) => n - small.spellingNumbers[0]!), [0, 1, 0, 1]);
});

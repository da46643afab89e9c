import { it } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from '../../src/core/text/words';

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

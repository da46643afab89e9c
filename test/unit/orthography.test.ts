/**
 * The syllable model and the orthography rules beyond their documentation
 * examples: every rhyme of the language round-trips through the tone-mark
 * rules, the seed article and the clean examples, configured styles, letter
 * case, and the words the rules must leave alone.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { lint, lintAndFix } from '../../src/core/lint/engine';
import type { GovpressConfig } from '../../src/core/config/types';
import { batchRules } from '../../src/core/rules/batch-orthography';
import { inToneStyle, parseSyllable, tonePlaces, toneStyleOf, withTone, type Syllable, type Tone } from '../../src/core/lang/syllable';

const ORTHOGRAPHY = batchRules.map((rule) => rule.meta.id);
const MARKED_TONES: readonly Tone[] = ['grave', 'acute', 'hook', 'tilde', 'dot'];
const STOP_TONES: readonly Tone[] = ['acute', 'dot'];

/** One real word per rhyme of the language (with `gi` and `qu` spellings), lowercase. */
const WORD_PER_RHYME = (
  'bà bài bàm bàn bàng bành bào bàu bày bè bèm bèn béng bèo bì bìa bịn bình biến biếng biếc biếm biết biếu bò bòm bòn bòng boóng ' +
  'bù bùa bùng buồn buồng buýt buốt buồi buồm buộc bác bách bát bấn bầng bấu bấy béc bép bét bế bến bềnh bều bìm bìu bích bít bòi ' +
  'bóc bóp bót bố bối bồm bốn bống bùi bùm bùn búp bút bằm bắn bắng bớ bới bờm bờn bứ bừa bứng bửu bưởi bướm lườn bướng bướu bước ' +
  'bướp bượt bạp bấc bấm bấp bất bắc bắp bắt bếp bết bệch bịp bốc bốp bốt bớp bớt bục bức bứt chiếp choàng choài choán choèn hoẳn ' +
  'choạc choạp choắt choẹt chuyến chuẩn chuếch chềm sừn chửi coóc doành duyệt duềnh già giãi giám giàn giàng giành giào giéo giò ' +
  'giòi giòn gióng giú giũa giun giuộc giàu giày giác giáp giát giấm giấu giấy gièm gié giề giếng gióc giồ giôn giống giùi giùm giúp ' +
  'giằm giằng giờ giướng giấc giấp giần giật giắn giắt giặc giẹp giếc giếm giết giền giễu giọt giối giốt giộp giới giờn giục giừ giữa ' +
  'giựt hoáy hoắm hoẵng hoạch hoạt hoắc huỳnh huề huých thuở ký hừm khoèo khoào khuya khuâng khuấy khuất khuỵu ngoàm quà quài quàn ' +
  'quàng quành quào quàu quày què quèn quèo quoàng quoắt quý quyến quyết quác quách quát quấn quấy quét quế quện quít quýnh quýt quắm ' +
  'quắn quẳng quớ quấc quất quầng quắc quắp quắt quết quếu quềnh quệch quốc yến yểng yếu yếm yết tuyn ngoẹo khoái xoáy nghiêng ghế ' +
  'kìa kỹ kẹp'
).split(' ');

/** Open oa, oe, uy words in the `hòa` style, the only ones whose mark moves between styles. */
const HOA_STYLE_WORDS = 'hòa hóa họa tòa xóa khóa thỏa lòe khỏe xòe chóe ủy thủy tùy lũy hủy thụy khuy'.split(' ');

function parsed(word: string): Syllable {
  const syllable = parseSyllable(word);
  assert.ok(syllable, `${word} parses`);
  return syllable;
}

function lintText(text: string, config: GovpressConfig = {}) {
  return lint(text, { onlyRules: ORTHOGRAPHY, config });
}

function article(body: string): string {
  return `---\ntitle: Tin hoạt động\n---\n\n# Tin hoạt động\n\n${body}\n`;
}

/** Reported words with their rule, message id and fix, for readable assertions. */
function reported(text: string, config: GovpressConfig = {}) {
  return lintText(text, config).messages.map((message) => ({
    ruleId: message.ruleId,
    messageId: message.messageId,
    word: text.slice(message.start, message.end),
    fix: message.fix?.text,
  }));
}

describe('the syllable model', () => {
  it('parses every rhyme of the language and finds its tone mark where it is', () => {
    for (const word of WORD_PER_RHYME) {
      const syllable = parsed(word);
      const places = tonePlaces(syllable);
      if (syllable.marks.length > 0) assert.ok(places.includes(syllable.toneAt), `${word}: mark at ${syllable.toneAt}, expected ${places}`);
    }
  });

  it('knows qu and gi as initials: quý, quỹ, quỳ are not uy words, già is not an ia word', () => {
    for (const word of ['quý', 'quỹ', 'quỳ', 'QUÝ', 'Quỹ']) {
      assert.equal(parsed(word).initial.toLowerCase(), 'qu');
      assert.equal(toneStyleOf(parsed(word)), undefined, word);
    }
    assert.deepEqual([parsed('già').initial, parsed('già').rhyme], ['gi', 'a']);
    assert.deepEqual([parsed('gìn').initial, parsed('gìn').rhyme], ['g', 'in']);
  });

  it('converts every style word between the two styles and back, in every tone and letter case', () => {
    for (const word of HOA_STYLE_WORDS) {
      for (const tone of MARKED_TONES) {
        for (const cased of [word, word.charAt(0).toUpperCase() + word.slice(1), word.toUpperCase()]) {
          const hoa = withTone(parsed(cased), tone, tonePlaces(parsed(cased))[0]!);
          assert.equal(toneStyleOf(parsed(hoa)), 'hòa', hoa);
          const hoaOnSecond = inToneStyle(parsed(hoa), 'hoà');
          assert.equal(toneStyleOf(parsed(hoaOnSecond)), 'hoà', hoaOnSecond);
          assert.equal(inToneStyle(parsed(hoaOnSecond), 'hòa'), hoa);
        }
      }
    }
    assert.equal(inToneStyle(parsed('ỦY'), 'hoà'), 'UỶ');
    assert.equal(inToneStyle(parsed('Ủy'), 'hoà'), 'Uỷ');
  });

  it('does not take foreign words, abbreviations, NFD text or three tone marks for syllables', () => {
    for (const word of ['café', 'résumé', 'Perú', 'José', 'email', 'UBND', 'HĐND', 'Đắk', 'xtrây', 'Vie\u0302\u0323t', 'àáả']) {
      assert.equal(parseSyllable(word), undefined, word);
    }
  });
});

describe('tone-mark-misplaced', () => {
  it('moves a misplaced mark back for every rhyme and tone, and leaves the right place alone', () => {
    let misplacements = 0;
    for (const word of WORD_PER_RHYME) {
      const syllable = parsed(word);
      const places = tonePlaces(syllable);
      const tones = ['c', 'ch', 'p', 't'].includes(syllable.final) ? STOP_TONES : MARKED_TONES;
      const written: string[] = [];
      const expected: Array<{ word: string; fix: string }> = [];
      for (const tone of tones) {
        const right = withTone(syllable, tone, places[0]!);
        written.push(right);
        for (let at = 0; at < syllable.letters.length; at++) {
          if (places.includes(at) || !'aăâeêioôơuưy'.includes(syllable.letters[at]!)) continue;
          const wrong = withTone(syllable, tone, at);
          written.push(wrong);
          expected.push({ word: wrong, fix: right });
        }
      }
      misplacements += expected.length;
      const found = reported(article(`Các từ ${written.join(', ')} được kiểm tra.`)).filter((entry) => entry.ruleId === 'tone-mark-misplaced');
      assert.deepEqual(
        found.map((entry) => ({ word: entry.word, fix: entry.fix })),
        expected,
        word,
      );
    }
    assert.ok(misplacements > 500, `${misplacements} misplacements tried`);
  });

  it('keeps the letter case when it moves the mark', () => {
    const text = article('HÒANG THÀNH và Đựơc mùa.');
    assert.deepEqual(
      reported(text).map((entry) => [entry.word, entry.fix]),
      [
        ['HÒANG', 'HOÀNG'],
        ['Đựơc', 'Được'],
      ],
    );
  });

  it('finds a misplaced mark in any piece of a joined token, after numbers and joiners of every kind', () => {
    const text = article('Lửa trại-lưả, 14/4-hòang, A&đựơc và Nguyễn’đựơc.');
    assert.deepEqual(
      reported(text).map((entry) => [entry.word, entry.fix]),
      [
        ['lưả', 'lửa'],
        ['hòang', 'hoàng'],
        ['đựơc', 'được'],
        ['đựơc', 'được'],
      ],
    );
  });

  it('offers no fix where the plain text does not map onto the source (an entity)', () => {
    const text = article('Ông Nguyễn Văn H&ograve;ang phát biểu.');
    const [message] = lintText(text).messages;
    assert.equal(message?.ruleId, 'tone-mark-misplaced');
    assert.equal(message?.fix, undefined);
  });
});

describe('tone-style-mixed', () => {
  const seed = readFileSync(join(__dirname, '..', '..', '..', 'shared', 'samples', 'seed-as-published.md'), 'utf8');

  it('reports "Tỉnh uỷ viên" in the seed article, naming "Ủy" and its line, and nothing else of the batch', () => {
    const messages = lintText(seed).messages;
    assert.deepEqual(
      messages.map((message) => ({ ruleId: message.ruleId, word: seed.slice(message.start, message.end), context: seed.slice(message.start - 5, message.end + 5) })),
      [{ ruleId: 'tone-style-mixed', word: 'uỷ', context: 'Tỉnh uỷ viên' }],
    );
    const firstUy = seed.indexOf('Ủy ban');
    const line = seed.slice(0, firstUy).split('\n').length;
    assert.equal(messages[0]!.message, `"uỷ" đặt dấu kiểu "hoà", trong bài đã dùng kiểu "hòa" ("Ủy", dòng ${line}): sửa thành "ủy" cho thống nhất.`);
    // One word in each style: the first style is kept, but which one the writer meant is not certain.
    assert.equal(messages[0]!.fix, undefined);
  });

  it('fixes to the configured style every word in the other one, in any letter case', () => {
    const text = article('ỦY BAN NHÂN DÂN tỉnh và Tỉnh ủy chỉ đạo phát triển thủy sản, văn hoá và chăm lo sức khỏe người dân. Quỹ hỗ trợ quý I đạt kết quả tốt.');
    const toOld = lintAndFix(text, { onlyRules: ['tone-style-mixed'], config: { toneStyle: 'hoà' } });
    assert.equal(toOld.output, text.replace('ỦY', 'UỶ').replace('ủy', 'uỷ').replace('thủy', 'thuỷ').replace('khỏe', 'khoẻ'));
    const toNew = lint(text, { onlyRules: ['tone-style-mixed'], config: { toneStyle: 'hòa' } });
    assert.deepEqual(
      toNew.messages.map((message) => [message.messageId, text.slice(message.start, message.end), message.fix?.text]),
      [['configured', 'hoá', 'hóa']],
    );
  });

  it('fixes the minority to the clear majority, one edit per word', () => {
    const text = article('Tỉnh uỷ chỉ đạo phát triển thuỷ lợi, giữ vững hoà bình; Ủy ban tỉnh triển khai.');
    const fixed = lintAndFix(text, { onlyRules: ['tone-style-mixed'] });
    assert.equal(fixed.output, text.replace('Ủy ban', 'Uỷ ban'));
  });

  it('leaves proper names, closed syllables and quý/quỹ/quỳ out of the count', () => {
    const text = article(
      'Đoàn công tác tỉnh Khánh Hoà do bà Nguyễn Thị Thuỷ dẫn đầu làm việc với Ủy ban nhân dân tỉnh về văn hóa. ' +
        'Ông Huỳnh Văn Hoàng báo cáo khoản kinh phí quý I, Quỹ Khuyến học, thuyền nghề và việc quỳ lạy trong lễ hội.',
    );
    assert.deepEqual(reported(text), []);
  });

  it('reports a name spelled in both styles, grouping a name after a sentence\'s first word with the name alone', () => {
    const text = article('Sáng 18/10, bà Nguyễn Thị Thủy phát biểu. Bà Nguyễn Thị Thuỷ cảm ơn đại biểu. Bà Nguyễn Thị Thủy kết luận hội nghị về văn hoá.');
    const messages = lint(text, { onlyRules: ['tone-style-mixed'] }).messages.filter((message) => message.messageId === 'nameMixed');
    assert.deepEqual(
      messages.map((message) => [text.slice(message.start, message.end), message.fix?.text, message.data['name']]),
      [['Thuỷ', 'Thủy', 'Nguyễn Thị Thuỷ']],
    );
    assert.equal(lintAndFix(text, { onlyRules: ['tone-style-mixed'] }).output, text.replace('Thuỷ', 'Thủy'));
  });

  it('leaves alone two people whose names differ in more than the style, and a tie without a fix', () => {
    assert.deepEqual(reported(article('Sáng 18/10, bà Lê Thị Thủy và bà Trần Thị Thuỷ dự lễ tại tỉnh Khánh Hòa.')), []);
    assert.deepEqual(reported(article('Sáng 18/10, UBND tỉnh Khánh Hòa và Tỉnh ủy Khánh Hoà dự lễ.')), [
      { ruleId: 'tone-style-mixed', messageId: 'nameMixed', word: 'Hoà', fix: undefined },
    ]);
  });

  it('gives nothing on an English release', () => {
    const text = '---\nprofile: en-press-release\ntitle: Delegation visits Khánh Hòa\n---\n\n# Delegation visits Khánh Hòa\n\nThe Ủy ban and the Tỉnh uỷ met in Hòa Bình; hòang.\n';
    assert.deepEqual(reported(text), []);
  });
});

describe('syllable-invalid', () => {
  it('accepts one word of every rhyme in a sentence', () => {
    const text = article(`${WORD_PER_RHYME.join(' ')}.`);
    assert.deepEqual(reported(text).filter((entry) => entry.ruleId === 'syllable-invalid'), []);
  });

  it('fixes the initial only where the right spelling is certain', () => {
    const text = article('Nghành y tế nghiêm túc xử lý. Các xã ngiêm túc, mua ghà và ngồi gế; kà phê ngon, cẹp giấy, nge nhạc.');
    assert.deepEqual(
      reported(text).map((entry) => [entry.word, entry.fix]),
      [
        ['Nghành', 'Ngành'],
        ['ngiêm', 'nghiêm'],
        ['ghà', 'gà'],
        ['gế', 'ghế'],
        ['kà', 'cà'],
        ['cẹp', 'kẹp'],
        ['nge', 'nghe'],
      ],
    );
  });

  it('names both candidates of a stop final with a wrong tone, without a fix', () => {
    const text = article('Vùng thầp trũng bị ngập.');
    const [message] = lintText(text).messages;
    assert.equal(message?.messageId, 'stopTone');
    assert.match(message!.message, /"thấp" hay "thập"/u);
    assert.equal(message?.fix, undefined);
  });

  it('skips abbreviations, transliterations, foreign words, names, letter groups and legacy-encoded text', () => {
    const text = article(
      'NGHÀNH Y TẾ, TP.HCM, COVID-19, Mát-xcơ-va, Ô-xtrây-li-a, café, résumé, gen, ka, Telex; ' +
        'tỉnh Bắc Kạn, Đắk Lắk, huyện Krông Pắc, ông Y Ngông Niê Kđăm; các cặp iê, yê, uô, ươ và chữ ă. ' +
        'Dòng VNI: Vieät Nam, Nghò ñònh; UTF-8: Viá»‡t Nam.',
    );
    assert.deepEqual(reported(text), []);
  });
});

describe('precision on clean text', () => {
  it('gives no orthography message on the examples', () => {
    const folder = join(__dirname, '..', '..', 'examples');
    for (const name of readdirSync(folder).filter((file) => file.endsWith('.md'))) {
      assert.deepEqual(reported(readFileSync(join(folder, name), 'utf8')), [], name);
    }
  });
});

/**
 * The encoding rules: legacy Vietnamese encodings found per line and
 * converted back exactly, no finding on real text in other languages, and
 * no double report between encoding-legacy, unicode-nfc and
 * invisible-character.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import fc from 'fast-check';
import { lint, lintAndFix } from '../../src/core/lint/engine';
import { convertLegacy, detectLegacyRuns, isVietnameseSyllable, toLegacy, type LegacyEncoding } from '../../src/core/lang/legacy-encodings';

const ENCODING_RULES = ['encoding-legacy', 'unicode-nfc', 'invisible-character'];
const ROOT = join(__dirname, '..', '..');
const CLEAN_RELEASE = readFileSync(join(ROOT, 'examples', 'vn-news.md'), 'utf8');
const SEED = readFileSync(join(ROOT, '..', 'shared', 'samples', 'seed-as-published.md'), 'utf8');

const TONE_MARKS = ['', '\u0300', '\u0309', '\u0303', '\u0301', '\u0323'];
const VOWELS = 'aăâeêioôơuưy';

/** Every Vietnamese vowel letter with every tone (12 × 6), and đ. */
const LETTERS = [...Array.from(VOWELS).flatMap((vowel) => TONE_MARKS.map((mark) => (vowel + mark).normalize('NFC'))), 'đ'];

/** A well-formed syllable with `letter`: ă and â need a final consonant, y stands open. */
function syllableWith(letter: string): string {
  if (letter === 'đ') return 'đi';
  return letter.normalize('NFD')[0] === 'y' ? `t${letter}` : `t${letter}n`;
}

/** A paragraph that holds every lowercase letter in well-formed syllables, in a sentence of an article. */
const EVERY_LETTER =
  'Sở Thông tin và Truyền thông phối hợp với Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh Đồng Tháp tổ chức lễ ký kết giữa hai đơn vị, người dân hưởng ứng nhiệt liệt; các vần: ' +
  LETTERS.map(syllableWith).join(' ') +
  '.';

/** Bytes as a Windows paste shows them: Windows-1252, its five undefined bytes as the C1 controls of the same code (as browsers do). */
function showAsWindows1252(bytes: Uint8Array): string {
  return Array.from(bytes, (byte) => {
    const shown = iconv.decode(Uint8Array.of(byte), 'windows-1252');
    return shown === '\uFFFD' ? String.fromCharCode(byte) : shown;
  }).join('');
}

/**
 * A TCVN3 (.VnTime) document pasted: each letter through iconv-lite's
 * 'tcvn' codec, shown as Windows-1252. TCVN3 has codes for lowercase
 * letters and Ă Â Ê Ô Ơ Ư Đ only (0xA1–0xFF); a toned capital was typed in
 * the .VnTimeH font, which reuses the lowercase code. Characters with no
 * TCVN3 code (dashes, curly quotes) were stored as Unicode by Word and come
 * through unchanged.
 */
function pasteTcvn3(text: string): string {
  return Array.from(text, (character) => {
    const bytes = iconv.encode(character, 'tcvn');
    if (bytes.length === 1 && bytes[0] === 0x3f && character !== '?') return character;
    if (bytes[0]! < 0xa1 && character >= '\u0080') return pasteTcvn3(character.toLowerCase());
    return showAsWindows1252(bytes);
  }).join('');
}

/** What comes back from TCVN3 text: toned capitals typed in .VnTimeH inside mixed-case text cannot be told from lowercase. */
function withoutToneCapitals(text: string): string {
  return Array.from(text, (character) => (iconv.encode(character, 'tcvn')[0]! < 0xa1 && character >= '\u0080' ? character.toLowerCase() : character)).join('');
}

/** UTF-8 bytes shown as Windows-1252. */
function pasteUtf8(text: string): string {
  return showAsWindows1252(new TextEncoder().encode(text));
}

/** An all-caps line typed in a `.VnTimeH` font: ASCII capitals, and the lowercase TCVN3 code for every other letter. */
function pasteTcvn3Capitals(text: string): string {
  return Array.from(text, (character) => (character < '\u0080' ? character : pasteTcvn3(character.toLowerCase()))).join('');
}

/** The clean example release with `paragraph` added after its lead. */
function releaseWith(paragraph: string): string {
  const anchor = '\n\nTham dự buổi lễ';
  assert.ok(CLEAN_RELEASE.includes(anchor));
  return CLEAN_RELEASE.replace(anchor, `\n\n${paragraph}${anchor}`);
}

function lineOf(text: string, fragment: string): number {
  return text.slice(0, text.indexOf(fragment)).split('\n').length;
}

function fixedText(text: string): string {
  return lintAndFix(text, { onlyRules: ENCODING_RULES }).output ?? text;
}

function messages(text: string) {
  return lint(text, { onlyRules: ENCODING_RULES }).messages.map((message) => ({ ruleId: message.ruleId, messageId: message.messageId, line: message.line }));
}

describe('round trip of every Vietnamese letter pasted into a Unicode release', () => {
  it('builds the test paragraph from all 72 vowel letters and đ, each a well-formed syllable', () => {
    assert.equal(LETTERS.length, 73);
    for (const letter of LETTERS) assert.ok(EVERY_LETTER.includes(letter) && EVERY_LETTER.toUpperCase().includes(letter.toUpperCase()), letter);
    for (const word of EVERY_LETTER.match(/\p{L}+/gu)!) assert.ok(isVietnameseSyllable(word), word);
  });

  const cases: Array<{ name: string; unicode: string; legacy: string }> = [
    { name: 'TCVN3 (iconv-lite tcvn, shown as Windows-1252)', unicode: EVERY_LETTER, legacy: pasteTcvn3(EVERY_LETTER) },
    { name: 'TCVN3 capitals typed in .VnTimeH', unicode: EVERY_LETTER.toUpperCase(), legacy: pasteTcvn3Capitals(EVERY_LETTER.toUpperCase()) },
    { name: 'VNI-Windows', unicode: EVERY_LETTER, legacy: toLegacy(EVERY_LETTER, 'vni')! },
    { name: 'VNI-Windows capitals', unicode: EVERY_LETTER.toUpperCase(), legacy: toLegacy(EVERY_LETTER.toUpperCase(), 'vni')! },
    { name: 'UTF-8 read as Windows-1252', unicode: EVERY_LETTER, legacy: pasteUtf8(EVERY_LETTER) },
  ];
  for (const { name, unicode, legacy } of cases) {
    it(`${name}: found on that line only and fixed back to the exact Unicode`, () => {
      assert.notEqual(legacy, unicode);
      const document = releaseWith(legacy);
      const found = messages(document);
      assert.deepEqual(found, [{ ruleId: 'encoding-legacy', messageId: found[0]?.messageId ?? '', line: lineOf(document, legacy) }]);
      assert.notEqual(found[0]!.messageId, 'unconvertible');
      assert.equal(fixedText(document), releaseWith(unicode));
    });
  }

  it('the TCVN3 paste of lowercase letters is exactly what toLegacy writes', () => {
    assert.equal(toLegacy(EVERY_LETTER, 'tcvn3'), pasteTcvn3(EVERY_LETTER));
    assert.equal(toLegacy(EVERY_LETTER.toUpperCase(), 'tcvn3', { uppercase: true }), pasteTcvn3Capitals(EVERY_LETTER.toUpperCase()));
  });

  it('every letter converts alone, inside a legacy line, in both cases', () => {
    for (const letter of LETTERS) {
      for (const encoding of ['tcvn3', 'vni'] as const) {
        const line = `Hội nghị ${syllableWith(letter)} kết thúc`;
        assert.equal(convertLegacy(toLegacy(line, encoding)!, encoding), line, `${encoding} ${line}`);
      }
      const capitals = `HỘI NGHỊ ${syllableWith(letter).toUpperCase()} KẾT THÚC`;
      assert.equal(convertLegacy(pasteTcvn3Capitals(capitals), 'tcvn3', { uppercase: true }), capitals);
      assert.equal(convertLegacy(toLegacy(capitals, 'vni')!, 'vni'), capitals);
    }
  });
});

describe('the seed article, every prose line converted to a legacy encoding', () => {
  const body = SEED.slice(SEED.indexOf('\n---\n') + 5);
  const head = SEED.slice(0, SEED.indexOf('\n---\n') + 5);
  /** Every line but the images (their alt text is not prose the rules read). */
  const eachProseLine = (change: (line: string) => string): string =>
    head +
    body
      .split('\n')
      .map((line) => (line.startsWith('![') ? line : change(line)))
      .join('\n');
  const encoders: Array<[string, (line: string) => string, string]> = [
    // `Ủy ban` mid-sentence comes back `ủy ban`: the .VnTimeH capital is lost in the paste.
    ['tcvn3', pasteTcvn3, eachProseLine(withoutToneCapitals)],
    ['vni', (line) => toLegacy(line, 'vni')!, SEED],
    ['utf8-as-cp1252', pasteUtf8, SEED],
  ];
  for (const [name, encode, expected] of encoders) {
    it(`${name}: every line found and fixed back, byte for byte`, () => {
      const document = eachProseLine(encode);
      const found = messages(document);
      assert.ok(found.length >= 10 && found.every((message) => message.ruleId === 'encoding-legacy' && message.messageId !== 'unconvertible'), JSON.stringify(found));
      assert.equal(fixedText(document), expected);
    });
  }
});

describe('samples of each encoding', () => {
  const samples: Array<{ text: string; encoding: LegacyEncoding; converted?: string }> = [
    { text: 'Së Th«ng tin vµ TruyÒn th«ng', encoding: 'tcvn3', converted: 'Sở Thông tin và Truyền thông' },
    { text: 'NghÞ ®Þnh', encoding: 'tcvn3', converted: 'Nghị định' },
    { text: '§oµn Thanh niªn Céng s¶n Hå ChÝ', encoding: 'tcvn3', converted: 'Đoàn Thanh niên Cộng sản Hồ Chí' },
    { text: 'LÔ ký kÕt gi÷a hai ®¬n vÞ', encoding: 'tcvn3', converted: 'Lễ ký kết giữa hai đơn vị' },
    { text: 'ng\u00ADêi d©n', encoding: 'tcvn3', converted: 'người dân' },
    { text: 'ñY BAN NH¢N D¢N TØNH', encoding: 'tcvn3', converted: 'ỦY BAN NHÂN DÂN TỈNH' },
    { text: 'Sôû Thoâng tin vaø Truyeàn thoâng', encoding: 'vni', converted: 'Sở Thông tin và Truyền thông' },
    { text: 'Nghò ñònh', encoding: 'vni', converted: 'Nghị định' },
    { text: 'Leã kyù keát giöõa hai ñôn vò', encoding: 'vni', converted: 'Lễ ký kết giữa hai đơn vị' },
    { text: 'ngöôøi daân', encoding: 'vni', converted: 'người dân' },
    { text: 'Vie^.t', encoding: 'viqr', converted: 'Việt' },
    { text: 'Nguye^~n', encoding: 'viqr', converted: 'Nguyễn' },
    { text: 'Nguye^~n Cu+o+`ng', encoding: 'viqr', converted: 'Nguyễn Cường' },
    { text: 'Nghá»‹ Ä‘á»‹nh', encoding: 'utf8-as-cp1252', converted: 'Nghị định' },
    { text: 'Viá»‡t', encoding: 'utf8-as-cp1252', converted: 'Việt' },
    // 0x81 of "ề" is undefined in Windows-1252 and was lost in the paste: found, not converted.
    { text: 'Sá»Ÿ ThÃ´ng tin vÃ\u00A0 Truyá»n thÃ´ng', encoding: 'utf8-as-cp1252' },
  ];
  for (const { text, encoding, converted } of samples) {
    it(`${encoding}: ${text}`, () => {
      const runs = detectLegacyRuns(`Theo ${text} tỉnh.`);
      assert.equal(runs.length, 1, JSON.stringify(runs));
      const [run] = runs;
      assert.equal(run!.encoding, encoding);
      assert.equal(`Theo ${text} tỉnh.`.slice(run!.start, run!.end), text);
      assert.equal(run!.converted, converted);
    });
  }

  it('the VNI table spells the research samples exactly', () => {
    assert.equal(toLegacy('Sở Thông tin và Truyền thông', 'vni'), 'Sôû Thoâng tin vaø Truyeàn thoâng');
    assert.equal(toLegacy('Lễ ký kết giữa hai đơn vị', 'vni'), 'Leã kyù keát giöõa hai ñôn vò');
    assert.equal(toLegacy('Việt Nam, người dân, Nghị định', 'vni'), 'Vieät Nam, ngöôøi daân, Nghò ñònh');
  });

  it('a run converts only when it round-trips to the exact text', () => {
    // A Unicode "và" inside VNI text: VNI would write it "vaø", so the reading is not certain.
    assert.equal(convertLegacy('Sôû Thoâng tin và Truyeàn thoâng', 'vni'), undefined);
    assert.equal(convertLegacy('Sôû Thoâng tin vaø Truyeàn thoâng', 'vni'), 'Sở Thông tin và Truyền thông');
    // UTF-8 with a byte lost: no valid decoding.
    assert.equal(convertLegacy('Truyá»n', 'utf8-as-cp1252'), undefined);
    // VIQR "vi." may be "vị" or the end of a sentence.
    assert.equal(convertLegacy('Ddo+n vi.', 'viqr'), undefined);
    assert.equal(convertLegacy('Ddo+n vi. tho^ng ba\'o', 'viqr'), 'Đơn vị thông báo');
    // Decoded text that is not Vietnamese is refused.
    assert.equal(convertLegacy('caf\u00E9', 'tcvn3'), undefined);
  });

  it('a capital heading is uppercased only with .VnTimeH evidence', () => {
    const [heading] = detectLegacyRuns('UBND TØNH §åNG TH¸P');
    assert.equal(heading!.uppercase, true);
    assert.equal(heading!.converted, 'TỈNH ĐỒNG THÁP');
    const [titleCase] = detectLegacyRuns('Së Th«ng tin vµ TruyÒn th«ng');
    assert.equal(titleCase!.uppercase, undefined);
  });
});

describe('per line: legacy text pasted into a Unicode paragraph', () => {
  it('finds only the pasted run, and leaves the Unicode words around it', () => {
    const text = 'Theo báo cáo của Së Th«ng tin vµ TruyÒn th«ng tỉnh Đồng Tháp, năm 2026 có 200 ng\u00ADêi tham dự.';
    const runs = detectLegacyRuns(text);
    assert.deepEqual(
      runs.map((run) => [text.slice(run.start, run.end), run.converted]),
      [
        ['Së Th«ng tin vµ TruyÒn th«ng', 'Sở Thông tin và Truyền thông'],
        ['ng\u00ADêi', 'người'],
      ],
    );
  });

  it('a soft line break separates a legacy line from a Unicode line in the same paragraph', () => {
    const document = releaseWith('Lễ ký kết giữa hai đơn vị.\nLÔ ký kÕt gi÷a hai ®¬n vÞ.\nLễ ký kết giữa hai đơn vị.');
    assert.deepEqual(messages(document), [{ ruleId: 'encoding-legacy', messageId: 'tcvn3', line: lineOf(document, 'LÔ ký') }]);
    assert.equal(fixedText(document), releaseWith('Lễ ký kết giữa hai đơn vị.\nLễ ký kết giữa hai đơn vị.\nLễ ký kết giữa hai đơn vị.'));
  });

  it('finds legacy text in the front matter too', () => {
    const document = '---\ntitle: Së Th«ng tin vµ TruyÒn th«ng tæ chøc héi nghÞ\n---\n\n# Sở Thông tin và Truyền thông tổ chức hội nghị\n';
    assert.deepEqual(messages(document), [{ ruleId: 'encoding-legacy', messageId: 'tcvn3', line: 2 }]);
    assert.equal(fixedText(document), '---\ntitle: Sở Thông tin và Truyền thông tổ chức hội nghị\n---\n\n# Sở Thông tin và Truyền thông tổ chức hội nghị\n');
  });
});

describe('texts without an unusual character', () => {
  it('hold no TCVN3 and no UTF-8 read as Windows-1252, so that detection may skip those encodings for them', () => {
    // ASCII and precomposed Vietnamese letters only: VNI words whose marks are such letters, VIQR words, Unicode words.
    const pieces = ['Caùc', 'Thoâng', 'Nhaát', 'Naêm', 'Vie^.t', 'Nam', 'Nguye^~n', 'dda^`u', 'tin', 'Việt', 'ĐỒNG', 'à', 'Â', 'ê', 'Ô', ' ', '\n', '.', ',', '-', '(', "'", '?'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 16 }), (parts) => {
        const text = parts.join('');
        const runs = detectLegacyRuns(text);
        assert.ok(runs.every((run) => run.encoding !== 'tcvn3' && run.encoding !== 'utf8-as-cp1252'));
        assert.deepEqual(detectLegacyRuns(text, false), runs);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('no finding on realistic text that is not legacy Vietnamese', () => {
  const negatives = [
    // Vietnamese, both tone styles, capitals, numbers and units.
    'Sở Thông tin và Truyền thông tỉnh Đồng Tháp phối hợp với Tỉnh đoàn tổ chức hội nghị.',
    'ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP – SỞ KHOA HỌC VÀ CÔNG NGHỆ',
    'Hoà nhạc, quý hoá, thuỷ thủ, mạnh khoẻ; khoá XV; Tỉnh uỷ; văn hoá - xã hội; xuân, yên, quà, quá.',
    'Tổng vốn 1.250 tỷ đồng, tăng 12,5% so với năm 2025; nhiệt độ 30°C; diện tích 1.500 m².',
    'Tin, ảnh: BÍCH NGỌC. (Chinhphu.vn) – Sáng 14/4 tại TP.HCM, Bộ TT&TT họp về COVID-19.',
    // Vietnamese without marks, as in English texts.
    'Deputy Prime Minister Nguyen Van An met officials in Ho Chi Minh City and Dong Thap on Oct. 6.',
    // English.
    "I'm sure we're ready, e.g. for the 9 a.m. session. Isn't it so? Go! O'Brien's team won't stop.",
    'The library’s café opens at 8:30 a.m.; see https://library.example.org/events?id=42 or email info@example.org.',
    '© 2026 Calder County. All rights reserved. Registered® and Trademark™ names; ½ cup, ¼ mile, ± 5%, 3 × 4 ÷ 2.',
    'x^2 + y^2 = r^2; C++ and C#; a+b; (a), (b), (i); file.txt, v1.2.3, node.js, index.ts; ^_^ :-)',
    // French, German, Spanish, Portuguese, Nordic.
    'Là où il est, où il va, le Président de la République française a rencontré « les élus » à Noël.',
    'Déjà vu, naïve, résumé, façade, crème brûlée, coördinate, Zoë, Chloë, Citroën, Nestlé, Pokémon.',
    'Müller aus Zürich und Jürgen aus Köln grüßen: schön, für Straße und Öl; Häagen-Dazs.',
    'El Niño y la Niña; año, señor, España, Peña, jalapeño, piñata; ¿Qué? ¡Hola! La Ñ es una letra.',
    'São Paulo, não, coração, Curaçao, Bogotá, José Pérez, Gonçalves.',
    'Björk, Søren Kierkegaard, Øresund, Ålesund, Ångström, Guðrún Jónsdóttir, Þórr.',
    // Ordinals, sections and a misused degree sign.
    'Nº 5, 1º andar, 30ºC, § 12 Abs. 3, ¶ 4, µm, 10¹², ¹²³.',
  ];
  for (const text of negatives) {
    it(text.slice(0, 60), () => {
      assert.deepEqual(detectLegacyRuns(text), []);
      assert.deepEqual(messages(`---\ntitle: Tin\n---\n\n${text}\n`).filter((message) => message.ruleId === 'encoding-legacy'), []);
    });
  }

  it('the seed article and the clean examples give no encoding message', () => {
    for (const name of ['vn-news.md', 'vn-press-release.md', 'en-press-release.md']) {
      assert.deepEqual(messages(readFileSync(join(ROOT, 'examples', name), 'utf8')), [], name);
    }
    assert.deepEqual(messages(SEED), []);
  });
});

describe('one report per problem across the three rules', () => {
  it('a TCVN3 soft hyphen (ư) is encoding-legacy’s, not invisible-character’s', () => {
    const document = releaseWith('Hội nghị có hơn 200 ng\u00ADêi tham dự.');
    assert.deepEqual(messages(document), [{ ruleId: 'encoding-legacy', messageId: 'tcvn3', line: lineOf(document, 'Hội nghị có') }]);
    assert.equal(fixedText(document), releaseWith('Hội nghị có hơn 200 người tham dự.'));
  });

  it('a soft hyphen where ư does not fit is invisible-character’s', () => {
    const document = releaseWith('Hội nghị có hơn 200 đại biểu tham\u00ADdự.');
    assert.deepEqual(messages(document), [{ ruleId: 'invisible-character', messageId: 'softHyphen', line: lineOf(document, 'Hội nghị có') }]);
  });

  it('Ð (é in TCVN3) and no-break spaces inside legacy runs are not reported again', () => {
    const tcvn3 = pasteTcvn3('Đoàn công tác ghé thăm và cấp phép hoạt động cho các đối tác');
    assert.match(tcvn3, /Ð/);
    const utf8 = 'Sá»Ÿ ThÃ´ng tin vÃ\u00A0 Truyá»n thÃ´ng';
    for (const paragraph of [tcvn3, utf8]) {
      const document = releaseWith(paragraph);
      assert.deepEqual(
        messages(document).map((message) => message.ruleId),
        ['encoding-legacy'],
        paragraph,
      );
    }
  });

  it('decomposed words are unicode-nfc’s, fixed to NFC', () => {
    const decomposed = 'Đoàn công tác Việt Nam đến thăm tỉnh.'.normalize('NFD');
    const document = releaseWith(decomposed);
    const found = messages(document);
    assert.ok(found.length > 0 && found.every((message) => message.ruleId === 'unicode-nfc'));
    assert.equal(fixedText(document), releaseWith('Đoàn công tác Việt Nam đến thăm tỉnh.'));
  });

  it('a decomposed sentence is one message; decomposed words far apart, or on either side of markup, are apart', () => {
    const sentence = 'Sở Y tế khuyến cáo người dân đưa trẻ đến cơ sở y tế'.normalize('NFD');
    assert.deepEqual(
      lint(releaseWith(`${sentence} khi có dấu hiệu sốt.`), { onlyRules: ENCODING_RULES }).messages.map((message) => [message.ruleId, message.data['word'], message.fix?.text]),
      [['unicode-nfc', 'Sở Y tế khuyến cáo người dân đưa trẻ đến cơ sở y tế', 'Sở Y tế khuyến cáo người dân đưa trẻ đến cơ sở y tế']],
    );
    const apart = releaseWith(`${'Việt'.normalize('NFD')} Nam and the ASEAN partners met in ${'Hà'.normalize('NFD')} Nội; **${'Đoàn'.normalize('NFD')}** ${'đến'.normalize('NFD')} thăm.`);
    assert.deepEqual(
      lint(apart, { onlyRules: ENCODING_RULES }).messages.map((message) => [message.data['word'], message.fix?.text]),
      [['Việt', 'Việt'], ['Hà', 'Hà'], ['Đoàn', 'Đoàn'], ['đến', 'đến']],
    );
  });

  it('invisible characters: each reported once and fixed; meant ones kept', () => {
    const document = releaseWith('Sở\u200B Khoa học và Công nghệ\uFEFF chủ trì\u00A0hội nghị dài 20\u00A0km tại Điều\u00A05; Ðây là 👩\u200D💻.');
    const found = messages(document).map((message) => message.messageId);
    assert.deepEqual(found, ['zeroWidth', 'zeroWidth', 'nbsp', 'eth']);
    assert.equal(fixedText(document), releaseWith('Sở Khoa học và Công nghệ chủ trì hội nghị dài 20\u00A0km tại Điều\u00A05; Đây là 👩\u200D💻.'));
  });
});

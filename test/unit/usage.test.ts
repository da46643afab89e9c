/**
 * Cases of the usage rules (abbreviations, dates and numbers, the people
 * register) that the documentation examples do not show: the seed article and
 * the clean examples, the config settings (abbreviations, dateStyle, people),
 * and loops over many inputs (weekdays, Roman numerals, allowlisted and
 * must-define abbreviations, document numbers, style mixes and their fixes).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { lint, lintAndFix } from '../../src/core/lint/engine';
import { buildModel } from '../../src/core/model/build';
import type { GovpressConfig, PersonEntry } from '../../src/core/config/types';
import { batchRules } from '../../src/core/rules/batch-usage';
import { BUILT_IN_ABBREVIATIONS, isAbbreviation } from '../../src/core/lang/abbreviations';
import { dominantForm } from '../../src/core/lang/majority';

const batchIds = batchRules.map((rule) => rule.meta.id);
const root = join(__dirname, '..', '..');

function lintWith(ruleId: string, text: string, config: GovpressConfig = {}) {
  return lint(text, { onlyRules: [ruleId], config });
}

/** The reported words, message ids and fixes, for readable assertions. */
function reported(ruleId: string, text: string, config: GovpressConfig = {}) {
  return lintWith(ruleId, text, config).messages.map((message) => ({ messageId: message.messageId, words: text.slice(message.start, message.end), fix: message.fix?.text }));
}

function fixed(ruleId: string, text: string, config: GovpressConfig = {}): string {
  return lintAndFix(text, { onlyRules: [ruleId], config }).output ?? text;
}

function news(body: string, title = 'Hội nghị triển khai nhiệm vụ năm 2026'): string {
  return `# ${title}\n\n${body}\n`;
}

describe('clean texts stay clean', () => {
  it('the seed article as published gets nothing from these rules (VNPT, Viettel, one range style)', () => {
    const text = readFileSync(join(root, '..', 'shared', 'samples', 'seed-as-published.md'), 'utf8');
    assert.deepEqual(lint(text, { onlyRules: batchIds }).messages, []);
  });

  for (const name of readdirSync(join(root, 'examples')).filter((file) => file.endsWith('.md') && file !== 'README.md')) {
    it(`examples/${name} gets nothing from these rules`, () => {
      const text = readFileSync(join(root, 'examples', name), 'utf8');
      assert.deepEqual(lint(text, { onlyRules: batchIds }).messages, []);
    });
  }
});

describe('abbreviation-undefined', () => {
  it('needs no definition for any built-in abbreviation', () => {
    for (const abbreviation of BUILT_IN_ABBREVIATIONS) {
      const text = news(`Sáng 14/4, đại diện ${abbreviation} dự hội nghị.`);
      assert.deepEqual(reported('abbreviation-undefined', text), [], abbreviation);
    }
  });

  it('asks for a definition of every abbreviation the research says must be spelled out', () => {
    for (const abbreviation of ['MTTQ', 'TT&TT', 'CĐS', 'KT-XH', 'CNTT', 'KH&CN', 'VHTT&DL', 'BCH', 'BTV', 'TTĐT', 'CBCCVC', 'UVTV', 'IOC']) {
      const text = news(`Sáng 14/4, đại diện ${abbreviation} dự hội nghị; ${abbreviation} sẽ báo cáo sau.`);
      assert.deepEqual(reported('abbreviation-undefined', text), [{ messageId: 'undefined', words: abbreviation, fix: undefined }], abbreviation);
    }
  });

  it('accepts every definition formula', () => {
    const definitions = [
      'chuyển đổi số (CĐS)',
      'chuyển đổi số (sau đây gọi tắt là CĐS)',
      'chuyển đổi số (gọi tắt là CĐS)',
      'chuyển đổi số (sau đây viết tắt là CĐS)',
      'chuyển đổi số (viết tắt: CĐS)',
      'CĐS (chuyển đổi số)',
    ];
    for (const definition of definitions) {
      const text = news(`Sáng 14/4, Tỉnh đoàn ra quân thúc đẩy ${definition} trong thanh niên. Các đội hình CĐS hướng dẫn người dân.`);
      assert.deepEqual(reported('abbreviation-undefined', text), [], definition);
    }
  });

  it('never takes Roman numerals, words in capitals or document numbers for abbreviations', () => {
    const roman = ['II', 'III', 'IV', 'VI', 'VII', 'VIII', 'IX', 'XI', 'XII', 'XIII', 'XIV', 'XV', 'XIX', 'XX', 'XXI', 'XL', 'LX', 'LXXXIX'];
    for (const numeral of roman) assert.equal(isAbbreviation(numeral), false, numeral);
    for (const word of ['THÔNG', 'CÁO', 'BÁO', 'CHÍ', 'HOÀN', 'TOÀN', 'BỊA', 'ĐẶT', 'QUYẾT', 'ĐỊNH', 'TIN', 'BAN', 'SỞ', 'NGHỆ', 'TỈNH']) assert.equal(isAbbreviation(word), false, word);
    const numbers = ['3888/QĐ-UBND', '30/2020/NĐ-CP', '25/2013/QĐ-TTg', '22/2023/TT-BTTTT', '1530/TTr-STTTT', '12/TB-VPUB', '05/TCBC-SKHCN', '60-NQ/TW', '12/UBND-VX'];
    for (const number of numbers) {
      assert.deepEqual(reported('abbreviation-undefined', news(`Thực hiện văn bản số ${number} ngày 05/3/2026, Sở Nội vụ tổ chức hội nghị.`)), [], number);
    }
    assert.deepEqual(reported('abbreviation-undefined', news('Thông tin về dịch bệnh là “HOÀN TOÀN BỊA ĐẶT”, Sở Y tế khẳng định.')), []);
  });

  it('reports each abbreviation once, at its first use, with the exact word', () => {
    const text = news('Sáng 10/01, Ủy ban MTTQ tỉnh họp. MTTQ các cấp tổ chức ngày hội; MTTQ huyện báo cáo.');
    const result = lintWith('abbreviation-undefined', text);
    assert.equal(result.messages.length, 1);
    assert.equal(text.slice(result.messages[0]!.start, result.messages[0]!.end), 'MTTQ');
    assert.equal(result.messages[0]!.start, text.indexOf('MTTQ'));
  });

  it('names the line of a late definition', () => {
    const text = news('Ngày 5/3, Sở KH&CN tổ chức hội thảo.\n\nCông nghệ cao được chú trọng.\n\nTheo Sở Khoa học và Công nghệ (KH&CN), tỉnh đã chuyển giao 12 quy trình.');
    const [message] = lintWith('abbreviation-undefined', text).messages;
    assert.equal(message?.messageId, 'definedLater');
    assert.equal(message?.data['line'], 7);
  });

  it('takes the configured abbreviations as known, with or without a final period', () => {
    const text = news('Sáng 14/4, Sở TT&TT và Trung tâm THDL phối hợp tổ chức hội nghị.');
    assert.equal(reported('abbreviation-undefined', text).length, 2);
    assert.deepEqual(reported('abbreviation-undefined', text, { abbreviations: ['TT&TT', 'THDL.'] }), []);
  });

  it('reports an abbreviation in the headline even when the body defines it, and TW only in the body', () => {
    const text = news('Sáng 20/11, Tỉnh ủy quán triệt nghị quyết Trung ương về chuyển đổi số (CĐS); Ban Chấp hành TW Đảng đã ban hành nghị quyết.', 'Quán triệt Nghị quyết TW về CĐS');
    assert.deepEqual(
      reported('abbreviation-undefined', text).map((item) => `${item.messageId} ${item.words}`),
      ['inHeadline CĐS', 'undefined TW'],
    );
  });

  it('ignores the outlet tag opening a lead and names after "Ảnh:" or "Nguồn:"', () => {
    const text = news('(BBNĐT) Sáng 14/4, Sở Y tế tổ chức hội nghị.\n\n*Quang cảnh hội nghị. Ảnh: BTC*\n\n(Nguồn: TTXVN, BBNĐT)');
    assert.deepEqual(reported('abbreviation-undefined', text), []);
  });

  it('takes initials inside a proper name for a brand, but not a body\'s field after its head', () => {
    const brands = news('Sáng 14/4, Khu công nghiệp Becamex VSIP Bình Định khởi công nhà máy; người dân không cài ứng dụng “LDX Global”.');
    assert.deepEqual(reported('abbreviation-undefined', brands), []);
    const fields = news('Sáng 14/4, Sở KH&CN Đồng Tháp và Tổ CNSCĐ Phường 1 ra mắt. Lãnh đạo GDĐT Tỉnh dự.');
    assert.deepEqual(
      reported('abbreviation-undefined', fields).map(({ words }) => words),
      ['KH&CN', 'CNSCĐ', 'GDĐT'],
    );
  });
});

describe('abbreviation-variant', () => {
  it('reports the typo HDND beside HĐND and fixes it to the majority', () => {
    const text = news('Sáng 8/7, HĐND tỉnh khai mạc kỳ họp. Đại biểu HĐND tỉnh thảo luận; Thường trực HDND tỉnh tiếp thu.');
    assert.deepEqual(reported('abbreviation-variant', text), [{ messageId: 'variant', words: 'HDND', fix: 'HĐND' }]);
  });

  it('reports "Tp" beside "TP" and leaves names alone', () => {
    const text = news('Sáng 8/7, UBND TP Vinh tổ chức hội nghị; lãnh đạo TP Vinh và Tp Vinh mới cùng dự. Ông Tâm, bà Tú phát biểu.');
    assert.deepEqual(reported('abbreviation-variant', text), [{ messageId: 'variant', words: 'Tp', fix: 'TP' }]);
  });

  it('does not compare a document number with the abbreviation inside it', () => {
    const text = news('Sáng 12/5, Sở TT&TT triển khai Kế hoạch số 215/KH-STTTT; Sở TT&TT đề nghị các xã thực hiện.');
    assert.deepEqual(reported('abbreviation-variant', text), []);
  });

  it('fixes every minority form to the majority in one run, then finds nothing', () => {
    const text = news('Sáng 6/4, tiêm vắc xin phòng COVID-19. Ca COVID-19 giảm; ca Covid-19 và ca Covid 19 đều nhẹ; COVID-19 được kiểm soát.');
    const output = fixed('abbreviation-variant', text);
    assert.equal(output, text.replace('Covid-19', 'COVID-19').replace('Covid 19', 'COVID-19'));
    assert.deepEqual(reported('abbreviation-variant', output), []);
  });
});

describe('date-format', () => {
  const WEEKDAYS = ['Chủ nhật', 'thứ Hai', 'thứ Ba', 'thứ Tư', 'thứ Năm', 'thứ Sáu', 'thứ Bảy'];

  it('accepts the right weekday and fixes every wrong one, for each day of two years', () => {
    for (let day = new Date(Date.UTC(2025, 0, 1)); day.getUTCFullYear() < 2027; day.setUTCDate(day.getUTCDate() + 5)) {
      const date = `${day.getUTCDate()}/${day.getUTCMonth() + 1}/${day.getUTCFullYear()}`;
      const right = WEEKDAYS[day.getUTCDay()]!;
      assert.deepEqual(reported('date-format', news(`Sáng ${right}, ngày ${date}, Sở Nội vụ tổ chức hội nghị.`)), [], `${right} ${date}`);
      const wrong = WEEKDAYS[(day.getUTCDay() + 3) % 7]!;
      const text = news(`Sáng ${wrong}, ngày ${date}, Sở Nội vụ tổ chức hội nghị.`);
      assert.deepEqual(reported('date-format', text), [{ messageId: 'weekdayMismatch', words: wrong, fix: right }], `${wrong} ${date}`);
      assert.equal(fixed('date-format', text), news(`Sáng ${right}, ngày ${date}, Sở Nội vụ tổ chức hội nghị.`));
    }
  });

  it('keeps the writer\'s form of the weekday: capitals at a sentence start, digits, a weekday after the date', () => {
    assert.deepEqual(reported('date-format', news('Thứ Sáu, ngày 14/4/2022, Quốc hội họp.')).map((item) => item.fix), ['Thứ Năm']);
    assert.deepEqual(reported('date-format', news('Sáng thứ 6, ngày 14/4/2022, Quốc hội họp.')).map((item) => item.fix), ['thứ 5']);
    assert.deepEqual(reported('date-format', news('Phiên họp ngày 14/4/2022 (thứ Sáu) kết thúc sớm.')).map((item) => item.fix), ['thứ Năm']);
    assert.deepEqual(reported('date-format', news('Sáng thứ Hai, ngày 17/4/2022, Quốc hội họp.')).map((item) => item.fix), ['Chủ nhật']);
  });

  it('does not count holiday and anniversary dates, whose hyphen form is normative', () => {
    const texts = [
      'Sáng 28/8, Tỉnh ủy gặp mặt nhân kỷ niệm ngày Quốc khánh 2-9-1945.',
      'Ngày 25/4, Thành ủy tổ chức lễ kỷ niệm Ngày Giải phóng miền Nam, thống nhất đất nước (30-4-1975 – 30-4-2025).',
      'Ngày 5/5, tỉnh tổ chức lễ kỷ niệm 71 năm Chiến thắng Điện Biên Phủ (7-5-1954).',
      'Sáng 1/9, Tỉnh ủy tổ chức lễ kỷ niệm 80 năm (2-9-1945 – 2-9-2025).',
    ];
    for (const text of texts) assert.deepEqual(reported('date-format', news(text)), [], text);
    // Introduced by "ngày", a holiday's date is a calendar date and counts.
    assert.deepEqual(reported('date-format', news('Sáng 28/8, các đơn vị tổng duyệt; lễ chính thức diễn ra vào ngày 2-9.')).map((item) => item.words), ['2-9']);
  });

  it('rewrites a date to the configured style, keeping its digits and its padding', () => {
    const text = news('Sáng 14/4, tại hội nghị theo Kế hoạch ngày 05/01/2026, các đơn vị báo cáo trước ngày 20.4.');
    assert.deepEqual(
      reported('date-format', text, { dateStyle: '-' }).map((item) => `${item.messageId} ${item.words} → ${item.fix}`),
      ['configuredStyle 14/4 → 14-4', 'configuredStyle 05/01/2026 → 05-01-2026', 'configuredStyle 20.4 → 20-4'],
    );
    assert.equal(fixed('date-format', text, { dateStyle: '-' }), news('Sáng 14-4, tại hội nghị theo Kế hoạch ngày 05-01-2026, các đơn vị báo cáo trước ngày 20-4.'));
  });

  it('reports a span or list of days but leaves its connector alone', () => {
    const text = news('Sáng 14/4, Sở Nội vụ mở lớp; lớp học diễn ra từ ngày 29-31/5 và từ ngày 2-4/6 tại hội trường, sau đó đến ngày 10-6.');
    const result = reported('date-format', text);
    assert.deepEqual(result, [{ messageId: 'mixedStyle', words: '10-6', fix: '10/6' }]);
  });

  it('settles on one style: after the fix no date is reported', () => {
    const styles = ['/', '-', '.'] as const;
    for (const main of styles) {
      for (const other of styles.filter((style) => style !== main)) {
        const text = news(`Sáng 14${main}4, hội nghị khai mạc; ngày 15${main}4 bế mạc; báo cáo gửi trước ngày 20${other}4, tổng kết ngày 22${main}4.`);
        const output = fixed('date-format', text);
        assert.equal(output, text.replace(`20${other}4`, `20${main}4`));
        assert.deepEqual(reported('date-format', output), []);
      }
    }
  });

  it('does not fix a tie, and names the other form', () => {
    const [message] = lintWith('date-format', news('Sáng 14/4, hội nghị khai mạc; báo cáo gửi trước ngày 20-4.')).messages;
    assert.equal(message?.messageId, 'mixedStyleTied');
    assert.equal(message?.fix, undefined);
    assert.equal(message?.data['other'], '14/4');
  });

  it('judges padding of days, of months 1–2 and of months 3–9 apart, as Nghị định 30 pads them', () => {
    assert.deepEqual(reported('date-format', news('Ngày 05/02/2026 và ngày 05/3/2026, Sở Nội vụ họp; ngày 10/02/2026 tổng kết.')), []);
    assert.deepEqual(reported('date-format', news('Ngày 5/3/2026 và ngày 05/3/2026, Sở Nội vụ họp; ngày 6/3/2026 tổng kết.')), [
      { messageId: 'paddingMixed', words: '05/3/2026', fix: '5/3/2026' },
    ]);
  });

  it('rewrites the place-date line of a formal press release only', () => {
    const line = '*Đồng Tháp, ngày 5 tháng 3 năm 2026*';
    const release = `---\nprofile: vn-press-release\n---\n\n# Thông cáo báo chí\n\n${line}\n\nNội dung thông cáo./.\n`;
    assert.deepEqual(reported('date-format', release), [{ messageId: 'placeDateForm', words: '5 tháng 3', fix: '05 tháng 3' }]);
    assert.deepEqual(reported('date-format', release.replace('vn-press-release', 'vn-news')), []);
    for (const [day, month, expected] of [['05', '3', []], ['15', '02', []], ['15', '2', ['15 tháng 02']], ['05', '03', ['05 tháng 3']], ['1', '1', ['01 tháng 01']]] as const) {
      const text = release.replace('5 tháng 3', `${day} tháng ${month}`);
      assert.deepEqual(reported('date-format', text).map((item) => item.fix), expected, `${day}/${month}`);
    }
  });
});

describe('number-range-format', () => {
  it('fixes every minority separator to a clear majority, for each pair of styles', () => {
    const separators = ['-', ' - ', '–', ' – '];
    for (const main of separators) {
      for (const other of separators.filter((separator) => separator !== main)) {
        const text = news(`Giai đoạn 2021${main}2025 đã hoàn thành; kế hoạch 2026${main}2030 và nhiệm kỳ 2021${other}2026 được thông qua.`);
        assert.deepEqual(reported('number-range-format', text).map((item) => item.words), [`2021${other}2026`], JSON.stringify([main, other]));
        const output = fixed('number-range-format', text);
        assert.equal(output, text.replace(`2021${other}2026`, `2021${main}2026`));
        assert.deepEqual(reported('number-range-format', output), []);
      }
    }
  });

  it('counts ranges of amounts with a unit, in the same style as year ranges', () => {
    const text = news('Giai đoạn 2021 - 2025, lượng mưa 150 - 250 mm, có nơi 300-400 mm; nước lên 0,5–0,8 m, tăng 10 - 15%, diện tích 1.200 - 1.500 ha.');
    assert.deepEqual(reported('number-range-format', text).map((item) => item.words), ['300-400', '0,5–0,8']);
    assert.equal(fixed('number-range-format', text), text.replace('300-400', '300 - 400').replace('0,5–0,8', '0,5 - 0,8'));
  });

  it('ignores numbers that are not year ranges', () => {
    const text = news('Năm học 2025 - 2026 khai giảng; mã số 1234-5678, văn bản số 12/2021-2026/NQ và giai đoạn 2026-2021 không phải khoảng năm; ngày 10-12 tháng 5, tỷ số 3-1, Km 12-15 và 400-300 mm không phải khoảng số đo.');
    assert.deepEqual(reported('number-range-format', text), []);
  });
});

describe('number-format', () => {
  it('reports decimal points only before a quantity, never thousands groups or dates', () => {
    const clean = ['1.234 tỷ đồng', '20.141 ha', 'ngày 18.6', 'Cách mạng công nghiệp 4.0', 'phiên bản 2.1', '68,4%', '5,7 tấn/ha', '1.234.567 đồng', 'ngày 1.5 lần đầu tiên ra quân'];
    for (const phrase of clean) assert.deepEqual(reported('number-format', news(`Kết quả: ${phrase}.`)), [], phrase);
    const wrong: Array<[string, string]> = [['94.59%', '94,59%'], ['1.5 tỷ đồng', '1,5 tỷ đồng'], ['12.25 km', '12,25 km'], ['1.234.5 tỷ', '1.234,5 tỷ']];
    for (const [phrase, expected] of wrong) {
      const text = news(`Kết quả: ${phrase}.`);
      assert.equal(reported('number-format', text).length, 1, phrase);
      assert.equal(fixed('number-format', text), news(`Kết quả: ${expected}.`), phrase);
    }
  });

  it('asks for a space before a unit but not before %', () => {
    assert.deepEqual(reported('number-format', news('Cầu dài 220m, rộng 12,5m; diện tích 90m2, công suất 50MW; tỷ lệ đạt 58%.')).map((item) => item.words), ['220m', '12,5m', '90m2', '50MW']);
    assert.deepEqual(reported('number-format', news('Tuyến 5G phủ sóng, xe F0 và QL1A; đường dài 20 km, lúa 5 ha.')), []);
  });

  it('asks for no colon after "số" when a document is cited, and leaves other colons alone', () => {
    const wrong: Array<[string, string]> = [
      ['Quyết định số: 1762/QĐ-TTg', 'Quyết định số 1762/QĐ-TTg'],
      ['Nghị định số:30/2020/NĐ-CP', 'Nghị định số 30/2020/NĐ-CP'],
      ['kế hoạch số : 45/KH-UBND', 'kế hoạch số 45/KH-UBND'],
    ];
    for (const [phrase, expected] of wrong) {
      const text = news(`Thực hiện ${phrase}, tỉnh triển khai nhiệm vụ.`);
      assert.deepEqual(reported('number-format', text).map((item) => item.words), [phrase.slice(0, phrase.indexOf(':') + 1)], phrase);
      assert.equal(fixed('number-format', text), news(`Thực hiện ${expected}, tỉnh triển khai nhiệm vụ.`), phrase);
    }
    const clean = ['Quyết định số 1762/QĐ-TTg', 'Số: 05/TCBC-SKHCN', 'tổng số: 120 đại biểu', 'văn bản như sau: số 12 hộ', 'Công văn số: chưa có'];
    for (const phrase of clean) assert.deepEqual(reported('number-format', news(`Kết quả: ${phrase}.`)), [], phrase);
  });
});

describe('people-title-mismatch', () => {
  const register: PersonEntry[] = [
    { name: 'Nguyễn Duy Hưng', titles: [{ title: 'Phó Chủ tịch UBND tỉnh', until: '2025-06-30' }, { title: 'Chủ tịch HĐND tỉnh', from: '2025-07-01' }] },
  ];
  const article = (date: string, body: string) => `---\ndate: ${date}\n---\n\n# Gặp mặt nhân Ngày Báo chí Cách mạng Việt Nam\n\n${body}\n`;
  /** The rule's messages with a people register in the config. */
  const checked = (text: string, people: PersonEntry[]) => lint(text, { onlyRules: ['people-title-mismatch'], config: { people } }).messages;

  it('finds a title written before the name in a participants sentence and in the body', () => {
    const text = article('2026-06-18', 'Ngày 18.6, Sở Khoa học và Công nghệ tổ chức gặp mặt. Dự buổi gặp mặt có Phó Chủ tịch UBND tỉnh Nguyễn Duy Hưng.');
    assert.deepEqual(checked(text, register).map((message) => [message.messageId, text.slice(message.start, message.end), message.fix?.text]), [['formerTitle', 'Phó Chủ tịch UBND tỉnh', 'Chủ tịch HĐND tỉnh']]);
  });

  it('accepts a shortened title that ends where the sentence goes on, and ignores unrelated titles after the name', () => {
    for (const body of [
      'Ông Nguyễn Duy Hưng, Chủ tịch HĐND tỉnh, phát biểu.',
      'Ông Nguyễn Duy Hưng, Chủ tịch HĐND, phát biểu.',
      'Ông Nguyễn Duy Hưng, Phó Chủ tịch Hội Nông dân tỉnh, phát biểu.',
      'Ông Nguyễn Duy Hưng phát biểu.',
    ]) {
      assert.deepEqual(checked(article('2026-06-18', body), register), [], body);
    }
    const formerTitle = checked(article('2026-06-18', 'Ông Nguyễn Duy Hưng, Phó Chủ tịch UBND tỉnh, phát biểu.'), register);
    assert.deepEqual(formerTitle.map((message) => message.messageId), ['formerTitle']);
  });

  it('gives no report on an article whose register is its own participants list', () => {
    const documents = [join(root, '..', 'shared', 'samples', 'seed-as-published.md'), ...readdirSync(join(root, 'examples')).filter((name) => name.endsWith('.md')).map((name) => join(root, 'examples', name))];
    let checkedDocuments = 0;
    for (const path of documents) {
      const text = readFileSync(path, 'utf8');
      const people = buildModel(text).participants.flatMap((list) =>
        list.entries.flatMap((entry) => (entry.kind === 'person' && entry.titles.length > 0 ? [{ name: entry.name.text, titles: entry.titles.map((title) => ({ title: title.text })) }] : [])),
      );
      if (people.length === 0) continue;
      checkedDocuments++;
      assert.deepEqual(checked(text, people), [], path);
    }
    assert.ok(checkedDocuments >= 2, 'the seed and the news example both have participants');
  });
});

describe('dominantForm', () => {
  it('gives the most frequent form, the first written on a tie, and says whether it is clear', () => {
    assert.equal(dominantForm([]), undefined);
    assert.deepEqual(dominantForm(['a', 'b', 'a']), { form: 'a', clear: true });
    assert.deepEqual(dominantForm(['b', 'a', 'a', 'b']), { form: 'b', clear: false });
    assert.deepEqual(dominantForm(['a', 'b', 'b', 'c', 'c', 'c']), { form: 'c', clear: true });
  });
});

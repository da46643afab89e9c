/**
 * Cases of `punctuation-spacing`, `dash-style` and `quote-style` that the
 * documentation examples do not show: the seed article and the clean
 * examples, the house style that must not be flagged (real-articles-patterns
 * §11), the defects an editor flags (§10) with their fixes, Markdown that
 * must never be touched, and property-style loops that break clean text in
 * one place and expect exactly one message whose fix restores the text.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { lint, lintAndFix } from '../../src/core/lint/engine';
import { batchRules } from '../../src/core/rules/batch-punctuation';

const ruleIds = batchRules.map((rule) => rule.meta.id);
const seedPath = join(__dirname, '..', '..', '..', 'shared', 'samples', 'seed-as-published.md');
const examplesDir = join(__dirname, '..', '..', 'examples');

/** Every message of this batch as `rule/messageId "reported text"`, in document order. */
function reported(text: string): string[] {
  return lint(text, { onlyRules: ruleIds }).messages.map((message) => `${message.ruleId}/${message.messageId} "${text.slice(message.start, message.end)}"`);
}

function fixed(text: string): string {
  return lintAndFix(text, { onlyRules: ruleIds }).output ?? text;
}

/** A news article whose lead is `paragraph`. */
function article(paragraph: string): string {
  return `# Hội nghị sơ kết công tác quý I năm 2026\n\n${paragraph}\n`;
}

describe('clean documents', () => {
  it('the seed article as published gets nothing (2022 - 2026, ./., en dashes in the participants and the signature)', () => {
    assert.deepEqual(reported(readFileSync(seedPath, 'utf8')), []);
  });

  for (const name of readdirSync(examplesDir).filter((file) => file.endsWith('.md'))) {
    it(`examples/${name} gets nothing`, () => {
      assert.deepEqual(reported(readFileSync(join(examplesDir, name), 'utf8')), []);
    });
  }
});

describe('house style and written-solid tokens are not flagged', () => {
  const clean = [
    '(GLO)- Gần 400 cán bộ, công chức tham gia lớp tập huấn.',
    '(Chinhphu.vn) - Hiện nay, cùng với sự phát triển của công nghệ, các bộ đã cung cấp dịch vụ công.',
    '(sav.gov.vn) – Sáng 14/4, Kiểm toán nhà nước tổ chức hội nghị.',
    '(BBNĐT) Ngày 17 – 9, tỉnh tổ chức hội nghị trực tuyến.',
    'Sáng 18-7-2006, Ngày 18.6, Trong 2 ngày 22 & 23.7, hội nghị diễn ra tại TP.HCM.',
    'Tại TP. Hồ Chí Minh, PGS.TS. Nguyễn Thị Xuyên – Thứ trưởng Bộ Y tế dự; PGS. TS Nguyễn Văn B trình bày.',
    'Công văn số 12/UBND-VX V/v triển khai Thông cáo báo chí Số: 05/TCBC-STTTT.',
    'Nhiệt độ giảm xuống -5 °C, áp suất 0,95 MPa, lúc 14:30 ngày 14/4/2022, khai mạc lúc 8:00.',
    'Toàn tỉnh có 1.234 thủ tục, đạt 97,28%; giá trị 1.234.567 đồng, năng suất 5,7 tấn/ha, chỉ tiêu 80%/năm.',
    'Nhiệm kỳ 2020-2025 và giai đoạn 2021 - 2026; sản phẩm OCOP 3-4 sao; từ ngày 29-31/5./.',
    'Các nước Cam-pu-chia, In-đô-nê-xi-a, Ma-lai-xi-a; ông Mit-suo; Vla-đi-mia I-lích Lê-nin.',
    'KH&CN, TT&TT, CNTT-VT, KT-XH, QĐ-UBND, COVID-19, SARS-CoV-2 và Bộ VH,TT&DL.',
    'Ảnh: Minh Tâm; Tin, ảnh: TƯỜNG VÂN; (Y.T., Sở Ngoại vụ TPHCM, ngày 18-7-2006); T.H (tổng hợp).',
    '(Nguồn: Cổng thông tin điện tử Tỉnh Kiên Giang - https://kiengiang.gov.vn/)',
    'Góp ý gửi về https://dongthap.gov.vn/a,b hoặc lien.he@dongthap.gov.vn; xem www.dongthap.gov.vn.',
    'Xem thêm https://vi.wikipedia.org/wiki/Đồng_Tháp_(tỉnh), các trang VnExpress.net và Zing.vn.',
    'Lễ ký kết... và nhiều hoạt động khác…',
    'Các nội dung: a) Tuyên truyền; b) Tập huấn; 1) Kiểm tra.',
    'Ông Lê Văn A (Phó Giám đốc Sở) phát biểu; tỉnh Kiên Giang (cũ) nay là tỉnh An Giang (mới).',
    'Ông nói: “Tôi đồng ý”, rồi ra về. Bà hỏi: “Vì sao?” Ông đáp: “Vì thế!”',
    'Giờ làm việc: 7h30-11h30; 13h30 - 17h00; đường dây nóng 1900.1234.',
    'Ông X - Phó bí thư Tỉnh ủy - Chủ tịch UBND tỉnh và bà Y – Phó Chủ tịch UBND tỉnh dự.',
    'Phát triển kinh tế - xã hội, Ban Kinh tế - Ngân sách, Ban Văn hóa - Xã hội, tổ chức chính trị - xã hội.',
    'Đến dự có các đồng chí: Huỳnh Nghĩa, Phó Chủ tịch HĐND thành phố; Phùng Tấn Viết, Phó Chủ tịch UBND thành phố.',
    'Lưu: VT, VP. Địa chỉ: số 12, đường 30/4, phường 1.',
    'Mỗi dòng nơi nhận bắt đầu bằng "- " và kết thúc bằng ";", dòng cuối thêm ". ".',
  ];
  for (const paragraph of clean) {
    it(paragraph, () => assert.deepEqual(reported(article(paragraph)), []));
  }

  it('the name–title dashes of a participants list are left to participants-format', () => {
    const text = article('Sáng 14/4, Bộ Y tế họp. Tham dự có ông Nguyễn Thanh Long– Bộ trưởng Bộ Y tế; ông Đỗ Ngọc Dũng -Giám đốc Sở Y tế; bà Trần Thị Hoa – Phó Giám đốc Sở Y tế.');
    assert.deepEqual(reported(text), []);
  });

  it('the signature line is left to the signature rules', () => {
    const text = `${article('Hội nghị đề ra 5 nhiệm vụ trọng tâm./.')}\nKim Liên- Sở Ngoại vụ\n`;
    assert.deepEqual(reported(text), []);
  });

  it('a quotation over several paragraphs opens each paragraph again', () => {
    const text = article('Ông Trần Văn Nam cho biết: “Người dân chỉ cần một tài khoản.\n\n“Các bước còn lại được hướng dẫn trên Cổng”, ông nói.');
    assert.deepEqual(reported(text), []);
  });
});

describe('coordinate compounds and transliterations', () => {
  const words = ['kinh tế', 'xã hội', 'chính trị', 'Văn hoá', 'Ngân sách', 'quốc phòng', 'an ninh', 'Khoa học', 'công nghệ', 'giáo dục', 'Đào tạo', 'thủy sản'];

  it('every glued pair of compound words is reported and spaced, whatever the dash and the tone style', () => {
    let count = 0;
    for (const first of words) {
      for (const second of words) {
        if (first === second) continue;
        const dash = count % 2 === 0 ? '-' : '–';
        const text = article(`Hội nghị bàn về lĩnh vực ${first}${dash}${second} của tỉnh.`);
        assert.deepEqual(reported(text), [`dash-style/compoundSpacing "${dash}"`], `${first}${dash}${second}`);
        assert.equal(fixed(text), article(`Hội nghị bàn về lĩnh vực ${first} ${dash} ${second} của tỉnh.`));
        count++;
      }
    }
  });

  it('transliterated names and codes written with hyphens are never compounds', () => {
    const names = ['Cam-pu-chia', 'In-đô-nê-xi-a', 'Ma-lai-xi-a', 'Xin-ga-po', 'Phi-líp-pin', 'Ô-xtrây-li-a', 'Lê-nin', 'Mát-xcơ-va', 'Vla-đi-mia', 'Xô-viết', 'a-xít', 'ki-lô-gam', 'ô-tô', 'ra-đi-ô'];
    const codes = ['KT-XH', 'QĐ-UBND', 'NĐ-CP', 'COVID-19', 'CNTT-VT', 'TT-BTTTT', 'HĐND-UBND', 'H5N1', 'SARS-CoV-2'];
    for (const token of [...names, ...codes]) assert.deepEqual(reported(article(`Đoàn kinh tế ${token} xã hội đã tới thăm.`)), [], token);
  });
});

describe('defects an editor flags, and their fixes', () => {
  const cases: Array<{ paragraph: string; expect: string[]; fixed: string }> = [
    { paragraph: 'Hội nghị tổ chức tại trụ sở tỉnh.Các đại biểu thảo luận.', expect: ['punctuation-spacing/missingSpaceAfter "."'], fixed: 'Hội nghị tổ chức tại trụ sở tỉnh. Các đại biểu thảo luận.' },
    { paragraph: 'Đoàn làm việc với tỉnh Vân Nam(Trung Quốc).', expect: ['punctuation-spacing/missingSpaceBefore "("'], fixed: 'Đoàn làm việc với tỉnh Vân Nam (Trung Quốc).' },
    { paragraph: '*Nội dung 2:Quốc hội thảo luận về dự án luật.', expect: ['punctuation-spacing/missingSpaceAfter ":"'], fixed: '*Nội dung 2: Quốc hội thảo luận về dự án luật.' },
    { paragraph: 'Các Vụ/ Cục thuộc Bộ triển khai phòng, chống COVID- 19 và Sars CoV- 2.', expect: ['punctuation-spacing/spaceInToken " "', 'punctuation-spacing/spaceInToken " "', 'punctuation-spacing/spaceInToken " "'], fixed: 'Các Vụ/Cục thuộc Bộ triển khai phòng, chống COVID-19 và Sars CoV-2.' },
    { paragraph: 'Theo Quyết định số 12/QĐ- UBND và Thông cáo số 05/TCBC -STTTT.', expect: ['punctuation-spacing/spaceInToken " "', 'punctuation-spacing/spaceInToken " "'], fixed: 'Theo Quyết định số 12/QĐ-UBND và Thông cáo số 05/TCBC-STTTT.' },
    { paragraph: 'Cuộc họp  với các sở; ông Chỉnh -  Giám đốc Sở phát biểu.', expect: ['punctuation-spacing/doubleSpace "  "', 'punctuation-spacing/doubleSpace "  "'], fixed: 'Cuộc họp với các sở; ông Chỉnh - Giám đốc Sở phát biểu.' },
    { paragraph: 'Lưu : VT, VP .', expect: ['punctuation-spacing/spaceBefore " "', 'punctuation-spacing/spaceBefore " "'], fixed: 'Lưu: VT, VP.' },
    { paragraph: 'Tỷ lệ đạt 68 % kế hoạch ( tăng 9 điểm ).', expect: ['punctuation-spacing/spaceBefore " "', 'punctuation-spacing/spaceAfter " "', 'punctuation-spacing/spaceBefore " "'], fixed: 'Tỷ lệ đạt 68% kế hoạch (tăng 9 điểm).' },
    { paragraph: 'Thu ngân sách đạt 27,4\u00A0% dự toán, đường dài 20\u00A0km.', expect: ['punctuation-spacing/spaceBefore "\u00A0"'], fixed: 'Thu ngân sách đạt 27,4% dự toán, đường dài 20\u00A0km.' },
    { paragraph: 'Các đơn vị ,trong đó có 12 xã,phường;các sở.', expect: ['punctuation-spacing/spaceBefore " "', 'punctuation-spacing/missingSpaceAfter ","', 'punctuation-spacing/missingSpaceAfter ";"'], fixed: 'Các đơn vị, trong đó có 12 xã, phường; các sở.' },
    { paragraph: '(Tỉnh đoàn)phối hợp với Sở. Sao vậy?Vì sao!Thế à.', expect: ['punctuation-spacing/missingSpaceAfter ")"', 'punctuation-spacing/missingSpaceAfter "?"', 'punctuation-spacing/missingSpaceAfter "!"'], fixed: '(Tỉnh đoàn) phối hợp với Sở. Sao vậy? Vì sao! Thế à.' },
    { paragraph: 'Dịch vụ hướng tới “người bệnh” . Ông nói thêm.', expect: ['punctuation-spacing/spaceBefore " "'], fixed: 'Dịch vụ hướng tới “người bệnh”. Ông nói thêm.' },
    { paragraph: 'Thường trực HĐND –UBND tỉnh dự hội nghị.', expect: ['dash-style/oneSidedSpace " –"'], fixed: 'Thường trực HĐND – UBND tỉnh dự hội nghị.' },
    { paragraph: 'Ông Đặng Văn Lượng, Chánh Văn phòng UBND tỉnh- phát biểu.', expect: ['dash-style/oneSidedSpace "- "'], fixed: 'Ông Đặng Văn Lượng, Chánh Văn phòng UBND tỉnh - phát biểu.' },
    {
      paragraph: 'Phát triển kinh tế-xã hội; Ban Kinh tế-Ngân sách, Ban Văn hoá–Xã hội; quốc phòng-an ninh.',
      expect: ['dash-style/compoundSpacing "-"', 'dash-style/compoundSpacing "-"', 'dash-style/compoundSpacing "–"', 'dash-style/compoundSpacing "-"'],
      fixed: 'Phát triển kinh tế - xã hội; Ban Kinh tế - Ngân sách, Ban Văn hoá – Xã hội; quốc phòng - an ninh.',
    },
    { paragraph: 'Độc lập-Tự do-Hạnh phúc', expect: ['dash-style/compoundSpacing "-"', 'dash-style/compoundSpacing "-"'], fixed: 'Độc lập - Tự do - Hạnh phúc' },
    { paragraph: 'Ông nói: " Chúng ta phải cố gắng ".', expect: ['quote-style/padding " "', 'quote-style/padding " "'], fixed: 'Ông nói: "Chúng ta phải cố gắng".' },
    { paragraph: '"Chúng tôi sẽ nỗ lực” - ông khẳng định.', expect: ['quote-style/straightQuote """'], fixed: '“Chúng tôi sẽ nỗ lực” - ông khẳng định.' },
    {
      paragraph: 'Phong trào “Bình dân học vụ số” và cuộc thi "Tìm hiểu chuyển đổi số".',
      expect: ['quote-style/straightQuotes ""Tìm hiểu chuyển đổi số""'],
      fixed: 'Phong trào “Bình dân học vụ số” và cuộc thi “Tìm hiểu chuyển đổi số”.',
    },
    {
      // Emphasis inside the quotes: the quotation does not map one-to-one, so each mark is fixed on its own.
      paragraph: 'Phong trào “Bình dân học vụ số” và cuộc thi "*Tìm hiểu chuyển đổi số*".',
      expect: ['quote-style/straightQuote """', 'quote-style/straightQuote """'],
      fixed: 'Phong trào “Bình dân học vụ số” và cuộc thi “*Tìm hiểu chuyển đổi số*”.',
    },
    {
      // A line break inside the quotes: rewriting the quotation would rewrite its line ending, so each mark is fixed on its own.
      paragraph: 'Phong trào “Bình dân học vụ số” và cuộc thi "Tìm hiểu\nchuyển đổi số".',
      expect: ['quote-style/straightQuote """', 'quote-style/straightQuote """'],
      fixed: 'Phong trào “Bình dân học vụ số” và cuộc thi “Tìm hiểu\nchuyển đổi số”.',
    },
  ];
  for (const { paragraph, expect, fixed: expected } of cases) {
    it(paragraph, () => {
      const text = article(paragraph);
      assert.deepEqual(reported(text), expect);
      const output = fixed(text);
      assert.equal(output, article(expected));
      assert.deepEqual(reported(output), [], 'nothing left after the fix');
    });
  }

  it('an opening quote not closed in its paragraph is reported at the quote, without a fix', () => {
    const text = article('Phong trào “Bình dân học vụ số được phát động rộng rãi.\n\nHội nghị kết thúc lúc 11 giờ.');
    assert.deepEqual(reported(text), ['quote-style/unclosed "“"']);
    assert.equal(fixed(text), text);
  });
});

describe('Markdown is never touched', () => {
  it('front matter, image syntax, link URLs, inline code and HTML are not prose', () => {
    const text = [
      '---',
      'title: Hội nghị ,sơ kết  quý I',
      'tags:',
      '  - "a ,b"',
      '---',
      '',
      '# Hội nghị sơ kết quý I',
      '',
      'Xem [hướng dẫn](https://dichvucong.gov.vn/p/home?a=1,b=2 "Trang ,hướng dẫn") và lệnh `a ,b  c` trên Cổng.',
      '',
      '![Ảnh ,hội nghị](images/hoi-nghi.jpg)',
      '',
      '<div class="x">Nội dung ,HTML</div>',
      '',
      '```',
      'ma_ho_so ,  trang_thai "x',
      '```',
      '',
    ].join('\n');
    assert.deepEqual(reported(text), []);
  });

  it('a problem across emphasis markup is reported on the right character but not fixed', () => {
    const text = article('Sở thông báo tới các phòng.**Các phòng** chuẩn bị báo cáo.');
    const messages = lint(text, { onlyRules: ruleIds }).messages;
    assert.deepEqual(messages.map((message) => [message.messageId, text.slice(message.start, message.end), message.fix]), [['missingSpaceAfter', '.', undefined]]);
  });

  it('an entity elsewhere in the text keeps the range exact and drops the fix', () => {
    const text = article('Sở  Thông tin và Truyền thông &amp; các đơn vị.');
    const messages = lint(text, { onlyRules: ruleIds }).messages;
    assert.deepEqual(messages.map((message) => [message.messageId, message.start, message.end, message.fix]), [['doubleSpace', text.indexOf('  '), text.indexOf('  ') + 2, undefined]]);
  });

  it('a fix inside emphasis keeps the markup', () => {
    const text = article('Sở tổ chức **hội nghị ,tập huấn** cho cán bộ.');
    assert.equal(fixed(text), article('Sở tổ chức **hội nghị, tập huấn** cho cán bộ.'));
  });
});

describe('breaking clean text in one place gives one message whose fix restores it', () => {
  const cleanTexts = [readFileSync(seedPath, 'utf8'), ...readdirSync(examplesDir).filter((file) => file.startsWith('vn-')).map((file) => readFileSync(join(examplesDir, file), 'utf8'))];
  /** Offsets of `pattern` matches on lines of plain prose (no Markdown syntax, not front matter), at most `limit` per text. */
  function proseOffsets(text: string, pattern: RegExp, limit: number): number[] {
    const bodyStart = text.startsWith('---') ? text.indexOf('\n---', 3) + 4 : 0;
    const offsets: number[] = [];
    let lineStart = bodyStart;
    for (const line of text.slice(bodyStart).split('\n')) {
      if (line && !/[#*![\]`<>_|]/u.test(line) && !/^\s*[-+]\s/u.test(line)) {
        for (const match of line.matchAll(pattern)) offsets.push(lineStart + match.index);
      }
      lineStart += line.length + 1;
    }
    // Spread the picks over the whole text.
    const step = Math.max(1, Math.floor(offsets.length / limit));
    return offsets.filter((_, index) => index % step === 0).slice(0, limit);
  }

  /** Breaks each clean text at the picked offsets and checks the single message and its fix; returns how many cases ran. */
  function breakEach(pattern: RegExp, limit: number, breakAt: (text: string, at: number) => string, expected: string): number {
    let count = 0;
    for (const text of cleanTexts) {
      for (const at of proseOffsets(text, pattern, limit)) {
        const broken = breakAt(text, at);
        assert.deepEqual(lint(broken, { onlyRules: ruleIds }).messages.map((message) => `${message.ruleId}/${message.messageId}`), [expected], broken.slice(at - 20, at + 20));
        assert.equal(fixed(broken), text);
        count++;
      }
    }
    return count;
  }

  it('a space removed after a comma', () => {
    assert.ok(breakEach(/, (?=\p{Ll})/gu, 40, (text, at) => text.slice(0, at + 1) + text.slice(at + 2), 'punctuation-spacing/missingSpaceAfter') > 50);
  });

  it('a space moved before a comma', () => {
    assert.ok(breakEach(/\p{L}, \p{L}/gu, 40, (text, at) => `${text.slice(0, at + 1)} ,${text.slice(at + 3)}`, 'punctuation-spacing/spaceBefore') > 50);
  });

  it('a space doubled between two words', () => {
    assert.ok(breakEach(/\p{L} \p{L}/gu, 60, (text, at) => `${text.slice(0, at + 1)}  ${text.slice(at + 2)}`, 'punctuation-spacing/doubleSpace') > 100);
  });

  it('a space removed after a full stop before a sentence', () => {
    assert.ok(breakEach(/\p{Ll}{2}\. (?=\p{Lu}\p{Ll})/gu, 30, (text, at) => text.slice(0, at + 3) + text.slice(at + 4), 'punctuation-spacing/missingSpaceAfter') > 5);
  });
});

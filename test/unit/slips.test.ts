/**
 * word-misspelled, award-holiday-case, legal-reference-case and phrase-repeated beyond their
 * documentation examples: exact ranges, capitals, text under markup
 * (reported, never fixed), fixes that touch nothing else, and the clean
 * texts they must leave alone.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { lint, lintAndFix } from '../../src/core/lint/engine';
import { inCaseOf } from '../../src/core/lang/misspellings';

const RULES = ['word-misspelled', 'award-holiday-case', 'legal-reference-case', 'phrase-repeated'];
const options = { onlyRules: RULES };

function found(source: string): { ruleId: string; text: string; fixed?: string }[] {
  return lint(source, options).messages.map((message) => ({
    ruleId: message.ruleId!,
    text: source.slice(message.start, message.end),
    ...(message.fix ? { fixed: message.fix.text } : {}),
  }));
}

describe('word-misspelled', () => {
  it('reports the whole phrase and fixes it to the right spelling, syllable by syllable in its case', () => {
    assert.deepEqual(found('# Hội Ghị tổng kết năm\n\nBan tổ chức cập  nhập danh sách.\n'), [
      { ruleId: 'word-misspelled', text: 'Hội Ghị', fixed: 'Hội Nghị' },
      { ruleId: 'word-misspelled', text: 'cập  nhập', fixed: 'cập  nhật' },
    ]);
  });

  it('keeps capitals: lower case, capitalized, all capitals', () => {
    assert.equal(inCaseOf('sẽ', 'sẻ'), 'sẻ');
    assert.equal(inCaseOf('Sử', 'xử'), 'Xử');
    assert.equal(inCaseOf('HỔ', 'hỗ'), 'HỖ');
    // One capital letter is a capitalized word, not a word in capitals.
    assert.equal(inCaseOf('Đ', 'đ'), 'Đ');
  });

  it('reports a phrase split by emphasis without a fix, and none across two blocks', () => {
    assert.deepEqual(found('# Tin\n\nCác đơn vị **chia** sẽ kinh nghiệm.\n'), [{ ruleId: 'word-misspelled', text: 'chia** sẽ' }]);
    assert.deepEqual(found('# Tin\n\n- Nội dung chia\n- Sẽ triển khai\n'), []);
    assert.deepEqual(found('# Tin\n\nCác đơn vị chia, sẽ cùng làm.\n'), []);
  });

  it('fixes only the phrase, once, and a second pass finds nothing', () => {
    const source = '---\ntitle: Tin\n---\n\n# Tin\n\nTỉnh hổ trợ 20 hộ; xã sát nhập 3 thôn.\r\nDòng sau giữ nguyên.\n';
    const { output } = lintAndFix(source, options);
    assert.equal(output, '---\ntitle: Tin\n---\n\n# Tin\n\nTỉnh hỗ trợ 20 hộ; xã sáp nhập 3 thôn.\r\nDòng sau giữ nguyên.\n');
    assert.equal(lintAndFix(output!, options).output, undefined);
  });
});

describe('award-holiday-case', () => {
  it('reports the whole name and fixes only its capitals', () => {
    assert.deepEqual(found('# Tin\n\nÔng được tặng Huân chương lao động hạng nhì và danh hiệu Nghệ sĩ nhân dân.\n'), [
      { ruleId: 'award-holiday-case', text: 'Huân chương lao động hạng nhì', fixed: 'Huân chương Lao động hạng Nhì' },
      { ruleId: 'award-holiday-case', text: 'Nghệ sĩ nhân dân', fixed: 'Nghệ sĩ Nhân dân' },
    ]);
  });

  it('takes "ngày" in either case, and names a holiday only after it', () => {
    assert.deepEqual(found('# Tin\n\nNgày Quốc khánh, tỉnh treo cờ. Nhân Ngày Nhà giáo Việt Nam, các nhà giáo Việt Nam và phụ nữ Việt Nam được tôn vinh.\n'), []);
    assert.deepEqual(found('# Tin\n\nNgày quốc khánh, Hội Liên hiệp Phụ nữ Việt Nam tặng quà; dịp Quốc Khánh năm nay.\n'), [
      { ruleId: 'award-holiday-case', text: 'Ngày quốc khánh', fixed: 'Ngày Quốc khánh' },
      { ruleId: 'award-holiday-case', text: 'Quốc Khánh', fixed: 'Quốc khánh' },
    ]);
  });

  it('leaves alone a person named Quốc Khánh, not a sentence\'s first word before the holiday', () => {
    assert.deepEqual(found('# Tin\n\nVua phá lưới là Trần Quốc Khánh. Trần Quốc Khánh ghi 9 bàn; anh Nguyễn Văn Quốc Khánh nhận giải.\n'), []);
    assert.deepEqual(found('# Tin\n\nLễ Quốc Khánh năm nay được tổ chức trang trọng.\n'), [{ ruleId: 'award-holiday-case', text: 'Quốc Khánh', fixed: 'Quốc khánh' }]);
  });

  it('leaves a headline in capitals and an honorary title meant in general alone', () => {
    assert.deepEqual(found('# TRAO HUÂN CHƯƠNG LAO ĐỘNG HẠNG BA\n\nTôn vinh những anh hùng lao động thầm lặng và các nghệ sĩ nhân dân của làng nghề.\n'), []);
  });

  it('reports an order written all in lower case: it names that order', () => {
    assert.deepEqual(found('# Tin\n\nBà được tặng huân chương lao động hạng ba.\n'), [
      { ruleId: 'award-holiday-case', text: 'huân chương lao động hạng ba', fixed: 'Huân chương Lao động hạng Ba' },
    ]);
  });
});

describe('legal-reference-case', () => {
  it('capitalizes the type of a document cited with its number, and Điều; lowers khoản and điểm mid-sentence', () => {
    assert.deepEqual(found('# Tin\n\nTheo nghị định 30/2020/NĐ-CP, chương trình số 12-CTr/TU và điểm a Khoản 2 điều 9, tỉnh triển khai.\n'), [
      { ruleId: 'legal-reference-case', text: 'nghị định', fixed: 'N' },
      { ruleId: 'legal-reference-case', text: 'chương trình', fixed: 'C' },
      { ruleId: 'legal-reference-case', text: 'Khoản', fixed: 'k' },
      { ruleId: 'legal-reference-case', text: 'điều', fixed: 'Đ' },
    ]);
  });

  it('leaves the verb, documents in general, numbers without a slash, sentence starts and capitals alone', () => {
    for (const source of [
      '# Tin\n\nUBND tỉnh quyết định thành lập đoàn kiểm tra; các văn bản số 12/UBND-VX đã gửi; quyết định số 1762 được công bố.\n',
      '# ĐIỀU 9 VÀ KHOẢN 2\n\nKhoản 2 Điều 9 quy định thời hạn. Điểm a nêu điều kiện; chương trình kéo dài 3 tháng.\n',
    ]) {
      assert.deepEqual(found(source), [], source);
    }
  });
});

describe('phrase-repeated', () => {
  it('reports the second copy of a phrase of two to six words', () => {
    assert.deepEqual(found('# Tin\n\nHuyện chuyển đổi cơ cấu cây trồng cây trồng hiệu quả.\n'), [{ ruleId: 'phrase-repeated', text: 'cây trồng' }]);
    assert.deepEqual(found('# Tin\n\nTỉnh tập trung phát triển kinh tế số phát triển kinh tế số trong năm.\n'), [
      { ruleId: 'phrase-repeated', text: 'phát triển kinh tế số' },
    ]);
  });

  it('reports a phrase repeated over a soft line break, whatever the line endings', () => {
    for (const ending of ['\n', '\r\n', '\r']) {
      const source = `# Tin${ending}${ending}Huyện chuyển đổi cơ cấu cây trồng${ending}cây trồng hiệu quả.${ending}`;
      assert.deepEqual(found(source), [{ ruleId: 'phrase-repeated', text: 'cây trồng' }], JSON.stringify(ending));
    }
    // Markup between the copies makes them two runs of text.
    assert.deepEqual(found('# Tin\n\nHuyện chuyển đổi cơ cấu cây trồng **cây trồng** hiệu quả.\n'), []);
  });

  it('leaves reduplication, numbers, different capitals and repetitions set off by punctuation alone', () => {
    for (const source of [
      '# Tin\n\nNhà nhà, người người tham gia; ngày ngày đi đi lại lại.\n',
      '# Tin\n\nBảng số 10 20 10 20 được giữ nguyên.\n',
      '# Tin\n\nTừng bước, từng bước hoàn thiện. Cây trồng. Cây trồng chính là lúa.\n',
    ]) {
      assert.deepEqual(found(source), [], source);
    }
  });
});

describe('the four rules on clean texts', () => {
  it('find nothing in the examples and the seed sample', () => {
    const files = [
      ...readdirSync('examples').filter((name) => name.endsWith('.md') && name !== 'README.md').map((name) => join('examples', name)),
      join('..', 'shared', 'samples', 'seed-as-published.md'),
    ];
    for (const file of files) assert.deepEqual(found(readFileSync(file, 'utf8')), [], file);
  });
});

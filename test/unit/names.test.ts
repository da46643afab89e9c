/**
 * Cases of the capitalization rules (names and titles) that the
 * documentation examples do not show: the seed article and the clean
 * examples, every dictionary name in every casing, the project's own
 * dictionary and people register, and the house style that must stay quiet
 * (real-articles-patterns.md §11).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { lint, lintAndFix } from '../../src/core/lint/engine';
import { introducedTitle } from '../../src/core/lang/full-names';
import type { GovpressConfig } from '../../src/core/config/types';
import { batchRules } from '../../src/core/rules/batch-names';
import { BUILT_IN_ORGANIZATIONS } from '../../src/core/lang/organizations';
import { foldPhrase, isCapitalized, nameBlocks, toneSpellings, withInitial } from '../../src/core/lang/name-matcher';
import { buildModel } from '../../src/core/model/build';
import { WordTree } from '../../src/core/lang/word-tree';

const batchIds = batchRules.map((rule) => rule.meta.id);
const repositoryRoot = join(__dirname, '..', '..');

function lintNames(text: string, config: GovpressConfig = {}, rules: readonly string[] = batchIds) {
  return lint(text, { onlyRules: rules, config });
}

/** The reported words, rule and message ids and fixes, for readable assertions. */
function reported(text: string, config: GovpressConfig = {}, rules: readonly string[] = batchIds) {
  return lintNames(text, config, rules).messages.map((message) => ({
    ruleId: message.ruleId,
    messageId: message.messageId,
    words: text.slice(message.start, message.end),
    ...(message.fix ? { fix: message.fix.text } : {}),
  }));
}

function article(body: string, date?: string): string {
  const frontMatter = date ? `---\ntitle: Hội nghị\ndate: ${date}\n---\n\n` : '';
  return `${frontMatter}# Hội nghị tổng kết công tác\n\n${body}\n`;
}

/** A sentence that puts a name mid-sentence, where its capitals are its own. */
const sentenceWith = (name: string): string => `Sáng 14/4, đại diện ${name} tham dự hội nghị.`;

describe('the seed article and the clean examples', () => {
  it('the seed gets only org-name-inconsistent, on the one "Tỉnh Đoàn" against several "Tỉnh đoàn"', () => {
    const text = readFileSync(join(repositoryRoot, '..', 'shared', 'samples', 'seed-as-published.md'), 'utf8');
    const messages = lintNames(text).messages;
    assert.deepEqual(
      messages.map((message) => ({ ruleId: message.ruleId, words: text.slice(message.start, message.end), line: message.line, main: message.data['main'] })),
      [{ ruleId: 'org-name-inconsistent', words: 'Tỉnh Đoàn', line: 13, main: 'Tỉnh đoàn' }],
    );
    assert.equal(messages[0]!.fix?.text, 'Tỉnh đoàn');
  });

  for (const file of readdirSync(join(repositoryRoot, 'examples')).filter((name) => name.endsWith('.md'))) {
    it(`examples/${file} gets no message`, () => {
      assert.deepEqual(reported(readFileSync(join(repositoryRoot, 'examples', file), 'utf8')), []);
    });
  }

  it('English releases are not checked', () => {
    const text = '---\nprofile: en-press-release\n---\n\n# Quốc Hội meets\n\nThe Sở tài chính met Phó chủ tịch Nguyễn Văn An at Tỉnh Đồng Tháp.\n';
    assert.deepEqual(reported(text), []);
  });
});

describe('org-name-case against every dictionary name', () => {
  const current = BUILT_IN_ORGANIZATIONS.filter((entry) => entry.validUntil === undefined);

  it('accepts each name as the dictionary writes it, in capitals, and in the other tone style', () => {
    for (const { name } of current) {
      const otherStyle = name.split(' ').map((word) => toneSpellings(word).find((spelling) => spelling !== word && spelling.length === word.length) ?? word).join(' ');
      for (const written of [name, name.toUpperCase(), otherStyle]) {
        assert.deepEqual(reported(article(sentenceWith(written)), {}, ['org-name-case']), [], written);
      }
    }
  });

  it('reports one wrong initial in any word after the first and fixes it back', () => {
    for (const { name } of BUILT_IN_ORGANIZATIONS) {
      const words = name.split(' ');
      words.forEach((word, index) => {
        // The first word starts the name; one-letter words (`Y`) and punctuation are not casing choices.
        if (index === 0 || word.length < 2 || !/^\p{L}/u.test(word)) return;
        const flipped = withInitial(word, !isCapitalized(word));
        const wrong = words.map((other, at) => (at === index ? flipped : other)).join(' ');
        const text = article(sentenceWith(wrong));
        assert.deepEqual(reported(text, {}, ['org-name-case']).map((message) => message.words), [flipped.replace(/\P{L}+$/u, '')], wrong);
        assert.equal(lintAndFix(text, { onlyRules: ['org-name-case'] }).output, article(sentenceWith(name)), wrong);
      });
    }
  });

  it('keeps the tone style of the text when it fixes the case', () => {
    const text = article('Đại diện Uỷ ban Nhân dân tỉnh và Văn phòng Uỷ Ban nhân dân tỉnh dự họp.');
    assert.equal(lintAndFix(text, { onlyRules: ['org-name-case'] }).output, article('Đại diện Uỷ ban nhân dân tỉnh và Văn phòng Uỷ ban nhân dân tỉnh dự họp.'));
  });

  it('says nothing of a name written all in lowercase: a common noun', () => {
    assert.deepEqual(reported(article('Ủy ban nhân dân các cấp và các sở tài chính, sở kế hoạch và đầu tư phối hợp.'), {}, ['org-name-case']), []);
  });

  it('reports a merged body once, from the day after its last day on, with its successor', () => {
    for (const entry of BUILT_IN_ORGANIZATIONS.filter((candidate) => candidate.validUntil !== undefined)) {
      const body = `${sentenceWith(entry.name)} ${sentenceWith(entry.name)}`;
      assert.deepEqual(reported(article(body, entry.validUntil), {}, ['org-name-case']), [], entry.name);
      const messages = lintNames(article(body, '2025-03-01'), {}, ['org-name-case']).messages;
      assert.deepEqual(messages.map((message) => [message.messageId, message.data['successor'], message.data['since']]), [['outdated', entry.successor, '01/3/2025']], entry.name);
    }
  });

  it('a body that exists only since the reorganisation is not reported before it', () => {
    assert.deepEqual(reported(article(sentenceWith('Sở Nông nghiệp và Môi trường'), '2024-12-01'), {}, ['org-name-case']), []);
  });

  it('reads the project dictionary: new names, end dates without a successor, and its own spelling first', () => {
    const config: GovpressConfig = {
      organizations: [
        { name: 'Ban Quản lý dự án Đầu tư xây dựng', validUntil: '2025-07-01' },
        { name: 'Kiểm toán Nhà nước' },
      ],
    };
    assert.deepEqual(reported(article(sentenceWith('Ban Quản lý dự án Đầu tư xây dựng'), '2025-08-01'), config, ['org-name-case']).map((message) => message.messageId), ['outdatedNoSuccessor']);
    assert.deepEqual(reported(article(sentenceWith('Ban Quản lý Dự án Đầu tư xây dựng')), config, ['org-name-case']), [
      { ruleId: 'org-name-case', messageId: 'wrongCase', words: 'Dự', fix: 'dự' },
    ]);
    assert.deepEqual(reported(article(sentenceWith('Kiểm toán Nhà nước')), config, ['org-name-case']), []);
    assert.deepEqual(reported(article(sentenceWith('Kiểm toán Nhà nước')), {}, ['org-name-case']).map((message) => message.words), ['Nhà']);
  });

  it('keeps the answers of each dictionary apart when projects alternate', () => {
    // A word that opens a name of the project dictionary only: what a spelling remembers must follow the dictionary asked.
    const config: GovpressConfig = { organizations: [{ name: 'Câu lạc bộ Hưu trí' }] };
    const text = article(sentenceWith('Câu lạc bộ hưu trí'));
    for (let round = 0; round < 2; round++) {
      assert.deepEqual(reported(text, {}, ['org-name-case']), [], `round ${round}`);
      assert.deepEqual(reported(text, config, ['org-name-case']).map((message) => message.words), ['hưu'], `round ${round}`);
    }
  });

  it('fixes inside Markdown emphasis, but not across it', () => {
    const inside = article('Đại diện Sở Thông tin và **truyền** thông dự họp.');
    assert.equal(lintAndFix(inside, { onlyRules: ['org-name-case'] }).output, article('Đại diện Sở Thông tin và **Truyền** thông dự họp.'));
    const across = lintNames(article('Đại diện Bộ Văn Hóa, **Thể** Thao và Du Lịch dự họp.'), {}, ['org-name-case']).messages;
    assert.deepEqual(across.map((message) => [message.messageId, message.fix]), [['wrongCase', undefined]]);
  });
});

describe('org-name-inconsistent', () => {
  const rule = ['org-name-inconsistent'];

  it('compares names outside the dictionary', () => {
    const body = 'Sở Ngoại vụ và Trung tâm Xúc tiến Đầu tư tổ chức hội thảo. Đại diện Trung tâm Xúc tiến đầu tư cho biết, Trung tâm Xúc tiến Đầu tư đã mời 30 doanh nghiệp.';
    assert.deepEqual(reported(article(body), {}, rule), [
      { ruleId: 'org-name-inconsistent', messageId: 'inconsistent', words: 'Trung tâm Xúc tiến đầu tư', fix: 'Trung tâm Xúc tiến Đầu tư' },
    ]);
  });

  it('leaves a branch or cell of an association in lowercase (tổ hội, chi hội) apart from its name', () => {
    const body = 'Hội Nông dân tỉnh giải ngân vốn; mỗi dự án đều có tổ hội nông dân giám sát, chi hội nông dân ấp theo dõi.';
    assert.deepEqual(reported(article(body), {}, rule), []);
  });

  it('takes a name cut short for the longest name of the text that its words continue and that ends there', () => {
    const body =
      'Trung tâm Xúc tiến Đầu tư Thương mại tổ chức hội thảo. Trung tâm Xúc tiến Đầu tư Thương mại mời 30 doanh nghiệp. ' +
      'Đại diện Trung tâm Xúc tiến đầu tư thương mại cho biết, Trung tâm Xúc tiến Đầu tư đã sẵn sàng.';
    assert.deepEqual(reported(article(body), {}, rule), [
      { ruleId: 'org-name-inconsistent', messageId: 'inconsistent', words: 'Trung tâm Xúc tiến đầu tư thương mại', fix: 'Trung tâm Xúc tiến Đầu tư Thương mại' },
    ]);
  });

  it('leaves a dictionary name written wrongly to org-name-case', () => {
    const text = article('Sở Ngoại vụ chủ trì. Đại diện Sở ngoại vụ cho biết, Sở Ngoại vụ sẽ hỗ trợ.');
    assert.deepEqual(reported(text).map((message) => `${message.ruleId}:${message.words}`), ['org-name-case:ngoại']);
  });

  it('does not take common nouns in lowercase for names', () => {
    const body =
      'Trung tâm Phục vụ hành chính công tỉnh tiếp nhận 200 hồ sơ, lấy người dân làm trung tâm phục vụ. ' +
      'Tổ Công nghệ số cộng đồng ra mắt; mỗi tổ công nghệ số có 5 thành viên. Tỉnh đoàn tổ chức hội nghị; cả tỉnh đoàn kết.';
    assert.deepEqual(reported(article(body), {}, rule), []);
  });

  it('does not count Title Case headings', () => {
    const text = '# Tỉnh Đoàn Ra Mắt Đội Hình Thanh Niên Tình Nguyện\n\nSáng 14/4, Tỉnh đoàn ra mắt đội hình. Tỉnh đoàn cũng trao quà.\n';
    assert.deepEqual(reported(text, {}, rule), []);
  });

  it('names the line of the main form', () => {
    const text = article('Tỉnh đoàn ra mắt đội hình.\n\nBan Thường vụ Tỉnh đoàn chỉ đạo.\n\nLãnh đạo Tỉnh Đoàn phát biểu.');
    const messages = lintNames(text, {}, rule).messages;
    assert.deepEqual(messages.map((message) => [text.slice(message.start, message.end), message.data['line']]), [['Tỉnh Đoàn', 3]]);
  });
});

describe('place-name-case', () => {
  const rule = ['place-name-case'];
  const units = [
    ['Tỉnh', 'Đồng Tháp'],
    ['Thành phố', 'Cao Lãnh'],
    ['Thành Phố', 'Sa Đéc'],
    ['Thị xã', 'Hồng Ngự'],
    ['Huyện', 'Lai Vung'],
    ['Xã', 'Mỹ An'],
    ['Phường', 'Mỹ Phú'],
    ['Quận', 'Ba Đình'],
    ['Thị trấn', 'Mỹ Thọ'],
  ];

  it('lowercases each generic noun before a proper name mid-sentence, and not at a sentence start', () => {
    for (const [unit, place] of units) {
      const text = article(`Đoàn công tác làm việc tại ${unit} ${place}. ${unit} ${place} có nhiều tiềm năng.`);
      assert.deepEqual(reported(text, {}, rule), [{ ruleId: 'place-name-case', messageId: 'genericCapitalized', words: unit, fix: unit!.toLowerCase() }], unit);
    }
  });

  it('keeps the capital before a number, a person\'s name and in the special names', () => {
    const body = 'Đoàn làm việc tại Quận 1, Phường 3, Phường Lê Lợi, Phường Nguyễn Thái Bình, Phường Điện Biên Phủ, Thành phố Hồ Chí Minh và Thủ đô Hà Nội; các phường 1, 2 cũng tham gia.';
    assert.deepEqual(reported(article(body), {}, rule), []);
  });

  it('does not touch organizations and roads named with a generic noun', () => {
    const body = 'Đại diện Tỉnh Đoàn, Huyện Ủy, Huyện Đội, Tỉnh Hội Nông dân, Bưu điện Tỉnh, Công an Tỉnh Đồng Tháp và Ban Quản lý Tỉnh Lộ 848 dự họp; chính sách Xã Hội được bàn.';
    assert.deepEqual(reported(article(body), {}, rule), []);
  });

  it('does not report after a colon or inside a quotation', () => {
    assert.deepEqual(reported(article('Ông nhấn mạnh: “Tỉnh Đồng Tháp sẽ đi đầu”. Địa chỉ: Xã Mỹ An.'), {}, rule), []);
  });

  it('keeps the capital of a unit in a school\'s name, and only there', () => {
    const body = 'Đội Trường THPT Thành phố Sa Đéc gặp Trường Tiểu học Thị trấn Mỹ Thọ và Trường Phổ thông Dân tộc nội trú Huyện Mường Lát; đoàn làm việc với Thành phố Cao Lãnh.';
    assert.deepEqual(reported(article(body), {}, rule).map((message) => message.words), ['Thành phố']);
  });
});

describe('common-word-case', () => {
  const rule = ['common-word-case'];

  it('lowercases each listed word mid-sentence and keeps it at the start of a sentence', () => {
    for (const word of ['Lãnh đạo', 'Kỷ niệm', 'Họp báo', 'Khai mạc', 'Bế mạc', 'Đại biểu', 'Cán bộ', 'Phát biểu', 'Tham dự', 'Chủ trì']) {
      const text = article(`${word} được nhắc đến. Năm nay có ${word} tại địa phương.`);
      assert.deepEqual(reported(text, {}, rule).map((message) => message.fix), [word.toLowerCase()], word);
    }
  });

  it('lowercases a noun for people after a plural marker, honorifics included', () => {
    const text = article('Chủ trì hội nghị có các Đồng chí: Phạm Quốc Hưng, Ủy viên Ban Thường vụ Tỉnh ủy; Lê Văn An. Đồng chí Hưng phát biểu.');
    assert.deepEqual(reported(text, {}, rule).map((message) => [message.words, message.fix]), [['Đồng chí', 'đồng chí']]);
  });

  it('tells a sentence opener from the head of a name two words before', () => {
    const text = article('Nhân dịp Kỷ niệm 90 năm Ngày Báo chí cách mạng Việt Nam, Hội nghị Cán bộ, công chức được tổ chức.\n\nHội nghị Cán bộ, công chức diễn ra sáng 14/4.');
    assert.deepEqual(reported(text, {}, rule).map((message) => message.words), ['Kỷ niệm']);
  });

  it('leaves names that start with a listed word', () => {
    const body = 'Ông được trao Kỷ niệm chương Vì sự nghiệp Báo chí; Đại biểu Quốc hội tỉnh, Ban Lãnh đạo Sở và Hội nghị Cán bộ, công chức cùng dự Lễ Kỷ niệm.';
    assert.deepEqual(reported(article(body), {}, rule), []);
  });

  it('leaves a participant list\'s honorifics to participants-honorific: one report, not two', () => {
    const text = article('Sáng 14/4, Sở Tài chính tổ chức hội nghị. Tham dự có Ông Nguyễn Văn An – Giám đốc Sở Tài chính; Bà Lê Thị Hoa – Phó Giám đốc Sở.');
    const messages = reported(text, {}, ['common-word-case', 'participants-honorific']);
    assert.deepEqual(messages.map((message) => [message.ruleId, message.words]), [
      ['participants-honorific', 'Ông'],
      ['participants-honorific', 'Bà'],
    ]);
  });
});

describe('person-title-case', () => {
  const rule = ['person-title-case'];

  it('capitalizes a lowercase title next to a name written after "ông", "bà", "đồng chí"', () => {
    const text = article('Ông Lê Văn Cường - trưởng phòng Bưu chính phát biểu. Sau đó, nguyên phó chủ tịch UBND tỉnh Lê Văn Cường trao quà.');
    assert.deepEqual(reported(text, {}, rule).map((message) => [message.words, message.fix]), [
      ['trưởng phòng', 'Trưởng phòng'],
      ['phó chủ tịch', 'Phó Chủ tịch'],
    ]);
  });

  it('finds the names after a two-word honorific and after one that follows another name', () => {
    const text = article('Đồng chí Hồ Văn Mười - bí thư Tỉnh ủy và đồng chí Lê Thị Hoa, giám đốc Sở Y tế; bà Mai Anh, thư ký hội đồng, dự họp.');
    assert.deepEqual(reported(text, {}, rule).map((message) => [message.words, message.fix]), [
      ['bí thư', 'Bí thư'],
      ['giám đốc', 'Giám đốc'],
      ['thư ký', 'Thư ký'],
    ]);
  });

  it('names the holder after a place that ends the title, not from the place\'s last syllable', () => {
    const text = article('Chiều 14/4, phó giám đốc Bệnh viện Đa khoa tỉnh An Giang Trần Minh Tâm cho biết; chủ tịch UBND tỉnh Lạng Sơn Hồ Tiến Thiệu dự.');
    assert.deepEqual(lintNames(text, {}, rule).messages.map((message) => message.data['name']), ['Trần Minh Tâm', 'Hồ Tiến Thiệu']);
  });

  it('knows the names of the project\'s people register', () => {
    // A two-syllable name: one of three or more is taken for a name by its shape alone (next test).
    const config: GovpressConfig = { people: [{ name: 'Phạm Nghĩa', titles: [{ title: 'Chủ tịch UBND tỉnh' }] }] };
    const text = article('Chiều 14/4, chủ tịch UBND tỉnh Phạm Nghĩa làm việc với Sở Y tế.');
    assert.deepEqual(reported(text, config, rule).map((message) => message.fix), ['Chủ tịch']);
    assert.deepEqual(reported(text, {}, rule), []);
  });

  it('takes a surname and two or three capitalized words for a name, not a place that starts like one', () => {
    const text = article('Chiều 14/4, chủ tịch UBND tỉnh Phạm Thiện Nghĩa làm việc với chủ tịch UBND xã Lê Lợi và lãnh đạo thành phố Hồ Chí Minh.');
    assert.deepEqual(reported(text, {}, rule).map((message) => [message.words, message.fix]), [['chủ tịch', 'Chủ tịch']]);
  });

  it('leaves generic titles, house-style second elements and words that only look like titles', () => {
    const body =
      'Tham dự có ông Nguyễn Văn An – Phó bí thư Tỉnh ủy; ông Trần Văn Bình, Phó trưởng Ban Tuyên giáo; cùng các phó giám đốc sở. ' +
      'Ông Nguyễn Văn An, trưởng thành từ phong trào thanh niên, cho biết giám đốc các sở sẽ báo cáo. Hai phó chủ tịch UBND tỉnh Trần Văn Bình và Nguyễn Văn An dự họp.';
    assert.deepEqual(reported(article(body), {}, rule), []);
  });

  it('finds the title across the name of a body with a comma in it', () => {
    const text = article('Bà Trần Thị Mai làm việc với Sở. Giám đốc mới là bà Hà. Theo giám đốc Sở Văn hóa, Thể thao và Du lịch Trần Thị Mai, lễ hội thu hút 5.000 khách.');
    assert.deepEqual(reported(text, {}, rule).map((message) => message.fix), ['Giám đốc']);
  });
});

describe('house style that must stay quiet (real-articles-patterns.md §11)', () => {
  /** An article in old tone marks and lowercase second elements (`Phó chủ tịch`), with `deputy` the title of the second deputy chair. */
  const houseStyleArticle = (deputy: string): string =>
    '---\ntitle: Hội nghị\ndate: 2026-03-12\n---\n\n# Uỷ ban nhân dân tỉnh tổng kết công tác năm 2025\n\n' +
    '(THTG) Chiều ngày 12/3, Uỷ ban nhân dân tỉnh tổ chức hội nghị tổng kết. Phó chủ tịch UBND tỉnh Nguyễn Văn Hoà chủ trì.\n\n' +
    `Dự hội nghị có các đồng chí: Hồ Văn Mười, Phó bí thư Tỉnh uỷ, Chủ tịch HĐND tỉnh; ${deputy} UBND tỉnh Trần Thị Thuỷ; Lê Văn Khoẻ - Phó trưởng Ban Dân vận Tỉnh uỷ; Nguyễn Thị Hạnh - Phó Giám đốc Sở Nội vụ; cùng lãnh đạo các sở, ngành.\n\n` +
    'Hội nghị thống nhất phục vụ Nhân dân tốt hơn; các cơ quan nhà nước và nhân dân trong tỉnh cùng thực hiện nhiệm vụ giai đoạn 2021-2026 và 2026 - 2030.\n\n' +
    '*Quang cảnh hội nghị*\n\nTin, ảnh: TƯỜNG VÂN\n';

  it('gives no message on an article in old tone marks, with title-first and name-first participants and "Phó chủ tịch"', () => {
    // `Phó Giám đốc` beside `Phó chủ tịch`: each title keeps one way of its own.
    assert.deepEqual(reported(houseStyleArticle('Phó chủ tịch')), []);
  });

  it('reports the one title written both ways in the same article ("Phó chủ tịch" and "Phó Chủ tịch")', () => {
    assert.deepEqual(
      reported(houseStyleArticle('Phó Chủ tịch')).map(({ ruleId, messageId, words }) => ({ ruleId, messageId, words })),
      [{ ruleId: 'person-title-case', messageId: 'deputyLowercaseMixed', words: 'Phó chủ tịch' }],
    );
  });
});

describe('helpers', () => {
  it('folds both tone styles and both cases to one key', () => {
    assert.equal(foldPhrase('Ủy ban Nhân dân'), foldPhrase('uỷ ban nhân dân'));
    assert.equal(foldPhrase('Hòa Bình'), foldPhrase('hoà bình'));
    assert.notEqual(foldPhrase('hoàng'), foldPhrase('hoang'));
  });

  it('starts the lookups at every capitalized word and at the lowercase words that open a body or a place, in both tone styles', () => {
    const [prose] = nameBlocks(buildModel('Các uỷ ban và sở ngành của Tỉnh họp tại quận 1 với đại diện phường.\n'), []);
    assert.deepEqual(
      prose!.starts.map((index) => prose!.words[index]!.text),
      ['Các', 'uỷ', 'ban', 'sở', 'Tỉnh', 'quận', 'phường'],
    );
    assert.deepEqual(
      prose!.capitalized.map((index) => prose!.words[index]!.text),
      ['Các', 'Tỉnh'],
    );
  });

  it('visits only the starts that open a place, a head, a title or a common word', () => {
    const [prose] = nameBlocks(buildModel('Phát biểu tại Buổi Lễ, Chủ tịch Nguyễn Văn A đề nghị Lãnh đạo Sở Y tế và các uỷ ban của Tỉnh họp tại quận 1.\n'), []);
    assert.deepEqual(
      prose!.phraseStarts.map((index) => prose!.words[index]!.text),
      ['Phát', 'Buổi', 'Chủ', 'Văn', 'Lãnh', 'Sở', 'uỷ', 'ban', 'Tỉnh', 'quận'],
    );
  });

  it('tells capitals in every Vietnamese letter', () => {
    for (const [upper, lower] of [['Ấ', 'ấ'], ['Đ', 'đ'], ['Ư', 'ư'], ['Ơ', 'ơ'], ['Ỹ', 'ỹ'], ['Â', 'â'], ['Ă', 'ă'], ['É', 'é']] as const) {
      assert.ok(isCapitalized(upper), upper);
      assert.ok(!isCapitalized(lower), lower);
    }
    assert.ok(!isCapitalized('3'));
  });
});

describe('long paragraphs', () => {
  it('read each name in a bounded number of words: names joined by "và" are not one name per head to the end of the paragraph', () => {
    // Every name read walks the dictionary tree word by word: its steps count the work, which must grow with the paragraph, not with its square.
    let steps = 0;
    const step = WordTree.prototype.child;
    WordTree.prototype.child = function (this: WordTree, key: string) {
      steps++;
      return step.call(this, key);
    };
    try {
      const repeats = 1000;
      const { messages } = lintNames(`# Hội nghị\n\nSáng 14/4, ${'Sở Y tế và Sở Y Tế '.repeat(repeats)}.\n`);
      assert.equal(messages.filter((message) => message.ruleId === 'org-name-case').length, repeats);
      assert.ok(steps < 100 * repeats, `${steps} steps for ${repeats} pairs of names`);
    } finally {
      WordTree.prototype.child = step;
    }
  });
});

describe('introducedTitle', () => {
  const titleAfter = (text: string, name: string): string | undefined => {
    const span = introducedTitle(text, text.indexOf(name) + name.length);
    return span && text.slice(span.start, span.end);
  };

  it('ends at a lowercase word after a lowercase one, or at punctuation', () => {
    assert.equal(titleAfter('do ông Lê Văn Tiến – Phó Giám đốc Sở Nội vụ làm Chủ tịch Hội đồng.', 'Lê Văn Tiến'), 'Phó Giám đốc Sở Nội vụ');
    assert.equal(titleAfter('Bà Lò Thị Hoa, Chủ tịch UBND tỉnh Lai Châu, cho biết', 'Lò Thị Hoa'), 'Chủ tịch UBND tỉnh Lai Châu');
    assert.equal(titleAfter('ông Vũ Đức Anh - Giám đốc Sở Nội vụ tỉnh Phú Thọ phát biểu', 'Vũ Đức Anh'), 'Giám đốc Sở Nội vụ tỉnh Phú Thọ');
  });

  it('needs a title right after the separator', () => {
    assert.equal(titleAfter('ông Nguyễn Văn Bảy, nông dân ấp Thới Phước A, chia sẻ', 'Nguyễn Văn Bảy'), undefined);
    assert.equal(titleAfter('ông Nguyễn Văn Bảy cho biết', 'Nguyễn Văn Bảy'), undefined);
  });
});

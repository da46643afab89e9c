/**
 * Cases of the lead and participants rules that the documentation examples
 * do not show: the seed article as published, year inference at the turn of
 * the year, ranges and fixes of real portal sentences.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint } from '../../src/core/lint/engine';
import { buildModel } from '../../src/core/model/build';
import type { Located, ParticipantList } from '../../src/core/model/types';
import { batchRules } from '../../src/core/rules/batch-lead-participants';

const batchIds = batchRules.map((rule) => rule.meta.id);

function lintWith(ruleId: string, text: string, options: Record<string, unknown> = {}) {
  return lint(text, { onlyRules: [ruleId], ruleOptions: { [ruleId]: options } });
}

/** The reported words, message ids and fixes, for readable assertions. */
function reported(result: ReturnType<typeof lint>, text: string) {
  return result.messages.map((message) => ({ messageId: message.messageId, words: text.slice(message.start, message.end), fix: message.fix?.text }));
}

function article(date: string, lead: string): string {
  return `---\ntitle: Hội nghị tổng kết công tác\ndate: ${date}\n---\n\n# Hội nghị tổng kết công tác\n\n${lead}\n`;
}

describe('the seed article as published', () => {
  it('gets dateline-vague on "Vừa qua" and nothing else from these rules', () => {
    const text = readFileSync(join(__dirname, '..', '..', '..', 'shared', 'samples', 'seed-as-published.md'), 'utf8');
    const result = lint(text, { onlyRules: batchIds });
    assert.deepEqual(
      result.messages.map((message) => ({ ruleId: message.ruleId, words: text.slice(message.start, message.end) })),
      [{ ruleId: 'dateline-vague', words: 'Vừa qua' }],
    );
  });
});

describe('dateline-after-date reads an omitted year as the one nearest to publication', () => {
  const lead = (dateline: string) => `${dateline}, Sở Nội vụ tổ chức hội nghị tổng kết công tác năm và triển khai nhiệm vụ năm tới.`;

  it('reports an early-January event in an article published on 30 December: it is read as next year', () => {
    const result = lintWith('dateline-after-date', article('2026-12-30', lead('Sáng 3/1')));
    assert.deepEqual(result.messages.map((message) => message.data['eventDate']), ['3/1/2027']);
  });

  it('reads an October date in an April article as last October', () => {
    assert.deepEqual(lintWith('dateline-after-date', article('2026-04-14', lead('Sáng 15/10'))).messages, []);
  });

  it('reports a September date in an April article: it is read as this coming September', () => {
    const result = lintWith('dateline-after-date', article('2026-04-14', lead('Sáng 20/9')));
    assert.deepEqual(result.messages.map((message) => message.data['eventDate']), ['20/9/2026']);
  });

  it('says nothing when the publication date is not ISO (date-missing reports it)', () => {
    assert.deepEqual(lintWith('dateline-after-date', article('14/4/2026', lead('Sáng 20/4'))).messages, []);
  });
});

describe('dateline-after-date on what happened before the event', () => {
  const text = (sentence: string) =>
    `---\ntitle: Ký kết hợp tác với tỉnh Gangwon\ndate: 2025-11-18\n---\n\n# Ký kết hợp tác với tỉnh Gangwon\n\nChiều 18/11, UBND tỉnh Ninh Bình và tỉnh Gangwon ký kết biên bản ghi nhớ hợp tác.\n\n${sentence}\n`;

  it('reads the whole sentence, past the dot of an abbreviated place', () => {
    const result = lintWith('dateline-after-date', text('Trước đó, sáng 19/11, tại TP. Hoa Lư, đoàn công tác tỉnh Gangwon đã khảo sát Khu du lịch Tràng An.'));
    assert.deepEqual(result.messages.map((message) => message.messageId), ['pastAfterPublication']);
  });

  it('reads a paragraph that opens with its own date and tells of a thing done, not one announced', () => {
    const done = lintWith('dateline-after-date', text('Ngày 19/11/2025, đoàn công tác tỉnh Gangwon đã khảo sát Khu du lịch Tràng An.'));
    assert.deepEqual(done.messages.map((message) => [message.messageId, message.data['written']]), [['pastAfterPublication', 'Ngày 19/11/2025']]);
    assert.deepEqual(lintWith('dateline-after-date', text('Sáng 20/11, đoàn công tác sẽ khảo sát Khu du lịch Tràng An.')).messages, []);
    assert.deepEqual(lintWith('dateline-after-date', text('Ngày 20/11 tới, đoàn công tác đã đăng ký khảo sát Khu du lịch Tràng An.')).messages, []);
  });

  it('stops at the end of the sentence: a later sentence\'s "đã" is not this one\'s', () => {
    assert.deepEqual(lintWith('dateline-after-date', text('Trước đó, sáng 19/11, đoàn công tác sẽ khảo sát Khu du lịch Tràng An. Tỉnh đã chuẩn bị chu đáo.')).messages, []);
  });
});

describe('dateline-missing', () => {
  it('points at the first words after an outlet tag', () => {
    const text = '# Tập huấn chuyển đổi số\n\n(GLO)- Gần 400 cán bộ, công chức cấp xã tham gia lớp tập huấn kỹ năng chuyển đổi số.\n';
    assert.deepEqual(reported(lintWith('dateline-missing', text), text), [{ messageId: 'missing', words: 'Gần 400 cán bộ', fix: undefined }]);
  });
});

describe('the lead of a formal release with its place-date line typed into the body', () => {
  it('is the paragraph after that line, in either form', () => {
    for (const line of ['*Đồng Nai, ngày 8/9/2026*', 'Đồng Nai, ngày 08 tháng 9 năm 2026', 'TP. Hồ Chí Minh, ngày 15-10-2026.']) {
      const text = `---\nprofile: vn-press-release\n---\n\n# Hội nghị xúc tiến đầu tư\n\n${line}\n\nSáng 8/9, UBND tỉnh tổ chức hội nghị xúc tiến đầu tư năm 2026 với hơn 500 đại biểu.\n`;
      const model = buildModel(text);
      assert.ok(model.lead?.plain.text.startsWith('Sáng 8/9'), line);
      assert.equal(model.dateline?.date.day, 8, line);
    }
    // A sentence that begins like one is a lead.
    const text = '# Tin\n\nĐồng Nai, ngày 8/9/2026, UBND tỉnh tổ chức hội nghị xúc tiến đầu tư.\n';
    assert.ok(buildModel(text).lead?.plain.text.startsWith('Đồng Nai, ngày 8/9/2026, UBND'));
  });
});

describe('lead-length', () => {
  it('gives a one-sentence lead over both limits a single message', () => {
    const text = '# Hội nghị sơ kết công tác nội vụ\n\nChiều ngày 28/6, Sở Nội vụ tổ chức Hội nghị sơ kết công tác nội vụ 6 tháng đầu năm và triển khai nhiệm vụ 6 tháng cuối năm 2024 cho cán bộ, công chức.\n';
    const result = lintWith('lead-length', text, { maxWords: 20, maxFirstSentenceWords: 20 });
    assert.deepEqual(result.messages.map((message) => message.messageId), ['tooLong']);
  });
});

describe('participants-format on real portal sentences', () => {
  const opening = '# Hội nghị trực tuyến\n\nSáng 14/4, Bộ Y tế tổ chức hội nghị trực tuyến toàn quốc. ';

  it('reports three styles in one list: the hyphen fixed to the main en dash, the comma left to the writer', () => {
    const text = `${opening}Tham dự hội nghị có: PGS. TS Nguyễn Thị Xuyên – Thứ trưởng Bộ Y tế, Nguyễn Thanh Long- Thứ trưởng Bộ Y tế, ông Trần Văn Thuấn, Thứ trưởng Bộ Y tế.\n`;
    assert.deepEqual(reported(lintWith('participants-format', text), text), [
      { messageId: 'mixedDash', words: '- ', fix: ' – ' },
      { messageId: 'mixedStyle', words: ', ', fix: undefined },
    ]);
  });

  it('asks for a semicolon in a title-first list where a person holds several titles', () => {
    const text = `${opening}Cùng dự có Phó Chủ tịch Thường trực UBND tỉnh - Trưởng đoàn đại biểu Quốc hội tỉnh Trần Văn An, Phó Chủ tịch UBND tỉnh Nguyễn Văn Bình.\n`;
    const result = lintWith('participants-format', text);
    assert.deepEqual(reported(result, text), [{ messageId: 'personsNeedSemicolon', words: ',', fix: undefined }]);
    assert.equal(result.messages[0]!.data['nextPerson'], 'Phó Chủ tịch UBND tỉnh Nguyễn Văn Bình');
  });

  it('leaves a consistent list with groups alone', () => {
    const text = `${opening}Tham dự hội nghị có ông Nguyễn Văn An – Giám đốc Sở Y tế, bà Lê Thị Bình – Phó Giám đốc Sở Y tế, lãnh đạo các bệnh viện, trung tâm y tế tuyến huyện.\n`;
    assert.deepEqual(lintWith('participants-format', text).messages, []);
  });
});

describe('participants-honorific', () => {
  it('accepts a capital honorific that opens a sentence', () => {
    // The parser finds lists only after an intro formula, so the list is placed by hand here.
    const text = '# Hội nghị\n\nSáng 3/4, Sở Y tế tổ chức hội nghị. Ông Nguyễn Văn An – Giám đốc Sở Y tế chủ trì hội nghị.\n';
    const model = buildModel(text);
    const locate = (part: string): Located => {
      const start = text.indexOf(part);
      return { start, end: start + part.length, text: part };
    };
    const honorific = locate('Ông');
    const title = locate('Giám đốc Sở Y tế');
    const list: ParticipantList = {
      start: honorific.start,
      end: title.end,
      intro: { start: honorific.start, end: honorific.start, text: '' },
      entries: [{ kind: 'person', start: honorific.start, end: title.end, honorific, name: locate('Nguyễn Văn An'), titles: [title], separator: 'en-dash', separatorText: locate(' – ') }],
      blockIndex: model.blocks.findIndex((block) => block.role === 'lead'),
    };
    model.participants.push(list);
    assert.deepEqual(lint(text, { model, onlyRules: ['participants-honorific'] }).messages, []);
  });
});

/**
 * Cases of the figure, end-mark and signature rules that the documentation
 * examples do not show: the seed article as published, endings where the
 * rules must agree on one reading (a `./.` glued to or after the byline, a
 * byline on the last sentence's next line), markup inside captions and last
 * paragraphs, and fixing a whole messy ending at once.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint, lintAndFix } from '../../src/core/lint/engine';
import { buildModel } from '../../src/core/model/build';
import { batchRules } from '../../src/core/rules/batch-figures-ending';

const batchIds = batchRules.map((rule) => rule.meta.id);

/** Every message of this batch as `rule/messageId "reported words"`, in document order. */
function reported(text: string, ruleOptions: Record<string, Record<string, unknown>> = {}): string[] {
  return lint(text, { onlyRules: batchIds, ruleOptions }).messages.map(
    (message) => `${message.ruleId}/${message.messageId} "${text.slice(message.start, message.end)}"`,
  );
}

function article(ending: string, frontMatter = ''): string {
  const head = frontMatter ? `---\n${frontMatter}---\n\n` : '';
  return `${head}# Hội nghị tổng kết công tác năm 2026\n\nSáng 14/1, Sở Tài chính tổ chức hội nghị tổng kết công tác năm 2026.\n\n${ending}`;
}

describe('the seed article as published', () => {
  it('gets nothing from these rules', () => {
    const text = readFileSync(join(__dirname, '..', '..', '..', 'shared', 'samples', 'seed-as-published.md'), 'utf8');
    assert.deepEqual(reported(text), []);
  });
});

describe('endings the rules must read the same way', () => {
  it('a "./." glued to the byline is only misplaced: the byline is still a signature, the end mark is not missing', () => {
    const text = article('Hội nghị đề ra 5 nhiệm vụ trọng tâm của năm 2027.\n\nMinh Anh – Sở Tài chính./.\n', 'author: Minh Anh\nunit: Sở Tài chính\n');
    assert.deepEqual(reported(text), ['endmark-misplaced/onSignature "./."']);
  });

  it('a "./." paragraph in mid-text is misplaced (or a duplicate), with no fix', () => {
    const fixesOf = (text: string) => lint(text, { onlyRules: batchIds }).messages.map((message) => [message.messageId, message.line, message.fix]);
    assert.deepEqual(fixesOf(article('./.\n\nHội nghị đề ra 5 nhiệm vụ trọng tâm của năm 2027.\n\nMinh Anh\n')), [['ownParagraph', 5, undefined]]);
    assert.deepEqual(fixesOf(article('./.\n\nHội nghị đề ra 5 nhiệm vụ trọng tâm của năm 2027./.\n\nMinh Anh\n')), [['duplicate', 5, undefined]]);
  });

  it('a "./." paragraph after the byline is only misplaced', () => {
    const text = article('Hội nghị đề ra 5 nhiệm vụ trọng tâm của năm 2027.\n\nTin, ảnh: TƯỜNG VÂN\n\n./.\n');
    assert.deepEqual(reported(text), ['endmark-misplaced/afterSignature "./."']);
  });

  it('a byline on the next line of the last paragraph is one problem, fixed into its own paragraph', () => {
    const text = article('Hội nghị đề ra 5 nhiệm vụ trọng tâm của năm 2027./.\nMinh Anh – Sở Tài chính\n');
    assert.deepEqual(reported(text), ['signature-format/notOwnParagraph "Minh Anh – Sở Tài chính"']);
    const fixed = lintAndFix(text, { onlyRules: batchIds });
    assert.equal(fixed.output, article('Hội nghị đề ra 5 nhiệm vụ trọng tâm của năm 2027./.\n\nMinh Anh – Sở Tài chính\n'));
    const model = buildModel(fixed.output!);
    assert.equal(model.signature?.text, 'Minh Anh – Sở Tài chính');
    assert.equal(model.endMark?.attached, true);
  });

  it('names listed line by line at the end are text, not a byline', () => {
    const text = article('Ban tổ chức trao giải Nhất cho các tác giả:\nNguyễn Văn An\nTrần Thị Bình\n\nMinh Anh – Sở Tài chính\n');
    assert.deepEqual(reported(text), ['endmark-missing/missing "Bình"']);
  });

  it('a last paragraph in bold keeps its "./." (the model maps it through the plain text)', () => {
    const text = article('**Hội nghị đề ra 5 nhiệm vụ trọng tâm của năm 2027./.**\n\nMinh Anh – Sở Tài chính\n');
    const endMark = buildModel(text).endMark;
    assert.ok(endMark?.attached);
    assert.equal(text.slice(endMark.start, endMark.end), './.');
    assert.deepEqual(reported(text), []);
  });

  it('a short line after a "./."-closed paragraph is an unrecognized byline, not the last paragraph', () => {
    const text = article('Hội nghị đề ra 5 nhiệm vụ trọng tâm của năm 2027./.\n\nPhòng Văn hóa huyện Tam Nông\n');
    assert.deepEqual(reported(text), ['signature-missing/unrecognized "Phòng Văn hóa huyện Tam Nông"']);
  });

  it('photos between the last paragraph and the byline change nothing', () => {
    const text = article('Hội nghị đề ra 5 nhiệm vụ trọng tâm của năm 2027./.\n\n![Quang cảnh hội nghị](images/hoi-nghi.jpg)\n*Quang cảnh hội nghị*\n\nMinh Anh – Sở Tài chính\n');
    assert.deepEqual(reported(text), []);
  });

  it('"required: false" silences the missing mark but not a misplaced one', () => {
    const options = { 'endmark-missing': { required: false } };
    assert.deepEqual(reported(article('Hội nghị đề ra 5 nhiệm vụ trọng tâm của năm 2027.\n\nMinh Anh\n'), options), []);
    assert.deepEqual(reported(article('Hội nghị đề ra 5 nhiệm vụ trọng tâm của năm 2027. ./.\n\nMinh Anh\n'), options), [
      'endmark-misplaced/spaceBefore "./."',
    ]);
  });

  it('a vague source line is a format problem, not an author mismatch', () => {
    const text = article('Hội nghị đề ra 5 nhiệm vụ trọng tâm của năm 2027./.\n\nNguồn Internet\n', 'author: Minh Anh\n');
    assert.deepEqual(reported(text), ['signature-format/vagueSource "Internet"']);
  });

  it('a sentence starting with "Nguồn" is body text, not a source line', () => {
    const text = article('Nguồn vốn thực hiện từ ngân sách tỉnh, dự kiến 500 triệu đồng.\n');
    assert.deepEqual(reported(text), [
      'signature-missing/missing "Nguồn vốn thực hiện từ ngân sách tỉnh, dự kiến 500 triệu đồng."',
      'endmark-missing/missing "đồng."',
    ]);
  });

  it('an entity in the last paragraph still puts the report on its last word, without a fix', () => {
    const text = article('Hội nghị kết thúc tốt đẹp &amp; thành công.\n\nMinh Anh\n');
    const [message] = lint(text, { onlyRules: ['endmark-missing'] }).messages;
    assert.equal(text.slice(message!.start, message!.end), 'công.');
    assert.equal(message!.fix, undefined);
  });
});

describe('captions with markup', () => {
  const figure = '![](images/phat-bieu.jpg)\n*Ông **Nguyễn Văn A** phát biểu tại hội nghịẢnh: Minh Anh*\n';

  it('points the glued credit at its own words and fixes it in place', () => {
    const text = article(`${figure}\nHội nghị đề ra 5 nhiệm vụ trọng tâm của năm 2027./.\n\nMinh Anh\n`);
    const messages = lint(text, { onlyRules: ['caption-format'] }).messages;
    assert.deepEqual(messages.map((message) => text.slice(message.start, message.end)), ['Ảnh: Minh Anh']);
    assert.equal(messages[0]!.fix?.text, '. ');
    assert.equal(text.slice(messages[0]!.fix!.start - 4, messages[0]!.fix!.start), 'nghị');
  });

  it('copies the caption into the alt text as plain words, without the credit', () => {
    const text = article(`${figure.replace('nghịẢnh', 'nghị. Ảnh')}\nHội nghị đề ra 5 nhiệm vụ trọng tâm của năm 2027./.\n\nMinh Anh\n`);
    const fixed = lintAndFix(text, { onlyRules: ['image-alt-missing'] });
    assert.match(fixed.output ?? '', /!\[Ông Nguyễn Văn A phát biểu tại hội nghị\]\(images\/phat-bieu\.jpg\)/u);
  });
});

describe('fixing a messy ending at once', () => {
  it('converges to the house form and changes nothing more on a second run', () => {
    const messy = article(
      '![](images/hoi-nghi.jpg)\n*Quang cảnh hội nghịẢnh: Võ Duy*\n\nHội nghị đề ra 5 nhiệm vụ trọng tâm của năm 2027.\nBích Ngọc-Sở Tài chính\n',
    );
    const fixed = lintAndFix(messy, { onlyRules: batchIds });
    const expected = article(
      '![Quang cảnh hội nghị](images/hoi-nghi.jpg)\n*Quang cảnh hội nghị. Ảnh: Võ Duy*\n\nHội nghị đề ra 5 nhiệm vụ trọng tâm của năm 2027./.\n\nBích Ngọc – Sở Tài chính\n',
    );
    assert.equal(fixed.output, expected);
    assert.deepEqual(fixed.messages, []);
    assert.equal(lintAndFix(expected, { onlyRules: batchIds }).output, undefined);
  });
});

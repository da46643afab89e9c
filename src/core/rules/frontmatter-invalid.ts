import type { Rule } from '../types';
import { isProfileId, profiles } from '../profiles/index';
import { frontMatterSpan } from './helpers';
import { lineStartBefore } from '../text/line-index';

/** `key: value` whose unquoted value holds `: ` (`title: Hà Nội - Paris: những nhịp cầu`), which YAML reads as a second key. */
const KEY_AND_PLAIN_VALUE = /^([ \t]*)([^\s:#"'][^:#\r\n]*?):[ \t]+([^\s"'[{|>&*!%@`#][^\r\n]*?:[ \t][^\r\n]*?)[ \t]*$/u;

/** The line of the error, when it is such a key and value: the usual YAML mistake of a writer, whose fix is quotes. */
function colonInPlainValue(source: string, at: number): { key: string; value: string; start: number; end: number } | undefined {
  const start = lineStartBefore(source, at);
  const lineEnd = source.slice(start).search(/\r|\n|$/u);
  const line = KEY_AND_PLAIN_VALUE.exec(source.slice(start, start + lineEnd));
  if (!line) return undefined;
  const [, indent, key, value] = line as unknown as [string, string, string, string];
  const valueStart = start + line[0].indexOf(value, indent.length + key.length + 1);
  return { key: key.trim(), value, start: valueStart, end: valueStart + value.length };
}

/** The YAML library's errors that writers make, with a message of their own (the others quote the library). */
function explainedError({ code, message }: { code?: string; message: string }): string | undefined {
  if (code === 'DUPLICATE_KEY') return 'duplicateKey';
  if (code === 'TAB_AS_INDENT') return 'tabIndent';
  if (code === 'MISSING_CHAR' && message.startsWith('Missing closing')) return 'missingCloser';
  if (code === 'BLOCK_AS_IMPLICIT_KEY' || code === 'BAD_INDENT') return 'indentation';
  return undefined;
}

export const frontmatterInvalid: Rule = {
  meta: {
    id: 'frontmatter-invalid',
    group: 'structure',
    severity: 'error',
    fixable: false,
    docs: {
      summary: { vi: 'Front matter phải là YAML hợp lệ', en: 'The front matter must be valid YAML' },
      rationale: {
        vi: 'Phần thông tin đầu bài (giữa hai dòng `---`) chứa tiêu đề, ngày đăng, tác giả. Khi YAML sai, lỗi được báo đúng dòng, cột; các quy tắc khác vẫn kiểm tra thân bài, nhưng GovPress không tự sửa tệp cho đến khi front matter đọc được. Lỗi hay gặp nhất là dấu hai chấm trong tiêu đề chưa đặt trong ngoặc kép ("title: Hà Nội - Paris: những nhịp cầu"): thông báo chỉ rõ cách đặt ngoặc kép.',
        en: 'The block between the two `---` lines holds the headline, date and author. A YAML error is reported at its own line and column; the other rules still check the body, but GovPress will not fix the file until the front matter can be read. The most usual mistake, a colon in an unquoted title ("title: Hà Nội - Paris: những nhịp cầu"), gets a message that shows the value in quotes.',
      },
    },
    messages: {
      yaml: { vi: 'Front matter không phải YAML hợp lệ: {detail}', en: 'The front matter is not valid YAML: {detail}' },
      unclosed: { vi: 'Front matter mở bằng "---" nhưng không có dòng "---" đóng lại: thêm "---" sau khóa cuối cùng.', en: 'The front matter opens with "---" but is never closed: add a "---" line after the last key.' },
      colonInValue: {
        vi: 'Giá trị của "{key}" có dấu hai chấm và dấu cách (": "), nên YAML đọc nhầm thành một khóa mới: đặt cả giá trị trong ngoặc kép, {key}: {quoted}',
        en: 'The value of "{key}" holds a colon and a space (": "), which YAML reads as a new key: put the whole value in double quotes, {key}: {quoted}',
      },
      duplicateKey: {
        vi: 'Khóa "{key}" có hai lần trong front matter: giữ một dòng, xóa dòng kia.',
        en: 'The key "{key}" appears twice in the front matter: keep one line and delete the other.',
      },
      tabIndent: {
        vi: 'Dòng này thụt lề bằng phím Tab: YAML chỉ nhận dấu cách, thay Tab bằng hai dấu cách.',
        en: 'This line is indented with a tab: YAML takes spaces only; replace the tab with two spaces.',
      },
      missingCloser: {
        vi: 'Một dấu ngoặc kép mở ở phía trên chưa được đóng: thêm dấu đóng ở cuối giá trị của nó.',
        en: 'A quote opened above this point is never closed: add the closing quote at the end of its value.',
      },
      indentation: {
        vi: 'Thụt lề không đúng: các khóa cùng cấp phải bắt đầu ở cùng một cột, và khóa con thụt vào dưới khóa cha (như "signer:" rồi "  name: …").',
        en: 'Wrong indentation: keys of one level start in the same column, and a nested key is indented under its parent (as "signer:" then "  name: …").',
      },
      notMapping: { vi: 'Front matter phải là các dòng "khóa: giá trị".', en: 'The front matter must be "key: value" lines.' },
      profile: { vi: 'Hồ sơ "{value}" không tồn tại: dùng một trong {known}.', en: 'Unknown profile "{value}": use one of {known}.' },
    },
    defaults: {},
    examples: {
      valid: [{ title: { vi: 'YAML hợp lệ', en: 'Valid YAML' }, text: '---\nprofile: vn-news\ntitle: "Hội nghị: tổng kết năm 2026"\n---\n' }],
      invalid: [
        { title: { vi: 'Dấu hai chấm trong giá trị chưa đặt trong ngoặc kép', en: 'A colon inside an unquoted value' }, text: '---\ntitle: Hội nghị: tổng kết năm 2026\n---\n', expect: [{ messageId: 'colonInValue', line: 2 }] },
        { title: { vi: 'Thụt lề sai', en: 'A wrong indentation' }, text: '---\ntitle: Hội nghị tổng kết năm 2026\n  date: 2026-12-01\n---\n', expect: [{ messageId: 'indentation', line: 2 }] },
        { title: { vi: 'Một khóa viết hai lần', en: 'A key written twice' }, text: '---\ntitle: Hội nghị tổng kết năm 2026\ndate: 2026-12-01\ntitle: Tổng kết năm 2026\n---\n', expect: [{ messageId: 'duplicateKey', line: 4 }] },
        { title: { vi: 'Thụt lề bằng phím Tab', en: 'A tab as indentation' }, text: '---\nsigner:\n\ttitle: Giám đốc\n---\n', expect: [{ messageId: 'tabIndent', line: 3 }] },
        { title: { vi: 'Ngoặc kép không đóng', en: 'A quote never closed' }, text: '---\ntitle: "Hội nghị tổng kết năm 2026\ndate: 2026-12-01\n---\n', expect: [{ messageId: 'missingCloser', line: 3 }] },
        { title: { vi: 'Lỗi YAML khác: nêu nguyên văn', en: 'Another YAML error: quoted as the library says it' }, text: '---\ntitle: "Hội nghị" tổng kết\n---\n', expect: [{ messageId: 'yaml', line: 2 }] },
        { title: { vi: 'Thiếu dòng đóng', en: 'Never closed' }, text: '---\ntitle: Hội nghị tổng kết năm 2026\n\n# Hội nghị tổng kết năm 2026\n', expect: [{ messageId: 'unclosed', line: 1 }] },
        { title: { vi: 'Hồ sơ không tồn tại', en: 'Unknown profile' }, text: '---\nprofile: vn-new\n---\n', expect: [{ messageId: 'profile', line: 2 }] },
      ],
    },
  },
  check({ doc, report }) {
    const frontMatter = doc.frontMatter;
    if (!frontMatter) return;
    const error = frontMatter.error;
    if (frontMatter.unclosed && error) {
      report({ messageId: 'unclosed', start: error.start, end: error.end });
      return;
    }
    if (error?.message === 'not-a-mapping') {
      report({ messageId: 'notMapping', start: error.start, end: error.end });
      return;
    }
    if (error) {
      const colon = colonInPlainValue(doc.source, error.start);
      if (colon) {
        report({ messageId: 'colonInValue', data: { key: colon.key, quoted: JSON.stringify(colon.value) }, start: colon.start, end: colon.end });
        return;
      }
      const key = /^[^\s:#]+/u.exec(doc.source.slice(error.start))?.[0] ?? '';
      report({ messageId: explainedError(error) ?? 'yaml', data: { detail: error.message, key }, start: error.start, end: error.end });
      return;
    }
    const profile = frontMatter.data['profile'];
    if (profile !== undefined && !isProfileId(profile)) {
      report({ messageId: 'profile', data: { value: String(profile), known: Object.keys(profiles).join(', ') }, ...frontMatterSpan(doc, 'profile') });
    }
  },
};

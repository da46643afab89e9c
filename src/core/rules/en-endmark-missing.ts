import type { RootContent } from 'mdast';
import { parseMarkdown } from '../parse';
import type { Rule } from '../types';

/**
 * The AP end mark the fix appends (`-30-` is accepted too), escaped as in the
 * template: a bare `###` line is an empty Markdown heading and vanishes from the rendered page.
 */
const END_MARK = '\\###';
const LINE_ENDING = /\r\n|\r|\n/gu;

/** The file's last line ending (CRLF, a lone CR or LF), searched from the end of a file that may be large; LF when it has none. */
function lastLineEnding(source: string): string {
  const last = Math.max(source.lastIndexOf('\n'), source.lastIndexOf('\r'));
  if (last === -1) return '\n';
  return source[last] === '\n' && source[last - 1] === '\r' ? '\r\n' : source[last]!;
}

/** How many line endings end the file. */
function trailingLineEndings(source: string): number {
  let end = source.length;
  while (end > 0 && (source[end - 1] === '\n' || source[end - 1] === '\r')) end--;
  return source.slice(end).match(LINE_ENDING)?.length ?? 0;
}

export const enEndmarkMissing: Rule = {
  meta: {
    id: 'en-endmark-missing',
    group: 'profile',
    severity: 'warn',
    fixable: true,
    docs: {
      summary: { vi: 'Thông cáo tiếng Anh kết thúc bằng dòng "###"', en: 'An English release ends with a "###" line' },
      rationale: {
        vi: 'Dòng "###" (hoặc "-30-") cho nhà báo biết thông cáo đã hết, không bị mất trang hay cắt đoạn. Sửa tự động: thêm dòng "\\###" vào cuối tệp (dấu "\\" để Markdown không đọc dòng này thành tiêu đề rỗng và làm nó biến mất khi hiển thị), giữ kiểu xuống dòng của tệp.',
        en: 'A "###" (or "-30-") line tells reporters the release is complete, with no page lost or cut. The fix appends a "\\###" line at the end of the file (the "\\" keeps Markdown from reading it as an empty heading that vanishes from the rendered page), keeping the file\'s line endings.',
      },
    },
    messages: {
      missing: { vi: 'Thiếu dòng kết thúc "###" ở cuối thông cáo.', en: 'The release does not end with a "###" line.' },
      notAtEnd: {
        vi: 'Dòng kết thúc "{mark}" phải là dòng cuối cùng: chuyển phần nội dung phía sau lên trước nó.',
        en: 'The end mark "{mark}" must be the last line: move what follows it above it.',
      },
    },
    defaults: {},
    examples: {
      valid: [
        { title: { vi: 'Có dòng kết thúc', en: 'An end mark' }, profile: 'en-press-release', text: '# Library launches classes\n\nThe library will offer classes.\n\n###\n' },
        { title: { vi: 'Dòng "-30-"', en: 'A "-30-" line' }, profile: 'en-press-release', text: '# Library launches classes\n\nThe library will offer classes.\n\n-30-\n' },
      ],
      invalid: [
        {
          title: { vi: 'Không có dòng kết thúc', en: 'No end mark' },
          profile: 'en-press-release',
          text: '# Library launches classes\n\nThe library will offer classes.\n',
          expect: [{ messageId: 'missing', line: 3 }],
          output: '# Library launches classes\n\nThe library will offer classes.\n\n\\###\n',
        },
        {
          title: { vi: 'Tệp xuống dòng kiểu Windows, không có dòng trống cuối', en: 'Windows line endings and no final newline' },
          profile: 'en-press-release',
          text: '# Library launches classes\r\n\r\nThe library will offer classes.',
          expect: [{ messageId: 'missing', line: 3 }],
          output: '# Library launches classes\r\n\r\nThe library will offer classes.\r\n\r\n\\###\r\n',
        },
        {
          title: { vi: 'Nội dung sau dòng kết thúc', en: 'Text after the end mark' },
          profile: 'en-press-release',
          text: '# Library launches classes\n\n###\n\nThe library will offer classes.\n',
          expect: [{ messageId: 'notAtEnd', line: 3 }],
        },
      ],
    },
  },
  check({ doc, profile, report }) {
    if (profile.id !== 'en-press-release') return;
    const { source } = doc;
    const endMark = doc.english.endMark;
    if (endMark) {
      // Comments and link definitions after the mark are invisible; text is not.
      const textAfter = doc.blocks.some((block) => block.start >= endMark.end && block.node.type !== 'html');
      if (textAfter) report({ messageId: 'notAtEnd', data: { mark: endMark.text.trim() }, start: endMark.start, end: endMark.end });
      return;
    }
    const lastBlock = doc.blocks[doc.blocks.length - 1];
    // The mark's lines end like the file's last line.
    const eol = lastLineEnding(source);
    // One blank line before the mark, however the file ends now.
    const lineBreaks = trailingLineEndings(source);
    const prefix = source.trim() === '' ? '' : eol.repeat(Math.max(0, 2 - lineBreaks));
    const at = source.length;
    const fix = { start: at, end: at, text: `${prefix}${END_MARK}${eol}` };
    report({
      messageId: 'missing',
      start: lastBlock ? lastBlock.start : 0,
      end: lastBlock ? lastBlock.end : 0,
      ...(appendsOwnBlock(doc.tree.children[doc.tree.children.length - 1], source, fix.text) ? { fix } : {}),
    });
  },
};

/**
 * True when text appended to the source starts a block of its own. An
 * unclosed code fence or HTML block (`<!--`, `<pre>`) runs to the end of the
 * document and would swallow the mark: the fix would then append a new one
 * on every run. Only the last top-level block can swallow it, so that block
 * alone is parsed again.
 */
function appendsOwnBlock(last: RootContent | undefined, source: string, appended: string): boolean {
  const lastStart = last?.position?.start.offset;
  if (lastStart === undefined) return true;
  const tail = source.slice(lastStart);
  const blocks = parseMarkdown(tail + appended).children;
  return blocks[blocks.length - 1]?.position?.start.offset === tail.length + appended.search(/\S/u);
}

import type { Rule } from '../types';
import { frontMatterString } from './helpers';

/** Compare headlines as a reader sees them: spacing, Unicode form and a final period (title-trailing-period's) do not count. */
function normalizeHeadline(text: string): string {
  return text.normalize('NFC').replace(/\s+/gu, ' ').trim().replace(/(?<!\.)\.$/u, '');
}

export const titleMismatch: Rule = {
  meta: {
    id: 'title-mismatch',
    group: 'structure',
    severity: 'error',
    fixable: true,
    docs: {
      summary: { vi: 'Tiêu đề trong front matter phải trùng với dòng tiêu đề', en: 'The front matter title must equal the `# H1`' },
      rationale: {
        vi: 'Cổng thông tin lấy tiêu đề từ `title:`; người đọc thấy dòng `# …`. Hai chỗ khác nhau là một bài đăng với hai tiêu đề. Sửa tự động chép dòng `# …` vào `title:`.',
        en: 'The portal takes its headline from `title:`; readers see the `# …` line. When they differ the article goes out with two headlines. The fix copies the `# …` line into `title:`.',
      },
    },
    messages: {
      mismatch: {
        vi: 'Tiêu đề "{heading}" khác với "title:" trong front matter ("{declared}"): sửa để hai chỗ giống nhau.',
        en: 'Headline "{heading}" differs from the front matter "title:" ("{declared}"): make them the same.',
      },
    },
    defaults: {},
    examples: {
      valid: [
        { title: { vi: 'Hai tiêu đề giống nhau', en: 'Both headlines agree' }, text: '---\ntitle: Hội nghị tổng kết năm 2026\n---\n\n# Hội nghị tổng kết năm 2026\n' },
      ],
      invalid: [
        {
          title: { vi: 'Tiêu đề đã sửa ở thân bài nhưng chưa sửa front matter', en: 'Headline edited in the body but not in the front matter' },
          text: '---\ntitle: Hội nghị sơ kết 6 tháng\n---\n\n# Hội nghị tổng kết năm 2026\n',
          expect: [{ messageId: 'mismatch', line: 2 }],
          output: '---\ntitle: Hội nghị tổng kết năm 2026\n---\n\n# Hội nghị tổng kết năm 2026\n',
        },
      ],
    },
  },
  check({ doc, report }) {
    const declared = frontMatterString(doc, 'title');
    const entry = doc.frontMatter?.entries.find((candidate) => candidate.key === 'title');
    if (!doc.title || !declared || !entry) return;
    // Usually written identically: then there is nothing to normalize.
    if (declared === doc.title.text || normalizeHeadline(declared) === normalizeHeadline(doc.title.text)) return;
    const rawValue = doc.source.slice(entry.valueSpan.start, entry.valueSpan.end);
    // Only a plain single-line scalar can be replaced without re-quoting YAML.
    const plainScalar = !/^["'|>]/.test(rawValue) && !/[\r\n]/.test(rawValue);
    const heading = doc.title.text;
    const safeAsPlain = !/^[-?:,[\]{}#&*!|>'"%@`]|: | #/.test(heading);
    report({
      messageId: 'mismatch',
      data: { heading, declared },
      ...entry.valueSpan,
      ...(plainScalar && safeAsPlain ? { fix: { ...entry.valueSpan, text: heading } } : {}),
    });
  },
};

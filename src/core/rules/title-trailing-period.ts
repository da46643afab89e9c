import type { Rule } from '../types';

export const titleTrailingPeriod: Rule = {
  meta: {
    id: 'title-trailing-period',
    group: 'structure',
    severity: 'warn',
    fixable: true,
    docs: {
      summary: { vi: 'Tiêu đề không có dấu chấm cuối', en: 'No period at the end of the headline' },
      rationale: {
        vi: 'Tiêu đề tin bài không kết thúc bằng dấu chấm. Sửa tự động xóa dấu chấm (dấu ba chấm, "TP." hay chữ viết tắt có dấu chấm được giữ nguyên).',
        en: 'Headlines do not end with a period. The fix removes it (an ellipsis, or an abbreviation such as "TP." ending the headline, is kept).',
      },
    },
    messages: {
      period: { vi: 'Tiêu đề kết thúc bằng dấu chấm: xóa dấu chấm cuối.', en: 'The headline ends with a period: remove it.' },
    },
    defaults: {},
    examples: {
      valid: [
        { title: { vi: 'Không có dấu chấm', en: 'No period' }, text: '# Ký kết chương trình phối hợp giữa hai đơn vị\n' },
        { title: { vi: 'Dấu ba chấm được giữ', en: 'An ellipsis is kept' }, text: '# Chuyển đổi số: bắt đầu từ những việc nhỏ...\n' },
      ],
      invalid: [
        {
          title: { vi: 'Dấu chấm cuối tiêu đề', en: 'A trailing period' },
          text: '# Ký kết chương trình phối hợp giữa hai đơn vị.\n',
          expect: [{ messageId: 'period', line: 1 }],
          output: '# Ký kết chương trình phối hợp giữa hai đơn vị\n',
        },
      ],
    },
  },
  check({ doc, report }) {
    if (!doc.title) return;
    const raw = doc.source.slice(doc.title.start, doc.title.end);
    // Most titles end without a period: the pattern is run only on those that do.
    const match = raw.trimEnd().endsWith('.') ? /(?<!\.)(?<!(?:^|\s)\p{Lu}{1,4})\.\s*$/u.exec(raw) : null;
    if (!match) return;
    const start = doc.title.start + match.index;
    report({ messageId: 'period', start, end: start + 1, fix: { start, end: start + 1, text: '' } });
  },
};

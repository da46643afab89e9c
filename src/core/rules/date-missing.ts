import type { Rule } from '../types';
import { frontMatterSpan, frontMatterString } from './helpers';
import { parseIsoDate } from '../calendar';

export const dateMissing: Rule = {
  meta: {
    id: 'date-missing',
    group: 'structure',
    severity: 'warn',
    fixable: false,
    docs: {
      summary: { vi: 'Front matter phải có ngày đăng `date: YYYY-MM-DD`', en: 'The front matter needs a publication `date: YYYY-MM-DD`' },
      rationale: {
        vi: 'Ngày đăng dùng để sắp xếp tin trên Cổng, để kiểm tra ngày sự kiện không sau ngày đăng, và để chọn tên cơ quan còn hiệu lực. Viết theo ISO: `date: 2026-04-14`.',
        en: 'The publication date orders news on the portal, checks that the event is not dated after publication, and picks the organization names valid on that day. Write it in ISO form: `date: 2026-04-14`.',
      },
    },
    messages: {
      missing: { vi: 'Thiếu ngày đăng: thêm "date: YYYY-MM-DD" vào front matter.', en: 'Missing publication date: add "date: YYYY-MM-DD" to the front matter.' },
      invalid: { vi: 'Ngày đăng "{value}" không hợp lệ: viết theo dạng YYYY-MM-DD, ví dụ 2026-04-14.', en: 'Publication date "{value}" is not valid: write it as YYYY-MM-DD, e.g. 2026-04-14.' },
    },
    defaults: {},
    examples: {
      valid: [{ title: { vi: 'Ngày ISO hợp lệ', en: 'A valid ISO date' }, text: '---\ntitle: Hội nghị tổng kết năm 2026\ndate: 2026-04-14\n---\n' }],
      invalid: [
        { title: { vi: 'Không khai báo ngày', en: 'No date declared' }, text: '---\ntitle: Hội nghị tổng kết năm 2026\n---\n', expect: [{ messageId: 'missing', line: 1 }] },
        { title: { vi: 'Ngày viết kiểu Việt Nam', en: 'Date written the Vietnamese way' }, text: '---\ndate: 14/4/2026\n---\n', expect: [{ messageId: 'invalid', line: 2 }] },
        { title: { vi: 'Ngày không có thật', en: 'An impossible date' }, text: '---\ndate: 2026-02-30\n---\n', expect: [{ messageId: 'invalid', line: 2 }] },
      ],
    },
  },
  check({ doc, report }) {
    if (doc.frontMatter?.error) return;
    const value = frontMatterString(doc, 'date');
    if (value === undefined) {
      report({ messageId: 'missing', ...frontMatterSpan(doc) });
      return;
    }
    if (!parseIsoDate(value)) report({ messageId: 'invalid', data: { value }, ...frontMatterSpan(doc, 'date') });
  },
};

import type { Rule } from '../types';
import { bodyAnchor } from './helpers';

export const leadMissing: Rule = {
  meta: {
    id: 'lead-missing',
    group: 'structure',
    severity: 'error',
    fixable: false,
    docs: {
      summary: { vi: 'Bài phải có đoạn mở đầu (sapo)', en: 'The release needs a lead paragraph' },
      rationale: {
        vi: 'Đoạn đầu tiên sau tiêu đề là sapo: thời gian, địa điểm, chủ thể và sự kiện. Cổng hiển thị nó in đậm dưới tiêu đề và trên trang chủ.',
        en: 'The first paragraph after the headline is the lead: time, place, actor and event. The portal shows it in bold under the headline and on its home page.',
      },
    },
    messages: {
      missing: { vi: 'Thiếu đoạn mở đầu: viết một đoạn văn ngay sau tiêu đề, nêu thời gian, địa điểm và sự kiện.', en: 'Missing lead: write a paragraph right after the headline giving the time, place and event.' },
    },
    defaults: {},
    examples: {
      valid: [{ title: { vi: 'Có sapo', en: 'A lead' }, text: '# Hội nghị tổng kết năm 2026\n\nSáng 14/4, tại Hội trường Sở, Sở Khoa học và Công nghệ tổ chức hội nghị tổng kết.\n' }],
      invalid: [{ title: { vi: 'Chỉ có tiêu đề và ảnh', en: 'Only a headline and a photo' }, text: '# Hội nghị tổng kết năm 2026\n\n![Quang cảnh hội nghị](images/a.jpg)\n*Quang cảnh hội nghị*\n', expect: [{ messageId: 'missing', line: 1 }] }],
    },
  },
  check({ doc, report }) {
    if (!doc.lead) report({ messageId: 'missing', ...bodyAnchor(doc) });
  },
};

import type { Rule } from '../types';
import { bodyAnchor } from './helpers';

export const titleMissing: Rule = {
  meta: {
    id: 'title-missing',
    group: 'structure',
    severity: 'error',
    fixable: false,
    docs: {
      summary: { vi: 'Bài phải có tiêu đề', en: 'The release needs a headline' },
      rationale: {
        vi: 'Cổng thông tin và văn bản in đều hiển thị tiêu đề đầu tiên. Viết tiêu đề là dòng `# …` ngay sau phần thông tin đầu bài, hoặc khai báo `title:` trong front matter.',
        en: 'The portal page and the printed document both open with the headline. Write it as a `# …` line after the front matter, or declare `title:` in the front matter.',
      },
    },
    messages: {
      missing: {
        vi: 'Thiếu tiêu đề: thêm dòng "# Tiêu đề" ở đầu bài hoặc khóa "title:" trong front matter.',
        en: 'Missing headline: add a "# Headline" line at the top or a "title:" key in the front matter.',
      },
    },
    defaults: {},
    examples: {
      valid: [
        { title: { vi: 'Có dòng tiêu đề', en: 'A headline line' }, text: '# Sở Khoa học và Công nghệ tổ chức hội nghị tổng kết năm 2026\n\nSáng 14/4, Sở tổ chức hội nghị.\n' },
        { title: { vi: 'Tiêu đề khai báo trong front matter', en: 'Headline declared in the front matter' }, text: '---\ntitle: Hội nghị tổng kết công tác chuyển đổi số năm 2026\n---\n\nSáng 14/4, Sở tổ chức hội nghị.\n' },
      ],
      invalid: [
        { title: { vi: 'Không có tiêu đề', en: 'No headline at all' }, text: 'Sáng 14/4, Sở tổ chức hội nghị.\n', expect: [{ messageId: 'missing', line: 1 }] },
      ],
    },
  },
  check({ doc, report }) {
    const declared = doc.frontMatter?.data['title'];
    if (doc.title || (typeof declared === 'string' && declared.trim())) return;
    report({ messageId: 'missing', ...bodyAnchor(doc) });
  },
};

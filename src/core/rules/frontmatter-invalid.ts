import type { Rule } from '../types';
import { isProfileId, profiles } from '../profiles/index';
import { frontMatterSpan } from './helpers';

export const frontmatterInvalid: Rule = {
  meta: {
    id: 'frontmatter-invalid',
    group: 'structure',
    severity: 'error',
    fixable: false,
    docs: {
      summary: { vi: 'Front matter phải là YAML hợp lệ', en: 'The front matter must be valid YAML' },
      rationale: {
        vi: 'Phần thông tin đầu bài (giữa hai dòng `---`) chứa tiêu đề, ngày đăng, tác giả. Khi YAML sai, lỗi được báo đúng dòng, cột; các quy tắc khác vẫn kiểm tra thân bài, nhưng GovPress không tự sửa tệp cho đến khi front matter đọc được.',
        en: 'The block between the two `---` lines holds the headline, date and author. A YAML error is reported at its own line and column; the other rules still check the body, but GovPress will not fix the file until the front matter can be read.',
      },
    },
    messages: {
      yaml: { vi: 'Front matter không phải YAML hợp lệ: {detail}', en: 'The front matter is not valid YAML: {detail}' },
      unclosed: { vi: 'Front matter mở bằng "---" nhưng không có dòng "---" đóng lại: thêm "---" sau khóa cuối cùng.', en: 'The front matter opens with "---" but is never closed: add a "---" line after the last key.' },
      notMapping: { vi: 'Front matter phải là các dòng "khóa: giá trị".', en: 'The front matter must be "key: value" lines.' },
      profile: { vi: 'Hồ sơ "{value}" không tồn tại: dùng một trong {known}.', en: 'Unknown profile "{value}": use one of {known}.' },
    },
    defaults: {},
    examples: {
      valid: [{ title: { vi: 'YAML hợp lệ', en: 'Valid YAML' }, text: '---\nprofile: vn-news\ntitle: "Hội nghị: tổng kết năm 2026"\n---\n' }],
      invalid: [
        { title: { vi: 'Dấu hai chấm trong giá trị chưa đặt trong ngoặc kép', en: 'A colon inside an unquoted value' }, text: '---\ntitle: Hội nghị: tổng kết năm 2026\n---\n', expect: [{ messageId: 'yaml', line: 2 }] },
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
      report({ messageId: 'yaml', data: { detail: error.message }, start: error.start, end: error.end });
      return;
    }
    const profile = frontMatter.data['profile'];
    if (profile !== undefined && !isProfileId(profile)) {
      report({ messageId: 'profile', data: { value: String(profile), known: Object.keys(profiles).join(', ') }, ...frontMatterSpan(doc, 'profile') });
    }
  },
};

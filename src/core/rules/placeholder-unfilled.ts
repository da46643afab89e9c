import type { Rule } from '../types';
import { TEMPLATE_FIELD_MARKERS } from '../templates';
import { escapeRegExp } from './helpers';

/**
 * The fields the templates (templates/*.md) and snippets leave for the writer,
 * and those a new release leaves for a value not given (`[Tác giả]`). A test
 * checks that every `[…]` marker in the templates is listed here.
 */
export const TEMPLATE_MARKERS: readonly string[] = [
  'Từ khóa', 'Địa điểm', 'Đơn vị chủ trì', 'Tên sự kiện', 'Mục đích', 'Họ tên', 'Chức vụ', 'Mô tả ảnh', 'Chú thích ảnh',
  'Nội dung', 'Nội dung chính', 'Trích dẫn', 'Kế hoạch tiếp theo', 'Số', 'Ký hiệu cơ quan', 'Địa danh', 'Số điện thoại', 'Email',
  'Organization', 'City', 'CITY', 'State', 'Month', 'Announcement', 'Details', 'Quote', 'Name', 'Title', 'Next steps', 'Boilerplate', 'Phone',
  ...Object.values(TEMPLATE_FIELD_MARKERS).flatMap(({ vi, en }) => [vi, en].map((marker) => marker.slice(1, -1))),
];

/** A template field `[Họ tên]`, or a placeholder `{{title}}` that `govpress new` had no value for. */
const UNFILLED = new RegExp(`\\[(?:${TEMPLATE_MARKERS.map(escapeRegExp).join('|')})\\]|\\{\\{\\w+\\}\\}`, 'gu');

export const placeholderUnfilled: Rule = {
  meta: {
    id: 'placeholder-unfilled',
    group: 'structure',
    severity: 'error',
    fixable: false,
    docs: {
      summary: { vi: 'Còn chỗ trống của mẫu chưa điền', en: 'A template field is still unfilled' },
      rationale: {
        vi: 'Mẫu (govpress new, lệnh New Press Release, snippet) để lại các chỗ như `[Họ tên]`, `[Địa điểm]` cho người viết điền. Đăng bài còn những chỗ này là lỗi rất dễ thấy với bạn đọc. Quy tắc tìm chúng ở mọi nơi, kể cả front matter và chú thích ảnh.',
        en: 'Templates (govpress new, the New Press Release command, snippets) leave fields such as `[Họ tên]` or `[Địa điểm]` for the writer. Publishing one is an embarrassing, visible mistake. The rule finds them everywhere, front matter and captions included.',
      },
    },
    messages: {
      unfilled: { vi: 'Chưa điền "{field}": thay bằng nội dung thật (bỏ cả dấu ngoặc).', en: '"{field}" is not filled in: replace it with the real text (brackets included).' },
    },
    defaults: {},
    examples: {
      valid: [
        { title: { vi: 'Đã điền đủ', en: 'Everything filled in' }, text: '# Sở Khoa học và Công nghệ tập huấn kỹ năng số cho cán bộ cấp xã\n\nSáng 20/5, tại Hội trường tỉnh, Sở tổ chức lớp tập huấn.\n' },
        { title: { vi: 'Liên kết và chú thích có ngoặc vuông khác', en: 'Links and other brackets' }, text: '# Hội nghị tổng kết năm 2026\n\nXem [Quyết định số 12](qd-12.pdf) và [phụ lục] kèm theo.\n' },
      ],
      invalid: [
        {
          title: { vi: 'Chỗ trống trong sapo và thành phần tham dự', en: 'Fields left in the lead and the participants' },
          text: '# Hội nghị tổng kết năm 2026\n\nSáng 20/5, tại [Địa điểm], Sở tổ chức hội nghị.\n\nTham dự có ông [Họ tên] – [Chức vụ].\n',
          expect: [
            { messageId: 'unfilled', line: 3 },
            { messageId: 'unfilled', line: 5 },
            { messageId: 'unfilled', line: 5 },
          ],
        },
        {
          title: { vi: 'Tác giả, đơn vị chưa nhập khi tạo bài', en: 'Author and unit not given when the release was made' },
          text: '---\ntitle: "Hội nghị tổng kết năm 2026"\nauthor: "[Tác giả]"\nunit: "[Đơn vị]"\n---\n\n# Hội nghị tổng kết năm 2026\n',
          expect: [
            { messageId: 'unfilled', line: 3 },
            { messageId: 'unfilled', line: 4 },
          ],
        },
        {
          title: { vi: 'Giá trị mẫu trong front matter', en: 'A template value in the front matter' },
          text: '---\ntitle: "{{title}}"\n---\n\n# Hội nghị tổng kết năm 2026\n',
          expect: [{ messageId: 'unfilled', line: 2 }],
        },
      ],
    },
  },
  check({ doc, report }) {
    for (const match of doc.source.matchAll(UNFILLED)) {
      // `{{title}}` is named without its braces, which would read as a message placeholder.
      const field = match[0].startsWith('{{') ? match[0].slice(2, -2) : match[0];
      report({ messageId: 'unfilled', data: { field }, start: match.index, end: match.index + match[0].length });
    }
  },
};

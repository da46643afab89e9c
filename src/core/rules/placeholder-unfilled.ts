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
/** A date left for later: `xx/xx`, `XX/XX/2026`. */
const UNFILLED_DATE = /(?<![\p{L}\p{N}])[xX]{2}\/[xX]{2}(?:\/(?:\d{4}|[xX]{4}))?(?![\p{L}\p{N}])/gu;
/**
 * A field in brackets that a draft or an old article left for a value
 * (`[tên đơn vị]`, `[Tên doanh nghiệp]`, `[Insert quote]`); not a link's
 * text (`[tên đơn vị](…)`), an image's, or editorial words in a quotation
 * (`[các đơn vị]`), which open with no field word.
 */
const fieldInBrackets = (fieldWords: string): RegExp => new RegExp(String.raw`(?<![!\]])\[(?:${fieldWords})(?:[ \u00A0][^[\]\n]{0,40})?\](?![(\[:])`, 'giu');
const VIETNAMESE_FIELD = fieldInBrackets(String.raw`tên|họ(?:\s+và)?\s+tên|chức\s+(?:vụ|danh)|đơn\s+vị|cơ\s+quan|địa\s+(?:điểm|chỉ)|thời\s+gian|ngày(?:\s+tháng)?|điền|nhập|bổ\s+sung|cập\s+nhật`);
const ENGLISH_FIELD = fieldInBrackets(String.raw`insert|add|name|title|date|time|city|company|organization|quote|contact|phone|email|link|url|location|venue|spokesperson`);
/** What English drafts write for a detail not known yet; not looked for in Vietnamese, where `TBA` is a transformer station (trạm biến áp). */
const TO_BE_DECIDED = /(?<![\p{L}\p{N}])TB[DA](?![\p{L}\p{N}])/gu;

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
      placeholder: { vi: '"{field}" là chỗ để điền sau, chưa được thay: viết nội dung thật.', en: '"{field}" stands for a detail to be filled in later: write the real one.' },
    },
    defaults: {},
    examples: {
      valid: [
        { title: { vi: 'Đã điền đủ', en: 'Everything filled in' }, text: '# Sở Khoa học và Công nghệ tập huấn kỹ năng số cho cán bộ cấp xã\n\nSáng 20/5, tại Hội trường tỉnh, Sở tổ chức lớp tập huấn.\n' },
        {
          title: { vi: '"TBA" trong bài tiếng Việt là trạm biến áp', en: '"TBA" in Vietnamese text is a transformer station' },
          text: '# Đóng điện TBA 110 kV Tân Hồng\n\nSáng 20/5, Công ty Điện lực tỉnh đóng điện TBA 110 kV Tân Hồng và đường dây đấu nối.\n',
        },
        { title: { vi: 'Liên kết và chú thích có ngoặc vuông khác', en: 'Links and other brackets' }, text: '# Hội nghị tổng kết năm 2026\n\nXem [Quyết định số 12](qd-12.pdf), [tên các đơn vị được khen thưởng](khen-thuong.pdf) và [phụ lục] kèm theo. Ông nói: “Chúng tôi [các đơn vị] sẽ hoàn thành”.\n' },
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
          title: { vi: 'Ngày để trống "xx/xx"', en: 'A date left as "xx/xx"' },
          text: '# Hội nghị tổng kết năm 2026\n\nSáng xx/xx/2026, tại Hội trường tỉnh, Sở tổ chức hội nghị.\n',
          expect: [{ messageId: 'placeholder', line: 3 }],
        },
        {
          title: { vi: 'Chỗ để trống trong ngoặc vuông, không có trong mẫu', en: 'A field in brackets that no template has' },
          text: '# Hội nghị xúc tiến đầu tư năm 2026\n\nChia sẻ tại hội nghị, đại diện [tên đơn vị] đánh giá cao sự hỗ trợ của tỉnh.\n',
          expect: [{ messageId: 'placeholder', line: 3 }],
        },
        {
          title: { vi: 'Thông cáo tiếng Anh còn "TBD"', en: 'An English release with "TBD" left in' },
          profile: 'en-press-release',
          text: '# Hai Phong opens tender for electric bus routes\n\nBid documents will be available from TBD at the city’s procurement portal.\n',
          expect: [{ messageId: 'placeholder', line: 3 }],
        },
        {
          title: { vi: 'Giá trị mẫu trong front matter', en: 'A template value in the front matter' },
          text: '---\ntitle: "{{title}}"\n---\n\n# Hội nghị tổng kết năm 2026\n',
          expect: [{ messageId: 'unfilled', line: 2 }],
        },
      ],
    },
  },
  check({ doc, profile, report }) {
    const templateFields = new Set<number>();
    for (const match of doc.source.matchAll(UNFILLED)) {
      // `{{title}}` is named without its braces, which would read as a message placeholder.
      const field = match[0].startsWith('{{') ? match[0].slice(2, -2) : match[0];
      templateFields.add(match.index);
      report({ messageId: 'unfilled', data: { field }, start: match.index, end: match.index + match[0].length });
    }
    const placeholders = profile.language === 'en' ? [UNFILLED_DATE, TO_BE_DECIDED, ENGLISH_FIELD] : [UNFILLED_DATE, VIETNAMESE_FIELD];
    for (const pattern of placeholders) {
      for (const match of doc.source.matchAll(pattern)) {
        if (!templateFields.has(match.index)) report({ messageId: 'placeholder', data: { field: match[0] }, start: match.index, end: match.index + match[0].length });
      }
    }
  },
};

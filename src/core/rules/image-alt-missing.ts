import type { Figure } from '../model/types';
import type { Rule, TextEdit } from '../types';
import { looksLikeFileName } from '../model/signature';
import { captionDescription, isBlankCaption } from './caption-text';

/** The alt text to copy from the caption: what the photo shows, escaped for `![…]`; none when the caption cannot describe it. */
function altFromCaption(figure: Figure): string | undefined {
  if (!figure.caption) return undefined;
  const description = captionDescription(figure.caption.text);
  if (isBlankCaption(description) || looksLikeFileName(description)) return undefined;
  return description.replace(/[\\[\]]/gu, (character) => `\\${character}`);
}

export const imageAltMissing: Rule = {
  meta: {
    id: 'image-alt-missing',
    group: 'structure',
    severity: 'warn',
    fixable: true,
    docs: {
      summary: { vi: 'Ảnh có văn bản thay thế (alt)', en: 'Photos have alternative text' },
      rationale: {
        vi: 'Văn bản thay thế `![…]` được trình đọc màn hình đọc cho người khiếm thị và hiện ra khi ảnh không tải được; Cổng thông tin cơ quan nhà nước phải tiếp cận được với mọi người. Khi ảnh có chú thích, sửa tự động chép chú thích (bỏ phần "Ảnh: …") vào `![…]`.',
        en: 'The alternative text `![…]` is read aloud by screen readers and shown when the photo fails to load; a government portal must be accessible to everyone. When the photo has a caption, the fix copies it (without the "Ảnh: …" credit) into `![…]`.',
      },
    },
    messages: {
      missing: {
        vi: 'Ảnh "{url}" chưa có văn bản thay thế: viết mô tả ngắn vào giữa "![" và "]", ví dụ "![Quang cảnh hội nghị]".',
        en: 'Photo "{url}" has no alternative text: write a short description between "![" and "]", e.g. "![Quang cảnh hội nghị]".',
      },
    },
    defaults: {},
    examples: {
      valid: [
        {
          title: { vi: 'Ảnh có văn bản thay thế', en: 'A photo with alternative text' },
          text: '# Sở Khoa học và Công nghệ ký kết chương trình phối hợp với Tỉnh đoàn\n\nSáng 14/4, hai đơn vị ký kết chương trình phối hợp giai đoạn 2026 - 2030.\n\n![Lễ ký kết giữa hai đơn vị](images/le-ky-ket.jpg)\n*Lễ ký kết giữa hai đơn vị*\n',
        },
        {
          title: { vi: 'Văn bản thay thế khác chú thích', en: 'Alternative text that differs from the caption' },
          text: '# Kỳ họp thứ ba HĐND tỉnh khóa X\n\nSáng 9/7, HĐND tỉnh khai mạc kỳ họp thứ ba.\n\n![Hội trường kỳ họp nhìn từ trên cao](images/ky-hop.jpg)\nQuang cảnh kỳ họp\n',
        },
      ],
      invalid: [
        {
          title: { vi: 'Alt trống, chép chú thích không kèm tên tác giả ảnh', en: 'Empty alt: the caption is copied without its credit' },
          text: '# Tập huấn kỹ năng số cho cán bộ cấp xã\n\nNgày 17/10/2026, Sở Nội vụ tổ chức lớp tập huấn kỹ năng số cho cán bộ cấp xã.\n\n![](images/tap-huan.jpg)\n*Cán bộ, công chức cấp xã tại lớp tập huấn. Ảnh: Khánh Linh*\n',
          expect: [{ messageId: 'missing', line: 5 }],
          output: '# Tập huấn kỹ năng số cho cán bộ cấp xã\n\nNgày 17/10/2026, Sở Nội vụ tổ chức lớp tập huấn kỹ năng số cho cán bộ cấp xã.\n\n![Cán bộ, công chức cấp xã tại lớp tập huấn](images/tap-huan.jpg)\n*Cán bộ, công chức cấp xã tại lớp tập huấn. Ảnh: Khánh Linh*\n',
        },
        {
          title: { vi: 'Chú thích có dấu ngoặc vuông và ghi tác giả sau gạch ngang', en: 'A caption with brackets and a dash before the credit' },
          text: '# Quốc hội thảo luận về kinh tế - xã hội\n\nThứ Hai, ngày 23/5/2022, Quốc hội thảo luận ở hội trường.\n\n![](images/thao-luan.jpg "Quốc hội thảo luận [phiên sáng] - Ảnh: VGP")\n',
          expect: [{ messageId: 'missing', line: 5 }],
          output: '# Quốc hội thảo luận về kinh tế - xã hội\n\nThứ Hai, ngày 23/5/2022, Quốc hội thảo luận ở hội trường.\n\n![Quốc hội thảo luận \\[phiên sáng\\]](images/thao-luan.jpg "Quốc hội thảo luận [phiên sáng] - Ảnh: VGP")\n',
        },
        {
          title: { vi: 'Alt trống, chú thích là tên tệp: không sửa tự động', en: 'Empty alt with a file-name caption: no automatic fix' },
          text: '# Hội nghị tổng kết năm 2026\n\nSáng 14/1, Sở Tài chính tổ chức hội nghị tổng kết năm 2026.\n\n![](images/IMG_2034.jpg)\n*IMG_2034.jpg*\n',
          expect: [{ messageId: 'missing', line: 5 }],
        },
      ],
    },
  },
  check({ doc, report }) {
    for (const figure of doc.figures) {
      const { image } = figure;
      if (image.alt.trim()) continue;
      const closingBracket = image.text.indexOf(']');
      if (!image.text.startsWith('![') || closingBracket === -1) continue;
      const alt = altFromCaption(figure);
      const fix: TextEdit | undefined = alt ? { start: image.start + 2, end: image.start + closingBracket, text: alt } : undefined;
      report({ messageId: 'missing', data: { url: image.url }, start: image.start, end: image.start + closingBracket + 1, ...(fix ? { fix } : {}) });
    }
  },
};

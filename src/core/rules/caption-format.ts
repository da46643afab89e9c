import type { Figure, PressRelease } from '../model/types';
import type { Problem, Rule } from '../types';
import { looksLikeFileName } from '../model/signature';
import { CREDIT_SEPARATOR, captionDescription, captionText, findCaptionCredit, isBlankCaption } from './caption-text';

function captionProblem(doc: PressRelease, figure: Figure): Problem | undefined {
  const caption = figure.caption;
  if (!caption) return undefined;
  if (isBlankCaption(caption.text)) return { messageId: 'blank', data: { url: figure.image.url }, start: caption.start, end: caption.end };
  const credit = findCaptionCredit(caption.text);
  if (looksLikeFileName(captionDescription(caption.text, credit))) {
    return { messageId: 'fileName', data: { caption: caption.text }, ...captionText(doc, caption).span(0, caption.text.length) };
  }
  if (!credit?.glued) return undefined;
  const located = captionText(doc, caption);
  const at = located.span(credit.start, credit.start).start;
  const fixable = located.isExact(credit.start - 1, credit.start + 1);
  return {
    messageId: 'creditGlued',
    data: { credit: caption.text.slice(credit.start, credit.end) },
    ...located.span(credit.start, credit.end),
    ...(fixable ? { fix: { start: at, end: at, text: CREDIT_SEPARATOR } } : {}),
  };
}

export const captionFormat: Rule = {
  meta: {
    id: 'caption-format',
    group: 'structure',
    severity: 'warn',
    fixable: true,
    docs: {
      summary: { vi: 'Chú thích ảnh là lời mô tả, không phải tên tệp hay dòng trống', en: 'A caption describes the photo: not a file name, not blank' },
      rationale: {
        vi: 'Chú thích nói ảnh chụp ai, đang làm gì, ở đâu. Tên tệp (`IMG_2034.jpg`) hay dòng trống còn sót khi dán từ trình soạn thảo không giúp gì người đọc. Ghi tác giả ảnh tách khỏi lời chú thích: "…tại lớp tập huấn. Ảnh: Khánh Linh" hoặc "… - Ảnh: VGP". Các kiểu đều đúng: cụm từ không dấu chấm cuối ("Quang cảnh hội nghị"), câu có dấu chấm, câu kèm "Ảnh: …".',
        en: 'A caption says who the photo shows, doing what, where. A file name (`IMG_2034.jpg`) or a blank line left over from pasting tells the reader nothing. The photo credit is set apart from the caption: "…tại lớp tập huấn. Ảnh: Khánh Linh" or "… - Ảnh: VGP". All house styles pass: a bare phrase with no final period ("Quang cảnh hội nghị"), a sentence with a period, a sentence followed by "Ảnh: …".',
      },
    },
    messages: {
      fileName: {
        vi: 'Chú thích ảnh "{caption}" là tên tệp: thay bằng một câu ngắn nói ảnh chụp ai, đang làm gì, ở đâu.',
        en: 'Caption "{caption}" is a file name: replace it with a short sentence saying who the photo shows, doing what, where.',
      },
      blank: {
        vi: 'Dòng chú thích dưới ảnh "{url}" để trống: viết một câu ngắn mô tả ảnh, ví dụ "*Quang cảnh hội nghị*".',
        en: 'The caption line under photo "{url}" is blank: write a short description, e.g. "*Quang cảnh hội nghị*".',
      },
      creditGlued: {
        vi: 'Ghi tác giả ảnh "{credit}" dính liền lời chú thích: thêm ". " trước "Ảnh:".',
        en: 'Photo credit "{credit}" is glued to the caption: add ". " before "Ảnh:".',
      },
    },
    defaults: {},
    examples: {
      valid: [
        {
          title: { vi: 'Cụm từ không dấu chấm cuối', en: 'A bare phrase with no final period' },
          text: '# Kỳ họp thứ ba HĐND tỉnh khóa X\n\nSáng 9/7, HĐND tỉnh khai mạc kỳ họp thứ ba.\n\n![Quang cảnh kỳ họp](images/ky-hop.jpg)\n*Quang cảnh kỳ họp*\n',
        },
        {
          title: { vi: 'Câu có dấu chấm, kèm "Ảnh: Tên"', en: 'A sentence with a period, then "Ảnh: Name"' },
          text: '# Tập huấn kỹ năng số cho cán bộ cấp xã\n\nNgày 17/10/2026, Sở Nội vụ tổ chức lớp tập huấn kỹ năng số.\n\n![Lớp tập huấn](images/tap-huan.jpg)\n*Cán bộ, công chức cấp xã tại lớp tập huấn. Ảnh: Khánh Linh*\n',
        },
        {
          title: { vi: 'Câu kèm " - Ảnh: VGP", và câu có dấu chấm cuối', en: 'A sentence then " - Ảnh: VGP", and one with a final period' },
          text: '# Quốc hội thảo luận về kinh tế - xã hội\n\nThứ Hai, ngày 23/5/2022, Quốc hội thảo luận ở hội trường.\n\n![Phiên thảo luận](images/thao-luan.jpg)\n*Quốc hội dành nhiều thời gian thảo luận về tình hình kinh tế - xã hội - Ảnh: VGP*\n\n![Đại biểu phát biểu](images/dai-bieu.jpg)\n*Đại biểu Quốc hội tỉnh phát biểu tại phiên thảo luận.*\n',
        },
        {
          title: { vi: 'Chú thích trích dẫn có ngoặc kép rồi mới ghi tác giả', en: 'A caption closing a quotation before the credit' },
          text: '# Hội thảo xúc tiến đầu tư năm 2023\n\nSáng 12/8, UBND tỉnh tổ chức hội thảo xúc tiến đầu tư.\n\n![Hội thảo](images/hoi-thao.jpg)\n*Các đại biểu tại hội thảo “Xúc tiến đầu tư năm 2023”. Ảnh: VGP*\n',
        },
      ],
      invalid: [
        {
          title: { vi: 'Chú thích là tên tệp ảnh', en: 'The caption is the photo file name' },
          text: '# Hội nghị tổng kết năm 2026\n\nSáng 14/1, Sở Tài chính tổ chức hội nghị tổng kết năm 2026.\n\n![Quang cảnh hội nghị](images/IMG_2034.jpg)\n*IMG_2034.jpg*\n',
          expect: [{ messageId: 'fileName', line: 6 }],
        },
        {
          title: { vi: 'Dòng chú thích chỉ có khoảng trắng dán từ trang web', en: 'A caption line holding only a pasted non-breaking space' },
          text: '# Gặp mặt nhân kỷ niệm Ngày Báo chí Cách mạng Việt Nam\n\nNgày 18/6, Sở Khoa học và Công nghệ gặp mặt các cơ quan báo chí.\n\n![Buổi gặp mặt](images/gap-mat.jpg)\n\n*&nbsp;*\n\nPhát biểu tại buổi gặp mặt, Giám đốc Sở cảm ơn các cơ quan báo chí đã đồng hành.\n',
          expect: [{ messageId: 'blank', line: 7 }],
        },
        {
          title: { vi: 'Ghi tác giả ảnh dính liền lời chú thích', en: 'A photo credit glued to the caption' },
          text: '# Hội nghị xúc tiến đầu tư vào khu kinh tế\n\nSáng 24/6, Ban Quản lý Khu kinh tế tổ chức hội nghị xúc tiến đầu tư.\n\n![Hội nghị](images/hoi-nghi.jpg)\n*Lãnh đạo tỉnh chủ trì hội nghịẢnh: Võ Duy*\n',
          expect: [{ messageId: 'creditGlued', line: 6 }],
          output: '# Hội nghị xúc tiến đầu tư vào khu kinh tế\n\nSáng 24/6, Ban Quản lý Khu kinh tế tổ chức hội nghị xúc tiến đầu tư.\n\n![Hội nghị](images/hoi-nghi.jpg)\n*Lãnh đạo tỉnh chủ trì hội nghị. Ảnh: Võ Duy*\n',
        },
      ],
    },
  },
  check({ doc, report }) {
    for (const figure of doc.figures) {
      const problem = captionProblem(doc, figure);
      if (problem) report(problem);
    }
  },
};

import type { Rule } from '../types';

export const captionMissing: Rule = {
  meta: {
    id: 'caption-missing',
    group: 'structure',
    severity: 'warn',
    fixable: false,
    docs: {
      summary: { vi: 'Mỗi ảnh có một dòng chú thích ngay dưới ảnh', en: 'Every photo has a caption line right under it' },
      rationale: {
        vi: 'Ảnh tin bài luôn có chú thích: ai, đang làm gì, ở đâu ("Quang cảnh hội nghị", "Đồng chí … phát biểu tại hội nghị"). Chú thích là dòng in nghiêng (hoặc một dòng ngắn) ngay dưới ảnh, hoặc thuộc tính tiêu đề của ảnh `![…](anh.jpg "Chú thích")`.',
        en: 'News photos always carry a caption: who, doing what, where ("Quang cảnh hội nghị", "Đồng chí … phát biểu tại hội nghị"). The caption is the italic line (or a short plain line) right under the photo, or the image title `![…](photo.jpg "Caption")`.',
      },
    },
    messages: {
      missing: {
        vi: 'Ảnh "{url}" chưa có chú thích: thêm một dòng in nghiêng ngay dưới ảnh, ví dụ "*Quang cảnh hội nghị*".',
        en: 'Photo "{url}" has no caption: add an italic line right under it, e.g. "*Quang cảnh hội nghị*".',
      },
    },
    defaults: {},
    examples: {
      valid: [
        {
          title: { vi: 'Chú thích in nghiêng ngay dưới ảnh', en: 'An italic caption right under the photo' },
          text: '# Sở Khoa học và Công nghệ ký kết chương trình phối hợp với Tỉnh đoàn\n\nSáng 14/4, tại Hội trường Sở, hai đơn vị ký kết chương trình phối hợp giai đoạn 2026 - 2030.\n\n![Lễ ký kết giữa hai đơn vị](images/le-ky-ket.jpg)\n*Lễ ký kết giữa hai đơn vị*\n',
        },
        {
          title: { vi: 'Chú thích là đoạn riêng, có ghi tác giả ảnh', en: 'The caption as its own paragraph, with a photo credit' },
          text: '# Tập huấn kỹ năng số cho cán bộ cấp xã\n\nNgày 17/10/2026, Sở Nội vụ tổ chức lớp tập huấn kỹ năng số cho cán bộ, công chức cấp xã.\n\n![](images/tap-huan.jpg)\n\n*Cán bộ, công chức cấp xã tại lớp tập huấn. Ảnh: Khánh Linh*\n',
        },
        {
          title: { vi: 'Chú thích là một dòng ngắn không in nghiêng', en: 'A short plain caption line' },
          text: '# Kỳ họp thứ ba HĐND tỉnh khóa X\n\nSáng 9/7, HĐND tỉnh khai mạc kỳ họp thứ ba.\n\n![](images/ky-hop.jpg)\nQuang cảnh kỳ họp\n',
        },
        {
          title: { vi: 'Chú thích trong thuộc tính tiêu đề của ảnh', en: 'The caption in the image title' },
          text: '# Trao quyết định bổ nhiệm Phó Giám đốc Sở\n\nChiều 3/12, UBND tỉnh trao quyết định bổ nhiệm Phó Giám đốc Sở Nội vụ.\n\n![Trao quyết định](images/trao-qd.jpg "Phó Chủ tịch UBND tỉnh trao quyết định bổ nhiệm")\n',
        },
      ],
      invalid: [
        {
          title: { vi: 'Ảnh không có chú thích, đoạn sau là thân bài', en: 'A photo without caption, followed by body text' },
          text: '# Hội nghị tổng kết công tác chuyển đổi số năm 2026\n\nSáng 14/1, Sở Khoa học và Công nghệ tổ chức hội nghị tổng kết công tác chuyển đổi số năm 2026.\n\n![Quang cảnh hội nghị](images/hoi-nghi.jpg)\n\nPhát biểu tại hội nghị, Giám đốc Sở nhấn mạnh yêu cầu hoàn thành các chỉ tiêu chuyển đổi số trong năm 2027.\n',
          expect: [{ messageId: 'missing', line: 5 }],
        },
        {
          title: { vi: 'Hai ảnh liền nhau, chỉ ảnh sau có chú thích', en: 'Two photos in a row, only the second captioned' },
          text: '# Trao giải Báo chí tỉnh năm 2026\n\nTối 21/6, Ban Tuyên giáo Tỉnh ủy tổ chức lễ trao giải Báo chí tỉnh năm 2026.\n\n![](images/trao-giai-1.jpg)\n![](images/trao-giai-2.jpg)\n*Ban tổ chức trao giải A cho các tác giả*\n',
          expect: [{ messageId: 'missing', line: 5 }],
        },
      ],
    },
  },
  check({ doc, report }) {
    for (const figure of doc.figures) {
      if (!figure.caption) report({ messageId: 'missing', data: { url: figure.image.url }, start: figure.image.start, end: figure.image.end });
    }
  },
};

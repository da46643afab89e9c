import type { Rule } from '../types';
import { END_MARK, articleEnding, closingEdit, endsWithWebAddress } from './article-ending';
import { plainSpan } from './source-span';

interface EndmarkMissingOptions {
  required: boolean;
}

/** An end mark typed wrong at the very end: `tới./`, `tới.//.`, `tới./ .`, `tới. /.`. */
const MALFORMED_END_MARK = /\.(?:\/\/\.?|\/\s\.|\s\/\.|\/)$/u;

export const endmarkMissing: Rule<EndmarkMissingOptions> = {
  meta: {
    id: 'endmark-missing',
    group: 'structure',
    severity: 'warn',
    fixable: true,
    docs: {
      summary: { vi: 'Đoạn văn cuối kết thúc bằng dấu "./."', en: 'The last paragraph ends with the end mark "./."' },
      rationale: {
        vi: 'Văn bản hành chính và tin bài Cổng thông tin khép nội dung bằng "./." viết liền chữ cuối của đoạn văn cuối ("…trong thời gian tới./."), trước dòng ký tên. Dấu này cho biết bài đã trọn vẹn, không bị cắt khi đăng. Sửa tự động thay dấu chấm cuối bằng "./." hoặc thêm "./." sau chữ cuối; sau "?", "!", "…" hay ngoặc kép thì để người viết tự quyết. Đơn vị không dùng dấu này đặt `required: false`.',
        en: 'Administrative documents and portal news close their content with "./." attached to the last word of the last paragraph ("…trong thời gian tới./."), before the signature line. It tells that the article is complete, not cut off in publishing. The fix replaces the final period with "./." or appends "./." after the last word; after "?", "!", "…" or a closing quote the writer decides. Units whose house style omits the mark set `required: false`.',
      },
    },
    messages: {
      missing: {
        vi: 'Đoạn văn cuối chưa có dấu kết thúc: thêm "./." liền sau "{word}", thay cho dấu chấm cuối câu nếu có.',
        en: 'The last paragraph has no end mark: add "./." right after "{word}", in place of the final period if there is one.',
      },
      missingAfterAddress: {
        vi: 'Đoạn văn cuối chưa có dấu kết thúc nhưng kết thúc bằng địa chỉ web "{word}": viết "./." liền sau thì dấu bị đọc thành một phần của đường dẫn. Đặt địa chỉ trong ngoặc, ví dụ "(https://…)./.", hoặc viết lại câu để địa chỉ không đứng cuối.',
        en: 'The last paragraph has no end mark but ends with the web address "{word}": a "./." attached to it would be read as part of the link. Put the address in parentheses, e.g. "(https://…)./.", or rewrite the sentence so that the address does not come last.',
      },
      malformed: {
        vi: 'Dấu kết thúc "{written}" viết sai: viết "./." (chấm, gạch chéo, chấm).',
        en: 'End mark "{written}" is mistyped: write "./." (period, slash, period).',
      },
    },
    defaults: { required: true },
    optionDocs: {
      required: {
        vi: 'Bắt buộc có "./." cuối bài. Đặt `false` cho đơn vị không dùng dấu này (quy tắc không báo gì).',
        en: 'Require "./." at the end of the article. Set `false` for units whose house style omits it (the rule then reports nothing).',
      },
    },
    examples: {
      valid: [
        {
          title: { vi: '"./." liền chữ cuối, trước dòng ký tên', en: '"./." attached to the last word, before the signature' },
          text: '# Sở Khoa học và Công nghệ ký kết chương trình phối hợp với Tỉnh đoàn\n\nSáng 14/4, hai đơn vị ký kết chương trình phối hợp giai đoạn 2026 - 2030.\n\nCuối buổi lễ, hai bên thống nhất kế hoạch triển khai trong thời gian tới./.\n\nBích Ngọc – Sở Khoa học và Công nghệ\n',
        },
        {
          title: { vi: '"./." liền ngày tháng, ảnh đặt sau đoạn cuối', en: '"./." attached to a date, a photo after the last paragraph' },
          text: '# Hội thi tin học trẻ tỉnh năm 2026\n\nNgày 17/5, Tỉnh đoàn khai mạc Hội thi tin học trẻ tỉnh năm 2026.\n\nHội thi diễn ra từ ngày 29-31/5./.\n\n![Thí sinh dự thi](images/hoi-thi.jpg)\n*Thí sinh dự thi bảng A*\n\nTin, ảnh: TƯỜNG VÂN\n',
        },
        {
          title: { vi: 'Nguồn đặt trong ngoặc ngay sau "./."', en: 'A parenthesized source right after "./."' },
          text: '# Tỉnh Kiên Giang phát động phong trào thi đua năm 2026\n\nNgày 11/10, UBND tỉnh phát động phong trào thi đua năm 2026.\n\nCác sở, ngành triển khai phong trào đến từng cơ quan, đơn vị./. (Nguồn: Cổng thông tin điện tử tỉnh Kiên Giang)\n',
        },
        {
          title: { vi: 'Đơn vị không dùng "./." (required: false)', en: 'A unit whose house style omits "./." (required: false)' },
          text: '# Đoàn công tác của tỉnh làm việc tại huyện Tam Nông\n\nNgày 4/3, đoàn công tác của tỉnh làm việc tại huyện Tam Nông.\n\nĐoàn ghi nhận kết quả công tác chuẩn bị bầu cử của huyện.\n\nDUYÊN ANH\n',
          options: { required: false },
        },
      ],
      invalid: [
        {
          title: { vi: 'Đoạn cuối kết thúc bằng dấu chấm', en: 'The last paragraph ends with a period' },
          text: '# Sở Khoa học và Công nghệ ký kết chương trình phối hợp với Tỉnh đoàn\n\nSáng 14/4, hai đơn vị ký kết chương trình phối hợp giai đoạn 2026 - 2030.\n\nCuối buổi lễ, hai bên thống nhất kế hoạch triển khai trong thời gian tới.\n\nBích Ngọc – Sở Khoa học và Công nghệ\n',
          expect: [{ messageId: 'missing', line: 5 }],
          output: '# Sở Khoa học và Công nghệ ký kết chương trình phối hợp với Tỉnh đoàn\n\nSáng 14/4, hai đơn vị ký kết chương trình phối hợp giai đoạn 2026 - 2030.\n\nCuối buổi lễ, hai bên thống nhất kế hoạch triển khai trong thời gian tới./.\n\nBích Ngọc – Sở Khoa học và Công nghệ\n',
        },
        {
          title: { vi: 'Đoạn cuối không có dấu câu', en: 'The last paragraph has no final punctuation' },
          text: '# Hội nghị tổng kết công tác năm 2026\n\nSáng 14/1, Sở Tài chính tổ chức hội nghị tổng kết công tác năm 2026.\n\nHội nghị đề ra 5 nhiệm vụ trọng tâm của năm 2027\n\nTin: Minh Anh\n',
          expect: [{ messageId: 'missing', line: 5 }],
          output: '# Hội nghị tổng kết công tác năm 2026\n\nSáng 14/1, Sở Tài chính tổ chức hội nghị tổng kết công tác năm 2026.\n\nHội nghị đề ra 5 nhiệm vụ trọng tâm của năm 2027./.\n\nTin: Minh Anh\n',
        },
        {
          title: { vi: 'Câu cuối đóng ngoặc kép rồi dấu chấm', en: 'The last sentence closes a quotation, then a period' },
          text: '# Gặp mặt nhân Ngày Báo chí Cách mạng Việt Nam\n\nSáng 18/6, Sở Khoa học và Công nghệ gặp mặt các cơ quan báo chí.\n\nGiám đốc Sở mong các cơ quan báo chí tiếp tục “đồng hành cùng chuyển đổi số”.\n',
          expect: [{ messageId: 'missing', line: 5 }],
          output: '# Gặp mặt nhân Ngày Báo chí Cách mạng Việt Nam\n\nSáng 18/6, Sở Khoa học và Công nghệ gặp mặt các cơ quan báo chí.\n\nGiám đốc Sở mong các cơ quan báo chí tiếp tục “đồng hành cùng chuyển đổi số”./.\n',
        },
        {
          title: { vi: 'Câu cuối là câu hỏi: người viết tự đặt dấu', en: 'The last sentence is a question: the writer places the mark' },
          text: '# Tọa đàm về chuyển đổi số trong trường học\n\nChiều 20/11, Sở Giáo dục và Đào tạo tổ chức tọa đàm về chuyển đổi số trong trường học.\n\nVậy đâu là cách để mỗi giáo viên làm chủ công nghệ?\n',
          expect: [{ messageId: 'missing', line: 5 }],
        },
        {
          title: { vi: 'Đoạn cuối kết thúc bằng địa chỉ web: người viết tự đặt dấu', en: 'The last paragraph ends with a web address: the writer places the mark' },
          text: '# Lễ hội Đèn lồng phố Hội năm 2026\n\nUBND phường Hội An tổ chức Lễ hội Đèn lồng phố Hội từ ngày 12 đến ngày 15/9/2026.\n\nChương trình chi tiết xem tại https://hoian.gov.vn/le-hoi-den-long\n',
          // "./." glued to the address would be read as part of the link.
          expect: [{ messageId: 'missingAfterAddress', line: 5 }],
        },
        {
          title: { vi: 'Bảng đứng sau đoạn văn cuối: người viết tự đặt dấu', en: 'A table after the last paragraph: the writer places the mark' },
          text: '# Kết quả thi học sinh giỏi quốc gia năm 2026\n\nTỉnh có 15 học sinh đạt giải, cụ thể như sau.\n\n| Môn | Số giải |\n|---|---|\n| Toán | 4 |\n',
          expect: [{ messageId: 'missing', line: 3 }],
        },
        {
          title: { vi: 'Dấu kết thúc thiếu dấu chấm sau gạch chéo', en: 'An end mark missing its last period' },
          text: '# Hội nghị tổng kết công tác năm 2026\n\nSáng 14/1, Sở Tài chính tổ chức hội nghị tổng kết công tác năm 2026.\n\nHội nghị đề ra 5 nhiệm vụ trọng tâm của năm 2027./\n\nT.H (tổng hợp)\n',
          expect: [{ messageId: 'malformed', line: 5 }],
          output: '# Hội nghị tổng kết công tác năm 2026\n\nSáng 14/1, Sở Tài chính tổ chức hội nghị tổng kết công tác năm 2026.\n\nHội nghị đề ra 5 nhiệm vụ trọng tâm của năm 2027./.\n\nT.H (tổng hợp)\n',
        },
      ],
    },
  },
  check({ doc, options, report }) {
    if (!options.required) return;
    const { closing } = articleEnding(doc);
    // A `./.` anywhere is the writer's end mark, maybe in the wrong place: endmark-misplaced says so.
    if (!closing || doc.endMarks.length > 0) return;
    const malformed = MALFORMED_END_MARK.exec(closing.text);
    if (malformed) {
      const span = plainSpan(doc, closing.block, malformed.index, closing.plainEnd);
      const exact = closing.block.plain.isExact(malformed.index, closing.plainEnd);
      report({ messageId: 'malformed', data: { written: malformed[0] }, ...span, ...(exact ? { fix: { ...span, text: END_MARK } } : {}) });
      return;
    }
    const word = closing.lastWord;
    const fix = closingEdit(doc, closing);
    const messageId = endsWithWebAddress(closing.text) ? 'missingAfterAddress' : 'missing';
    report({ messageId, data: { word: doc.source.slice(word.start, word.end) }, ...word, ...(fix ? { fix } : {}) });
  },
};

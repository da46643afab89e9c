import type { Rule } from '../types';
import { articleEnding } from './article-ending';
import { isAside } from '../model/build';

export const signatureMissing: Rule = {
  meta: {
    id: 'signature-missing',
    group: 'structure',
    severity: 'warn',
    fixable: false,
    docs: {
      summary: { vi: 'Bài có dòng ký tên tác giả hoặc nguồn ở cuối', en: 'The article ends with a byline or source line' },
      rationale: {
        vi: 'Tin bài Cổng thông tin ghi tác giả và đơn vị, hoặc nguồn khi đăng lại, trên dòng cuối cùng. Luật Sở hữu trí tuệ (Điều 25 khoản 2) buộc ghi tên tác giả và nguồn khi sử dụng lại tác phẩm. Các kiểu được chấp nhận: "Tên – Đơn vị", "Tin, ảnh: Tên", "Tác giả: Tên", "(Nguồn: …)", "(Theo …)", hoặc chỉ tên (kể cả viết hoa, viết tắt như "C.Trúc", "T.H (tổng hợp)", và người thực hiện bài phỏng vấn: "Hồng Nhung (thực hiện)").',
        en: 'Portal news names its writer and unit, or its source when reprinted, on the last line. The Intellectual Property Law (Article 25.2) requires naming the author and the source of a reused work. Accepted forms: "Name – Unit", "Tin, ảnh: Name", "Tác giả: Name", "(Nguồn: …)", "(Theo …)", or a name alone (also in capitals or initials such as "C.Trúc", "T.H (tổng hợp)", and an interview\'s interviewer: "Hồng Nhung (thực hiện)").',
      },
    },
    messages: {
      missing: {
        vi: 'Bài chưa có dòng ký tên ở cuối: thêm một dòng riêng sau đoạn văn cuối, theo một trong các kiểu "Tên – Đơn vị", "Tin, ảnh: Tên" hoặc "(Nguồn: …)".',
        en: 'The article has no signature line: add a line of its own after the last paragraph, in one of the forms "Tên – Đơn vị", "Tin, ảnh: Tên" or "(Nguồn: …)".',
      },
      unrecognized: {
        vi: 'Dòng cuối "{line}" không theo kiểu ký tên nào: viết lại theo một trong các kiểu "Tên – Đơn vị", "Tin, ảnh: Tên" hoặc "(Nguồn: …)".',
        en: 'The last line "{line}" is in no signature form: rewrite it as "Tên – Đơn vị", "Tin, ảnh: Tên" or "(Nguồn: …)".',
      },
    },
    defaults: {},
    examples: {
      valid: [
        {
          title: { vi: 'Tên – Đơn vị', en: 'Name – Unit' },
          text: '# Sở Khoa học và Công nghệ ký kết chương trình phối hợp với Tỉnh đoàn\n\nSáng 14/4, hai đơn vị ký kết chương trình phối hợp giai đoạn 2026 - 2030.\n\nCuối buổi lễ, hai bên thống nhất kế hoạch triển khai trong thời gian tới./.\n\nBích Ngọc – Sở Khoa học và Công nghệ\n',
        },
        {
          title: { vi: 'Lời chú thích cuối trang sau dòng tác giả', en: 'A footnote’s text after the byline' },
          text: '# Sở Khoa học và Công nghệ tổng kết công tác năm 2026\n\nSáng 14/4, Sở Khoa học và Công nghệ tổ chức hội nghị tổng kết công tác năm 2026[^1].\n\nHội nghị kết thúc lúc 11 giờ cùng ngày./.\n\nBích Ngọc – Sở Khoa học và Công nghệ\n\n[^1]: Theo Kế hoạch số 12/KH-SKHCN ngày 2/4/2026.\n',
        },
        {
          title: { vi: 'Bài phỏng vấn: tên người thực hiện', en: 'An interview: the interviewer\'s name' },
          text: '# Giám đốc Sở Khoa học và Công nghệ: Không để xã nào “trắng” hạ tầng số\n\n**Phóng viên: Thưa ông, hạ tầng số ở cấp xã hiện nay như thế nào?**\n\nÔng Nguyễn Đoàn Khánh: Toàn tỉnh đã phủ sóng 4G đến 98% thôn, buôn.\n\n**Phóng viên: Xin cảm ơn ông!**\n\nHồng Nhung (thực hiện)\n',
        },
        {
          title: { vi: 'Đơn vị ngành không mở đầu bằng "Sở", "Cục"', en: 'A sector unit that does not open with "Sở" or "Cục"' },
          text: '# Đối thoại với hộ kinh doanh về hóa đơn điện tử\n\nNgày 11/12, Thuế tỉnh Nghệ An tổ chức đối thoại với hơn 500 hộ kinh doanh.\n\nCán bộ thuế sẽ hướng dẫn trực tiếp tại các chợ đến hết tháng 01/2026./.\n\nThanh Tâm – Thuế tỉnh Nghệ An\n',
        },
        {
          title: { vi: 'Tên người Jrai, Ê Đê có dấu nháy: "Rơ Châm H’Lan"', en: 'A Jrai or Ê Đê name with an apostrophe: "Rơ Châm H’Lan"' },
          text: '# Tuần tra bảo vệ rừng khộp\n\nTừ ngày 9 đến ngày 12/3, Chi cục Kiểm lâm tổ chức tuần tra bảo vệ rừng khộp.\n\nĐoàn đã lập biên bản 6 vụ vi phạm./.\n\nRơ Châm H’Lan\n',
        },
        {
          title: { vi: 'Đơn vị bảo hiểm xã hội', en: 'A social insurance office' },
          text: '# Những điểm mới về hưởng bảo hiểm xã hội một lần\n\nChiều 9/7, phóng viên trao đổi với lãnh đạo Bảo hiểm xã hội tỉnh Đồng Nai về các điểm mới của Luật Bảo hiểm xã hội năm 2024.\n\nNgười lao động cần cân nhắc kỹ trước khi nhận bảo hiểm xã hội một lần./.\n\nMinh Tuấn – Bảo hiểm xã hội tỉnh Đồng Nai\n',
        },
        {
          title: { vi: 'Liên minh Hợp tác xã', en: 'A cooperative alliance' },
          text: '# Tổng kết chương trình hỗ trợ hợp tác xã nông nghiệp\n\nNgày 20/5, Liên minh Hợp tác xã tỉnh An Giang tổ chức hội nghị tổng kết chương trình hỗ trợ hợp tác xã nông nghiệp.\n\nHội nghị tặng bằng khen cho 24 hợp tác xã./.\n\nNgọc Thảo – Liên minh Hợp tác xã tỉnh An Giang\n',
        },
        {
          title: { vi: 'Tin, ảnh viết hoa; tên viết tắt', en: 'Tin, ảnh in capitals; initials' },
          text: '# Họp báo công bố Giải Báo chí tỉnh năm 2026\n\nChiều 14/5, Ban Tuyên giáo Tỉnh ủy tổ chức họp báo công bố Giải Báo chí tỉnh năm 2026.\n\nLễ trao giải dự kiến tổ chức vào ngày 21/6./.\n\nTin, ảnh: TƯỜNG VÂN\n',
        },
        {
          title: { vi: 'Nguồn đăng lại trong ngoặc đơn', en: 'A reprint source in parentheses' },
          text: '# Ngân hàng Nhà nước điều chỉnh lãi suất điều hành\n\nNgày 1/12, Ngân hàng Nhà nước ban hành quyết định điều chỉnh lãi suất điều hành.\n\nQuyết định có hiệu lực từ ngày 2/12./.\n\n(Theo Cổng TTĐT Ngân hàng Nhà nước Việt Nam)\n',
        },
        {
          title: { vi: 'Người tổng hợp viết tắt, sau đó là chú thích ẩn', en: 'A compiler in initials, then a hidden comment' },
          text: '# Phổ biến quy định mới về cải cách hành chính\n\nNgày 27/8, Sở Nội vụ tổ chức hội nghị phổ biến quy định mới về cải cách hành chính.\n\nHội nghị được kết nối trực tuyến đến 100% xã, phường./.\n\nT.H (tổng hợp)\n\n<!-- Biên tập viên đã duyệt -->\n',
        },
      ],
      invalid: [
        {
          title: { vi: 'Bài kết thúc ở đoạn văn cuối', en: 'The article ends with its last paragraph' },
          text: '# Hội nghị tổng kết công tác năm 2026\n\nSáng 14/1, Sở Tài chính tổ chức hội nghị tổng kết công tác năm 2026.\n\nHội nghị đề ra 5 nhiệm vụ trọng tâm của năm 2027./.\n',
          expect: [{ messageId: 'missing', line: 5 }],
        },
        {
          title: { vi: 'Dòng cuối chỉ ghi "Sưu tầm"', en: 'The last line only says "Sưu tầm"' },
          text: '# Năm kỹ năng an toàn khi sử dụng mạng xã hội\n\nNgày 5/4, Sở Khoa học và Công nghệ khuyến cáo người dân năm kỹ năng an toàn khi sử dụng mạng xã hội.\n\nNgười dân cần cảnh giác với các đường dẫn lạ./.\n\nSưu tầm\n',
          expect: [{ messageId: 'unrecognized', line: 7 }],
        },
      ],
    },
  },
  check({ doc, report }) {
    const { closing, signatures, unrecognizedLines } = articleEnding(doc);
    const last = doc.blocks.filter((block) => !isAside(block)).pop();
    if (!closing || !last || signatures.length > 0) return;
    const unrecognized = unrecognizedLines[unrecognizedLines.length - 1];
    if (unrecognized) report({ messageId: 'unrecognized', data: { line: unrecognized.plain.text.trim() }, start: unrecognized.start, end: unrecognized.end });
    else report({ messageId: 'missing', start: last.start, end: last.end });
  },
};

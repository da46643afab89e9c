import type { Rule } from '../types';
import { skipOutletTag } from '../model/dateline';

/** A question of an interview: `Phóng viên: …`, `PV: …` (in bold, as a rule). */
const INTERVIEW_QUESTION = /^(?:Phóng viên|PV)\s*:/u;

/** The opening words of a lead, up to the first comma or five words: what the writer should replace or precede. */
const OPENING_WORDS = /[^\s,.;:!?]+(?:[^\S\n]+[^\s,.;:!?]+){0,4}/uy;

export const datelineMissing: Rule = {
  meta: {
    id: 'dateline-missing',
    group: 'structure',
    severity: 'warn',
    fixable: false,
    docs: {
      summary: { vi: 'Đoạn mở đầu phải nêu thời gian cụ thể của sự kiện', en: 'The lead must give the concrete time of the event' },
      rationale: {
        vi: 'Tin hoạt động trả lời trước hết câu hỏi "khi nào": người đọc, người tra cứu lưu trữ và các báo đăng lại cần biết sự kiện diễn ra ngày nào. Cách viết quen thuộc của Cổng là mở đầu bằng thời gian ("Sáng 14/4, …", "Ngày 15/3/2026, …"); có thể đặt một cụm dẫn trước ("Nhân dịp kỷ niệm …, sáng 18/6, …") miễn là ngày xuất hiện trong hai câu đầu. Quy tắc chỉ báo khi đoạn mở đầu không có ngày nào; nếu chỉ có "Vừa qua", "Sáng nay" thì quy tắc dateline-vague báo. Bài phỏng vấn (có từ hai câu hỏi "Phóng viên: …" hay "PV: …") không tường thuật một sự kiện nên không bị xét.',
        en: 'A news item first answers "when": readers, archivists and outlets that reprint the story need the day of the event. Portal style opens the lead with the time ("Sáng 14/4, …", "Ngày 15/3/2026, …"); an opening phrase may come first ("Nhân dịp kỷ niệm …, sáng 18/6, …") as long as the date is in the first two sentences. The rule reports only a lead with no date at all; a lead with only "Vừa qua" or "Sáng nay" is reported by dateline-vague. An interview (two questions or more written "Phóng viên: …" or "PV: …") reports no event and is not checked.',
      },
    },
    messages: {
      missing: {
        vi: 'Đoạn mở đầu chưa có thời gian cụ thể của sự kiện: mở đầu bằng ngày diễn ra, ví dụ "Sáng 14/4, …".',
        en: 'The lead gives no concrete time for the event: open it with the date, e.g. "Sáng 14/4, …".',
      },
    },
    defaults: {},
    examples: {
      valid: [
        {
          title: { vi: 'Mở đầu bằng buổi và ngày', en: 'Opens with the part of day and the date' },
          text: '# Sở Khoa học và Công nghệ tổng kết công tác năm 2026\n\nSáng 14/4, tại Hội trường UBND tỉnh, Sở Khoa học và Công nghệ tổ chức hội nghị tổng kết công tác năm 2026 và triển khai nhiệm vụ năm 2027.\n',
        },
        {
          title: { vi: 'Thẻ tên báo trước ngày, ngày có "ngày" thừa', en: 'Outlet tag before the date, redundant "ngày"' },
          text: '# Hội nghị trực tuyến triển khai Nghị quyết\n\n(BBNĐT) Chiều ngày 28/6/2024, Ban Thường vụ Tỉnh ủy tổ chức hội nghị trực tuyến quán triệt, triển khai Nghị quyết của Trung ương.\n',
        },
        {
          title: { vi: 'Cụm dẫn trước, ngày ở giữa câu', en: 'An occasion clause first, the date mid-sentence' },
          text: '# Gặp mặt nhân kỷ niệm Ngày Báo chí Cách mạng Việt Nam\n\nNhân kỷ niệm 97 năm Ngày Báo chí Cách mạng Việt Nam, sáng 18/6, Thường trực Tỉnh ủy gặp mặt lãnh đạo các cơ quan báo chí trên địa bàn tỉnh.\n',
        },
        {
          title: { vi: 'Bản tin Quốc hội mở đầu bằng thứ và ngày', en: 'A National Assembly bulletin opening with weekday and date' },
          text: '# Quốc hội thảo luận về tình hình kinh tế - xã hội\n\nThứ Hai, ngày 23/5/2022, Quốc hội họp phiên toàn thể tại hội trường thảo luận về tình hình kinh tế - xã hội.\n',
        },
        {
          title: { vi: 'Bài phỏng vấn: sapo giới thiệu người được phỏng vấn', en: 'An interview: the lead introduces the interviewee' },
          text: '# Giám đốc Sở Khoa học và Công nghệ: Không để xã nào “trắng” hạ tầng số\n\nSau 5 tháng vận hành chính quyền địa phương hai cấp, hạ tầng số ở cấp xã đã có nhiều chuyển biến. Phóng viên trao đổi với ông Nguyễn Đoàn Khánh, Giám đốc Sở.\n\n**Phóng viên: Thưa ông, hạ tầng số ở cấp xã hiện nay như thế nào?**\n\nÔng Nguyễn Đoàn Khánh: Toàn tỉnh đã phủ sóng 4G đến 98% thôn, buôn.\n\n**PV: Xin cảm ơn ông!**\n',
        },
        {
          title: { vi: 'Thời gian chung chung do dateline-vague báo, không phải quy tắc này', en: 'A vague time is left to dateline-vague' },
          text: '# Ký kết chương trình phối hợp\n\nVừa qua, Sở Khoa học và Công nghệ đã tổ chức lễ ký kết chương trình phối hợp với Tỉnh đoàn.\n',
        },
      ],
      invalid: [
        {
          title: { vi: 'Đoạn mở đầu vào thẳng nội dung, không có ngày', en: 'The lead starts in medias res, with no date' },
          text: '# Tăng cường cải cách hành chính\n\nTại hội nghị, đồng chí Phó Chủ tịch UBND tỉnh đề nghị các sở, ngành tiếp tục đẩy mạnh cải cách hành chính, nâng cao chỉ số hài lòng của người dân.\n',
          expect: [{ messageId: 'missing', line: 3 }],
        },
        {
          title: { vi: 'Mở đầu bằng số lượng, không có ngày', en: 'Opens with a quantity, no date' },
          text: '# Tập huấn chuyển đổi số cho cán bộ, công chức\n\n(GLO)- Gần 400 cán bộ, công chức cấp xã tham gia lớp tập huấn kỹ năng chuyển đổi số do Sở Nội vụ tổ chức.\n',
          expect: [{ messageId: 'missing', line: 3 }],
        },
      ],
    },
  },
  check({ doc, report }) {
    const lead = doc.lead;
    // No lead is lead-missing's problem; a vague opener is dateline-vague's.
    if (!lead || doc.dateline || doc.vagueTime) return;
    // An interview's lead introduces the person and the subject; it reports no event.
    if (doc.blocks.filter((block) => INTERVIEW_QUESTION.test(block.plain.text)).length >= 2) return;
    const text = lead.plain.text;
    const afterTag = skipOutletTag(text);
    const openingAt = afterTag + /^\s*/u.exec(text.slice(afterTag))![0].length;
    OPENING_WORDS.lastIndex = openingAt;
    const opening = OPENING_WORDS.exec(text);
    const span = opening ? lead.plain.span(openingAt, openingAt + opening[0].length) : { start: lead.start, end: lead.end };
    report({ messageId: 'missing', ...span });
  },
};

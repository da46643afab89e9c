import type { Rule } from '../types';
import { sentenceRanges } from './helpers';

/** Verbs that report an event (`tổ chức`, `diễn ra`, `ký kết`), which a date must go with. */
const EVENT_VERB =
  /(?<!\p{L})(?:tổ\s+chức|diễn\s+ra|ký\s+kết|kí\s+kết|khai\s+mạc|bế\s+mạc|khánh\s+thành|khởi\s+công|phát\s+động|tổng\s+kết|sơ\s+kết|trao|tiếp\s+nhận|làm\s+việc|họp|ra\s+mắt|kiểm\s+tra|đấu\s+giá)(?!\p{L})/iu;

/** The first sentence of a lead reports an event. */
function reportsEvent(lead: string): boolean {
  const first = sentenceRanges(lead)[0];
  return first !== undefined && EVENT_VERB.test(lead.slice(first.start, first.end));
}

export const datelineVague: Rule = {
  meta: {
    id: 'dateline-vague',
    group: 'structure',
    severity: 'warn',
    fixable: false,
    docs: {
      summary: { vi: 'Thời gian chung chung ("Vừa qua", "Sáng nay") thay cho ngày cụ thể', en: 'A vague time ("Vừa qua", "Sáng nay") instead of a date' },
      rationale: {
        vi: '"Vừa qua", "Mới đây", "Thời gian qua" hay "Sở … vừa tổ chức" không cho biết sự kiện diễn ra ngày nào; "Sáng nay", "Hôm qua" chỉ đúng vào ngày đăng, sau đó người đọc và người tra cứu lưu trữ không biết "nay" là ngày nào. Hãy ghi ngày của sự kiện: "Sáng 14/4, …". Có thể giữ "Vừa qua" nếu ngay sau đó có ngày ("Vừa qua, ngày 14/4, …"). Trong thông cáo báo chí, quy tắc chỉ xét câu đầu kể một sự kiện ("Vừa qua, Trung tâm … tổ chức phiên đấu giá"), không xét câu nêu một tình hình ("Thời gian qua, trên mạng xã hội xuất hiện …"). Quy tắc không tự sửa được vì chỉ người viết biết ngày diễn ra.',
        en: '"Vừa qua" (recently), "Mới đây", "Thời gian qua" or "Sở … vừa tổ chức" (has just held) do not say when the event took place; "Sáng nay" (this morning) and "Hôm qua" (yesterday) are only true on the day of publication, after which readers and archivists cannot tell which day was meant. Give the event\'s date: "Sáng 14/4, …". "Vừa qua" may stay when a date follows it ("Vừa qua, ngày 14/4, …"). In a formal press release only a first sentence that reports an event is checked ("Vừa qua, Trung tâm … tổ chức phiên đấu giá"), not one that describes a situation ("Thời gian qua, trên mạng xã hội xuất hiện …"). There is no automatic fix: only the writer knows the date.',
      },
    },
    messages: {
      vague: {
        vi: '"{text}" không cho biết sự kiện diễn ra ngày nào: thay bằng ngày cụ thể, ví dụ "Sáng 14/4, …".',
        en: '"{text}" does not say when the event took place: replace it with the date, e.g. "Sáng 14/4, …".',
      },
    },
    defaults: {},
    examples: {
      valid: [
        {
          title: { vi: 'Ngày cụ thể', en: 'A concrete date' },
          text: '# Ký kết chương trình phối hợp\n\nSáng 14/4, Sở Khoa học và Công nghệ và Tỉnh đoàn ký kết chương trình phối hợp giai đoạn 2026 - 2030.\n',
        },
        {
          title: { vi: '"Vừa qua" có ngày đi kèm', en: '"Vừa qua" followed by a date' },
          text: '# Ký kết chương trình phối hợp\n\nVừa qua, ngày 14/4, Sở Khoa học và Công nghệ và Tỉnh đoàn ký kết chương trình phối hợp giai đoạn 2026 - 2030.\n',
        },
        {
          title: { vi: '"vừa tổ chức" trong câu có ngày', en: '"vừa tổ chức" in a sentence with a date' },
          text: '# Tập huấn kỹ năng số\n\nNgày 18.6, Sở Nội vụ vừa tổ chức lớp tập huấn kỹ năng số cho cán bộ, công chức cấp xã.\n',
        },
        {
          title: { vi: 'Thông cáo nêu một tình hình, không kể sự kiện', en: 'A press release describing a situation, not an event' },
          profile: 'vn-press-release',
          text: '# Thông tin sai sự thật về vụ bắt cóc học sinh\n\nThời gian qua, trên mạng xã hội xuất hiện bài viết về việc bắt cóc học sinh tại phường Rạch Giá. Công an tỉnh khẳng định đây là thông tin sai sự thật.\n',
        },
      ],
      invalid: [
        {
          title: { vi: 'Thông cáo kể sự kiện "Vừa qua" không có ngày', en: 'A press release telling of an event "Vừa qua" with no date' },
          profile: 'vn-press-release',
          text: '# Kết quả đấu giá quyền sử dụng đất\n\nVừa qua, Trung tâm Phát triển quỹ đất tỉnh tổ chức thành công phiên đấu giá quyền sử dụng đất tại xã Phù Ninh.\n',
          expect: [{ messageId: 'vague', line: 3 }],
        },
        {
          title: { vi: '"Vừa qua", chỉ có năm kỷ niệm trong ngoặc', en: '"Vừa qua" with only an anniversary span in brackets' },
          text: '# Ngày hội Đại đoàn kết ở thôn 3\n\nVừa qua, tại nhà văn hóa thôn 3, Ban Công tác Mặt trận thôn tổ chức Ngày hội Đại đoàn kết toàn dân tộc, hướng tới kỷ niệm 96 năm Ngày truyền thống Mặt trận Tổ quốc Việt Nam (18/11/1930 - 18/11/2026).\n',
          expect: [{ messageId: 'vague', line: 3 }],
        },
        {
          title: { vi: '"Vừa qua" không có ngày', en: '"Vừa qua" with no date' },
          text: '# Ký kết chương trình phối hợp\n\nVừa qua, Sở Thông tin và Truyền thông đã tổ chức lễ ký kết Chương trình phối hợp hoạt động giai đoạn 2022 - 2026 với Tỉnh đoàn.\n',
          expect: [{ messageId: 'vague', line: 3 }],
        },
        {
          title: { vi: '"Sáng nay" chỉ đúng vào ngày đăng', en: '"Sáng nay" is only true on the day of publication' },
          text: '# Khai mạc kỳ họp thứ Ba\n\nSáng nay, HĐND tỉnh khóa XI khai mạc kỳ họp thứ Ba tại Hội trường Trung tâm Hội nghị tỉnh.\n',
          expect: [{ messageId: 'vague', line: 3 }],
        },
        {
          title: { vi: '"vừa tổ chức" không có ngày', en: '"vừa tổ chức" with no date' },
          text: '# Tập huấn nghiệp vụ văn thư\n\nSở Văn hóa, Thể thao và Du lịch vừa tổ chức lớp tập huấn nghiệp vụ văn thư, lưu trữ cho cán bộ, công chức.\n',
          expect: [{ messageId: 'vague', line: 3 }],
        },
      ],
    },
  },
  check({ doc, profile, report }) {
    const vague = doc.vagueTime;
    if (!vague) return;
    // A formal release also describes a situation (`Thời gian qua, trên mạng xã hội xuất hiện …`): only its reports of an event need their date.
    if (profile.id === 'vn-press-release' && !reportsEvent(doc.lead?.plain.text ?? '')) return;
    report({ messageId: 'vague', data: { text: vague.text }, start: vague.start, end: vague.end });
  },
};

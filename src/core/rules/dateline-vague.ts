import type { Rule } from '../types';

export const datelineVague: Rule = {
  meta: {
    id: 'dateline-vague',
    group: 'structure',
    severity: 'warn',
    fixable: false,
    docs: {
      summary: { vi: 'Thời gian chung chung ("Vừa qua", "Sáng nay") thay cho ngày cụ thể', en: 'A vague time ("Vừa qua", "Sáng nay") instead of a date' },
      rationale: {
        vi: '"Vừa qua", "Mới đây", "Thời gian qua" hay "Sở … vừa tổ chức" không cho biết sự kiện diễn ra ngày nào; "Sáng nay", "Hôm qua" chỉ đúng vào ngày đăng, sau đó người đọc và người tra cứu lưu trữ không biết "nay" là ngày nào. Hãy ghi ngày của sự kiện: "Sáng 14/4, …". Có thể giữ "Vừa qua" nếu ngay sau đó có ngày ("Vừa qua, ngày 14/4, …"). Quy tắc không tự sửa được vì chỉ người viết biết ngày diễn ra.',
        en: '"Vừa qua" (recently), "Mới đây", "Thời gian qua" or "Sở … vừa tổ chức" (has just held) do not say when the event took place; "Sáng nay" (this morning) and "Hôm qua" (yesterday) are only true on the day of publication, after which readers and archivists cannot tell which day was meant. Give the event\'s date: "Sáng 14/4, …". "Vừa qua" may stay when a date follows it ("Vừa qua, ngày 14/4, …"). There is no automatic fix: only the writer knows the date.',
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
      ],
      invalid: [
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
  check({ doc, report }) {
    const vague = doc.vagueTime;
    if (vague) report({ messageId: 'vague', data: { text: vague.text }, start: vague.start, end: vague.end });
  },
};

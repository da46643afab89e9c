import type { Rule } from '../types';
import { proseBlocks } from '../model/prose';
import { apDate, apMonthName, isInDateline, parseApDateline } from '../press-release/ap-dateline';

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
const SHORT_MONTHS = 'Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec';
/** A month before a specific day: `September 15`, `Sep. 15`, `Aug 3rd`; a month with a year only (`September 2026`) is spelled out. */
const MONTH_DAY = new RegExp(String.raw`(?<![\p{L}\p{N}.])(?<month>(?:${MONTHS})|(?:${SHORT_MONTHS})\.?)[ \u00A0]+(?<day>\d{1,2})(?<ordinal>st|nd|rd|th)?(?![\p{L}\p{N}]|[.,]\d)`, 'gu');
/** The day before the month, as British and Vietnamese English write it: `15 September`, `3rd Sept.`. */
const DAY_MONTH = new RegExp(String.raw`(?<![\p{L}\p{N}.,/\-–])(?<day>\d{1,2})(?<ordinal>st|nd|rd|th)?[ \u00A0]+(?:of[ \u00A0]+)?(?<month>(?:${MONTHS})|(?:${SHORT_MONTHS})\.)(?![\p{L}])(?:[ \u00A0]+(?<year>\d{4})(?!\d))?`, 'gu');

/** A date in figures, `11/05/2026`: read as day/month in Vietnam and month/day in the United States. Not part of a document number (`12/2026/NĐ-CP`). */
const NUMERIC_DATE = /(?<![\p{L}\p{N}/.\-])(\d{1,2})\/(\d{1,2})\/((?:19|20)\d\d)(?![\p{L}\p{N}/\-]|\.\d)/gu;

const HEADER = 'FOR IMMEDIATE RELEASE\n\n# Hue to host heritage festival\n\n';

export const enDateFormat: Rule = {
  meta: {
    id: 'en-date-format',
    group: 'profile',
    severity: 'warn',
    fixable: true,
    docs: {
      summary: { vi: 'Thông cáo tiếng Anh viết ngày theo lối AP: "Sept. 15", "March 8"', en: 'An English release writes dates in AP style: "Sept. 15", "March 8"' },
      rationale: {
        vi: 'Theo AP Stylebook, tháng đi với một ngày cụ thể được viết tắt Jan., Feb., Aug., Sept., Oct., Nov., Dec., còn March, April, May, June, July viết đủ; tháng đứng trước ngày, ngày không có "st", "nd", "rd", "th" ("Sept. 15", không viết "September 15", "Sep. 15", "15 September" hay "Sept. 15th"). Tháng đi với năm hoặc đứng một mình viết đủ ("September 2026"). Báo chí nước ngoài biên tập theo lối này; thông cáo viết khác cho thấy chưa được biên tập. Quy tắc xét phần nội dung, không xét dòng dateline (quy tắc en-dateline-format xét dòng đó). Sửa tự động sang dạng AP. Ngày viết bằng số ("11/05/2026") bị báo mà không tự sửa: độc giả Mỹ đọc tháng trước, độc giả Việt Nam đọc ngày trước, chỉ người viết biết ngày nào.',
        en: 'Per the AP Stylebook, a month with a specific date is abbreviated Jan., Feb., Aug., Sept., Oct., Nov., Dec., and March, April, May, June and July are spelled out; the month comes before the day, and the day takes no "st", "nd", "rd" or "th" ("Sept. 15", not "September 15", "Sep. 15", "15 September" or "Sept. 15th"). A month alone or with a year only is spelled out ("September 2026"). Newsrooms edit to this style; a release written otherwise reads as unedited. The rule reads the body, not the dateline (en-dateline-format checks that). The fix rewrites the date in AP form. A date in figures ("11/05/2026") is reported without a fix: American readers read the month first and Vietnamese readers the day, and only the writer knows which was meant.',
      },
    },
    messages: {
      numericDate: {
        vi: 'Ngày "{written}" viết bằng số: độc giả Mỹ đọc tháng trước, độc giả Việt Nam đọc ngày trước. Viết tên tháng theo lối AP, ví dụ "{example}".',
        en: 'The date "{written}" is written in figures, which American readers read month first and Vietnamese readers day first: write the month in words, AP-style, e.g. "{example}".',
      },
      apDate: {
        vi: 'Ngày "{written}" chưa theo lối AP: viết "{expected}".',
        en: 'The date "{written}" is not in AP style: write "{expected}".',
      },
    },
    defaults: {},
    examples: {
      valid: [
        {
          title: { vi: 'Ngày theo lối AP; tháng đi với năm viết đủ', en: 'AP dates; a month with a year spelled out' },
          profile: 'en-press-release',
          text: `${HEADER}HUE — Sept. 8, 2026 — The festival runs from Sept. 15 to Oct. 2, with a preview on March 8 and May 30. The city opened its first heritage trail in September 2024; registrations close Dec. 1.\n`,
        },
      ],
      invalid: [
        {
          title: { vi: 'Tháng viết đủ, viết tắt sai, ngày có đuôi thứ tự, ngày đứng trước tháng', en: 'A month spelled out, a wrong abbreviation, an ordinal day, the day before the month' },
          profile: 'en-press-release',
          text: `${HEADER}HUE — Sept. 8, 2026 — The festival runs from September 15 to Oct 2nd, with a preview on 8 March and a closing gala on Sep. 30.\n\nThe trail opened on 2 September 2024.\n\nTickets are on sale until 11/05/2026 under Decision No. 12/2026/QD-UBND.\n`,
          expect: [
            { messageId: 'apDate', line: 5 },
            { messageId: 'apDate', line: 5 },
            { messageId: 'apDate', line: 5 },
            { messageId: 'apDate', line: 5 },
            { messageId: 'apDate', line: 7 },
            { messageId: 'numericDate', line: 9 },
          ],
          output: `${HEADER}HUE — Sept. 8, 2026 — The festival runs from Sept. 15 to Oct. 2, with a preview on March 8 and a closing gala on Sept. 30.\n\nThe trail opened on Sept. 2, 2024.\n\nTickets are on sale until 11/05/2026 under Decision No. 12/2026/QD-UBND.\n`,
        },
      ],
    },
  },
  check({ doc, profile, report }) {
    if (profile.language !== 'en') return;
    for (const { block } of proseBlocks(doc)) {
      const { plain } = block;
      const text = plain.text;
      // The dateline's date is en-dateline-format's.
      const dateline = block === doc.lead ? parseApDateline(text) : undefined;
      const from = dateline?.date ? dateline.date.rest.end : 0;
      for (const match of text.matchAll(NUMERIC_DATE)) {
        const [written, first, second, year] = match as unknown as [string, string, string, string];
        const [day, month] = [Number(first), Number(second)];
        // Day first, as a Vietnamese writer means it; no fix, as the writer alone knows which was meant.
        if (match.index < from || (block === doc.lead && isInDateline(text, match.index)) || day < 1 || day > 31 || month < 1 || month > 12) continue;
        const example = apDate({ year: Number(year), month, day });
        report({ messageId: 'numericDate', data: { written, example }, ...plain.span(match.index, match.index + written.length) });
      }
      for (const pattern of [MONTH_DAY, DAY_MONTH]) {
        for (const match of text.matchAll(pattern)) {
          if (match.index < from) continue;
          const { month, day, ordinal, year } = match.groups!;
          const apMonth = apMonthName(month!)!;
          const expected = `${apMonth} ${Number(day)}${year === undefined ? '' : `, ${year}`}`;
          if (pattern === MONTH_DAY && month === apMonth && ordinal === undefined) continue;
          const range = { start: match.index, end: match.index + match[0].length };
          const fix = plain.isExact(range.start, range.end) ? { fix: { ...plain.span(range.start, range.end), text: expected } } : {};
          report({ messageId: 'apDate', data: { written: match[0], expected }, ...plain.span(range.start, range.end), ...fix });
        }
      }
    }
  },
};

import type { Block, DateStyle, Span } from '../model/types';
import type { Problem, Rule } from '../types';
import { proseBlocks } from '../model/prose';
import { ANY_LEAP_YEAR, findDates, isDigit, isPlaceDateLine, PLACE_DATE_LINE, SHORT_PLACE_DATE_LINE, type DateMatch } from '../model/dateline';
import { dominantForm } from '../lang/majority';
import { daysInMonth, nearestOccurrence, type IsoDate } from '../calendar';
import { publicationDate } from './helpers';

type ShortStyle = Exclude<DateStyle, 'words'>;

/** A short date found in the prose, with the parts needed to rewrite it. */
interface ShortDate {
  block: Block;
  match: DateMatch;
  /** As written in the plain text: `14/4`, `01/03/2024`, `17 – 9`, `29-31/5`. */
  text: string;
  /** The parts of a single date (none for a span or list such as `29-31/5`). */
  parts: DateParts | undefined;
  /** Its days and months below 10, whose zero-padding is compared. */
  numbers: WrittenNumber[];
}

/** A day or month below 10 as written, at `[start, end)` of its date's text. */
interface WrittenNumber {
  field: PaddingField;
  padded: boolean;
  start: number;
  end: number;
}

interface DateParts {
  day: string;
  month: string;
  year?: string;
}

/** Padding of a day below 10 and of a month below 10 are judged apart; months 1–2 apart from 3–9 (Nghị định 30 pads only those). */
type PaddingField = 'day' | 'earlyMonth' | 'month';

/** The shape of a date's day and month: `14/4`, `14-4`, `14.4`, `17 – 9`, `5 tháng 3` (not `4.652`, a thousands group). */
const DATE_SHAPE = /\d{1,2}(?:\/|\.(?!\d{3})|\s*[-–]\s*)\d{1,2}(?!\d)|\d{1,2}\s+tháng\s+\d/gu;
/**
 * Dates are parsed in windows around their digits, not across whole
 * paragraphs: enough text before for `Sáng thứ Hai, ngày`, `Trong 2 ngày 22
 * và`, `Từ ngày 12 đến ngày`, and after for a closing parenthesis.
 */
const WINDOW_BEFORE = 60;
const WINDOW_AFTER = 30;
const SINGLE_DATE = /^(\d{1,2})\s*[/.\-–]\s*(\d{1,2})(?:\s*[/.\-–]\s*(\d{4}))?$/u;
/**
 * Holidays and anniversaries, whose dates Phụ lục II and Nghị định 145/2013
 * write with hyphens as part of the name: `ngày Quốc khánh 2-9-1945`,
 * `Ngày Giải phóng miền Nam (30-4-1975)`, `kỷ niệm … (19-8-1945 – 19-8-2025)`.
 */
const HOLIDAY_CONTEXT = /k[ỷỉ]\s+niệm|[Nn]gày\s+\p{Lu}|[Qq]uốc\s+khánh|[Cc]hiến\s+thắng|[Tt]ết\s+\p{Lu}|[Cc]ách\s+mạng|[Gg]iải\s+phóng|[Tt]hành\s+lập|[Tt]ruyền\s+thống/u;
/** The word right before the date makes it a date of the calendar, not a holiday's (`ngày 30-4`, `sáng 2-9`). */
const DATE_WORD_BEFORE =
  /(?:^|[^\p{L}])(?:ngày|mùng|mồng|sáng|chiều|tối|trưa|đêm|khuya|đến|tới|từ|và|hôm\s+(?:nay|qua)|thứ\s+(?:hai|ba|tư|năm|sáu|bảy|bẩy|[2-7])|chủ\s+nhật)\s*[,(]?\s*$/iu;
const HOLIDAY_LOOKBEHIND = 80;
/** Long enough for `hôm nay (`, `thứ Bảy, ` before a date. */
const DATE_WORD_LOOKBEHIND = 16;
const WEEKDAY_NAME = String.raw`(thứ\s+(?:hai|ba|tư|năm|sáu|bảy|bẩy|[2-7])|chủ\s+nhật)`;
/** `thứ Sáu, ngày 14/4/2022`, `Thứ Hai (23/5/2022)`, `thứ 6 14/4/2022`. */
const WEEKDAY_BEFORE = new RegExp(String.raw`${WEEKDAY_NAME}\s*[,(]?\s*(?:ngày\s+)?$`, 'iu');
/** `14/4/2022 (thứ Năm)`. */
const WEEKDAY_AFTER = new RegExp(String.raw`\s*\(\s*${WEEKDAY_NAME}\s*\)`, 'iuy');
const WEEKDAY_LOOKBEHIND = 30;
/** Index = `Date.getUTCDay()`. */
const WEEKDAY_WORDS = ['Chủ nhật', 'Hai', 'Ba', 'Tư', 'Năm', 'Sáu', 'Bảy'] as const;
const WEEKDAYS_EN = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;
const WEEKDAY_NUMBERS: Record<string, number> = { hai: 1, ba: 2, tư: 3, năm: 4, sáu: 5, bảy: 6, bẩy: 6 };
const SENTENCE_OPENING = /(?:^|[.!?…:]\s*|\n\s*)$/u;
const DIGIT = /\d/u;
const SPACES = /\s+/u;
/** A spaced dash or an en dash: how a span of days is written (`10 - 12`, `10–12`). */
const SPAN_DASH = /\s|–/u;

/** The style a date is rewritten to: its separators replaced, its digits kept. */
function restyled(parts: DateParts, style: ShortStyle): string {
  return [parts.day, parts.month, parts.year].filter((part) => part !== undefined).join(style);
}

/** The last date of a span or list, standing alone after a space: `9 đến ngày 12-3-2026`, not `29-31/5` (a dash joins its days). */
function spanEndPattern(separator: string): RegExp {
  return new RegExp(String.raw`(?<=^|\s)(\d{1,2})${separator}(\d{1,2})(?:${separator}(\d{4}))?$`, 'u');
}
const SPAN_END: Record<ShortStyle, RegExp> = {
  '/': spanEndPattern(String.raw`\/`),
  '-': spanEndPattern('-'),
  '.': spanEndPattern(String.raw`\.`),
};

/** A span written in `style` with its last date in `to` (`9 đến ngày 12/3/2026`); undefined when its last date is not alone. */
function restyledSpan(text: string, style: ShortStyle, to: ShortStyle): string | undefined {
  const end = SPAN_END[style].exec(text);
  return end ? text.slice(0, end.index) + restyled({ day: end[1]!, month: end[2]!, year: end[3] }, to) : undefined;
}

function isShortStyle(style: DateStyle): style is ShortStyle {
  return style !== 'words';
}

/** A holiday's or anniversary's date, not introduced by a word such as `ngày`: neither counted nor reported. */
function isHolidayDate(text: string, match: DateMatch): boolean {
  const before = text.slice(Math.max(0, match.start - HOLIDAY_LOOKBEHIND), match.start);
  // Most dates follow `ngày`: the shorter test first.
  return !DATE_WORD_BEFORE.test(before.slice(-DATE_WORD_LOOKBEHIND)) && HOLIDAY_CONTEXT.test(before);
}

/** Days, each with its month when it has one (`06 đến ngày 08/6/2026`: `06`, then `08/6`), for one separator. */
function datePartsPattern(separator: string): RegExp {
  return new RegExp(String.raw`(\d{1,2})(?!\d)(?:${separator}(\d{1,2})(?!\d)(?:${separator}\d{4})?)?`, 'dgu');
}
const DATE_PARTS: Record<ShortStyle, RegExp> = {
  '/': datePartsPattern(String.raw`\/`),
  '.': datePartsPattern(String.raw`\.`),
  '-': datePartsPattern(String.raw`\s*[-–]\s*`),
};

/**
 * The days and months below 10 of a date as written: of a single date, of
 * each date of a span (`05/6/2026 đến ngày 11/6/2026`) and each day of a list
 * (`06 đến ngày 08/6`). A hyphenated span (`22-23-7`) is left out: its
 * hyphen both joins the days and parts day from month.
 */
function writtenNumbers(text: string, match: DateMatch): WrittenNumber[] {
  if (!isShortStyle(match.style) || (match.endDate && match.style === '-')) return [];
  const numbers: WrittenNumber[] = [];
  const pattern = DATE_PARTS[match.style];
  pattern.lastIndex = 0;
  for (let date = pattern.exec(text); date; date = pattern.exec(text)) {
    const [dayStart, dayEnd] = date.indices![1]!;
    if (Number(date[1]) < 10) numbers.push({ field: 'day', padded: date[1]!.length === 2, start: dayStart, end: dayEnd });
    if (date[2] === undefined || Number(date[2]) >= 10) continue;
    const [monthStart, monthEnd] = date.indices![2]!;
    numbers.push({ field: Number(date[2]) <= 2 ? 'earlyMonth' : 'month', padded: date[2].length === 2, start: monthStart, end: monthEnd });
  }
  return numbers;
}

function padded(value: string, pad: boolean): string {
  return pad ? value.padStart(2, '0') : String(Number(value));
}

/**
 * The weekday as the writer would write it: `thứ Năm` (`Thứ Năm` opening a
 * sentence, `THỨ NĂM` in capitals, `thứ 5` for `thứ 6`), `Chủ nhật`.
 */
function weekdayLike(written: string, weekday: number, opensSentence: boolean): string {
  const numeric = DIGIT.test(written);
  const word = weekday === 0 ? WEEKDAY_WORDS[0] : numeric ? `thứ ${weekday + 1}` : `thứ ${WEEKDAY_WORDS[weekday]}`;
  if (written === written.toUpperCase() && !numeric) return word.toUpperCase();
  return opensSentence ? word[0]!.toUpperCase() + word.slice(1) : word;
}

function writtenWeekday(written: string): number {
  const [first, second] = written.toLowerCase().split(SPACES);
  if (first === 'chủ') return 0;
  return DIGIT.test(second!) ? Number(second) - 1 : WEEKDAY_NUMBERS[second!]!;
}

/** A weekday written next to the date: before it (`thứ Sáu, ngày 14/4/2022`) or after it in parentheses. */
function weekdayNear(text: string, match: DateMatch): { start: number; end: number; text: string } | undefined {
  const from = Math.max(0, match.start - WEEKDAY_LOOKBEHIND);
  const before = WEEKDAY_BEFORE.exec(text.slice(from, match.start));
  if (before) return { start: from + before.index, end: from + before.index + before[1]!.length, text: before[1]! };
  WEEKDAY_AFTER.lastIndex = match.end;
  const after = WEEKDAY_AFTER.exec(text);
  if (!after) return undefined;
  const start = after.index + after[0].indexOf(after[1]!);
  return { start, end: start + after[1]!.length, text: after[1]! };
}

export const dateFormat: Rule = {
  meta: {
    id: 'date-format',
    group: 'language',
    severity: 'warn',
    fixable: true,
    docs: {
      summary: {
        vi: 'Ngày tháng viết thống nhất một kiểu, đúng thứ trong tuần',
        en: 'Dates written one way, with the right weekday',
      },
      rationale: {
        vi: 'Ngày viết tắt có thể là "14/4", "14-4" hoặc "14.4", nhưng một bài chỉ dùng một kiểu (Quyết định 1989/QĐ-BGDĐT, Điều 10), kể cả ngày của văn bản được trích dẫn ("ngày 30/11/2018"); số 0 đầu ngày, tháng cũng viết thống nhất ("01/3/2024" hay "01/03/2024", không lẫn cả hai), trừ số 0 đầu ngày của văn bản được dẫn ngay sau số, ký hiệu, ghi theo Nghị định 30 ("Nghị định số 58/2025/NĐ-CP ngày 03/3/2025"). Khi số ngày có số 0 và không có số 0 bằng nhau, ngày không có số 0 bị báo, vì Nghị định 30 viết có số 0. Tên ngày lễ giữ dấu gạch ngang theo Nghị định 30/2020 (Phụ lục II): "ngày Quốc khánh 2-9", "(30-4-1975)" không bị tính. Thứ trong tuần phải khớp với ngày: "thứ Sáu, ngày 14/4/2022" là sai vì hôm đó là thứ Năm; ngày không ghi năm ("thứ Bảy (17/4)") được hiểu là ngày đó gần ngày đăng nhất. Với thông cáo báo chí, dòng "Đồng Tháp, ngày 05 tháng 3 năm 2022" viết theo Nghị định 30: ngày dưới 10 và tháng 1, 2 có số 0 phía trước. Cấu hình "dateStyle" ("/", "-", ".") buộc mọi ngày theo một kiểu. Sửa tự động đổi dấu phân cách hoặc số 0 khi kiểu cần dùng đã rõ (theo cấu hình, hoặc được dùng nhiều hơn hẳn), sửa thứ (của ngày có ghi năm) và dòng địa danh, ngày tháng.',
        en: 'A short date may be "14/4", "14-4" or "14.4", but one text uses one style (Decision 1989/QĐ-BGDĐT, Art. 10), dates of cited documents ("ngày 30/11/2018") included; zero-padding is consistent too ("01/3/2024" or "01/03/2024", not both), except for the day of a cited document\'s date right after its number and symbol, padded as Decree 30 pads it ("Nghị định số 58/2025/NĐ-CP ngày 03/3/2025"). When as many dates are padded as not, the unpadded ones are reported, as Decree 30 pads. Holiday names keep their hyphen date per Decree 30/2020 (Appendix II) and are not counted: "ngày Quốc khánh 2-9", "(30-4-1975)". The weekday must match the date: "thứ Sáu, ngày 14/4/2022" is wrong, that day was a Thursday; a date without its year ("thứ Bảy (17/4)") is read as its occurrence nearest to the publication date. In a formal press release the line "Đồng Tháp, ngày 05 tháng 3 năm 2022" follows Decree 30: days below 10 and the months 1 and 2 are zero-padded. The "dateStyle" setting ("/", "-", ".") forces one style. The fix rewrites separators or leading zeros when the style to use is clear (configured, or used clearly more often), and corrects weekdays (of dates written with their year) and the place-date line.',
      },
    },
    messages: {
      mixedStyle: {
        vi: 'Ngày "{date}" dùng dấu "{style}", trong khi các ngày khác trong bài chủ yếu dùng dấu "{expected}": viết "{suggestion}".',
        en: 'Date "{date}" uses "{style}" while the other dates of the text mostly use "{expected}": write "{suggestion}".',
      },
      mixedStyleTied: {
        vi: 'Ngày "{date}" dùng dấu "{style}", còn "{other}" dùng dấu "{expected}": chọn một kiểu cho cả bài.',
        en: 'Date "{date}" uses "{style}" while "{other}" uses "{expected}": choose one style for the whole text.',
      },
      styleOrSpan: {
        vi: 'Ngày "{date}" dùng dấu "{style}" thay cho "{expected}", nhưng cũng đọc được là khoảng ngày: nếu là ngày {first} tháng {second}, viết "{suggestion}"; nếu là khoảng ngày, ghi thêm tháng, ví dụ "{first} - {second}/…".',
        en: 'Date "{date}" uses "{style}" instead of "{expected}", but it also reads as a span of days: if it is day {first} of month {second}, write "{suggestion}"; if it is a span, add its month, e.g. "{first} - {second}/…".',
      },
      styleInSpan: {
        vi: 'Các ngày "{date}" dùng dấu "{style}", trong khi cần dùng dấu "{expected}": viết lại các ngày này với dấu "{expected}".',
        en: 'The dates "{date}" use "{style}" where "{expected}" is needed: rewrite them with "{expected}".',
      },
      configuredStyle: {
        vi: 'Ngày "{date}" phải dùng dấu "{expected}" theo cấu hình "dateStyle": "{suggestion}".',
        en: 'Date "{date}" must use "{expected}" per the "dateStyle" setting: "{suggestion}".',
      },
      paddingMixed: {
        vi: 'Ngày "{date}" viết số 0 ở đầu khác với "{other}": viết thống nhất, ví dụ "{suggestion}".',
        en: 'Date "{date}" is zero-padded differently from "{other}": write them alike, e.g. "{suggestion}".',
      },
      weekdayMismatch: {
        vi: 'Ngày {date} là {weekday}, không phải "{written}": sửa thành "{weekday}".',
        en: '{date} was a {weekdayEn}, not "{written}": write "{weekday}".',
      },
      impossibleDate: {
        vi: 'Không có ngày "{date}": tháng {month}{yearText} chỉ có {days} ngày. Kiểm tra lại ngày.',
        en: 'There is no day "{date}": month {month}{yearTextEn} has only {days} days. Check the date.',
      },
      placeDateForm: {
        vi: 'Dòng địa danh, ngày tháng viết theo Nghị định 30/2020: "{expected}" (có chữ "tháng", "năm"; ngày dưới 10 và tháng 1, 2 có số 0 phía trước).',
        en: 'Write the place-date line as Decree 30/2020 does: "{expected}" (with "tháng" and "năm"; days below 10 and the months 1 and 2 zero-padded).',
      },
    },
    defaults: {},
    examples: {
      valid: [
        {
          title: { vi: 'Ngày của văn bản được dẫn giữ cách ghi của văn bản', en: 'A cited document\'s date kept as the document writes it' },
          text: '# Điện mặt trời mái nhà cho hợp tác xã\n\nNgày 9/10, hệ thống điện mặt trời mái nhà được đưa vào vận hành theo Nghị định số 58/2025/NĐ-CP ngày 03/3/2025 của Chính phủ; dự kiến ngày 5/11 hoàn thành giai đoạn 2.\n',
        },
        {
          title: { vi: 'Một kiểu trong cả bài, kể cả ngày văn bản', en: 'One style throughout, document dates included' },
          text: '# Trao quyết định bổ nhiệm Phó Giám đốc Sở\n\nSáng 14/4, Sở Nội vụ công bố Quyết định số 3888/QĐ-UBND ngày 30/11/2018 của UBND tỉnh. Quyết định có hiệu lực từ ngày 15/4/2026.\n',
        },
        {
          title: { vi: 'Kiểu gạch ngang; ngày của sự kiện lịch sử không tính', en: 'Hyphen style; dates of historic events not counted' },
          text: '# Gặp mặt kỷ niệm 80 năm Cách mạng tháng Tám và Quốc khánh\n\n(ĐTO) Ngày 28-8, Tỉnh ủy gặp mặt cán bộ lão thành nhân kỷ niệm 80 năm Cách mạng tháng Tám (19/8/1945 - 19/8/2025) và ngày Quốc khánh 2-9. Triển lãm ảnh mở cửa đến ngày 5-9.\n',
        },
        {
          title: { vi: 'Thứ đúng với ngày', en: 'The weekday matches the date' },
          text: '# Khai mạc Kỳ họp thứ ba\n\nThứ Hai, ngày 23/5/2022, Quốc hội khai mạc phiên họp; phiên bế mạc dự kiến vào ngày 17/6/2022 (thứ Sáu).\n',
        },
      ],
      invalid: [
        {
          title: { vi: 'Ngày không có trong lịch', en: 'A day the calendar does not have' },
          text: '# Tập huấn chống khai thác hải sản bất hợp pháp\n\nĐợt cao điểm tuần tra diễn ra từ ngày 1/4 đến ngày 31/4/2026; báo cáo gửi về Sở trước ngày 29/2/2026.\n',
          expect: [
            { messageId: 'impossibleDate', line: 3 },
            { messageId: 'impossibleDate', line: 3 },
          ],
        },
        {
          title: { vi: 'Khoảng ngày khác kiểu "dateStyle" trong cấu hình', en: 'A span of dates in another style than the "dateStyle" setting' },
          settings: { dateStyle: '/' },
          text: '# Tuần tra bảo vệ rừng\n\nTừ ngày 9 đến ngày 12-3-2026, Chi cục Kiểm lâm tổ chức tuần tra bảo vệ rừng khộp.\n',
          expect: [{ messageId: 'configuredStyle', line: 3 }],
          output: '# Tuần tra bảo vệ rừng\n\nTừ ngày 9 đến ngày 12/3/2026, Chi cục Kiểm lâm tổ chức tuần tra bảo vệ rừng khộp.\n',
        },
        {
          title: { vi: 'Hai kiểu ngày trong một bài', en: 'Two date styles in one text' },
          text: '# Hội nghị sơ kết quý I\n\nSáng 14/4, Sở Khoa học và Công nghệ tổ chức hội nghị sơ kết quý I theo Kế hoạch số 45/KH-SKHCN ngày 10/01/2026. Các đơn vị gửi báo cáo trước ngày 20-4.\n',
          expect: [{ messageId: 'mixedStyle', line: 3 }],
          output: '# Hội nghị sơ kết quý I\n\nSáng 14/4, Sở Khoa học và Công nghệ tổ chức hội nghị sơ kết quý I theo Kế hoạch số 45/KH-SKHCN ngày 10/01/2026. Các đơn vị gửi báo cáo trước ngày 20/4.\n',
        },
        {
          title: { vi: 'Gạch ngang có cách giữa hai số: ngày hay khoảng ngày', en: 'A spaced dash between two numbers: a date or a span of days' },
          text: '# Hội chợ nông sản năm 2026\n\nSáng 18/10/2026, Sở Công Thương khai mạc hội chợ nông sản tại phường Pleiku, kéo dài đến ngày 22/10/2026. Các phiên giao thương diễn ra vào ngày 10 - 12 hằng tháng.\n',
          // "10 - 12" may be the 10th to the 12th: reported, not rewritten to "10/12".
          expect: [{ messageId: 'styleOrSpan', line: 3 }],
        },
        {
          title: { vi: 'Gạch ngang có cách giữa ngày và tháng', en: 'A spaced dash between day and month' },
          text: '# Hội chợ nông sản năm 2026\n\nSáng 18/10/2026, Sở Công Thương khai mạc hội chợ nông sản tại phường Pleiku, kéo dài đến ngày 22/10/2026. Trước đó, ngày 17 - 9, đoàn công tác đã khảo sát địa điểm.\n',
          expect: [{ messageId: 'mixedStyle', line: 3 }],
          output: '# Hội chợ nông sản năm 2026\n\nSáng 18/10/2026, Sở Công Thương khai mạc hội chợ nông sản tại phường Pleiku, kéo dài đến ngày 22/10/2026. Trước đó, ngày 17/9, đoàn công tác đã khảo sát địa điểm.\n',
        },
        {
          title: { vi: 'Thứ không khớp với ngày', en: 'A weekday that does not match the date' },
          text: '# Hội nghị giao ban báo chí\n\nSáng thứ Sáu, ngày 14/4/2022, Ban Tuyên giáo Tỉnh ủy tổ chức hội nghị giao ban báo chí định kỳ.\n',
          expect: [{ messageId: 'weekdayMismatch', line: 3 }],
          output: '# Hội nghị giao ban báo chí\n\nSáng thứ Năm, ngày 14/4/2022, Ban Tuyên giáo Tỉnh ủy tổ chức hội nghị giao ban báo chí định kỳ.\n',
        },
        {
          title: { vi: 'Thứ không khớp với ngày không ghi năm, gần ngày đăng', en: 'A weekday that does not match a date without its year, near publication' },
          text: '---\ntitle: Khai mạc Ngày hội Văn hóa, Thể thao các dân tộc tỉnh\ndate: 2026-04-18\n---\n\n# Khai mạc Ngày hội Văn hóa, Thể thao các dân tộc tỉnh\n\nTối thứ Bảy (17/4), tại Quảng trường Nguyễn Tất Thành, Sở Văn hóa, Thể thao và Du lịch khai mạc Ngày hội Văn hóa, Thể thao các dân tộc tỉnh lần thứ I.\n',
          expect: [{ messageId: 'weekdayMismatch', line: 8 }],
        },
        {
          title: { vi: 'Số 0 ở đầu tháng viết hai cách', en: 'Month zero-padding written two ways' },
          text: '# Công bố chỉ số cải cách hành chính\n\nNgày 01/3/2024, UBND tỉnh công bố chỉ số cải cách hành chính năm 2023; kết quả được gửi các sở, ngành trước ngày 05/3/2024 và đăng trên Cổng thông tin điện tử ngày 01/03/2024.\n',
          expect: [{ messageId: 'paddingMixed', line: 3 }],
          output: '# Công bố chỉ số cải cách hành chính\n\nNgày 01/3/2024, UBND tỉnh công bố chỉ số cải cách hành chính năm 2023; kết quả được gửi các sở, ngành trước ngày 05/3/2024 và đăng trên Cổng thông tin điện tử ngày 01/3/2024.\n',
        },
        {
          title: { vi: 'Số 0 ở đầu ngày viết khác nhau trong khoảng ngày và ngày đơn', en: 'Day zero-padding differing between a span and a single date' },
          text: '# Tuần Văn hóa – Du lịch năm 2026\n\nTuần Văn hóa – Du lịch diễn ra từ ngày 05/6/2026 đến ngày 11/6/2026. Lễ khai mạc diễn ra vào 20 giờ ngày 5/6/2026 tại Quảng trường trung tâm.\n',
          // One padded day, one not: no form is clearly the text's, so there is no fix.
          expect: [{ messageId: 'paddingMixed', line: 3 }],
        },
        {
          title: { vi: 'Dòng địa danh, ngày tháng của thông cáo chưa theo Nghị định 30', en: 'A press-release place-date line not in the Decree 30 form' },
          profile: 'vn-press-release',
          text: '# Kết quả Kỳ thi tốt nghiệp trung học phổ thông năm 2026\n\n*Đồng Tháp, ngày 5 tháng 02 năm 2026*\n\nSở Giáo dục và Đào tạo thông báo kết quả kỳ thi./.\n',
          expect: [{ messageId: 'placeDateForm', line: 3 }],
          output: '# Kết quả Kỳ thi tốt nghiệp trung học phổ thông năm 2026\n\n*Đồng Tháp, ngày 05 tháng 02 năm 2026*\n\nSở Giáo dục và Đào tạo thông báo kết quả kỳ thi./.\n',
        },
        {
          title: { vi: 'Dòng địa danh, ngày tháng gõ bằng ngày viết tắt', en: 'A place-date line typed with a short date' },
          profile: 'vn-press-release',
          text: '# Hội nghị xúc tiến đầu tư năm 2026\n\n*Đồng Nai, ngày 8/9/2026*\n\nNgày 08/9/2026, UBND tỉnh tổ chức hội nghị xúc tiến đầu tư./.\n',
          expect: [{ messageId: 'placeDateForm', line: 3 }],
          output: '# Hội nghị xúc tiến đầu tư năm 2026\n\n*Đồng Nai, ngày 08 tháng 9 năm 2026*\n\nNgày 08/9/2026, UBND tỉnh tổ chức hội nghị xúc tiến đầu tư./.\n',
        },
      ],
    },
  },
  check({ doc, profile, settings, report }) {
    if (profile.language !== 'vi') return;
    const published = publicationDate(doc);
    const dates: ShortDate[] = [];
    for (const { block } of proseBlocks(doc)) {
      const text = block.plain.text;
      const windows = dateWindows(text);
      if (windows.length === 0) continue;
      if (profile.id === 'vn-press-release') checkPlaceDateLines(block, report);
      // A place-date line follows Nghị định 30 (checked above), not the article's short-date style.
      const placeDateLine = isPlaceDateLine(text);
      checkImpossibleDates(block, report);
      for (const window of windows) {
        for (const match of datesIn(text, window)) {
          checkWeekday(block, match, published, report);
          if (isShortStyle(match.style) && !placeDateLine && !isHolidayDate(text, match)) dates.push(shortDate(block, match));
        }
      }
    }
    checkStyles(dates, settings.dateStyle, report);
    // A cited document's day is padded as Nghị định 30 pads it (`Nghị định số 58/2025/NĐ-CP ngày 03/3/2025`); its month still counts.
    checkPadding(
      dates.map((date) => (isCitedDocumentDate(date.block.plain.text, date.match) ? { ...date, numbers: date.numbers.filter((number) => number.field !== 'day') } : date)),
      report,
    );
  },
};

/** A document's number and symbol, then `ngày`, right before a date: `số 58/2025/NĐ-CP ngày`, `69-QĐ/TW ngày`. */
const CITED_DOCUMENT_BEFORE = /\d+[\p{L}\p{N}/.-]*\/[\p{L}\p{N}&.-]*\p{Lu}[\p{L}\p{N}&.-]*\s*,?\s*ngày\s+$/u;
const CITATION_LOOKBEHIND = 48;

function isCitedDocumentDate(text: string, match: DateMatch): boolean {
  return CITED_DOCUMENT_BEFORE.test(text.slice(Math.max(0, match.start - CITATION_LOOKBEHIND), match.start));
}

/** Ranges of the text around its date-shaped digits, merged where they overlap; each starts at a word. */
function dateWindows(text: string): Span[] {
  const windows: Span[] = [];
  // `exec` in a loop: `matchAll` would copy the pattern for every block.
  DATE_SHAPE.lastIndex = 0;
  for (let shape = DATE_SHAPE.exec(text); shape; shape = DATE_SHAPE.exec(text)) {
    if (shape.index > 0 && isDigit(text.charCodeAt(shape.index - 1))) continue;
    const end = Math.min(text.length, shape.index + shape[0].length + WINDOW_AFTER);
    const last = windows[windows.length - 1];
    if (last && shape.index - WINDOW_BEFORE <= last.end) {
      last.end = end;
      continue;
    }
    const start = Math.max(0, shape.index - WINDOW_BEFORE);
    windows.push({ start: start === 0 ? 0 : text.indexOf(' ', start) + 1, end });
  }
  return windows;
}

/** The dates of a window, with offsets into the whole text. */
function datesIn(text: string, window: Span): DateMatch[] {
  const dates = findDates(text.slice(window.start, window.end));
  // The matches are new objects, this function's own: shifted in place.
  for (const match of dates) {
    match.start += window.start;
    match.end += window.start;
  }
  return dates;
}

function shortDate(block: Block, match: DateMatch): ShortDate {
  const written = block.plain.text.slice(match.start, match.end);
  const single = match.endDate ? null : SINGLE_DATE.exec(written);
  const parts = single ? { day: single[1]!, month: single[2]!, year: single[3] } : undefined;
  return { block, match, text: written, parts, numbers: writtenNumbers(written, match) };
}

/**
 * `ngày 10 - 12`: a spaced or en dash between a smaller and a larger number
 * also writes a span of days (the 10th to the 12th), so which separator it
 * needs is the writer's call. `17 – 9` cannot be a span.
 */
function mayBeDaySpan(date: ShortDate): boolean {
  const { day, month, year } = date.parts!;
  return year === undefined && SPAN_DASH.test(date.text) && Number(day) < Number(month);
}

/** A fix that rewrites a date in place, when its source maps one-to-one. */
function rewrite(date: ShortDate, text: string): Pick<Problem, 'fix'> {
  const { block, match } = date;
  return block.plain.isExact(match.start, match.end) ? { fix: { ...block.plain.span(match.start, match.end), text } } : {};
}

function checkStyles(dates: readonly ShortDate[], configured: 'consistent' | ShortStyle, report: (problem: Problem) => void): void {
  // Most texts write every date one way: nothing to count.
  if (configured === 'consistent' && dates.every((date) => date.match.style === dates[0]!.match.style)) return;
  const styles = dates.map((date) => date.match.style as ShortStyle);
  const main = configured === 'consistent' ? dominantForm(styles) : { form: configured, clear: true };
  if (!main) return;
  const example = dates[styles.indexOf(main.form)];
  dates.forEach((date, index) => {
    const style = styles[index]!;
    if (style === main.form) return;
    const span = date.block.plain.span(date.match.start, date.match.end);
    const data = { date: date.text, style, expected: main.form };
    if (!main.clear) {
      report({ messageId: 'mixedStyleTied', data: { ...data, other: example!.text }, ...span });
      return;
    }
    const suggestion = date.parts ? restyled(date.parts, main.form) : restyledSpan(date.text, style, main.form);
    if (suggestion === undefined) {
      report({ messageId: 'styleInSpan', data, ...span });
      return;
    }
    if (date.parts && mayBeDaySpan(date)) {
      report({ messageId: 'styleOrSpan', data: { ...data, suggestion, first: date.parts.day, second: date.parts.month }, ...span });
      return;
    }
    const fix = rewrite(date, suggestion);
    report({ messageId: configured === 'consistent' ? 'mixedStyle' : 'configuredStyle', data: { ...data, suggestion }, ...span, ...fix });
  });
}

/** Zero-padding per field (day, month 1–2, month 3–9): the less used way is reported, fixed when the other is clearly more used. */
function checkPadding(dates: readonly ShortDate[], report: (problem: Problem) => void): void {
  const fields = new Map<PaddingField, Array<{ date: ShortDate; padded: boolean }>>();
  for (const date of dates) {
    for (const { field, padded } of date.numbers) {
      const list = fields.get(field) ?? [];
      list.push({ date, padded });
      fields.set(field, list);
    }
  }
  const expected = new Map<PaddingField, { padded: boolean; clear: boolean; example: ShortDate }>();
  for (const [field, list] of fields) {
    if (list.every((entry) => entry.padded === list[0]!.padded)) continue;
    const main = dominantForm(list.map((entry) => entry.padded))!;
    // A tie goes to the padded form, Nghị định 30's: the unpadded dates are the ones reported.
    const padded = main.clear ? main.form : true;
    expected.set(field, { padded, clear: main.clear, example: list.find((entry) => entry.padded === padded)!.date });
  }
  if (expected.size === 0) return;
  for (const date of dates) {
    const wrong = date.numbers.filter(({ field, padded }) => expected.has(field) && expected.get(field)!.padded !== padded);
    if (wrong.length === 0) continue;
    const rules = wrong.map(({ field }) => expected.get(field)!);
    // Rewritten from the last number back, so that earlier offsets still hold.
    const suggestion = wrong.reduceRight(
      (text, number, index) => text.slice(0, number.start) + padded(text.slice(number.start, number.end), rules[index]!.padded) + text.slice(number.end),
      date.text,
    );
    const clear = rules.every((rule) => rule.clear);
    const span = date.block.plain.span(date.match.start, date.match.end);
    report({ messageId: 'paddingMixed', data: { date: date.text, other: rules[0]!.example.text, suggestion }, ...span, ...(clear ? rewrite(date, suggestion) : {}) });
  }
}

/**
 * A date after `ngày` that the calendar does not have (`ngày 31/4`, `ngày
 * 29/2/2026`, `ngày 31 tháng 6`): the parse of dates skips it, so it would
 * otherwise pass unseen. Only after `ngày`, where the digits cannot be a
 * ratio or a number, and only days from 29 on (every month has the others);
 * 29 February without its year may be in a leap year.
 */
const DAY_AFTER_NGAY = /(?<![\p{L}\p{N}])[Nn]gày\s+(29|3\d)(?:\s*([/.-])\s*(\d{1,2})(?:\2(\d{4}))?|\s+tháng\s+(\d{1,2})(?:\s+năm\s+(\d{4}))?)(?![\p{L}\p{N}]|[/.-]\d)/gu;

function checkImpossibleDates(block: Block, report: (problem: Problem) => void): void {
  const text = block.plain.text;
  for (const found of text.matchAll(DAY_AFTER_NGAY)) {
    const day = Number(found[1]);
    const month = Number(found[3] ?? found[5]);
    const yearText = found[4] ?? found[6];
    const year = yearText === undefined ? undefined : Number(yearText);
    if (month < 1 || month > 12 || day < 1) continue;
    const days = daysInMonth(year ?? ANY_LEAP_YEAR, month);
    if (day <= days) continue;
    const start = found.index + found[0].indexOf(found[1]!, 4);
    const end = found.index + found[0].length;
    const date = text.slice(start, end);
    report({
      messageId: 'impossibleDate',
      data: { date, month, days, yearText: year === undefined ? '' : ` năm ${year}`, yearTextEn: year === undefined ? '' : ` of ${year}` },
      ...block.plain.span(start, end),
    });
  }
}

/** A weekday next to a date without its year (`thứ Bảy (17/4)`) is checked against the occurrence nearest to publication. */
function checkWeekday(block: Block, match: DateMatch, published: IsoDate | undefined, report: (problem: Problem) => void): void {
  const text = block.plain.text;
  const written = weekdayNear(text, match);
  if (!written) return;
  const { day, month } = match.date;
  const year = match.date.year ?? (published && nearestOccurrence(day, month, published)?.year);
  if (year === undefined) return;
  const actual = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  if (writtenWeekday(written.text) === actual) return;
  const weekday = weekdayLike(written.text, actual, SENTENCE_OPENING.test(text.slice(Math.max(0, written.start - 3), written.start)));
  const span = block.plain.span(written.start, written.end);
  // Without its year the date's year is a reading, not the writer's: the weekday is reported, not rewritten.
  const fix = match.date.year !== undefined && block.plain.isExact(written.start, written.end) ? { fix: { ...span, text: weekday } } : {};
  report({
    messageId: 'weekdayMismatch',
    data: {
      date: `${day}/${month}/${year}`,
      written: written.text,
      weekday,
      weekdayEn: WEEKDAYS_EN[actual]!,
    },
    ...span,
    ...fix,
  });
}

/** The body's own place-date line of a formal press release, in the Nghị định 30 form. */
function checkPlaceDateLines(block: Block, report: (problem: Problem) => void): void {
  const text = block.plain.text;
  const reportForm = (day: string, month: string, year: string, start: number, end: number, replacement: string): void => {
    const span = block.plain.span(start, end);
    const fix = block.plain.isExact(start, end) ? { fix: { ...span, text: replacement } } : {};
    report({ messageId: 'placeDateForm', data: { expected: `ngày ${padded(day, Number(day) < 10)} tháng ${padded(month, Number(month) <= 2)} năm ${year}` }, ...span, ...fix });
  };
  if (text.includes('tháng')) {
    PLACE_DATE_LINE.lastIndex = 0;
    for (let line = PLACE_DATE_LINE.exec(text); line; line = PLACE_DATE_LINE.exec(text)) {
      const [day, month, year] = [line[1]!, line[2]!, line[3]!];
      const expectedDay = padded(day, Number(day) < 10);
      const expectedMonth = padded(month, Number(month) <= 2);
      if (expectedDay === day && expectedMonth === month) continue;
      const dayStart = line.index + line[0].lastIndexOf(`ngày ${day}`) + 'ngày '.length;
      const monthStart = line.index + line[0].lastIndexOf(`tháng ${month}`) + 'tháng '.length;
      reportForm(day, month, year, dayStart, monthStart + month.length, `${expectedDay}${text.slice(dayStart + day.length, monthStart)}${expectedMonth}`);
    }
  }
  SHORT_PLACE_DATE_LINE.lastIndex = 0;
  for (let line = SHORT_PLACE_DATE_LINE.exec(text); line; line = SHORT_PLACE_DATE_LINE.exec(text)) {
    const [day, month, year] = [line[1]!, line[3]!, line[4]!];
    const written = `${day}${line[2]}${month}${line[2]}${year}`;
    const start = line.index + line[0].lastIndexOf(written);
    reportForm(day, month, year, start, start + written.length, `${padded(day, Number(day) < 10)} tháng ${padded(month, Number(month) <= 2)} năm ${year}`);
  }
}

import type { Block } from '../model/types';
import type { Rule } from '../types';
import { proseBlocks } from '../model/prose';
import { dominantForm } from '../lang/majority';

type TimeStyle = 'h' | 'giờ';

/** `7h30`, `14h`: an hour, `h`, maybe minutes. */
const H_TIME = /(?<![\p{L}\p{N}/.,:])(\d{1,2})h(\d{2})?(?![\p{L}\p{N}])/gu;
/** `7 giờ 30`, `8 giờ 30 phút`, `20 giờ`. */
const GIO_TIME = /(?<![\p{L}\p{N}/.,:])(\d{1,2})\s+giờ(?:\s+(\d{1,2})(?:\s+phút)?)?(?![\p{L}\p{N}])/gu;
/** Words before an amount of time, not a time of day: `trong 6 giờ`, `quá 6 giờ 30 phút`, `khoảng 2h`, a race's `thành tích 2 giờ 15 phút`. */
const DURATION_BEFORE = /(?<![\p{L}])(?:trong(?:\s+vòng)?|kéo\s+dài|mất|suốt|hơn|gần|sau|thêm|quá|khoảng|tối\s+đa|ít\s+nhất|thành\s+tích)\s+$/iu;
/** Seconds after the minutes: `2 giờ 15 phút 30 giây` is how long, never when. */
const SECONDS_AFTER = /^\s+\d{1,2}\s+giây(?![\p{L}])/u;
/** Words that put a time of day after them: `lúc 8 giờ`, `từ 8h đến 17h`. */
const TIME_OF_DAY_BEFORE = /(?<![\p{L}])(?:lúc|vào|từ|đến|tới|trước|đúng)\s+$/iu;
/** A part of the day or a date after the hour: `8 giờ sáng`, `20 giờ ngày 5/6`. */
const PART_OF_DAY_AFTER = /^\s+(?:sáng|trưa|chiều|tối|đêm|ngày)(?![\p{L}])/iu;
const LOOKBEHIND = 16;
const TIME_HINT = /\d(?:h|\s+giờ)/u;

interface WrittenTime {
  block: Block;
  start: number;
  end: number;
  text: string;
  style: TimeStyle;
  hour: number;
  /** As written (`30`, `05`), if any. */
  minutes: string | undefined;
}

/**
 * An hour with or without minutes is a time of day (not an amount of time)
 * when no duration word comes before it; an hour alone only after `lúc`,
 * `từ`, `đến`… or before a part of the day (`20 giờ` may be how long).
 */
function isTimeOfDay(text: string, start: number, end: number, hasMinutes: boolean): boolean {
  const before = text.slice(Math.max(0, start - LOOKBEHIND), start);
  if (DURATION_BEFORE.test(before) || SECONDS_AFTER.test(text.slice(end, end + 12))) return false;
  return hasMinutes || TIME_OF_DAY_BEFORE.test(before) || PART_OF_DAY_AFTER.test(text.slice(end, end + 8));
}

function addTimes(block: Block, pattern: RegExp, style: TimeStyle, times: WrittenTime[]): void {
  const text = block.plain.text;
  for (const match of text.matchAll(pattern)) {
    const hour = Number(match[1]);
    const minutes = match[2];
    if (hour > 23 || (minutes !== undefined && Number(minutes) > 59)) continue;
    const end = match.index + match[0].length;
    if (!isTimeOfDay(text, match.index, end, minutes !== undefined)) continue;
    times.push({ block, start: match.index, end, text: match[0], style, hour, minutes });
  }
}

/** The time in the other style: `13 giờ 30` → `13h30`, `7h30` → `7 giờ 30`. */
function restyled(time: WrittenTime, style: TimeStyle): string {
  if (style === 'h') return `${time.hour}h${time.minutes === undefined ? '' : time.minutes.padStart(2, '0')}`;
  return `${time.hour} giờ${time.minutes === undefined ? '' : ` ${time.minutes}`}`;
}

export const timeFormat: Rule = {
  meta: {
    id: 'time-format',
    group: 'language',
    severity: 'warn',
    fixable: true,
    docs: {
      summary: {
        vi: 'Giờ trong ngày viết thống nhất một kiểu',
        en: 'Times of day written one way',
      },
      rationale: {
        vi: 'Giờ trong ngày được viết "14h30" hoặc "14 giờ 30" ("14 giờ 30 phút"); các Cổng dùng cả hai, nhưng một bài chỉ dùng một kiểu, như với ngày tháng: "từ 7h30" ở đoạn này và "lúc 13 giờ 30" ở đoạn sau cho thấy bài chưa được biên tập. Khoảng thời gian ("trong vòng 48 giờ", "quá 6 giờ") không phải giờ trong ngày và không bị tính; giờ không có phút chỉ được tính khi có "lúc", "từ", "đến", "vào"… đứng trước hoặc "sáng", "chiều", "ngày"… đứng sau. Quy tắc báo các giờ viết khác kiểu được dùng nhiều nhất; khi kiểu đó nhiều hơn hẳn, sửa tự động đưa về kiểu đó.',
        en: 'A time of day is written "14h30" or "14 giờ 30" ("14 giờ 30 phút"); portals use both, but one text uses one, as with dates: "từ 7h30" in one paragraph and "lúc 13 giờ 30" in the next shows an unedited text. Amounts of time ("trong vòng 48 giờ", "quá 6 giờ") are not times of day and are not counted; an hour without minutes counts only after "lúc", "từ", "đến", "vào"… or before "sáng", "chiều", "ngày"…. The rule reports times written differently from the most used style; when that style clearly leads, the fix rewrites them to it.',
      },
    },
    messages: {
      mixed: {
        vi: 'Giờ "{time}" viết khác kiểu dùng chủ yếu trong bài ("{example}"): viết "{suggestion}".',
        en: 'The time "{time}" is written differently from the style the text mostly uses ("{example}"): write "{suggestion}".',
      },
      mixedTied: {
        vi: 'Giờ "{time}" và "{example}" viết hai kiểu khác nhau: chọn một kiểu cho cả bài ("14h30" hoặc "14 giờ 30").',
        en: 'The times "{time}" and "{example}" are written two ways: choose one style for the whole text ("14h30" or "14 giờ 30").',
      },
    },
    defaults: {},
    examples: {
      valid: [
        {
          title: { vi: 'Kiểu "h" trong cả bài; khoảng thời gian viết "giờ"', en: 'The "h" style throughout; amounts of time written with "giờ"' },
          text: '# Ra quân kiểm tra tàu cá\n\nTừ 7h30 đến 17h ngày 14/4, các tổ công tác kiểm tra tàu cá tại cảng. Mỗi tàu vi phạm phải khắc phục trong vòng 48 giờ; tàu tắt thiết bị giám sát quá 6 giờ bị xử phạt. Buổi tổng kết bắt đầu lúc 8h30.\n',
        },
        {
          title: { vi: 'Thành tích thi đấu không phải giờ trong ngày', en: 'A race time is not a time of day' },
          text: '# Bế mạc Đại hội Thể dục thể thao tỉnh\n\nĐúng 19h30, lễ bế mạc bắt đầu. Lê Văn Sơn về nhất môn xe đạp với thành tích 2 giờ 15 phút 30 giây; người về nhì chạy hết 2 giờ 16 phút 4 giây.\n',
        },
        {
          title: { vi: 'Kiểu "giờ" trong cả bài', en: 'The "giờ" style throughout' },
          text: '# Ngày hội hiến máu\n\nNgày hội bắt đầu lúc 7 giờ sáng 14/4; từ 7 giờ 30 đến 11 giờ 30, hơn 500 người đã hiến máu. Lễ tôn vinh diễn ra vào 20 giờ ngày 15/4.\n',
        },
      ],
      invalid: [
        {
          title: { vi: 'Hai kiểu trong một bài', en: 'Two styles in one text' },
          text: '# Tập huấn chống khai thác hải sản bất hợp pháp\n\nLớp tập huấn khai mạc lúc 7h30 và kết thúc lúc 16h30. Buổi chiều, từ 13 giờ 30, học viên thực hành trên tàu.\n',
          expect: [{ messageId: 'mixed', line: 3 }],
          output: '# Tập huấn chống khai thác hải sản bất hợp pháp\n\nLớp tập huấn khai mạc lúc 7h30 và kết thúc lúc 16h30. Buổi chiều, từ 13h30, học viên thực hành trên tàu.\n',
        },
        {
          title: { vi: 'Hai kiểu ngang nhau', en: 'Two styles equally often' },
          text: '# Hội chợ nông sản\n\nHội chợ mở cửa từ 8h, lễ khai mạc diễn ra lúc 19 giờ 30.\n',
          expect: [{ messageId: 'mixedTied', line: 3 }],
        },
      ],
    },
  },
  check({ doc, profile, report }) {
    if (profile.language !== 'vi') return;
    const times: WrittenTime[] = [];
    for (const { block } of proseBlocks(doc)) {
      // Most blocks hold no time: a digit before `h` or `giờ` is looked for before the patterns run.
      if (!TIME_HINT.test(block.plain.text)) continue;
      const inBlock: WrittenTime[] = [];
      addTimes(block, GIO_TIME, 'giờ', inBlock);
      addTimes(block, H_TIME, 'h', inBlock);
      // In the order written: on a tie, the style the text starts with is the example.
      times.push(...inBlock.sort((a, b) => a.start - b.start));
    }
    // Most texts write every time one way: nothing to count.
    if (times.every((time) => time.style === times[0]!.style)) return;
    const main = dominantForm(times.map((time) => time.style))!;
    const example = times.find((time) => time.style === main.form)!.text;
    for (const time of times) {
      if (time.style === main.form) continue;
      const span = time.block.plain.span(time.start, time.end);
      if (!main.clear) {
        report({ messageId: 'mixedTied', data: { time: time.text, example }, ...span });
        continue;
      }
      const suggestion = restyled(time, main.form);
      const fix = time.block.plain.isExact(time.start, time.end) ? { fix: { ...span, text: suggestion } } : {};
      report({ messageId: 'mixed', data: { time: time.text, example, suggestion }, ...span, ...fix });
    }
  },
};

import type { Word } from '../text/words';

/** Around a former name, words saying it is former: `Sở Tài nguyên và Môi trường (nay là …)`, `(cũ)`, `nguyên Sở …`. */
const FORMER_AFTER = /^[^().;\n]{0,40}(?:\(\s*(?:nay|cũ|trước\s+đây)(?!\p{L})|\s(?:cũ|trước\s+đây)(?!\p{L}))/iu;
const FORMER_BEFORE = /(?:^|\s)(?:nguyên|trước\s+đây\s+là)\s+$/iu;

/** How far around a name its former-name marks are looked for, in code units: `(nay là …)` just after it, `nguyên` just before. */
const MARK_WINDOW = 60;

/** The name written from `start` to `end` of `text` is marked as a former one, about the time before a change. */
export function isMarkedFormer(text: string, start: number, end: number): boolean {
  // Windows, not the rest of the text: a paragraph naming bodies thousands of times must not be read once per name.
  return FORMER_AFTER.test(text.slice(end, end + MARK_WINDOW)) || FORMER_BEFORE.test(text.slice(Math.max(0, start - MARK_WINDOW), start));
}

/**
 * Words `[first, end)` of `text` (a paragraph) name a body ended on
 * `lastDay` as a former one: marked so around them (`(cũ)`, `nguyên …`), or
 * in a sentence that tells of earlier events, or in a paragraph that opens
 * in an earlier year (`Sau năm 1975, …`, `Giai đoạn 2015 - 2020, …`).
 */
export function isWrittenAsFormer(text: string, words: readonly Word[], first: number, end: number, lastDay: string): boolean {
  return (
    isMarkedFormer(text, words[first]!.start, words[end - 1]!.end) ||
    tellsOfEarlierEvents(sentenceAround(text, words, first, end), lastDay) ||
    opensBefore(text, lastDay)
  );
}

/** A paragraph's opening time adverbial with its year: `Năm 2010`, `Sau năm 1975`, `Những năm 1990`, `Giai đoạn 2015 - 2020`, `Tháng 8/1945`. */
const PARAGRAPH_TIME = /^(?:(?:Sau|Trước|Từ|Đến|Trong|Cuối|Đầu|Giữa|Vào)\s+)?(?:năm|những năm|thập niên|giai đoạn|thời kỳ|nhiệm kỳ|tháng\s+\d{1,2})[\s/]*((?:19|20)\d\d)(?!\d)/iu;

/** The paragraph opens with a time adverbial set in a year before the last day's. */
function opensBefore(paragraph: string, lastDay: string): boolean {
  const year = PARAGRAPH_TIME.exec(paragraph)?.[1];
  return year !== undefined && Number(year) < Number(lastDay.slice(0, 4));
}

/** Words read on each side of a name for its sentence: a longer "sentence" is a list or a table, not one statement. */
const MAX_SENTENCE_WORDS = 80;

/** The sentence of `text` holding words `[first, end)`, from its first word to its last, at most `MAX_SENTENCE_WORDS` on each side. */
function sentenceAround(text: string, words: readonly Word[], first: number, end: number): string {
  let start = first;
  while (start > 0 && start > first - MAX_SENTENCE_WORDS && !words[start]!.sentenceStart) start--;
  let stop = end;
  while (stop < words.length && stop < end + MAX_SENTENCE_WORDS && !words[stop]!.sentenceStart) stop++;
  return text.slice(words[start]!.start, words[stop - 1]!.end);
}

/**
 * Words setting a sentence before or after a reorganization: `sau khi sắp
 * xếp`, `trước sáp nhập`, `được nhập vào xã …`, `giải thể`, `được tổ chức
 * lại`, `khi còn` (`khi còn tổ chức Ban Chỉ huy Quân sự huyện …`), `trên
 * cơ sở hợp nhất Sở … với Sở …`, `Sở … và Sở … hợp nhất thành Sở …`,
 * `được sáp nhập`, `tiếp nhận chức năng, nhiệm vụ của Sở …`, `chuyển
 * giao`; not a
 * sentence about preparing one (`hội nghị triển khai sắp xếp đơn vị hành
 * chính`).
 */
const REORGANIZATION =
  /(?<!\p{L})(?:(?:trước|sau)(?:\s+khi)?\s+(?:sắp xếp|sáp nhập|hợp nhất)|(?:sáp nhập|hợp nhất|nhập)\s+vào|giải thể|kết thúc hoạt động|trước đây|được\s+tổ\s+chức\s+lại|khi\s+còn|(?:trên\s+cơ\s+sở|từ\s+việc)\s+(?:hợp\s+nhất|sáp\s+nhập|sắp\s+xếp)|(?:hợp\s+nhất|sáp\s+nhập)\s+(?:thành|với)|được\s+(?:hợp\s+nhất|sáp\s+nhập)|tiếp\s+nhận\s+(?:chức\s+năng|nhiệm\s+vụ|nguyên\s+trạng)|chuyển\s+giao)(?!\p{L})/iu;
/** Bodies merged, named as the merger's objects: `hợp nhất Sở Nội vụ với Sở Lao động - Thương binh và Xã hội`, `sáp nhập Sở … vào Sở …`. */
const MERGER = /(?<!\p{L})(?:hợp\s+nhất|sáp\s+nhập)\s+\p{Lu}[^.;!?]{0,100}?\s(?:với|vào)\s+\p{Lu}/u;
/** A former post (`nguyên Bí thư Huyện ủy`, `từng là Chủ tịch`); not `cựu chiến binh`, `nguyên nhân` or `từng bước`. */
const FORMER_POST =
  /(?<!\p{L})(?:(?:[Nn]guyên|[Cc]ựu)\s+(?:\p{Lu}|(?:bí thư|chủ tịch|phó|trưởng|giám đốc|ủy viên|uỷ viên)(?!\p{L}))|từng\s+(?:là|giữ|công tác|làm việc)(?!\p{L}))/u;
/** A time before a date: `trước ngày 01/7/2025`. */
const BEFORE_DATE = /trước\s+(?:ngày\s+)?(\d{1,2})\/(\d{1,2})\/((?:19|20)\d\d)(?!\d)/giu;
/** A time before a month: `trước tháng 3/2025`, `Trước tháng 3 năm 2025`. */
const BEFORE_MONTH = /trước\s+tháng\s+(\d{1,2})(?:\/|\s+năm\s+)((?:19|20)\d\d)(?!\d)/giu;
/**
 * A year as a time, after a word of time (`năm 2024`, `từ 2019`, `giai
 * đoạn 2020 - 2025`), or a span of years (`(2019 - 2024)`); not a year in a
 * name (`Chương trình giáo dục phổ thông 2018`). A span counts from its
 * first year: a sentence about a period that began before a change may
 * speak of the bodies of that time.
 */
const YEAR =
  /(?:(?<![\p{L}])(?:năm|nhiệm\s+kỳ|giai\s+đoạn|thời\s+kỳ|niên\s+khóa|từ|đến|trước|sau|cuối|đầu|giữa|vào)\s+|(?<![\d/])(?=(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d))((?:19|20)\d\d)(?!\d)/giu;
/** A month or quarter of a year: `tháng 3/2025`, `tháng 3 năm 2025`, `12/5/2025`, `quý II/2025`, `đầu năm 2025` (taken as its first month). */
const MONTH_OF_YEAR = /(?:tháng\s+(\d{1,2})|(?<![\d/])\d{1,2}\/(\d{1,2})|quý\s+(I{1,3}|IV)|(đầu)\s+năm)(?:\/|\s+năm\s+|\s+)((?:19|20)\d\d)(?!\d)/giu;
const DIGIT = /\d/u;
const QUARTER_LAST_MONTH: Readonly<Record<string, number>> = { I: 3, II: 6, III: 9, IV: 12 };

/**
 * The sentence tells of a time when a name or body ended on `lastDay`
 * (`YYYY-MM-DD`) was still current: it speaks of the reorganization or of a
 * former post, or names a year before the last day's, or a month or
 * quarter up to the last day's month. The last day's year alone says
 * nothing: `thành tích năm 2025` is praised after a change made that year.
 */
export function tellsOfEarlierEvents(sentence: string, lastDay: string): boolean {
  if (REORGANIZATION.test(sentence) || MERGER.test(sentence) || FORMER_POST.test(sentence)) return true;
  if (!DIGIT.test(sentence)) return false;
  const lastYear = Number(lastDay.slice(0, 4));
  const lastMonth = Number(lastDay.slice(5, 7));
  for (const [, year] of sentence.matchAll(YEAR)) if (Number(year) < lastYear) return true;
  // Before the first day of the change, or earlier: `trước ngày 01/7/2025` for a body ended on 30/6/2025.
  for (const [, day, month, year] of sentence.matchAll(BEFORE_DATE)) {
    const [y, m, d] = [Number(year), Number(month), Number(day)];
    if (y < lastYear || (y === lastYear && (m <= lastMonth || (m === lastMonth + 1 && d === 1)))) return true;
  }
  // Before the month after the last day's, or earlier: `trước tháng 3/2025` for a body ended on 28/2/2025.
  for (const [, month, year] of sentence.matchAll(BEFORE_MONTH)) {
    if (Number(year) < lastYear || (Number(year) === lastYear && Number(month) <= lastMonth + 1)) return true;
  }
  for (const [, month, dayMonth, quarter, early, year] of sentence.matchAll(MONTH_OF_YEAR)) {
    const endMonth = Number(month ?? dayMonth ?? (quarter ? QUARTER_LAST_MONTH[quarter.toUpperCase()] : early ? 1 : 13));
    if (Number(year) < lastYear || (Number(year) === lastYear && endMonth <= lastMonth)) return true;
  }
  return false;
}

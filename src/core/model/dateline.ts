/**
 * Time expressions of Vietnamese news leads: the concrete event time
 * ("Chiều ngày 28/6/2024", "Thứ Hai, ngày 23/5/2022", "Trong 2 ngày 22 và
 * 23/7"), vague openers ("Vừa qua", "Sáng nay"), outlet tags and sentence
 * bounds. Pure string functions: every index is a UTF-16 offset into the
 * string given, which is expected in NFC (the `unicode-nfc` rule reports
 * decomposed text).
 */
import type { DateStyle, WrittenDate } from './types';
import { daysInMonth, type IsoDate } from '../calendar';
import { skipWhiteSpace } from '../text/white-space';

export interface DateMatch {
  /** Start of the date itself (`14/4`, `22 và 23/7`, `12 tháng 5 năm 2009`), without `ngày`. */
  start: number;
  end: number;
  date: WrittenDate;
  /** Last day of a span or list (`Từ ngày 12 đến ngày 14/5`, `22 và 23/7`). */
  endDate?: WrittenDate;
  style: DateStyle;
}

/** `start`/`end` span the whole time expression (`Chiều ngày 28/6/2024`, `Thứ Hai, ngày 23/5/2022`, `vào hôm nay (12/8)`). */
export interface DatelineMatch extends DateMatch {
  /** As written: `Sáng`, `chiều`, `Sáng sớm`. */
  partOfDay?: string;
  /** As written: `Thứ Hai`, `Chủ nhật`, `thứ 3`. */
  weekday?: string;
  placement: 'opening' | 'early';
}

/** A date written as digits and separators, or as `12 tháng 5 năm 2009`. */
interface ParsedDate {
  end: number;
  date: WrittenDate;
  style: DateStyle;
}

/** A time expression: its leading words plus the date or span they introduce. */
interface Expression {
  /** Span of the whole expression (`Chiều ngày 28/6/2024`, `hôm nay (12/8)`). */
  start: number;
  end: number;
  /** The date or span inside it. */
  core: DateMatch;
  partOfDay?: string;
  weekday?: string;
  /** Introduced by a word that makes the digits a date (ngày, sáng, thứ Hai, hôm nay) or wrapped in parentheses. */
  marked: boolean;
}

const SEPARATOR = String.raw`\/|\.|-|\s*–\s*|\s+-\s+`;
const NUMERIC_DATE = new RegExp(
  String.raw`(\d{1,2})(?!\d)(${SEPARATOR})(\d{1,2})(?!\d)(?:(${SEPARATOR})(\d{4})(?!\d))?`,
  'uy',
);
const WORDS_DATE = /(\d{1,2})(?!\d)\s+tháng\s+(\d{1,2})(?!\d)(?:\s*,?\s*năm\s+(\d{4})(?!\d))?/iuy;
const BARE_DAY = /(\d{1,2})(?!\d)/uy;
/** Joins the days of a span or list: `22 và 23/7`, `29-31/5`, `12 đến ngày 14/5`. */
const SPAN_CONNECTOR = /\s*(?:,|và|&|-|–|đến|tới)\s*(?:ngày\s+)?/iuy;

const LEAD_IN = /(?:vào|từ|trong(?:\s+(?:\d{1,2}|hai|ba|bốn|năm|sáu|bảy|các|những))?(?=\s+ngày\s))\s+/iuy;
const PART_OF_DAY =
  /(sáng\s+sớm|rạng\s+sáng|chiều\s+tối|sáng|chiều|tối|trưa|đêm|khuya)(?:\s+(?:hôm\s+)?(?:nay|qua|mai))?(?![\p{L}\p{N}])/iuy;
const RELATIVE_DAY = /(?:(?:ngày\s+)?hôm\s+(?:nay|qua)|ngày\s+mai)(?![\p{L}\p{N}])/iuy;
const WEEKDAY = /(thứ\s+(?:hai|ba|tư|năm|sáu|bảy|bẩy|[2-7])|chủ\s+nhật)(?![\p{L}\p{N}])/iuy;
/** What may follow a part of day or weekday before the date: a space, a comma, or an opening parenthesis. */
const GAP = /\s*(\()\s*|\s*,\s*|\s+/uy;
const OPEN_PARENTHESIS = /\(\s*/uy;
const CLOSE_PARENTHESIS = /\s*\)/uy;
const DAY_WORD = /(?:ngày|mùng|mồng)\s+/iuy;

/**
 * Text just before a date that makes it a document's date (legal basis:
 * `Quyết định số 3888/QĐ-UBND ngày 30/11/2018`) or an anniversary
 * (`kỷ niệm ngày 30/4`), not the event's.
 */
const BACKGROUND_BEFORE = new RegExp(
  String.raw`(?:\d+(?:[\/\-–][\p{L}\p{N}.&]+)+(?:\s+(?:của|do)\s+[^,.;]{1,60}?)?` +
    String.raw`|quyết\s+định|nghị\s+quyết|nghị\s+định|thông\s+tư|chỉ\s+thị|kế\s+hoạch|công\s+văn|văn\s+bản|công\s+điện` +
    String.raw`|thông\s+báo|pháp\s+lệnh|hướng\s+dẫn|tờ\s+trình|quy\s+định|ban\s+hành|hiệu\s+lực(?:\s+thi\s+hành)?(?:\s+(?:kể\s+)?từ)?` +
    String.raw`|k[ỷỉ]\s+niệm(?:\s+\d+\s+năm)?)\s*$`,
  'iu',
);

const OUTLET_TAG = /^\s*\((?=[^()]*\p{L})(?:[\p{Lu}\p{N}&+]{2,15}|[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+)\)\s*(?:[-–—]\s*)?/u;

const VAGUE_OPENERS = [
  String.raw`(?:trong\s+)?(?:thời\s+gian|những\s+ngày|mấy\s+ngày|các\s+ngày|tuần|tháng)\s+(?:vừa\s+)?qua`,
  String.raw`vừa\s+mới\s+đây|vừa\s+qua|vừa\s+rồi|mới\s+đây(?:\s+nhất)?|gần\s+đây|cách\s+đây\s+(?:ít|vài)\s+(?:ngày|hôm)`,
  String.raw`(?:ngày\s+)?hôm\s+(?:nay|qua)|(?:sáng|chiều|tối|trưa|đêm)\s+(?:hôm\s+)?(?:nay|qua)`,
  String.raw`(?:tuần|tháng)\s+(?:này|trước)|(?:đầu|cuối)\s+tuần(?:\s+(?:này|qua|trước))?`,
  // Month-level only: `Những ngày cuối tháng 10`, `Trung tuần tháng 5`.
  String.raw`(?:những\s+ngày\s+)?(?:đầu|cuối|giữa)\s+tháng\s+\d{1,2}(?:\/\d{4})?|(?:thượng|trung|hạ)\s+tuần\s+tháng\s+\d{1,2}(?:\/\d{4})?`,
];
const VAGUE_OPENER = new RegExp(String.raw`(?:${VAGUE_OPENERS.join('|')})(?![\p{L}\p{N}])`, 'iuy');
/** "vừa" + an event verb: `Sở X vừa tổ chức …`. A verb list keeps out `vừa là … vừa là`, `nhỏ và vừa`. */
const JUST_DID = new RegExp(
  String.raw`(?<![\p{L}\p{N}])vừa\s+(?:mới\s+)?(?:được\s+)?(?:` +
    [
      'tổ chức', 'diễn ra', 'ký kết', 'kí kết', 'ký', 'kí', 'tiếp nhận', 'tiếp', 'làm việc', 'khai mạc', 'bế mạc',
      'phối hợp', 'ban hành', 'triển khai', 'tham dự', 'dự', 'phát động', 'trao', 'tặng', 'thăm', 'khánh thành',
      'khởi công', 'khai trương', 'họp', 'có', 'công bố', 'ra mắt', 'phê duyệt', 'chủ trì', 'đón', 'kiểm tra',
      'hoàn thành', 'gặp mặt', 'tổng kết', 'sơ kết', 'thông báo', 'tuyên dương', 'vinh danh', 'phát hành', 'qua(?=\\s+đã\\s)',
    ]
      .map((verb) => verb.replace(/ /g, String.raw`\s+`))
      .join('|') +
    String.raw`)(?![\p{L}\p{N}])`,
  'iu',
);

/** A period after these words does not end a sentence: `TP. Hồ Chí Minh`, `PGS. TS. Nguyễn …`. */
const ABBREVIATIONS = new Set(['TP', 'Tp', 'TX', 'TS', 'ThS', 'Th', 'PGS', 'GS', 'BS', 'NSND', 'NSƯT', 'Mr', 'Mrs', 'Dr']);
const SENTENCE_END = /(?:\.\/\.|[.!?]+)[”"’)\]]*(?=\s+[“"‘(]?[\p{Lu}\p{N}]|\s*$)/gu;

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

function exec(pattern: RegExp, text: string, at: number): RegExpExecArray | null {
  pattern.lastIndex = at;
  return pattern.exec(text);
}

/** A leap year: a date written without its year may be 29 February. */
export const ANY_LEAP_YEAR = 2000;

function isValidDate({ day, month, year }: WrittenDate): boolean {
  if (year !== undefined && (year < 1900 || year > 2100)) return false;
  // Every month has the first 28 days: only a later day needs the calendar.
  return month >= 1 && month <= 12 && day >= 1 && (day <= 28 || day <= daysInMonth(year ?? ANY_LEAP_YEAR, month));
}

/** Compares years only when both are written. */
function isBefore(earlier: WrittenDate, later: WrittenDate): boolean {
  if (earlier.year !== undefined && later.year !== undefined && earlier.year !== later.year) return earlier.year < later.year;
  return earlier.month !== later.month ? earlier.month < later.month : earlier.day < later.day;
}

function writtenDate(day: number, month: number, year: number | undefined): WrittenDate {
  return year === undefined ? { day, month } : { day, month, year };
}

function separatorStyle(separator: string): DateStyle {
  const mark = separator.trim();
  return mark === '/' ? '/' : mark === '.' ? '.' : '-';
}

/** A single date at `at`, without checking what follows it. */
function parseDate(text: string, at: number): ParsedDate | undefined {
  const words = exec(WORDS_DATE, text, at);
  if (words) {
    const date = writtenDate(Number(words[1]), Number(words[2]), words[3] === undefined ? undefined : Number(words[3]));
    return isValidDate(date) ? { end: at + words[0].length, date, style: 'words' } : undefined;
  }
  const numeric = exec(NUMERIC_DATE, text, at);
  if (!numeric) return undefined;
  const [matched, day, separator, month, yearSeparator, year] = numeric;
  // `14/4.2022` mixes separators: the trailing digits are not this date's year.
  if (yearSeparator !== undefined && separatorStyle(yearSeparator) !== separatorStyle(separator)) return undefined;
  const date = writtenDate(Number(day), Number(month), year === undefined ? undefined : Number(year));
  return isValidDate(date) ? { end: at + matched.length, date, style: separatorStyle(separator) } : undefined;
}

/** An ASCII digit. */
export function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/** True when the digits at `at` are not the tail of a larger number (`2022`, `1.000`, `COVID-19`). */
function startsCleanly(text: string, at: number): boolean {
  if (at === 0) return true;
  const before = text[at - 1]!;
  if (LETTER_OR_DIGIT.test(before)) return false;
  return !('/.-–,'.includes(before) && at >= 2 && isDigit(text.charCodeAt(at - 2)));
}

/** What continues a number after a date's digits: a letter, digit or `%`, or a separator before a digit or (after `/`) a letter. */
const NUMBER_CONTINUES = /^(?:[\p{L}\p{N}%]|[/.\-,]\d|\/\p{L})/u;

/** True when the date ending at `end` is not followed by more of a number (`15/2022`, `5.12%`, `12/3/NQ`). */
function endsCleanly(text: string, end: number): boolean {
  return !NUMBER_CONTINUES.test(text.slice(end, end + 2));
}

/** A date, a span of dates, or a list of days sharing one month: the core of a time expression. */
function parseCore(text: string, at: number): DateMatch | undefined {
  // Every date starts with a digit.
  if (!isDigit(text.charCodeAt(at)) || !startsCleanly(text, at)) return undefined;
  const core = parseDayList(text, at) ?? parseDateSpan(text, at);
  return core && endsCleanly(text, core.end) ? core : undefined;
}

/** `22 và 23/7`, `14, 15 và 16/4`, `29-31/5`, `12 đến ngày 14 tháng 5 năm 2009`: bare days, then a full date. */
function parseDayList(text: string, at: number): DateMatch | undefined {
  const days: number[] = [];
  let position = at;
  for (;;) {
    const day = exec(BARE_DAY, text, position);
    if (!day) return undefined;
    const connector = exec(SPAN_CONNECTOR, text, position + day[0].length);
    if (!connector) return undefined;
    days.push(Number(day[1]));
    position += day[0].length + connector[0].length;
    const last = parseDate(text, position);
    if (last) {
      const { month, year } = last.date;
      const ascending = [...days, last.date.day].every((value, index, all) => index === 0 || all[index - 1]! < value);
      if (!ascending || !days.every((value) => isValidDate(writtenDate(value, month, year)))) return undefined;
      return { start: at, end: last.end, date: writtenDate(days[0]!, month, year), endDate: last.date, style: last.style };
    }
  }
}

/** `14/4`, or two full dates joined: `12/5 - 14/5`, `ngày 30/12/2023 đến ngày 2/1/2024`. */
function parseDateSpan(text: string, at: number): DateMatch | undefined {
  const first = parseDate(text, at);
  if (!first) return undefined;
  const connector = exec(SPAN_CONNECTOR, text, first.end);
  const second = connector ? parseDate(text, first.end + connector[0].length) : undefined;
  if (!second) return { start: at, end: first.end, date: first.date, style: first.style };
  let date = first.date;
  if (date.year === undefined && second.date.year !== undefined) {
    // A span over New Year (`30/12 đến 2/1/2024`) starts in the year before.
    const year = date.month > second.date.month ? second.date.year - 1 : second.date.year;
    date = writtenDate(date.day, date.month, year);
  }
  // Two dates out of order (`18-6-2015 và ngày 12/5/2009`) are separate dates, not a span.
  if (!isBefore(date, second.date)) return { start: at, end: first.end, date: first.date, style: first.style };
  return { start: at, end: second.end, date, endDate: second.date, style: second.style };
}

/** A time expression starting exactly at `at`: `[Vào|Từ|Trong N] [part of day [nay]|hôm nay] [weekday] [(] [ngày] date [)]`. */
function parseExpression(text: string, at: number): Expression | undefined {
  let position = at;
  let partOfDay: string | undefined;
  let weekday: string | undefined;
  let parenthesized = false;
  let marked = false;

  const advance = (pattern: RegExp): RegExpExecArray | null => {
    const match = exec(pattern, text, position);
    if (match) position += match[0].length;
    return match;
  };
  /** After a part of day, relative day or weekday: a space, comma or `(` must follow. */
  const gap = (): boolean => {
    const match = exec(GAP, text, position);
    if (!match || (match[1] !== undefined && parenthesized)) return false;
    if (match[1] !== undefined) parenthesized = true;
    position += match[0].length;
    return true;
  };

  // Words and `(` come before the digits; at a digit none of them can match.
  if (!isDigit(text.charCodeAt(at))) {
    advance(LEAD_IN);
    const part = advance(PART_OF_DAY);
    if (part) partOfDay = part[1];
    if (part || advance(RELATIVE_DAY)) {
      marked = true;
      if (!gap()) return undefined;
    }
    const day = advance(WEEKDAY);
    if (day) {
      weekday = day[1];
      marked = true;
      if (!gap()) return undefined;
    }
    if (!parenthesized && advance(OPEN_PARENTHESIS)) parenthesized = true;
    if (advance(DAY_WORD)) marked = true;
  }

  const core = parseCore(text, position);
  if (!core) return undefined;
  position = core.end;
  if (parenthesized) {
    if (!advance(CLOSE_PARENTHESIS)) return undefined;
    marked = true;
  }
  return { start: at, end: position, core, partOfDay, weekday, marked };
}

/**
 * What every time expression starts with: the first word of a lead-in, part
 * of day, relative day, weekday or day word (matched case-insensitively, as
 * those patterns are), `(`, or a digit. The scan jumps from one to the next.
 */
const EXPRESSION_START = /vào|từ|trong|sáng|rạng|chiều|tối|trưa|đêm|khuya|ngày|hôm|thứ|chủ|mùng|mồng|\(|\d/giu;

/**
 * The leftmost time expression starting at or after `from` and before `end`.
 * Walking from one expression's end to the next finds them all, without
 * overlaps; the position is the caller's, not kept in the shared pattern.
 */
function nextExpression(text: string, from: number, end: number): Expression | undefined {
  for (let position = from; ; ) {
    EXPRESSION_START.lastIndex = position;
    const start = EXPRESSION_START.exec(text);
    if (!start || start.index >= end) return undefined;
    const at = start.index;
    position = at + 1;
    if (at > 0 && LETTER_OR_DIGIT.test(text[at - 1]!)) continue;
    const expression = parseExpression(text, at);
    if (expression) return expression;
  }
}

/** A unit of time or a count right after the digits: `mỗi ngày 4 - 5 tiếng` is hours, not the 4th of May. */
const AMOUNT_UNIT_AFTER = /^[^\S\n]*(?:tiếng|giờ|phút|lần|buổi|lượt|chuyến)(?![\p{L}\p{N}])/u;

/** Bare digits (`3-1`, `1/3`) are a date only with a year or a word such as `ngày` before them, and no unit after them. */
function isDate(expression: Expression, text: string): boolean {
  const { core } = expression;
  if (core.date.year !== undefined || core.endDate?.year !== undefined) return true;
  return expression.marked && !AMOUNT_UNIT_AFTER.test(text.slice(expression.end, expression.end + 12));
}

/** An opening bracket just before: `Ngày truyền thống MTTQ Việt Nam (18/11/1930 - 18/11/2026)`. */
const BRACKET_BEFORE = /\(\s*$/u;

/**
 * A legal-basis or anniversary date: documents and anniversaries are never
 * dated `sáng …` or `thứ Hai …`. A span of years in brackets
 * (`(18/11/1930 - 18/11/2026)`) is the anniversary of a founding.
 */
function isBackgroundDate(text: string, expression: Expression): boolean {
  if (expression.partOfDay !== undefined || expression.weekday !== undefined) return false;
  const before = text.slice(Math.max(0, expression.start - 120), expression.start);
  const { date, endDate } = expression.core;
  const spansYears = date.year !== undefined && endDate?.year !== undefined && endDate.year > date.year;
  return BACKGROUND_BEFORE.test(before) || (spansYears && (text[expression.start] === '(' || BRACKET_BEFORE.test(before)));
}

function toDateline(expression: Expression, placement: DatelineMatch['placement']): DatelineMatch {
  const { core } = expression;
  const match: DatelineMatch = { start: expression.start, end: expression.end, date: core.date, style: core.style, placement };
  if (core.endDate) match.endDate = core.endDate;
  if (expression.partOfDay !== undefined) match.partOfDay = expression.partOfDay;
  if (expression.weekday !== undefined) match.weekday = expression.weekday;
  return match;
}

function openingIndex(lead: string): number {
  return skipWhiteSpace(lead, skipOutletTag(lead));
}

const COMMA_NEXT = /^\s*,/u;

/** Finds the concrete event time of a lead paragraph (plain text). */
export function findDateline(lead: string): DatelineMatch | undefined {
  const opening = openingIndex(lead);
  // Usually the lead opens with it (`Chiều ngày 28/6/2024, …`): then nothing further is read.
  const first = nextExpression(lead, 0, opening + 1);
  // At the very start of the lead, `14/4, …` is a date even without `ngày`.
  if (first?.start === opening && (isDate(first, lead) || COMMA_NEXT.test(lead.slice(first.end)))) return toDateline(first, 'opening');
  // Otherwise only an expression within the first two sentences can be the dateline.
  const limit = sentenceEnd(lead, 2);
  const end = Math.max(limit, opening + 1);
  for (let expression = nextExpression(lead, 0, end); expression; expression = nextExpression(lead, expression.end, end)) {
    if (expression.start < limit && isDate(expression, lead) && !isBackgroundDate(lead, expression)) return toDateline(expression, 'early');
  }
  return undefined;
}

/** A vague time opener in a lead: `Vừa qua`, `Sáng nay`, `vừa tổ chức`. */
export interface VagueTime {
  start: number;
  end: number;
  text: string;
}

/**
 * The time a lead gives its event: the dateline, or when there is none the
 * vague time opener (at most one of the two). The model asks for both, and
 * the vague opener counts only without a dateline: one search serves both.
 */
export function findLeadTime(lead: string): { dateline?: DatelineMatch; vagueTime?: VagueTime } {
  const dateline = findDateline(lead);
  if (dateline) return { dateline };
  const vagueTime = findVagueOpener(lead);
  return vagueTime ? { vagueTime } : {};
}

/** A vague time opener (Vừa qua, Mới đây, Sáng nay, Thời gian qua, Hôm qua, Tuần qua, Những ngày qua…), when the lead has no concrete date. */
export function findVagueTime(lead: string): VagueTime | undefined {
  return findLeadTime(lead).vagueTime;
}

/** The vague time opener of a lead, whether or not it also has a dateline. */
function findVagueOpener(lead: string): VagueTime | undefined {
  const opening = openingIndex(lead);
  const opener = exec(VAGUE_OPENER, lead, opening);
  if (opener) return { start: opening, end: opening + opener[0].length, text: opener[0] };
  const firstSentence = lead.slice(0, sentenceEnd(lead, 1));
  const justDid = JUST_DID.exec(firstSentence);
  if (!justDid) return undefined;
  return { start: justDid.index, end: justDid.index + justDid[0].length, text: justDid[0] };
}

/** `Đồng Tháp, ngày 5 tháng 3 năm 2022` on a line of its own: a formal release's place-date line. */
export const PLACE_DATE_LINE = /^[ \t]*\p{Lu}[^\n,]{0,60},\s*ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})[ \t.]*$/gmu;
/** The same line with a short date, `Đồng Nai, ngày 8/9/2026`, which Nghị định 30 writes in words. */
export const SHORT_PLACE_DATE_LINE = /^[ \t]*\p{Lu}[^\n,]{0,60},\s*ngày\s+(\d{1,2})([/.-])(\d{1,2})\2(\d{4})[ \t.]*$/gmu;

/** Each form of the place-date line with the groups of its day, month and year. */
const PLACE_DATE_FORMS = [
  { pattern: PLACE_DATE_LINE, day: 1, month: 2, year: 3 },
  { pattern: SHORT_PLACE_DATE_LINE, day: 1, month: 3, year: 4 },
] as const;

/** The date of a text that is a place-date line and nothing else, in either form; undefined for any other text. */
export function placeDateLineDate(text: string): IsoDate | undefined {
  const line = text.trim();
  for (const { pattern, day, month, year } of PLACE_DATE_FORMS) {
    pattern.lastIndex = 0;
    const match = pattern.exec(line);
    if (match?.[0].length === line.length) return { year: Number(match[year]), month: Number(match[month]), day: Number(match[day]) };
  }
  return undefined;
}

/** The text is a place-date line and nothing else (typed into a release's body, it is no lead). */
export function isPlaceDateLine(text: string): boolean {
  return placeDateLineDate(text) !== undefined;
}

/** Index just after an outlet tag at the start of a lead: `(BBNĐT) `, `(GLO)- `, `(Chinhphu.vn) - `, `(VOH) - `, `(sav.gov.vn) – `, `(ĐTO) `; 0 if none. */
export function skipOutletTag(lead: string): number {
  // The pattern is costly to compile, and most leads open with no bracket at all.
  if (!lead.trimStart().startsWith('(')) return 0;
  return OUTLET_TAG.exec(lead)?.[0].length ?? 0;
}

/** All date expressions in a text (for later rules: date-format, weekday checks). */
export function findDates(text: string): DateMatch[] {
  const dates: DateMatch[] = [];
  for (let expression = nextExpression(text, 0, text.length); expression; expression = nextExpression(text, expression.end, text.length)) {
    if (isDate(expression, text)) dates.push(expression.core);
  }
  return dates;
}

/** The first `n` sentences' end index (sentence = up to . ! ? followed by space+capital or end; don't split on `14.4`, `TP.`, initials, decimals). */
export function sentenceEnd(text: string, count: number): number {
  if (count <= 0) return 0;
  let seen = 0;
  for (const end of sentenceEnds(text)) {
    seen++;
    if (seen === count) return end;
  }
  return text.length;
}

/** The end index of every sentence of a text, in one pass (callers walking all sentences must not rescan per sentence). */
export function* sentenceEnds(text: string): Generator<number> {
  // `exec` from a position kept here: `matchAll` copies the pattern per call, and a caller may start another scan between two ends.
  let from = 0;
  for (;;) {
    SENTENCE_END.lastIndex = from;
    const match = SENTENCE_END.exec(text);
    if (!match) return;
    from = match.index + match[0].length;
    if (match[0].startsWith('.') && !match[0].startsWith('./.')) {
      const word = lettersBefore(text, match.index);
      const isInitial = word.length === 1 && CAPITAL.test(word);
      if (isInitial || ABBREVIATIONS.has(word)) continue;
    }
    yield from;
  }
}

const LETTER = /\p{L}/u;
const CAPITAL = /\p{Lu}/u;

/**
 * The letters just before `end`, scanned backwards: a `$`-anchored regex on
 * the text before it would rescan the whole prefix at every period. Initials
 * and abbreviations are BMP letters, so the scan stops at surrogate pairs.
 */
function lettersBefore(text: string, end: number): string {
  let start = end;
  while (start > 0 && LETTER.test(text.charAt(start - 1))) start--;
  return text.slice(start, end);
}

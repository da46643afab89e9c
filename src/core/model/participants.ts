/**
 * Participants sentences of Vietnamese portal news: `Tham dự buổi lễ có ông A –
 * Giám đốc Sở …, ông B – …, lãnh đạo các sở, ngành`. Finds the intro formula and
 * splits the list into persons (honorific, name, titles, separator as written)
 * and groups, so rules can check separators, honorifics and list structure.
 * The patterns are heuristics drawn from real articles
 * (shared/research/real-articles-patterns.md §4, §5).
 */
import type { NameTitleSeparator } from './types';
import { isWhiteSpace, skipWhiteSpace, trimWhiteSpaceEnd } from '../text/white-space';
import { SURNAMES, startsWithPlace } from '../lang/person-names';

/** A trimmed piece of the paragraph; indexes into the paragraph string. */
export interface Piece {
  start: number;
  end: number;
  text: string;
}

export interface PersonMatch {
  kind: 'person';
  start: number;
  end: number;
  /** `ông`, `bà`, `đồng chí` as written (a rule can flag `Ông` mid-sentence). */
  honorific?: Piece;
  /** Degree or honour written before the name (`PGS.TS`, `TS.`); not part of the name. */
  academicPrefix?: Piece;
  name: Piece;
  /** In text order; empty when the person is named without a title. */
  titles: Piece[];
  /** `title-first` also when there is no title at all. */
  separator: NameTitleSeparator;
  /** The separator exactly as written, spaces included (absent for `title-first`). */
  separatorText?: Piece;
}

export interface GroupMatch {
  kind: 'group';
  start: number;
  end: number;
  text: string;
}

export interface ParticipantListMatch {
  start: number;
  end: number;
  /** From the start of the clause up to the list: `Tham dự buổi lễ có`, `… có các đồng chí:`. */
  intro: Piece;
  entries: Array<PersonMatch | GroupMatch>;
}

/** Finds the participants sentences of a paragraph: the intro formula and each person or group after it. */
export function findParticipantLists(paragraph: string): ParticipantListMatch[] {
  // Most paragraphs hold no formula where one can open a list: they are skipped whole, without splitting sentences.
  if (!mayHoldIntro(paragraph)) return [];
  FORMULA_WORD.lastIndex = 0;
  let word = FORMULA_WORD.exec(paragraph);
  const lists: ParticipantListMatch[] = [];
  for (const sentence of sentenceSpans(paragraph)) {
    // Every formula holds one of these words, and most sentences hold none. The words hold no sentence mark, so each lies in one sentence.
    while (word && word.index < sentence.start) word = FORMULA_WORD.exec(paragraph);
    if (!word) break;
    if (word.index >= sentence.end) continue;
    for (const region of listRegions(paragraph, sentence)) {
      const entries = parseEntries(paragraph, region.listStart, region.listEnd);
      const first = entries[0];
      if (!first) continue;
      if (region.needsPeople && first.kind === 'group' && !PEOPLE_GROUP.test(first.text)) continue;
      lists.push({ start: region.intro.start, end: entries[entries.length - 1]!.end, intro: region.intro, entries });
    }
  }
  return lists;
}

// ---------------------------------------------------------------------------
// Word lists

/** Words after which a capitalized run names a school, street or firm, not a person (`Trường THPT Lê Quý Đôn`, `Công ty Hoàng Anh`). */
const NAMESAKE_MARKERS = new Set(['THPT', 'THCS', 'Trường', 'trường', 'đường', 'Đường', 'phố', 'Phố', 'viện', 'Viện', 'ty']);

/**
 * Words that make a namesake marker the end of a compound, naming no school
 * or street: `môi trường`, `thị trường`, `công trường`; `thành phố`
 * (`Sở Nông nghiệp và Môi trường Huỳnh Quốc Thạnh`, `Phó Chủ tịch UBND thành phố Trần Thị Hòa Bình`).
 */
const COMPOUND_HEADS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['trường', new Set(['môi', 'thị', 'thương', 'chiến', 'công', 'hiện', 'lập'])],
  ['phố', new Set(['thành'])],
]);

/** `marker` closes a compound with the word before it (`Môi trường`, `thành phố`), so it names no school or street. */
function endsCompound(previous: Piece | undefined, marker: Piece): boolean {
  return previous !== undefined && COMPOUND_HEADS.get(marker.text.toLowerCase())?.has(previous.text.toLowerCase()) === true;
}

/** Heads of titles written before or after a name; `phó`, `quyền`, `nguyên` may precede them. */
const TITLE_HEADS = [
  'chủ tịch', 'bí thư', 'tổng bí thư', 'giám đốc', 'tổng giám đốc', 'chánh văn phòng', 'chánh thanh tra',
  'chánh án', 'chủ nhiệm', 'tổng thư ký', 'thư ký', 'ủy viên', 'tỉnh ủy viên', 'thành ủy viên',
  'huyện ủy viên', 'đảng ủy viên', 'đại biểu quốc hội', 'đại biểu hđnd', 'đại biểu hội đồng nhân dân',
  'thủ tướng', 'bộ trưởng', 'thứ trưởng', 'viện trưởng', 'hiệu trưởng', 'cục trưởng', 'tổng cục trưởng',
  'chi cục trưởng', 'vụ trưởng', 'chỉ huy trưởng', 'tham mưu trưởng', 'tổ trưởng', 'đội trưởng', 'trưởng',
  'tổng biên tập', 'tư lệnh', 'chính ủy', 'đại sứ', 'tổng lãnh sự', 'lãnh sự', 'trợ lý', 'tổng kiểm toán',
  'kiểm toán trưởng', 'đại tướng', 'thượng tướng', 'trung tướng', 'thiếu tướng', 'đại tá', 'thượng tá',
  'trung tá', 'thiếu tá',
];

/** Abbreviations whose dot does not end a sentence (`TP. Hồ Chí Minh`, `PGS. TS.`). */
const ABBREVIATIONS = new Set(['TP', 'Tp', 'TS', 'PGS', 'GS', 'ThS', 'Ths', 'TSKH', 'BS', 'KS', 'NCS', 'Th', 'TX', 'Q', 'P', 'St', 'Mr', 'Ms', 'Mrs', 'Dr', 'v', 'tr', 'Tr', 'NXB', 'Nxb']);

// ---------------------------------------------------------------------------
// Patterns

/** JS `\b` is ASCII-only; this is a word end for Vietnamese letters. */
const WORD_END = '(?![\\p{L}\\p{N}])';

const word = (phrase: string): string => phrase.replace(/ủy/g, '(?:ủy|uỷ)').replace(/ /g, '\\s+');

const TITLE_START = new RegExp(
  `(?:nguyên\\s+)?(?:quyền\\s+)?(?:phó\\s+)?(?:${[...TITLE_HEADS].sort((a, b) => b.length - a.length).map(word).join('|')})${WORD_END}`,
  'iuy',
);

/** The length of the title (`Giám đốc`, `Phó Chủ tịch`, `nguyên Bí thư`) that starts at `at` in `text`, if one does. */
export function titleLengthAt(text: string, at: number): number | undefined {
  return matchLength(TITLE_START, text, at);
}

/** Words that open a generic or plural entry: `lãnh đạo các sở`, `cùng đông đảo …`, `các Phó Chủ tịch …`, `200 đại biểu`. */
const GROUP_START = new RegExp(
  `(?:${[
    'lãnh đạo', 'đại diện', 'cùng', 'các', 'đông đảo', 'thường trực', 'toàn thể', 'những', 'nhiều', 'một số',
    'đại biểu', 'lực lượng', 'tập thể', 'bà con', 'quý', 'hơn', 'gần', 'khoảng', 'trên', 'thủ trưởng',
  ]
    .map(word)
    .join('|')})${WORD_END}|\\d`,
  'iuy',
);

/** People nouns that are often enumerated inside one group (`cán bộ, công chức, viên chức`): a group only after a person. */
const PEOPLE_NOUN = new RegExp(
  `(?:${['cán bộ', 'công chức', 'viên chức', 'đoàn viên', 'hội viên', 'đảng viên', 'thành viên', 'học sinh', 'sinh viên', 'nhân dân', 'người dân']
    .map(word)
    .join('|')})${WORD_END}`,
  'iuy',
);

/** A group that still names people, required after the looser formulas (`Về phía X có nhiều kiến nghị` is no list). */
const PEOPLE_GROUP = /^(?:cùng\s+)?(?:các\s+)?(?:đồng\s+chí|lãnh\s+đạo|đại\s+diện|thường\s+trực|đại\s+biểu|cán\s+bộ)(?![\p{L}])/iu;

const HONORIFIC = /(?:ông|bà|đồng\s+chí)(?=\s)/iuy;
/**
 * A military or police rank opens the name in every style (`Đại tá Nguyễn Văn
 * Tuấn, Phó Giám đốc Công an tỉnh`): like an honorific it marks a person, also
 * one whose name has no common surname (`Thượng tá A Thiên`); it stays a title.
 */
/** A rank's words, for patterns elsewhere (the signer's rank in a release's text). */
export const RANK_WORDS = String.raw`(?:đại|thượng|trung|thiếu)\s+(?:tướng|tá|úy|uý)|(?:phó\s+|chuẩn\s+)?đô\s+đốc`;
const RANK = new RegExp(String.raw`(?:${RANK_WORDS})(?![\p{L}\p{N}])`, 'iuy');
const WHOLE_RANK = new RegExp(`^${RANK.source}$`, 'iu');

/** Whether a title is a rank (`Đại tá`, `Thiếu tướng`): it names no post, so it neither sets a list's style nor makes a person's titles several. */
export function isRank(title: string): boolean {
  return WHOLE_RANK.test(title);
}

const ACADEMIC_TOKEN = `(?:PGS|GS|TSKH|TS|ThS|Ths|BSCKII|BSCKI|BS|KS|LS|NGND|NGƯT|NSND|NSƯT)${WORD_END}\\.?`;
const ACADEMIC = new RegExp(`${ACADEMIC_TOKEN}(?:[ \\t]*${ACADEMIC_TOKEN})*`, 'uy');
const ACADEMIC_BEFORE_NAME = new RegExp(`(?<![\\p{L}])${ACADEMIC_TOKEN}(?:[ \\t]*${ACADEMIC_TOKEN})*\\s*$`, 'u');

/** A capitalized syllable; Ê Đê women's names join `H’` to the next one (`H’Yim`), Korean given names join a lowercase one with a hyphen (`Woo-jin`). */
const SYLLABLE = /\p{Lu}(?:[’']\p{Lu})?\p{Ll}*(?:-\p{Ll}+)*(?![\p{L}\p{N}])/uy;
const INLINE_SPACE = /[ \t\u00a0]+/y;

/** Name–title separators; glued forms such as `Long- Thứ` or `Duy-Trưởng` keep their exact spacing. */
const DASH = /\s*([-‐‑–—])\s*/uy;
const COMMA = /\s*,\s*/y;
const DASH_BEFORE_NAME = /\s*([-‐‑–—])\s*$/u;
const HYPHENS = '-‐‑';

/** `Dự án`, `Dự kiến`, … are nouns, not the verb `dự`. */
const DU_COMPOUND = `(?!\\s+(?:án|kiến|thảo|toán|báo|trữ|phòng|định|đoán|tính|luật|bị|khuyết|tuyển|thi|giờ)${WORD_END})`;

/** Those who receive a visiting delegation or go with it: `Cùng tiếp đoàn`, `Tiếp đón đoàn`, `Cùng đi với đoàn`, `Đi cùng đoàn`. */
const RECEIVING_OR_ACCOMPANYING = String.raw`(?:(?:cùng\s+)?(?:tiếp(?:\s+đón)?|đi\s+(?:với|cùng))\s+đoàn|cùng\s+đi)(?![\p{L}\p{N}])`;
/** Formulas that open a clause: `Tham dự [buổi lễ] có`, `Đến dự … có`, `Chủ trì họp báo có`, `Tham gia trả lời … có` (with people first), `Cùng tham gia đoàn có`, `Về phía X có`, `Tiếp và làm việc với Đoàn có`, `Cùng tiếp đoàn có`, `Cùng đi với đoàn có`. */
const LEADING_FORMULA = new RegExp(
  `^(?:(?:cùng\\s+)?(?:(?:tham|đến|tới)\\s+)?dự${DU_COMPOUND}|(?:đồng\\s+)?chủ\\s+trì|(?:cùng\\s+)?tham\\s+gia\\s+đoàn|cùng\\s+tham\\s+gia|(?<loose>về\\s+phía|tiếp\\s+và\\s+làm\\s+việc\\s+với|${RECEIVING_OR_ACCOMPANYING}|tham\\s+gia))` +
    `(?:\\s+[^\\s,;:]+){0,15}?,?\\s+(?:có(?:\\s+mặt)?|gồm(?:\\s+có)?)${WORD_END}(?!\\s+(?:thể|được|lẽ)${WORD_END})`,
  'iu',
);
const FORMULA_WORD = /dự|chủ\s+trì|tham\s+gia|về\s+phía|làm\s+việc|đồng\s+chí|đoàn|cùng\s+đi/giu;
/** How every leading formula and `Các đồng chí:` list begins; looser than either, it only rules clauses out. */
const CLAUSE_OPENING = new RegExp(
  String.raw`(?:cùng\s+)?(?:(?:tham|đến|tới)\s+)?dự|(?:đồng\s+)?chủ\s+trì|(?:cùng\s+)?tham\s+gia|về\s+phía|tiếp\s+và\s+làm\s+việc|${RECEIVING_OR_ACCOMPANYING}|các\s+đồng\s+chí`,
  'iuy',
);
/** What `… có các đồng chí:` and `… gồm các đồng chí Lê Văn A, …` hold. */
const COLLECTIVE_HINT = /[cC]ác\s+đồng\s+chí(?:\s*:|\s+\p{Lu})/u;
/** A capitalized word ahead, the first of a name: group 1, which must be a surname (`namesPerson`). */
const NAME_AHEAD = String.raw`(?=\s+(\p{Lu}\p{Ll}*)(?![\p{L}]))`;
/** `… có các đồng chí:` anywhere in a sentence, or `… gồm các đồng chí` before a name. */
const COLLECTIVE_ANYWHERE = new RegExp(String.raw`(?<![\p{L}])(?:có|gồm)\s+các\s+đồng\s+chí(?:\s*:|${NAME_AHEAD})`, 'giu');
/** The list-before-verb form: `Các đồng chí: A, title; B, title dự.` */
const LIST_BEFORE_VERB = new RegExp(String.raw`^các\s+đồng\s+chí(?:\s*:|${NAME_AHEAD})`, 'iu');
/** What may follow the formula and still belong to it: `có các đồng chí:`, `có:`. */
const COLLECTIVE_COLON = /^\s+(?:các\s+)?đồng\s+chí\s*:/iu;
const COLLECTIVE_BEFORE_NAME = new RegExp(String.raw`^\s+các\s+đồng\s+chí${NAME_AHEAD}`, 'iu');

/** A collective formula's match names people: it ends with a colon, or the name ahead opens with a surname (`gồm các đồng chí Lê …`, not `… Sở`). */
function namesPerson(match: RegExpMatchArray): boolean {
  return match[1] === undefined || SURNAMES.has(match[1]);
}
const COLON = /^\s*:/;

/** A verb closing a list-before-verb sentence (`… Phó trưởng Đoàn ĐBQH tỉnh dự.`) or a redundant `tới dự`. */
const TRAILING_VERB = new RegExp(
  `\\s+(?:(?:cùng|đã|đến|tới|tham)\\s+)*(?:dự(?:\\s+(?:và\\s+[^,;]*|(?:hội\\s+nghị|buổi|lễ|cuộc|phiên|đại\\s+hội|hội\\s+thảo|chương\\s+trình)[^,;]*))?|(?:đồng\\s+)?chủ\\s+trì(?:\\s+[^,;]*)?)$`,
  'iu',
);

/** Entry delimiters: `,` `;` (optionally followed by `và`), a bare ` và `, and a space before `cùng` (which stays with its group). */
const DELIMITER = /[ \t]*([,;])\s*(?:và\s+)?|\s+(và)\s+|\s+(?=cùng\s)/giu;
const TITLE_DELIMITER = /\s*(?:[,;]|[-‐‑–—])\s*/gu;

// ---------------------------------------------------------------------------
// Sentences and intros

interface Span {
  start: number;
  end: number;
}

/** What may end a sentence: the scan jumps from one to the next. */
const SENTENCE_MARK = /[.!?]/g;

function sentenceSpans(text: string): Span[] {
  const spans: Span[] = [];
  let start = skipWhiteSpace(text, 0);
  SENTENCE_MARK.lastIndex = start;
  for (let mark = SENTENCE_MARK.exec(text); mark; mark = SENTENCE_MARK.exec(text)) {
    const i = mark.index;
    if (!endsSentence(text, i)) continue;
    if (i > start) spans.push({ start, end: i });
    // Skip the `/.` of the `./.` end mark.
    start = skipWhiteSpace(text, text.startsWith('/.', i + 1) ? i + 3 : i + 1);
    SENTENCE_MARK.lastIndex = start;
  }
  const end = trimWhiteSpaceEnd(text, start, text.length);
  if (end > start) spans.push({ start, end });
  return spans;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const UPPERCASE = /\p{Lu}/u;
const LOWERCASE_WORD = /^\p{Ll}{2,}$/u;
const LOWERCASE_OR_CLAUSE_MARK = /[\p{Ll},;:]/u;
const FOLLOWING_CHARACTER = /[\s"'”’)\]]*(.)?/suy;

/** A `.` ends a sentence unless it belongs to an abbreviation or a number, or a lowercase word or `,` follows it. */
function endsSentence(text: string, i: number): boolean {
  const char = text[i];
  if (char === '!' || char === '?') return true;
  if (char !== '.') return false;
  const next = text[i + 1];
  if (next === undefined) return true;
  // Glued to the next word: only a lowercase word before a capital (`tỉnh.Các`) is a missing space.
  if (isLetterOrDigit(text, i + 1, i + 2)) return UPPERCASE.test(next) && LOWERCASE_WORD.test(wordBefore(text, i));
  if (ABBREVIATIONS.has(wordBefore(text, i))) return false;
  FOLLOWING_CHARACTER.lastIndex = i + 1;
  const following = FOLLOWING_CHARACTER.exec(text)![1];
  return following === undefined || !LOWERCASE_OR_CLAUSE_MARK.test(following);
}

/** How far back the word before a period is read: further than any abbreviation or glued word needs. */
const WORD_BEFORE_WINDOW = 24;

/**
 * The letters and digits just before `end`, within the window: the last
 * dot-separated part of an abbreviation (`TP`, the `TS` of `PGS.TS`). An
 * astral letter counts only with both its halves inside the window.
 */
function wordBefore(text: string, end: number): string {
  const limit = Math.max(0, end - WORD_BEFORE_WINDOW);
  let start = end;
  while (start > limit) {
    const code = text.charCodeAt(start - 1);
    const width = isLowSurrogate(code) && start - 2 >= limit && isHighSurrogate(text.charCodeAt(start - 2)) ? 2 : 1;
    if (!isLetterOrDigit(text, start - width, start)) break;
    start -= width;
  }
  return text.slice(start, end);
}

function isLetterOrDigit(text: string, start: number, end: number): boolean {
  const code = text.charCodeAt(start);
  if (code < 0x80) return (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a);
  return LETTER_OR_DIGIT.test(text.slice(start, end));
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/**
 * Whether a paragraph may hold a participants intro: a formula opening a
 * clause (at its start or after white space following `.` `!` `?` `;`, the
 * only places a sentence or clause starts) or the collective `các đồng chí:`.
 */
function mayHoldIntro(text: string): boolean {
  if (text.includes('đồng chí') && COLLECTIVE_HINT.test(text)) return true;
  if (opensClause(text, skipWhiteSpace(text, 0))) return true;
  OPENING_AFTER_MARK.lastIndex = 0;
  while (OPENING_AFTER_MARK.test(text)) {
    if (opensClause(text, OPENING_AFTER_MARK.lastIndex - 1)) return true;
  }
  return false;
}

/** First letters of the clause openings, either case: most clauses start with another letter, and the pattern is not tried. */
const OPENING_INITIALS = 'cCtTđĐdDvV';
/** A sentence mark or `;`, white space, and the first letter of a clause opening. */
const OPENING_AFTER_MARK = new RegExp(`[.!?;]\\s*[${OPENING_INITIALS}]`, 'g');

function opensClause(text: string, at: number): boolean {
  return OPENING_INITIALS.includes(text[at] ?? ' ') && matchLength(CLAUSE_OPENING, text, at) !== undefined;
}

interface ListRegion {
  intro: Piece;
  listStart: number;
  listEnd: number;
  /** Looser formulas need a first entry that names people. */
  needsPeople: boolean;
}

function listRegions(text: string, sentence: Span): ListRegion[] {
  // Brackets matter only around a `;` or a collective formula: most sentences have neither.
  let nested: Span[] | undefined;
  const topLevel = (index: number): boolean => isTopLevel((nested ??= nestedRanges(text, sentence.start, sentence.end)), index);
  const clauseStarts = [sentence.start];
  for (let i = text.indexOf(';', sentence.start); i !== -1 && i < sentence.end; i = text.indexOf(';', i + 1)) {
    if (topLevel(i)) clauseStarts.push(skipWhiteSpace(text, i + 1));
  }

  const found: Array<{ intro: Piece; needsPeople: boolean }> = [];
  for (const clauseStart of clauseStarts) {
    const leading = leadingIntro(text, clauseStart, sentence.end);
    if (leading) found.push(leading);
  }
  const sentenceText = text.slice(sentence.start, sentence.end);
  // The collective formula ends with a colon or comes before a name: a sentence without `đồng chí` is not searched.
  const collective = sentenceText.includes('đồng chí') ? sentenceText.matchAll(COLLECTIVE_ANYWHERE) : [];
  for (const match of collective) {
    if (!namesPerson(match)) continue;
    const at = sentence.start + match.index;
    let clauseStart = sentence.start;
    for (let i = at - 1; i > sentence.start; i--) {
      if ((text[i] === ',' || text[i] === ';') && topLevel(i)) {
        clauseStart = skipWhiteSpace(text, i + 1);
        break;
      }
    }
    found.push({ intro: piece(text, clauseStart, at + match[0].length), needsPeople: false });
  }
  // Stable sort: a leading formula wins over the `có các đồng chí:` it already covers.
  found.sort((a, b) => a.intro.start - b.intro.start);
  const intros = found.filter((candidate, index) => index === 0 || candidate.intro.start >= found[index - 1]!.intro.end);

  const regions: ListRegion[] = [];
  for (const [index, { intro, needsPeople }] of intros.entries()) {
    const listStart = skipWhiteSpace(text, intro.end);
    const listEnd = trimList(text, listStart, intros[index + 1]?.intro.start ?? sentence.end);
    if (listEnd > listStart) regions.push({ intro, listStart, listEnd, needsPeople });
  }
  return regions;
}

/** A formula at the start of a clause, extended over `các đồng chí:` / `:` when present. */
function leadingIntro(text: string, start: number, end: number): { intro: Piece; needsPeople: boolean } | undefined {
  if (!opensClause(text, start)) return undefined;
  const clause = text.slice(start, end);
  const beforeVerb = LIST_BEFORE_VERB.exec(clause);
  if (beforeVerb && namesPerson(beforeVerb)) {
    return { intro: piece(text, start, start + beforeVerb[0].length), needsPeople: false };
  }
  const formula = LEADING_FORMULA.exec(clause);
  if (!formula) return undefined;
  let length = formula[0].length;
  const rest = clause.slice(length);
  const beforeName = COLLECTIVE_BEFORE_NAME.exec(rest);
  const extension =
    COLLECTIVE_COLON.exec(rest)?.[0] ??
    (beforeName && namesPerson(beforeName) ? beforeName[0] : undefined) ??
    COLON.exec(rest)?.[0];
  if (extension) length += extension.length;
  return { intro: piece(text, start, start + length), needsPeople: formula.groups?.['loose'] !== undefined };
}

/** The end of a list: trailing spaces, punctuation and a closing verb are not part of it. */
function trimList(text: string, start: number, end: number): number {
  let stop = end;
  for (;;) {
    const trimmed = trimWhiteSpaceEnd(text, start, stop);
    const withoutPunctuation = trimmed > start && ',;:'.includes(text[trimmed - 1]!) ? trimmed - 1 : trimmed;
    // The verb holds no `,` or `;`: only the text after the last one is searched.
    const tail = Math.max(start, text.lastIndexOf(',', withoutPunctuation - 1) + 1, text.lastIndexOf(';', withoutPunctuation - 1) + 1);
    const verb = TRAILING_VERB.exec(text.slice(tail, withoutPunctuation));
    const next = verb ? tail + verb.index : withoutPunctuation;
    if (next === stop) return stop;
    stop = next;
  }
}

// ---------------------------------------------------------------------------
// Entries

type SegmentClass = 'honorific' | 'name' | 'title' | 'group' | 'people-noun' | 'other';

interface Segment extends Span {
  /** After `;` or at the start of the list: always begins a new entry (bar a stray title, see `assemble`). */
  hard: boolean;
  delimiter: 'start' | ',' | ';' | 'và' | 'cùng';
}

interface Unit extends Span {
  kind: SegmentClass;
  hard: boolean;
  /** For a title unit: it ends with a personal name, so it is a complete title-first person. */
  endsWithName: boolean;
  /** For a person unit: a name with no title yet (`Huỳnh Nghĩa` before `, Phó Chủ tịch …`). */
  nameOnly: boolean;
  /** For a person unit: the unit read as a person, kept for an entry that is this unit alone. */
  person?: PersonMatch | undefined;
}

type EntryRole = 'person' | 'title-first' | 'pending-title' | 'group';

interface DraftEntry extends Span {
  role: EntryRole;
  /** A person written as a bare name so far: the next title is its own. */
  needsTitle: boolean;
  /** The person read from the entry's one unit, until the entry grows. */
  person?: PersonMatch | undefined;
}

function parseEntries(text: string, start: number, end: number): Array<PersonMatch | GroupMatch> {
  const entries: Array<PersonMatch | GroupMatch> = [];
  for (const draft of assemble(buildUnits(text, splitSegments(text, start, end)))) {
    const person = draft.role === 'group' || draft.role === 'pending-title' ? undefined : (draft.person ?? parsePerson(text, draft.start, draft.end));
    if (person) entries.push(person);
    else {
      const { start: groupStart, end: groupEnd, text: groupText } = piece(text, draft.start, draft.end);
      entries.push({ kind: 'group', start: groupStart, end: groupEnd, text: groupText });
    }
  }
  return entries;
}

function splitSegments(text: string, start: number, end: number): Segment[] {
  const nested = nestedRanges(text, start, end);
  const segments: Segment[] = [];
  let segmentStart = start;
  let delimiter: Segment['delimiter'] = 'start';
  const push = (segmentEnd: number): void => {
    const trimmedEnd = trimWhiteSpaceEnd(text, segmentStart, segmentEnd);
    if (trimmedEnd <= segmentStart) return;
    const hard = delimiter === 'start' || delimiter === ';';
    segments.push({ start: segmentStart, end: trimmedEnd, hard, delimiter });
  };
  for (const match of text.slice(start, end).matchAll(DELIMITER)) {
    const at = start + match.index;
    const mark = match[1] ?? match[2];
    const markAt = mark ? at + match[0].indexOf(mark) : at;
    if (!isTopLevel(nested, markAt)) continue;
    // A decimal comma (`1,5 ha`) is not a delimiter.
    if (mark === ',' && /\d/.test(text[markAt - 1] ?? '') && /\d/.test(text[markAt + 1] ?? '')) continue;
    push(at);
    delimiter = mark === ',' || mark === ';' ? mark : mark === undefined ? 'cùng' : 'và';
    segmentStart = at + match[0].length;
  }
  push(end);
  return segments;
}

function classify(text: string, segment: Segment, next: Segment | undefined): SegmentClass {
  const { start, end } = segment;
  const honorific = matchLength(HONORIFIC, text, start);
  if (honorific !== undefined) {
    const after = skipWhiteSpace(text, start + honorific);
    if (matchLength(ACADEMIC, text, after) !== undefined || matchLength(TITLE_START, text, after) !== undefined) return 'honorific';
    if (capitalizedRun(text, after, end).length >= 2) return 'honorific';
  }
  const academic = matchLength(ACADEMIC, text, start);
  if (academic !== undefined && capitalizedRun(text, skipWhiteSpace(text, start + academic), end).length >= 2) return 'honorific';
  // `Đại tá Nguyễn Văn Hùng - Chỉ huy trưởng …`, `Thượng tá A Thiên - Chính trị viên …`: the rank opens a person, named with or without a common surname.
  // Without a dash in the segment, `Đại tá Nguyễn Văn Tuấn` is read as a title ending with a name, which may follow another title (`Giám đốc Công an tỉnh, Thiếu tướng …`).
  const rank = matchLength(RANK, text, start);
  if (rank !== undefined) {
    const separator = nameFirstAt(text, skipWhiteSpace(text, start + rank), end, false)?.separator;
    if (separator === 'hyphen' || separator === 'en-dash') return 'honorific';
  }
  const nameFirst = nameFirstAt(text, start, end, true);
  if (nameFirst) {
    // A bare name needs a separator, or a title in the next comma segment: `Huỳnh Nghĩa, Phó Chủ tịch …`.
    if (nameFirst.separatorText) return 'name';
    if (next?.delimiter === ',' && matchLength(TITLE_START, text, next.start) !== undefined) return 'name';
  }
  if (matchLength(TITLE_START, text, start) !== undefined) return 'title';
  if (matchLength(GROUP_START, text, start) !== undefined) return 'group';
  if (matchLength(PEOPLE_NOUN, text, start) !== undefined) return 'people-noun';
  return 'other';
}

/** Joins each segment with the continuation segments after it (`Sở Thông tin` + `Truyền thông`). */
function buildUnits(text: string, segments: Segment[]): Unit[] {
  const units: Unit[] = [];
  for (const [index, segment] of segments.entries()) {
    const kind = classify(text, segment, segments[index + 1]);
    const last = units[units.length - 1];
    if (kind === 'other' && !segment.hard && last) last.end = segment.end;
    else units.push({ start: segment.start, end: segment.end, kind, hard: segment.hard, endsWithName: false, nameOnly: false });
  }
  for (const unit of units) {
    if (unit.kind === 'title') unit.endsWithName = trailingName(text, unit.start, unit.end) !== undefined;
    if (unit.kind === 'honorific' || unit.kind === 'name') {
      unit.person = parsePerson(text, unit.start, unit.end);
      unit.nameOnly = unit.person?.titles.length === 0;
    }
  }
  return units;
}

/** Groups units into entries: persons, title-first persons (possibly several titles long) and groups. */
function assemble(units: Unit[]): DraftEntry[] {
  const entries: DraftEntry[] = [];
  for (const [index, unit] of units.entries()) {
    const current = entries[entries.length - 1];
    const extend = (): void => {
      current!.end = unit.end;
      current!.needsTitle = false;
      current!.person = undefined;
    };
    const open = (role: EntryRole): void => {
      entries.push({ start: unit.start, end: unit.end, role, needsTitle: unit.nameOnly, person: unit.person });
    };
    switch (unit.kind) {
      case 'honorific':
      case 'name':
        open('person');
        break;
      case 'group':
        open('group');
        break;
      case 'title':
        // A bare name before it takes the title, even one that ends like a name (`bà Hoàng Thị Thu, Phó Chủ tịch UBND xã Châu Quế`).
        if (unit.endsWithName && !(current?.needsTitle && !unit.hard)) {
          if (current?.role === 'pending-title' && !unit.hard) {
            extend();
            current.role = 'title-first';
          } else open('title-first');
        } else if (current?.needsTitle && !unit.hard) {
          extend();
        } else if (titlesLeadToName(units, index)) {
          // `Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Nguyễn Văn A`: a title-first person with several titles.
          if (current?.role === 'pending-title' && !unit.hard) extend();
          else open('pending-title');
        } else if (current && (!unit.hard || current.role === 'person' || current.role === 'title-first')) {
          // One more title of the current entry, even after a stray `;` that splits one person's titles.
          extend();
        } else open('pending-title');
        break;
      case 'people-noun':
        if (current?.role === 'group' && !unit.hard) extend();
        else open('group');
        break;
      case 'other':
        if (current && !unit.hard) extend();
        else open('group');
        break;
    }
  }
  return entries;
}

function titlesLeadToName(units: Unit[], index: number): boolean {
  for (let i = index + 1; i < units.length; i++) {
    const unit = units[i]!;
    if (unit.kind !== 'title' || unit.hard) return false;
    if (unit.endsWithName) return true;
  }
  return false;
}

// ---------------------------------------------------------------------------
// Persons

interface NameFirst {
  name: Piece;
  separator: NameTitleSeparator;
  separatorText?: Piece;
  titlesStart: number;
}

function parsePerson(text: string, start: number, end: number): PersonMatch | undefined {
  let at = start;
  const honorificLength = matchLength(HONORIFIC, text, at);
  const honorific = honorificLength === undefined ? undefined : piece(text, at, at + honorificLength);
  if (honorific) at = skipWhiteSpace(text, honorific.end);
  const academicLength = matchLength(ACADEMIC, text, at);
  const academicPrefix = academicLength === undefined ? undefined : piece(text, at, at + academicLength);
  if (academicPrefix) at = skipWhiteSpace(text, academicPrefix.end);

  const rankLength = matchLength(RANK, text, at);
  const nameAt = rankLength === undefined ? at : skipWhiteSpace(text, at + rankLength);
  const nameFirst = nameFirstAt(text, nameAt, end, !honorific && !academicPrefix && rankLength === undefined);
  if (nameFirst) {
    const rank = rankLength === undefined ? [] : [piece(text, at, at + rankLength)];
    const titles = [...rank, ...(nameFirst.titlesStart < end ? splitTitles(text, nameFirst.titlesStart, end) : [])];
    const { name, separator, separatorText } = nameFirst;
    return person(start, { honorific, academicPrefix, name, titles, separator, separatorText });
  }
  return titleFirstPerson(text, start, at, end, honorific, academicPrefix);
}

/**
 * `Phó Chủ tịch UBND tỉnh Nguyễn Duy Hưng`: the name closes the first title
 * chunk that ends with one; titles written after it (`…, Trưởng ban X`) are kept too.
 */
function titleFirstPerson(
  text: string,
  start: number,
  at: number,
  end: number,
  honorific: Piece | undefined,
  academicPrefix: Piece | undefined,
): PersonMatch | undefined {
  for (const cut of [...titleCuts(text, at, end), { end, next: end }]) {
    const name = trailingName(text, at, cut.end);
    if (!name || name.start === at) continue;
    let titlesEnd = name.start;
    let academic = academicPrefix;
    const academicBefore = ACADEMIC_BEFORE_NAME.exec(text.slice(at, titlesEnd));
    if (academicBefore && !academic) {
      academic = piece(text, at + academicBefore.index, titlesEnd);
      titlesEnd = at + academicBefore.index;
    }
    // Reversed order, `Phó Giám đốc Sở Nội vụ - Nguyễn Thị Mai Thương`: the dash is still the separator.
    const dash = DASH_BEFORE_NAME.exec(text.slice(at, titlesEnd));
    let separator: NameTitleSeparator = 'title-first';
    let separatorText: Piece | undefined;
    if (dash) {
      separator = HYPHENS.includes(dash[1]!) ? 'hyphen' : 'en-dash';
      separatorText = { start: at + dash.index, end: titlesEnd, text: dash[0] };
      titlesEnd = at + dash.index;
    }
    const titles = splitTitles(text, at, titlesEnd);
    if (titles.length === 0) return undefined;
    if (cut.next < end) titles.push(...splitTitles(text, cut.next, end));
    return person(start, { honorific, academicPrefix: academic, name, titles, separator, separatorText });
  }
  return undefined;
}

function person(start: number, parts: Omit<PersonMatch, 'kind' | 'start' | 'end'>): PersonMatch {
  const { honorific, academicPrefix, name, titles, separator, separatorText } = parts;
  const end = Math.max(name.end, titles[titles.length - 1]?.end ?? 0);
  const match: PersonMatch = { kind: 'person', start, end, name, titles, separator };
  if (honorific) match.honorific = honorific;
  if (academicPrefix) match.academicPrefix = academicPrefix;
  if (separatorText) match.separatorText = separatorText;
  return match;
}

/** A name of 2–5 capitalized syllables followed by a separator, or ending the entry. */
function nameFirstAt(text: string, at: number, end: number, needsSurname: boolean): NameFirst | undefined {
  if (matchLength(TITLE_START, text, at) !== undefined) return undefined;
  const run = capitalizedRun(text, at, end);
  if (run.length < 2 || run.length > 5 || startsWithPlace(run)) return undefined;
  if (needsSurname && !SURNAMES.has(run[0]!.text)) return undefined;
  const name = piece(text, at, run[run.length - 1]!.end);
  const dash = matchLength(DASH, text, name.end);
  if (dash !== undefined && name.end + dash < end) {
    const separatorText = { start: name.end, end: name.end + dash, text: text.slice(name.end, name.end + dash) };
    const separator = HYPHENS.includes(separatorText.text.trim()) ? 'hyphen' : 'en-dash';
    return { name, separator, separatorText, titlesStart: separatorText.end };
  }
  const comma = matchLength(COMMA, text, name.end);
  if (comma !== undefined && name.end + comma < end) {
    const separatorText = { start: name.end, end: name.end + comma, text: text.slice(name.end, name.end + comma) };
    return { name, separator: 'comma', separatorText, titlesStart: separatorText.end };
  }
  if (trimWhiteSpaceEnd(text, name.end, end) === name.end) return { name, separator: 'title-first', titlesStart: end };
  return undefined;
}

const MAX_TRAILING_NAME_SYLLABLES = 4;

/**
 * The personal name closing a title-first entry: the longest 2–4 syllable tail
 * of the final capitalized run that starts with a surname and not with a place
 * (`… tỉnh Quảng Ninh Nguyễn Thị Hạnh` → `Nguyễn Thị Hạnh`).
 */
function trailingName(text: string, start: number, end: number): Piece | undefined {
  // Two words more than a name: the word before it, and the one before that, which may make it part of a compound (`thành phố`).
  const tokens = lastWords(text, start, end, MAX_TRAILING_NAME_SYLLABLES + 2);
  let runStart = tokens.length;
  while (runStart > 0 && /^\p{Lu}\p{Ll}*$/u.test(tokens[runStart - 1]!.text)) runStart--;
  const run = tokens.slice(runStart);
  for (let length = Math.min(MAX_TRAILING_NAME_SYLLABLES, run.length); length >= 2; length--) {
    const name = run.slice(run.length - length);
    const before = tokens[tokens.length - length - 1];
    if (!SURNAMES.has(name[0]!.text) || startsWithPlace(name)) continue;
    if (before && NAMESAKE_MARKERS.has(before.text) && !endsCompound(tokens[tokens.length - length - 2], before)) return undefined;
    return piece(text, name[0]!.start, name[length - 1]!.end);
  }
  return undefined;
}

/** The last `count` words (runs of non-white-space) of `[start, end)`, in text order. */
function lastWords(text: string, start: number, end: number, count: number): Piece[] {
  const words: Piece[] = [];
  let position = end;
  while (words.length < count) {
    position = trimWhiteSpaceEnd(text, start, position);
    if (position === start) break;
    const wordEnd = position;
    while (position > start && !isWhiteSpace(text.charCodeAt(position - 1))) position--;
    words.push({ start: position, end: wordEnd, text: text.slice(position, wordEnd) });
  }
  return words.reverse();
}

/** Where one title ends and the next begins: at `,` `;` or a dash followed by a title (`Lao động - Thương binh` stays whole). */
function titleCuts(text: string, start: number, end: number): Array<{ end: number; next: number }> {
  const nested = nestedRanges(text, start, end);
  const cuts: Array<{ end: number; next: number }> = [];
  for (const match of text.slice(start, end).matchAll(TITLE_DELIMITER)) {
    const at = start + match.index;
    const next = at + match[0].length;
    if (isTopLevel(nested, at) && matchLength(TITLE_START, text, next) !== undefined) cuts.push({ end: at, next });
  }
  return cuts;
}

function splitTitles(text: string, start: number, end: number): Piece[] {
  const titles: Piece[] = [];
  let titleStart = start;
  for (const cut of titleCuts(text, start, end)) {
    titles.push(piece(text, titleStart, cut.end));
    titleStart = cut.next;
  }
  titles.push(piece(text, titleStart, end));
  return titles.filter((title) => title.text.length > 0);
}

// ---------------------------------------------------------------------------
// Small helpers

function capitalizedRun(text: string, at: number, end: number): Piece[] {
  const syllables: Piece[] = [];
  let position = at;
  // One more than the longest name, so that a longer run is recognisably not a name.
  while (syllables.length < 6) {
    const syllable = matchLength(SYLLABLE, text, position);
    if (syllable === undefined || position + syllable > end) break;
    syllables.push({ start: position, end: position + syllable, text: text.slice(position, position + syllable) });
    const space = matchLength(INLINE_SPACE, text, position + syllable);
    if (space === undefined) break;
    position += syllable + space;
  }
  return syllables;
}

/** The length of what a sticky pattern matches at `at`, if it matches (without building the match). */
function matchLength(pattern: RegExp, text: string, at: number): number | undefined {
  pattern.lastIndex = at;
  return pattern.test(text) ? pattern.lastIndex - at : undefined;
}

const OPENING_MARKS = '([“';
const NESTING_MARK = /[([“)\]”]/g;

/**
 * The parts of `[start, end)` inside brackets or curly quotes, brackets
 * included, so that delimiters inside `( … )` or `“ … ”` are ignored. Depth
 * counts from `start`; a closing mark with nothing open is at the top level.
 */
function nestedRanges(text: string, start: number, end: number): Span[] {
  const ranges: Span[] = [];
  let depth = 0;
  let openedAt = start;
  const range = text.slice(start, end);
  NESTING_MARK.lastIndex = 0;
  for (let mark = NESTING_MARK.exec(range); mark; mark = NESTING_MARK.exec(range)) {
    const at = start + mark.index;
    if (OPENING_MARKS.includes(mark[0])) {
      if (depth === 0) openedAt = at;
      depth++;
    } else if (depth > 0) {
      depth--;
      if (depth === 0) ranges.push({ start: openedAt, end: at + 1 });
    }
  }
  if (depth > 0) ranges.push({ start: openedAt, end });
  return ranges;
}

function isTopLevel(nested: readonly Span[], index: number): boolean {
  return nested.every((range) => index < range.start || index >= range.end);
}

function piece(text: string, start: number, end: number): Piece {
  const from = skipWhiteSpace(text, start);
  const to = Math.max(from, trimWhiteSpaceEnd(text, from, end));
  return { start: from, end: to, text: text.slice(from, to) };
}

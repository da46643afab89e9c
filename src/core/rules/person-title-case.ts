import type { Rule } from '../types';
import type { Block, PressRelease } from '../model/types';
import { foldedWords, foldWord, isAllCaps, isCapitalized, nameBlocks, PhraseIndex, type NameBlock } from '../lang/name-matcher';
import { ADMINISTRATIVE_UNITS, BUILT_IN_ORGANIZATIONS, ORGANIZATION_HEADS, UNITS_BEFORE_PLACE_NAMES } from '../lang/organizations';
import { WordTree } from '../lang/word-tree';
import { skipWhiteSpace } from '../text/white-space';
import { indexStartingAt, wordStartingAt } from '../text/words';
import { QUANTIFIERS } from '../lang/quantifiers';
import { dominantForm } from '../lang/majority';
import { startsWithPlace, SURNAMES } from '../lang/person-names';

/**
 * Positions, academic titles and ranks as Nghị định 30/2020 writes them next
 * to a name (Phụ lục II §V.3; Phụ lục I §7.c: `Phó Trưởng ban`, `Phó Chủ
 * tịch Hội đồng`). Only their first letter is judged: a lowercase second
 * element (`Phó bí thư`, `Phó chủ tịch`) is house style
 * (real-articles-patterns.md §11). `Trưởng` alone is left out: `trưởng
 * thành` (to grow up) follows a name as often as a title does.
 */
const TITLE_NAMES = [
  'Chủ tịch', 'Bí thư', 'Tổng Bí thư', 'Giám đốc', 'Tổng Giám đốc', 'Chánh Văn phòng', 'Chánh Thanh tra', 'Chánh án',
  'Chủ nhiệm', 'Tổng Thư ký', 'Thư ký', 'Ủy viên', 'Tỉnh ủy viên', 'Thành ủy viên', 'Huyện ủy viên', 'Đảng ủy viên',
  'Thủ tướng', 'Bộ trưởng', 'Thứ trưởng', 'Viện trưởng', 'Hiệu trưởng', 'Cục trưởng', 'Tổng Cục trưởng', 'Chi cục trưởng',
  'Vụ trưởng', 'Chỉ huy trưởng', 'Tham mưu trưởng', 'Tổ trưởng', 'Đội trưởng', 'Trưởng ban', 'Trưởng phòng', 'Trưởng đoàn',
  'Trưởng khoa', 'Trưởng thôn', 'Trưởng ấp', 'Trưởng Công an', 'Tổng Biên tập', 'Tư lệnh', 'Chính ủy', 'Đại sứ',
  'Tổng Lãnh sự', 'Giáo sư', 'Phó Giáo sư', 'Tiến sĩ',
  'Đại tướng', 'Thượng tướng', 'Trung tướng', 'Thiếu tướng', 'Đại tá', 'Thượng tá', 'Trung tá', 'Thiếu tá',
];
/** Each title with the initials of its words. */
const TITLES = new PhraseIndex<boolean[]>(TITLE_NAMES.map((title) => [title, title.split(' ').map(isCapitalized)]));

/** `Phó`, `Quyền` belong to the title and take its capital; `nguyên` (former) stays lowercase. */
const CAPITALIZED_PREFIXES = new Set(['quyền', 'phó'].map(foldWord));
const FORMER = foldWord('nguyên');
/** Words that introduce a person's name. */
const HONORIFICS = new PhraseIndex<true>(['ông', 'bà', 'đồng chí'].map((honorific) => [honorific, true]));
/** The longest of them: `đồng chí`. */
const HONORIFIC_WORDS = 2;
/** Words before a title that make it generic or plural: `các phó giám đốc`, `hai phó chủ tịch`, `vị phó chủ tịch`. */
const GENERIC_MARKERS = new Set([...QUANTIFIERS, foldWord('vị')]);
/** A title before one of these is a role in a project, not a post (`chủ nhiệm nhiệm vụ`, `chủ nhiệm đề tài`): a common noun. */
const PROJECTS = new PhraseIndex<true>(['nhiệm vụ', 'đề tài', 'dự án', 'chương trình', 'công trình'].map((project) => [project, true]));
/** Word tables built at first use, not at module load: start-up counts for a one-file lint. */
let wordsInsideBodyNames: ReadonlySet<string> | undefined;
let titleLastWords: ReadonlySet<string> | undefined;

/**
 * Lowercase words that may stand inside the body named between a title and
 * a name (`phó chủ tịch UBND tỉnh Nguyễn Duy Hưng`, `giám đốc Sở Khoa học và
 * Công nghệ Trần Văn B`): the lowercase words of the dictionary names and of
 * place nouns. Any other lowercase word (a verb) means the name that follows
 * is not the title holder.
 */
function isWordInsideBodyName(key: string): boolean {
  wordsInsideBodyNames ??= new Set(
    [...BUILT_IN_ORGANIZATIONS.map((entry) => entry.name), ...ADMINISTRATIVE_UNITS, 'thường trực'].flatMap(foldedWords),
  );
  return wordsInsideBodyNames.has(key);
}

/** Last words of the titles: only where one is written can a title end. */
function isTitleLastWord(key: string): boolean {
  titleLastWords ??= new Set(TITLE_NAMES.map((title) => foldedWords(title).pop()!));
  return titleLastWords.has(key);
}

/** At most this many words of a body's name between a title and a personal name. */
const MAX_WORDS_BETWEEN = 12;
/** Personal names have two to four syllables (`Huỳnh Nghĩa`, `Nguyễn Thị Mai Thương`). */
const NAME_SYLLABLES = { min: 2, max: 4 };
/** A name known by its shape alone has three syllables at least: two capitalized words after a title are most often a place (`tỉnh Lâm Hà`, `xã Lê Lợi`). */
const SHAPED_NAME_MIN_SYLLABLES = 3;
/** The longest title: `nguyên phó tổng bí thư`. */
const MAX_TITLE_WORDS = 5;
/** Between a name and the title after it: a comma or a dash. */
const NAME_TITLE_SEPARATOR = /^\s*[,–—-]\s*$/u;

/** A title written at a word: which words to capitalize and how. */
interface TitleAt {
  /** First word to capitalize (after `nguyên`). */
  first: number;
  end: number;
  initials: boolean[];
  /** Capitalized, with a capital too many (`Bí Thư`, `Phó Chủ Tịch`), rather than in lowercase. */
  overCapitalized?: true;
}

function titleAt(prose: NameBlock, index: number): TitleAt | undefined {
  let at = index;
  if (prose.key(at) === FORMER && prose.adjacent(at + 1)) at++;
  const first = at;
  const initials: boolean[] = [];
  while (initials.length < 2 && CAPITALIZED_PREFIXES.has(prose.key(at)) && prose.adjacent(at + 1)) {
    initials.push(true);
    at++;
  }
  const title = TITLES.at(prose, at);
  return title && { first, end: title.end, initials: [...initials, ...title.value] };
}

/** A title written all in lowercase where capitals are due: not generic (`các phó giám đốc`), not the rest of a capitalized title (`Phó chủ tịch`). */
function lowercaseTitleAt(prose: NameBlock, index: number): TitleAt | undefined {
  if (prose.capitals[index]) return undefined;
  const title = titleAt(prose, index);
  if (!title || prose.capitals[title.first]) return undefined;
  const previous = prose.key(index - 1);
  if (prose.adjacent(index) && (GENERIC_MARKERS.has(previous) || (prose.capitals[index - 1] && CAPITALIZED_PREFIXES.has(previous)))) return undefined;
  if (prose.adjacent(title.end) && PROJECTS.at(prose, title.end)) return undefined;
  return title;
}

/** First words of a body's name: in `Trưởng Ban Tuyên giáo`, `Trưởng Phòng Văn hóa`, the capital opens the body, not a title written with too many. Built at first use. */
let bodyFirstWords: ReadonlySet<string> | undefined;

/**
 * A capitalized title with a capital where Nghị định 30 writes none: `Bí
 * Thư`, `Giám Đốc`, `Phó Chủ Tịch`. A title in capitals is left alone, and a
 * capital that may open a body's name (`Trưởng Ban Tuyên giáo`) is right.
 */
function overCapitalizedTitleAt(prose: NameBlock, index: number): TitleAt | undefined {
  bodyFirstWords ??= new Set(ORGANIZATION_HEADS.map(({ words }) => foldWord(words.split(' ')[0]!)));
  if (!prose.capitals[index]) return undefined;
  const title = titleAt(prose, index);
  if (!title) return undefined;
  for (let offset = 0; offset < title.initials.length; offset++) {
    const word = prose.words[title.first + offset]!;
    if (isAllCaps(word.text)) return undefined;
    if (!title.initials[offset] && prose.capitals[title.first + offset] && !bodyFirstWords.has(prose.key(title.first + offset))) return { ...title, overCapitalized: true };
  }
  return undefined;
}

/** The folded words `[first, end)`. */
function keysOf(prose: NameBlock, first: number, end: number): string[] {
  const keys: string[] = [];
  for (let index = first; index < end; index++) keys.push(prose.key(index));
  return keys;
}

/**
 * Persons named in the text: the participants lists, the project's people
 * register, and names written after `ông`, `bà`, `đồng chí` (`ông Lê Văn
 * Cường - trưởng phòng …`).
 */
function knownNames(doc: PressRelease, blocks: readonly NameBlock[], people: ReadonlyArray<{ name: string }>): WordTree {
  const known = new WordTree();
  for (const list of doc.participants) {
    for (const entry of list.entries) if (entry.kind === 'person') known.add(foldedWords(entry.name.text));
  }
  for (const person of people) known.add(foldedWords(person.name));
  for (const prose of blocks) addNamesAfterHonorifics(prose, known);
  return known;
}

/**
 * Where the capitalized words from `from` on end, each joined to the word
 * before it by spaces only: a name written there. Read one word past the
 * longest name, so that a longer run shows as no name.
 */
function capitalizedRunEnd(prose: NameBlock, from: number): number {
  let end = from;
  while (end - from <= NAME_SYLLABLES.max && prose.capitals[end] && prose.adjacent(end)) end++;
  return end;
}

/** Adds the names written after `ông`, `bà` or `đồng chí` in the block. */
function addNamesAfterHonorifics(prose: NameBlock, known: WordTree): void {
  // A name, so a capital, follows the honorific: only the one or two words before a capital are looked at.
  let index = 0;
  for (const capital of prose.capitalized) {
    for (index = Math.max(index, capital - HONORIFIC_WORDS); index < capital; index++) {
      const honorific = HONORIFICS.at(prose, index);
      if (!honorific) continue;
      const end = capitalizedRunEnd(prose, honorific.end);
      const length = end - honorific.end;
      if (length >= NAME_SYLLABLES.min && length <= NAME_SYLLABLES.max) known.add(keysOf(prose, honorific.end, end));
      index = end - 1;
    }
  }
}

/** Where the longest known name written at the capitalized word `start` ends, if one is (two words at least). */
function knownNameEnd(prose: NameBlock, start: number, known: WordTree): number | undefined {
  let tree = known.get(prose.key(start));
  let found: number | undefined;
  for (let end = start + 1; tree && end - start < NAME_SYLLABLES.max && prose.capitals[end] && prose.adjacent(end); end++) {
    tree = tree.get(prose.key(end));
    if (tree?.isPhrase) found = end + 1;
  }
  return found;
}

/** The last words of the nouns of administrative units, before a place's name: `tỉnh`, `phố` (`thành phố`), `xã`. */
const BEFORE_PLACE_NAME: ReadonlySet<string> = new Set(UNITS_BEFORE_PLACE_NAMES.map((unit) => foldWord(unit.split(' ').pop()!)));
/** Syllables of most places' names (`An Giang`, `Lạng Sơn`). */
const PLACE_NAME_SYLLABLES = 2;

/**
 * Word `start` is one of the first two of a run of capitals right after an
 * administrative unit's noun, too long to be a name alone: a place's name,
 * then the person's (`tỉnh An Giang Trần Minh Tâm`: `Giang` is no surname
 * here, `Trần` opens the name). A name alone may follow the noun (`Chủ tịch
 * UBND tỉnh Phạm Thiện Nghĩa`).
 */
function opensPlaceName(prose: NameBlock, start: number): boolean {
  let runStart = start;
  while (runStart > 0 && prose.capitals[runStart - 1] && prose.adjacent(runStart)) runStart--;
  if (start - runStart >= PLACE_NAME_SYLLABLES || runStart === 0 || !BEFORE_PLACE_NAME.has(prose.key(runStart - 1))) return false;
  return capitalizedRunEnd(prose, runStart) - runStart >= PLACE_NAME_SYLLABLES + SHAPED_NAME_MIN_SYLLABLES;
}

/**
 * Where a person's full name written at the capitalized word `start` ends,
 * judged by its shape when no list, register or honorific names the person:
 * a surname and two or three more capitalized words (`Trần Minh Đức`), not
 * a place that starts like one (`Hồ Chí Minh`), and no capital after it.
 */
function shapedNameEnd(prose: NameBlock, start: number): number | undefined {
  if (!SURNAMES.has(prose.words[start]!.text) || opensPlaceName(prose, start)) return undefined;
  const end = capitalizedRunEnd(prose, start + 1);
  const length = end - start;
  if (length < SHAPED_NAME_MIN_SYLLABLES || length > NAME_SYLLABLES.max) return undefined;
  const run = prose.words.slice(start, end);
  return run.some((word) => isAllCaps(word.text)) || startsWithPlace(run) ? undefined : end;
}

/** Where the longest title that ends right before word `end` starts (`nguyên` included), if one does. */
function titleStartBefore(prose: NameBlock, end: number): number | undefined {
  for (let start = Math.max(0, end - MAX_TITLE_WORDS); start < end; start++) {
    if (titleAt(prose, start)?.end === end) return start;
  }
  return undefined;
}

/**
 * `phó chủ tịch UBND tỉnh Nguyễn Duy Hưng`: the nearest title before the
 * name with only words of a body's name between them (`UBND tỉnh`, `Sở
 * Khoa học và Công nghệ`; a comma may stand inside such a name before a
 * capital: `Sở Văn hóa, Thể thao và Du lịch`).
 */
function titleBefore(prose: NameBlock, nameStart: number): TitleAt | undefined {
  for (let start = nameStart; start > 0 && nameStart - start <= MAX_WORDS_BETWEEN; start--) {
    const titleStart = isTitleLastWord(prose.key(start - 1)) ? titleStartBefore(prose, start) : undefined;
    if (titleStart !== undefined) return lowercaseTitleAt(prose, titleStart) ?? overCapitalizedTitleAt(prose, titleStart);
    const word = start - 1;
    if (!prose.adjacent(start) && !(prose.capitals[start] && isCommaBefore(prose, start))) return undefined;
    if (!prose.capitals[word] && !isWordInsideBodyName(prose.key(word))) return undefined;
  }
  return undefined;
}

/** `Nguyễn Văn A, giám đốc …` / `Nguyễn Văn A – giám đốc …`: the title right after the name, across a comma or dash. */
function titleAfter(prose: NameBlock, nameEnd: number): TitleAt | undefined {
  if (nameEnd >= prose.words.length || !NAME_TITLE_SEPARATOR.test(gapBefore(prose, nameEnd))) return undefined;
  return prose.capitals[nameEnd] ? overCapitalizedTitleAt(prose, nameEnd) : lowercaseTitleAt(prose, nameEnd);
}

/** The text between word `index` and the word before it. */
function gapBefore(prose: NameBlock, index: number): string {
  return prose.text.slice(prose.words[index - 1]!.end, prose.words[index]!.start);
}

/** Only a comma and white space between word `index` and the word before it, read in place: no gap is cut out and trimmed. */
function isCommaBefore(prose: NameBlock, index: number): boolean {
  const { text } = prose;
  const end = prose.words[index]!.start;
  const comma = skipWhiteSpace(text, prose.words[index - 1]!.end);
  return comma < end && text.charCodeAt(comma) === 0x2c && skipWhiteSpace(text, comma + 1) >= end;
}

/** The prepared block of `block`, found by bisection: they are in document order, and a long document has thousands. */
function blockOf(blocks: readonly NameBlock[], block: Block): NameBlock | undefined {
  const index = indexStartingAt(blocks, block.start, (candidate) => candidate.block.start);
  return index === undefined ? undefined : blocks[index];
}

/** Lowercase titles in the participants lists: every title of a listed person is next to that person's name. */
function listTitles(doc: PressRelease, blocks: readonly NameBlock[]): Array<{ prose: NameBlock; title: TitleAt; holder: string }> {
  const found: Array<{ prose: NameBlock; title: TitleAt; holder: string }> = [];
  for (const list of doc.participants) {
    const block = doc.blocks[list.blockIndex];
    const prose = block && blockOf(blocks, block);
    if (!prose) continue;
    for (const entry of list.entries) {
      if (entry.kind !== 'person') continue;
      for (const written of entry.titles) {
        // The plain-to-source map is monotonic: words are in source order too.
        const index = wordStartingAt(prose.words, written.start, (word) => prose.block.plain.toSource(word.start));
        const title = index === undefined ? undefined : (lowercaseTitleAt(prose, index) ?? overCapitalizedTitleAt(prose, index));
        if (title) found.push({ prose, title, holder: entry.name.text });
      }
    }
  }
  return found;
}

/** A title opened by a capitalized `Phó` or `Quyền`: the word after it (`Chủ tịch`, `chủ tịch`) is where newsrooms differ. */
interface DeputyTitle {
  prose: NameBlock;
  /** The word `Phó` or `Quyền`. */
  prefix: number;
  end: number;
  /** The word after the prefix is capitalized. */
  capital: boolean;
}

/** Every `Phó …` or `Quyền …` title with a capitalized prefix, not in capitals (`PHÓ CHỦ TỊCH` in a heading). */
function deputyTitles(blocks: readonly NameBlock[]): DeputyTitle[] {
  const found: DeputyTitle[] = [];
  for (const prose of blocks) {
    for (const prefix of prose.capitalized) {
      if (!CAPITALIZED_PREFIXES.has(prose.key(prefix)) || !prose.adjacent(prefix + 1) || isAllCaps(prose.words[prefix + 1]!.text)) continue;
      const title = TITLES.at(prose, prefix + 1);
      if (title) found.push({ prose, prefix, end: title.end, capital: prose.capitals[prefix + 1]! });
    }
  }
  return found;
}

/**
 * `Phó chủ tịch` is house style when a text writes it so throughout
 * (real-articles-patterns.md §11); a text that writes `Phó Chủ tịch` too has
 * slipped. Each title is compared with itself only: many newsrooms write
 * `Phó trưởng Ban` beside `Phó Chủ tịch`. The less frequent way is
 * reported, fixed to the other; on a tie, to the decree's capital.
 */
function mixedDeputyTitles(blocks: readonly NameBlock[]): Array<{ title: DeputyTitle; example: DeputyTitle; count: number }> {
  const byTitle = new Map<string, DeputyTitle[]>();
  for (const title of deputyTitles(blocks)) {
    const key = title.prose.key(title.prefix + 1);
    byTitle.set(key, [...(byTitle.get(key) ?? []), title]);
  }
  const mixed: Array<{ title: DeputyTitle; example: DeputyTitle; count: number }> = [];
  for (const titles of byTitle.values()) {
    const dominant = dominantForm(titles.map((title) => title.capital))!;
    // On a tie the decree decides, so the fix is as sure as with a majority.
    const keepCapital = dominant.clear ? dominant.form : true;
    const kept = titles.filter((title) => title.capital === keepCapital);
    if (kept.length === titles.length) continue;
    for (const title of titles) if (title.capital !== keepCapital) mixed.push({ title, example: kept[0]!, count: kept.length });
  }
  return mixed;
}

export const personTitleCase: Rule = {
  meta: {
    id: 'person-title-case',
    group: 'language',
    severity: 'warn',
    fixable: true,
    docs: {
      summary: {
        vi: 'Chức danh đứng cạnh tên một người cụ thể viết hoa: "Phó Chủ tịch UBND tỉnh Nguyễn Duy Hưng"',
        en: 'A title next to a specific person\'s name is capitalized: "Phó Chủ tịch UBND tỉnh Nguyễn Duy Hưng"',
      },
      rationale: {
        vi: 'Phụ lục II Nghị định 30/2020/NĐ-CP (mục V.3) viết hoa chữ cái đầu của chức vụ, học hàm, học vị khi đi liền với tên người cụ thể: "Giám đốc Sở Nội vụ Nguyễn Văn A", "Nguyễn Văn A – Giám đốc Sở Nội vụ", "Giáo sư Tôn Thất Tùng". Quy tắc báo chức danh viết thường hoàn toàn ("giám đốc", "phó chủ tịch") cạnh tên một người có trong danh sách đại biểu của bài, được giới thiệu bằng "ông", "bà", "đồng chí", hoặc có trong danh sách `people` của dự án, và sửa theo cách viết của Nghị định ("Giám đốc", "Phó Chủ tịch"; "nguyên" vẫn viết thường). Chỉ chữ đầu của chức danh được xét: "Phó bí thư", "Phó chủ tịch" (chữ thứ hai viết thường) là cách viết riêng của nhiều tòa soạn và không bị báo khi cả bài viết như vậy; bài vừa viết "Phó Chủ tịch" vừa viết "Phó chủ tịch" thì cách viết ít hơn bị báo và sửa theo cách viết nhiều hơn (bằng nhau thì theo Nghị định). Mỗi chức danh chỉ so với chính nó: nhiều tòa soạn viết "Phó trưởng Ban" bên cạnh "Phó Chủ tịch". Ngược lại, chức danh viết hoa thừa ("Bí Thư", "Giám Đốc", "Phó Chủ Tịch") cạnh tên người bị báo và sửa thành "Bí thư", "Giám đốc", "Phó Chủ tịch". Chức danh chung hoặc số nhiều không đi với tên ("các phó giám đốc", "lãnh đạo các sở") viết thường và không bị xét, cũng như vai trò trong một đề tài, nhiệm vụ, dự án ("chủ nhiệm nhiệm vụ", "chủ nhiệm đề tài"), không phải chức vụ.',
        en: 'Decree 30/2020/NĐ-CP, Appendix II (§V.3), capitalizes positions, academic titles and degrees written next to a specific person\'s name: "Giám đốc Sở Nội vụ Nguyễn Văn A", "Nguyễn Văn A – Giám đốc Sở Nội vụ", "Giáo sư Tôn Thất Tùng". The rule reports a title written entirely in lowercase ("giám đốc", "phó chủ tịch") next to the name of a person from the article\'s participants list, introduced by "ông", "bà", "đồng chí", or listed in the project\'s `people` register, and fixes it the way the decree writes it ("Giám đốc", "Phó Chủ tịch"; "nguyên" stays lowercase). Only the title\'s first letter is judged: "Phó bí thư", "Phó chủ tịch" (second element in lowercase) is the house style of many newsrooms and is not reported when the whole text writes it so; in a text that writes both "Phó Chủ tịch" and "Phó chủ tịch", the less frequent way is reported and fixed to the more frequent one (to the decree\'s on a tie). Each title is compared with itself only: many newsrooms write "Phó trưởng Ban" beside "Phó Chủ tịch". A title with a capital too many ("Bí Thư", "Giám Đốc", "Phó Chủ Tịch") next to a name is reported and fixed to "Bí thư", "Giám đốc", "Phó Chủ tịch". Generic or plural titles without a name ("các phó giám đốc", "lãnh đạo các sở") stay lowercase and are not checked, nor is a role in a research task or project ("chủ nhiệm nhiệm vụ", "chủ nhiệm đề tài"), which is no post.',
      },
    },
    messages: {
      titleCapitals: {
        vi: 'Chức danh "{written}" đứng cạnh tên "{name}" chỉ viết hoa chữ đầu: viết "{expected}" (Nghị định 30/2020, Phụ lục II, mục V.3).',
        en: 'The title "{written}" next to the name "{name}" takes a capital on its first word only: write "{expected}" (Decree 30/2020, Appendix II, §V.3).',
      },
      lowercaseTitle: {
        vi: 'Chức danh "{written}" đứng cạnh tên "{name}" phải viết hoa: viết "{expected}" (Nghị định 30/2020, Phụ lục II, mục V.3).',
        en: 'The title "{written}" next to the name "{name}" must be capitalized: write "{expected}" (Decree 30/2020, Appendix II, §V.3).',
      },
      deputyLowercaseMixed: {
        vi: 'Chức danh "{written}" viết thường chữ sau "{prefix}", trong khi {count} chỗ khác trong bài viết hoa (như "{example}"): thống nhất một cách viết, viết "{expected}".',
        en: 'The title "{written}" has a lowercase word after "{prefix}", while {count} other places in the text capitalize it (as in "{example}"): write it one way throughout, "{expected}".',
      },
      deputyCapitalMixed: {
        vi: 'Chức danh "{written}" viết hoa chữ sau "{prefix}", trong khi {count} chỗ khác trong bài viết thường (như "{example}"): thống nhất một cách viết, viết "{expected}".',
        en: 'The title "{written}" capitalizes the word after "{prefix}", while {count} other places in the text write it in lowercase (as in "{example}"): write it one way throughout, "{expected}".',
      },
    },
    defaults: {},
    examples: {
      valid: [
        {
          title: { vi: 'Sau chức danh là địa danh, không phải tên người', en: 'A place, not a person, after the title' },
          text: '# Làm việc với các xã\n\nĐoàn công tác làm việc với chủ tịch UBND xã Lê Lợi và lãnh đạo Thành phố Hồ Chí Minh.\n',
        },
        {
          title: { vi: 'Vai trò trong một đề tài, nhiệm vụ khoa học', en: 'A role in a research project or task' },
          text: '# Hội thảo ứng dụng trí tuệ nhân tạo trong trồng chè\n\nDự hội thảo có PGS.TS Trần Minh Quang - Phó Hiệu trưởng Trường Đại học Nông Lâm, chủ nhiệm nhiệm vụ; TS Lê Thu Hà - chủ nhiệm đề tài cấp tỉnh.\n',
        },
        {
          title: { vi: 'Chức danh viết hoa, kể cả kiểu "Phó chủ tịch" của tòa soạn', en: 'Capitalized titles, the newsroom style "Phó chủ tịch" included' },
          text:
            '# Hội nghị\n\n' +
            'Tham dự hội nghị có ông Nguyễn Duy Hưng – Phó chủ tịch UBND tỉnh; bà Trần Thị Mai, Giám đốc Sở Y tế; cùng các phó giám đốc sở và lãnh đạo các sở, ngành.\n\n' +
            'Phát biểu tại hội nghị, Phó chủ tịch UBND tỉnh Nguyễn Duy Hưng đề nghị các sở phối hợp. Ông cho biết giám đốc các sở sẽ báo cáo trong tháng 5.\n',
        },
        {
          title: { vi: 'Tên trước chức danh, nhiều chức danh, "nguyên"', en: 'Name before title, several titles, "nguyên"' },
          text:
            '# Làm việc với Sở Y tế\n\n' +
            'Dự buổi làm việc có các đồng chí: Hồ Văn Mười, Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh; Lê Thị Hoa - Tỉnh ủy viên, Giám đốc Sở Y tế; ông Trần Văn Tư, nguyên Giám đốc Sở Y tế.\n',
        },
      ],
      invalid: [
        {
          title: { vi: 'Chức danh viết thường trước họ tên chỉ nhắc một lần', en: 'A lowercase title before a full name mentioned once' },
          text: '# Tuyên dương thanh niên tiêu biểu\n\nTại buổi lễ, phó bí thư Tỉnh đoàn Trần Minh Đức công bố quyết định tuyên dương 95 đoàn viên.\n',
          expect: [{ messageId: 'lowercaseTitle', line: 3 }],
          output: '# Tuyên dương thanh niên tiêu biểu\n\nTại buổi lễ, Phó Bí thư Tỉnh đoàn Trần Minh Đức công bố quyết định tuyên dương 95 đoàn viên.\n',
        },
        {
          title: { vi: 'Chức danh viết hoa thừa cạnh tên người', en: 'Titles with a capital too many next to a name' },
          text: '# Hội nghị\n\nDự hội nghị có ông Lê Văn Khải – Bí Thư Đảng ủy xã; bà Trần Thị Lan – Phó Chủ Tịch UBND xã.\n',
          expect: [
            { messageId: 'titleCapitals', line: 3 },
            { messageId: 'titleCapitals', line: 3 },
          ],
          output: '# Hội nghị\n\nDự hội nghị có ông Lê Văn Khải – Bí thư Đảng ủy xã; bà Trần Thị Lan – Phó Chủ tịch UBND xã.\n',
        },
        {
          title: { vi: 'Một bài viết "Phó Chủ tịch" ở hai chỗ và "Phó chủ tịch" ở một chỗ', en: 'A text writing "Phó Chủ tịch" twice and "Phó chủ tịch" once' },
          text:
            '# Khánh thành trường nội trú\n\n' +
            'Dự lễ có ông Lê Quang Hưng – Phó Chủ tịch UBND thành phố; bà Trần Thị Mai – Phó Giám đốc Sở Giáo dục và Đào tạo.\n\n' +
            'Phát biểu tại buổi lễ, Phó chủ tịch UBND thành phố Lê Quang Hưng đề nghị nhà trường chăm lo đời sống học sinh.\n',
          expect: [{ messageId: 'deputyLowercaseMixed', line: 5 }],
          output:
            '# Khánh thành trường nội trú\n\n' +
            'Dự lễ có ông Lê Quang Hưng – Phó Chủ tịch UBND thành phố; bà Trần Thị Mai – Phó Giám đốc Sở Giáo dục và Đào tạo.\n\n' +
            'Phát biểu tại buổi lễ, Phó Chủ tịch UBND thành phố Lê Quang Hưng đề nghị nhà trường chăm lo đời sống học sinh.\n',
        },
        {
          title: { vi: 'Chức danh viết thường cạnh tên người', en: 'Lowercase titles next to a name' },
          text:
            '# Hội nghị\n\n' +
            'Tham dự hội nghị có ông Nguyễn Duy Hưng – phó chủ tịch UBND tỉnh; bà Trần Thị Mai, giám đốc Sở Y tế.\n\n' +
            'Phát biểu tại hội nghị, phó chủ tịch UBND tỉnh Nguyễn Duy Hưng đề nghị các sở phối hợp.\n',
          expect: [
            { messageId: 'lowercaseTitle', line: 3 },
            { messageId: 'lowercaseTitle', line: 3 },
            { messageId: 'lowercaseTitle', line: 5 },
          ],
          output:
            '# Hội nghị\n\n' +
            'Tham dự hội nghị có ông Nguyễn Duy Hưng – Phó Chủ tịch UBND tỉnh; bà Trần Thị Mai, Giám đốc Sở Y tế.\n\n' +
            'Phát biểu tại hội nghị, Phó Chủ tịch UBND tỉnh Nguyễn Duy Hưng đề nghị các sở phối hợp.\n',
        },
      ],
    },
  },
  check({ doc, profile, settings, report }) {
    if (profile.language !== 'vi') return;
    const blocks = nameBlocks(doc, settings.organizations);
    const reported = new Set<number>();
    const reportTitle = (prose: NameBlock, title: TitleAt, holder: string): void => {
      const at = prose.block.plain.toSource(prose.words[title.first]!.start);
      if (reported.has(at)) return;
      reported.add(at);
      const data = { written: prose.slice(title.first, title.end), name: holder, expected: prose.recased(title.first, title.initials) };
      report(prose.caseProblem(title.overCapitalized ? 'titleCapitals' : 'lowercaseTitle', title.first, title.initials, data));
    };
    const known = knownNames(doc, blocks, settings.people);
    if (!known.isLeaf) for (const { prose, title, holder } of listTitles(doc, blocks)) reportTitle(prose, title, holder);
    // In running text, look around each name: titles are checked only where a name is.
    for (const prose of blocks) {
      let next = 0;
      for (const index of prose.capitalized) {
        // A name has two words at least: a capital followed by a lowercase word starts none.
        if (index < next || !prose.capitals[index + 1]) continue;
        const end = known.isLeaf ? undefined : knownNameEnd(prose, index, known);
        if (end === undefined) {
          // A name known by its shape only: a lowercase title right before it (`phó bí thư Tỉnh đoàn Trần Minh Đức`).
          const shapedEnd = shapedNameEnd(prose, index);
          if (shapedEnd === undefined) continue;
          const before = titleBefore(prose, index);
          if (before && !before.overCapitalized) reportTitle(prose, before, prose.slice(index, shapedEnd));
          next = shapedEnd;
          continue;
        }
        const holder = prose.slice(index, end);
        const before = titleBefore(prose, index);
        if (before) reportTitle(prose, before, holder);
        const after = titleAfter(prose, end);
        if (after) reportTitle(prose, after, holder);
        next = end;
      }
    }
    for (const { title, example, count } of mixedDeputyTitles(blocks)) {
      const { prose, prefix, end, capital } = title;
      // A title already reported (`Phó Chủ Tịch`) gets one message and one fix.
      if (reported.has(prose.block.plain.toSource(prose.words[prefix]!.start))) continue;
      // The word after the prefix recased, the rest of the title as written.
      const initials = [true, !capital, ...new Array<undefined>(end - prefix - 2).fill(undefined)];
      const data = {
        written: prose.slice(prefix, end),
        prefix: prose.words[prefix]!.text,
        example: example.prose.slice(example.prefix, example.end),
        count,
        expected: prose.recased(prefix, initials),
      };
      report(prose.caseProblem(capital ? 'deputyCapitalMixed' : 'deputyLowercaseMixed', prefix, initials, data));
    }
  },
};

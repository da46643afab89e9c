/**
 * Runs of capitalized words that may be a person's full name (`Đặng Thị Mỹ
 * Xuyên`), and the title a text introduces such a name with (`…, Phó Giám
 * đốc Sở Nội vụ`). Found once per model: the rules that compare a person's
 * later mentions with the introduction (name spelling, title) share them.
 */
import type { Block, Span } from '../model/types';
import { perModel } from '../model/prose';
import { titleLengthAt } from '../model/participants';
import { isCapitalAt } from '../text/words';
import { capitalizedWords } from './capitalized-words';
import { SURNAMES } from './person-names';
import { UNITS_BEFORE_PLACE_NAMES } from './organizations';

/** Two-syllable names (`Huỳnh Nghĩa`) are too often another person's: only longer ones are full names here. */
export const MIN_NAME_SYLLABLES = 3;
const MAX_SYLLABLES = 5;
/** Only spaces between two words of a name. */
const SPACES_ONLY = /^[ \u00A0]+$/u;
const SPACES = /[ \u00A0]+/u;

/** A run of capitalized words that may be a person's full name: three syllables or more, opening with a surname. */
export interface NameRun {
  surname: string;
  /** As written, spaces included. */
  spelled: string;
  block: Block;
  /** Plain-text offsets in the block. */
  start: number;
  end: number;
}

/** Only spaces from `start` to `end`; one space, by far the most usual, is read without a slice. */
function spacesBetween(text: string, start: number, end: number): boolean {
  return end - start === 1 ? text.charCodeAt(start) === 32 || text.charCodeAt(start) === 0xa0 : SPACES_ONLY.test(text.slice(start, end));
}

/** The words of a run, read only for the few runs a rule looks at closely. */
export function wordsOf(run: NameRun): string[] {
  return run.spelled.split(SPACES);
}

/** The capitalized runs of the prose that may be full names: capitalized words joined by spaces only, up to the longest name. */
export const fullNameRuns = perModel((doc): readonly NameRun[] => {
  const runs: NameRun[] = [];
  // A misspelled given name keeps its surname: only capitalized words written as a surname open a run.
  for (const { block, words, capitalized } of capitalizedWords(doc)) {
    const text = block.plain.text;
    let next = 0;
    for (const first of capitalized) {
      if (first < next || !SURNAMES.has(words[first]!.text)) continue;
      let last = first;
      while (last + 1 < words.length && last - first < MAX_SYLLABLES) {
        const word = words[last + 1]!;
        if (!word.spelling.capitalized || !spacesBetween(text, words[last]!.end, word.start)) break;
        last++;
      }
      next = last + 1;
      // The whole run is the name: a longer run is another name, which its own surname may start.
      const length = last - first + 1;
      if (length < MIN_NAME_SYLLABLES || length > MAX_SYLLABLES) continue;
      const [start, end] = [words[first]!.start, words[last]!.end];
      runs.push({ surname: words[first]!.text, spelled: text.slice(start, end), block, start, end });
    }
  }
  return runs;
});

/** After a name, a comma or dash, then its title (`Nguyễn Đình Khánh, Trưởng khoa`, `Lê Văn Minh – Giám đốc`). */
const TITLE_SEPARATOR = /[ \u00A0]*(?:,|[-–—])[ \u00A0]*/uy;

/** Where the title after the name ending at `end` starts, when one follows. */
function titleStartAfter(text: string, end: number): number | undefined {
  TITLE_SEPARATOR.lastIndex = end;
  if (!TITLE_SEPARATOR.test(text)) return undefined;
  const start = TITLE_SEPARATOR.lastIndex;
  return titleLengthAt(text, start) === undefined ? undefined : start;
}

/** The name is introduced there: a title follows it. */
export function isFollowedByTitle(text: string, end: number): boolean {
  return titleStartAfter(text, end) !== undefined;
}

/**
 * After a name and a comma, words that introduce a person who holds no
 * title: their age, birth year, home or trade (`Trần Văn Hưng, chủ cơ sở
 * bánh tráng`, `Huỳnh Minh Tân, 34 tuổi, ngụ ấp Cái Nai`, `Nguyễn Văn Hóa,
 * 82 tuổi, thương binh`).
 */
const DESCRIPTION =
  /[ \u00A0]*,[ \u00A0]*(?:\d{1,3}[ \u00A0]+tuổi|sinh[ \u00A0]+năm|ngụ|trú|quê|chủ(?![ \u00A0]+trì)|(?:nông|ngư)[ \u00A0]+dân|công[ \u00A0]+nhân|người[ \u00A0]+dân|tiểu[ \u00A0]+thương|thương[ \u00A0]+binh|cựu[ \u00A0]+chiến[ \u00A0]+binh|học[ \u00A0]+sinh|sinh[ \u00A0]+viên|giáo[ \u00A0]+viên|bác[ \u00A0]+sĩ|chuyên[ \u00A0]+gia|nghệ[ \u00A0]+nhân|vận[ \u00A0]+động[ \u00A0]+viên)(?![\p{L}])/uy;

/** The name is introduced there as a person with no title: a description of them follows it. */
export function isFollowedByDescription(text: string, end: number): boolean {
  DESCRIPTION.lastIndex = end;
  return DESCRIPTION.test(text);
}

/** A word of a title (letters, digits, an abbreviation such as `UBND`), and the gap before it. */
const TITLE_WORD = /([ \u00A0]*)([\p{L}\p{N}]+)/uy;
/** Words of the nouns of administrative units, which go on to a place name inside a title: `UBND tỉnh Lạng Sơn`, `Sở Nội vụ tỉnh Phú Thọ`. */
const UNIT_NOUNS: ReadonlySet<string> = new Set(UNITS_BEFORE_PLACE_NAMES.flatMap((unit) => unit.split(' ')));
/**
 * Lowercase words that follow a title rather than continue it, even after a
 * capitalized word (`… tỉnh Phú Thọ phát biểu`, `… Hội đồng làm`): the
 * first syllables of what the person says or does, and function words.
 */
const AFTER_TITLE = new Set([
  'cho', 'phát', 'nhấn', 'khẳng', 'chia', 'nói', 'đề', 'yêu', 'nêu', 'trao', 'kết', 'làm', 'chủ', 'dự', 'tham', 'thăm', 'tặng', 'ký',
  'báo', 'giới', 'đánh', 'ghi', 'khen', 'gửi', 'mong', 'cảm', 'bày', 'đọc', 'quán', 'lưu', 'điều', 'trực', 'đã', 'được', 'vừa', 'sẽ',
  'đang', 'cũng', 'và', 'là', 'có', 'tại', 'đến', 'về', 'cùng', 'khi', 'trong', 'với', 'của', 'để', 'theo',
]);
const MAX_TITLE_WORDS = 12;

/**
 * The title a name ending at `end` is introduced with, as far as it can be
 * told from the words' capitals: a title's words are capitalized, or the
 * lowercase second syllable of one (`Giám đốc`, `Nội vụ`), or a unit noun
 * before a place (`tỉnh Phú Thọ`); it ends at punctuation, at a lowercase
 * word after a lowercase one (`… Sở Nội vụ làm Chủ tịch Hội đồng`) or at a
 * word that follows titles (`… tỉnh Phú Thọ phát biểu`). A title
 * cut short still opens as the whole does, which is what is compared.
 */
export function introducedTitle(text: string, end: number): Span | undefined {
  const start = titleStartAfter(text, end);
  if (start === undefined) return undefined;
  let titleEnd = start;
  let previousCapitalized = true;
  TITLE_WORD.lastIndex = start;
  for (let count = 0, word = TITLE_WORD.exec(text); word && count < MAX_TITLE_WORDS; count++, word = TITLE_WORD.exec(text)) {
    if (count > 0 && word[1] === '') break;
    const capitalized = isCapitalAt(word[2]!, 0) || /^\p{N}/u.test(word[2]!);
    if (!capitalized && (AFTER_TITLE.has(word[2]!) || (!previousCapitalized && !UNIT_NOUNS.has(word[2]!)))) break;
    previousCapitalized = capitalized;
    titleEnd = TITLE_WORD.lastIndex;
  }
  return { start, end: titleEnd };
}

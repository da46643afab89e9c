import type { Rule } from '../types';
import type { Block, PressRelease } from '../model/types';
import { SURNAMES, startsWithPlace } from '../lang/person-names';
import { titleLengthAt } from '../model/participants';
import { foldWord } from '../lang/name-matcher';
import { capitalizedWords } from '../lang/capitalized-words';
import { withoutDiacritics } from '../text/diacritics';

/** Two-syllable names (`Huỳnh Nghĩa`) are compared too often with another person's: only longer ones are. */
const MIN_SYLLABLES = 3;
const MAX_SYLLABLES = 5;
/** Only spaces between two words of a name. */
const SPACES_ONLY = /^[ \u00A0]+$/u;
const SPACES = /[ \u00A0]+/u;

/** Only spaces from `start` to `end`; one space, by far the most usual, is read without a slice. */
function spacesBetween(text: string, start: number, end: number): boolean {
  return end - start === 1 ? text.charCodeAt(start) === 32 || text.charCodeAt(start) === 0xa0 : SPACES_ONLY.test(text.slice(start, end));
}

/** A name and where it is introduced: in a participants list, or in the text with its title after it. */
interface ReferenceName {
  words: readonly string[];
  spelled: string;
  /** The source offset of the text's introduction; none for a participants list's name. */
  introducedAt?: number;
}

/** A run of capitalized words that may be a person's full name: three syllables or more, opening with a surname. */
interface NameRun {
  surname: string;
  /** As written, spaces included. */
  spelled: string;
  block: Block;
  start: number;
  end: number;
}

/** The words of a run, read only for the few runs that may misspell another. */
function wordsOf(run: NameRun): string[] {
  return run.spelled.split(SPACES);
}

/** After a name, a comma or dash and a title (`Nguyễn Đình Khánh, Trưởng khoa`, `Lê Văn Minh – Giám đốc`): the name is introduced there. */
const TITLE_SEPARATOR = /[ \u00A0]*(?:,|[-–—])[ \u00A0]*/uy;

function isFollowedByTitle(text: string, end: number): boolean {
  TITLE_SEPARATOR.lastIndex = end;
  return TITLE_SEPARATOR.test(text) && titleLengthAt(text, TITLE_SEPARATOR.lastIndex) !== undefined;
}

function isPlace(words: readonly string[]): boolean {
  return startsWithPlace(words.map((text) => ({ text })));
}

/** The capitalized runs of the prose that may be full names: capitalized words joined by spaces only, up to the longest name. */
function nameRuns(doc: PressRelease): NameRun[] {
  const runs: NameRun[] = [];
  // A misspelled given name keeps its surname: only capitalized words written as a surname open a mention.
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
      if (length < MIN_SYLLABLES || length > MAX_SYLLABLES) continue;
      const [start, end] = [words[first]!.start, words[last]!.end];
      runs.push({ surname: words[first]!.text, spelled: text.slice(start, end), block, start, end });
    }
  }
  return runs;
}

/** The participants' names of three syllables or more that open with a surname. */
function listedNames(doc: PressRelease): ReferenceName[] {
  const listed: ReferenceName[] = [];
  for (const list of doc.participants) {
    for (const entry of list.entries) {
      if (entry.kind !== 'person') continue;
      const words = entry.name.text.split(' ');
      if (words.length >= MIN_SYLLABLES && SURNAMES.has(words[0]!)) listed.push({ words, spelled: entry.name.text });
    }
  }
  return listed;
}

/** The surnames written with two spellings of a name or more: only there may one misspell the other. */
function surnamesOfVariants(names: readonly { surname: string; spelled: string }[]): Set<string> {
  const spellings = new Map<string, Set<string>>();
  for (const { surname, spelled } of names) {
    const spelledSoFar = spellings.get(surname);
    if (spelledSoFar) spelledSoFar.add(spelled);
    else spellings.set(surname, new Set([spelled]));
  }
  return new Set([...spellings].filter(([, spelled]) => spelled.size > 1).map(([surname]) => surname));
}

/**
 * The names a mention is compared with, by surname: the participants' names
 * and the names the text introduces with a title. Two spellings both
 * introduced are two people.
 */
function referenceNames(listed: readonly ReferenceName[], runs: readonly NameRun[]): Map<string, ReferenceName[]> {
  const bySurname = new Map<string, ReferenceName[]>();
  const add = (name: ReferenceName): void => {
    const named = bySurname.get(name.words[0]!);
    if (!named) bySurname.set(name.words[0]!, [name]);
    else if (!named.some((other) => other.spelled === name.spelled)) named.push(name);
  };
  listed.forEach(add);
  for (const run of runs) {
    if (!isFollowedByTitle(run.block.plain.text, run.end)) continue;
    const words = wordsOf(run);
    if (!isPlace(words)) add({ words, spelled: words.join(' '), introducedAt: run.block.plain.toSource(run.start) });
  }
  return bySurname;
}

/**
 * The listed name that `run` misspells, if any: as many words, and the
 * words that differ differ in their diacritics only, not in their tone
 * style alone (`Hòa`/`Hoà` is one name). A run that is itself a listed
 * name misspells none: two introduced names are two people.
 */
function misspelledName(run: readonly string[], references: readonly ReferenceName[]): ReferenceName | undefined {
  let misspelled: ReferenceName | undefined;
  for (const reference of references) {
    const name = reference.words;
    if (name.length !== run.length) continue;
    let differs = false;
    let sameLetters = true;
    for (let index = 0; index < name.length && sameLetters; index++) {
      const [written, expected] = [run[index]!, name[index]!];
      if (written === expected || foldWord(written) === foldWord(expected)) continue;
      differs = true;
      // Vietnamese letters decompose to one base letter each: a word of another length has other letters.
      sameLetters = written.length === expected.length && withoutDiacritics(written) === withoutDiacritics(expected);
    }
    if (!sameLetters) continue;
    if (!differs) return undefined;
    misspelled ??= reference;
  }
  return misspelled;
}

const NEWS_HEADER = '---\ntitle: Hội thảo kinh tế số\ndate: 2026-04-09\n---\n\n# Hội thảo kinh tế số\n\n';

export const personNameVariant: Rule = {
  meta: {
    id: 'person-name-variant',
    group: 'language',
    severity: 'warn',
    fixable: false,
    docs: {
      summary: {
        vi: 'Tên người viết như khi được giới thiệu (trong danh sách đại biểu hay kèm chức vụ), đúng cả dấu: "Đặng Thị Thu Hường" không thành "Đặng Thị Thu Hương"',
        en: 'A person\'s name written as where it is introduced (participants list, or with a title), diacritics included: "Đặng Thị Thu Hường" not "Đặng Thị Thu Hương"',
      },
      rationale: {
        vi: 'Viết sai tên lãnh đạo, đại biểu là lỗi dễ thấy và khó chấp nhận nhất trên Cổng. Lỗi thường gặp là gõ thiếu hay sai một dấu ở lần nhắc tên sau ("Hường" thành "Hương", "Thúy" thành "Thủy"). Quy tắc so tên ở các chỗ nhắc trong bài với tên được giới thiệu: tên trong danh sách đại biểu, và tên có chức vụ ngay sau dấu phẩy hay gạch ngang ("ThS.BS Nguyễn Đình Khánh, Trưởng khoa Đột quỵ"): tên có từ ba chữ trở lên, mở đầu bằng một họ, trùng chữ cái nhưng khác dấu thì bị báo. Tên hai chữ không được so, vì dễ là hai người khác nhau; hai tên cùng được giới thiệu (trong danh sách hay kèm chức vụ) là hai người. Khác nhau chỉ ở kiểu bỏ dấu ("Hòa"/"Hoà") không phải lỗi tên (quy tắc tone-style-mixed xét việc này). Không sửa tự động: chỉ người viết biết tên nào đúng.',
        en: 'A misspelled name of an official or guest is the most visible and least forgiven slip on a portal. The usual one is a missing or wrong diacritic in a later mention ("Hường" as "Hương", "Thúy" as "Thủy"). The rule compares the names mentioned in the text with the names introduced: those of the participants list, and a name with its title right after a comma or dash ("ThS.BS Nguyễn Đình Khánh, Trưởng khoa Đột quỵ"): a name of three syllables or more that opens with a surname and has the same letters but other diacritics is reported. Two-syllable names are not compared, as they are too often two people; two names both introduced (in the list or with a title) are two people. A difference of tone-mark placement only ("Hòa"/"Hoà") is no misspelling (tone-style-mixed looks at that). No fix: only the writer knows which spelling is right.',
      },
    },
    messages: {
      diacritics: {
        vi: 'Tên "{written}" khác "{listed}" trong danh sách đại biểu chỉ ở dấu: nếu là một người, sửa lại cho đúng tên.',
        en: 'The name "{written}" differs from "{listed}" of the participants list only in its diacritics: if this is the same person, correct the name.',
      },
      diacriticsIntroduced: {
        vi: 'Tên "{written}" khác "{listed}" (nêu kèm chức vụ ở dòng {line}) chỉ ở dấu: nếu là một người, sửa lại cho đúng tên.',
        en: 'The name "{written}" differs from "{listed}" (given with a title on line {line}) only in its diacritics: if this is the same person, correct the name.',
      },
    },
    defaults: {},
    examples: {
      valid: [
        {
          title: { vi: 'Tên nhắc lại đúng; khác kiểu bỏ dấu; tên hai chữ', en: 'Names repeated right; another tone-mark style; two-syllable names' },
          text: `${NEWS_HEADER}Sáng 9/4, Sở Khoa học và Công nghệ tổ chức hội thảo. Dự hội thảo có PGS.TS Đặng Thị Thu Hường – Hiệu trưởng Trường Đại học Hà Tĩnh; ông Trần Văn Hòa – Giám đốc Trung tâm Chuyển đổi số; ông Lê Tâm – Trưởng phòng.\n\nTheo PGS.TS Đặng Thị Thu Hường, ông Trần Văn Hoà và ông Lê Tám, hạ tầng số của tỉnh cần được đầu tư đồng bộ./.\n`,
        },
        {
          title: { vi: 'Hai người cùng có trong danh sách đại biểu, tên chỉ khác dấu', en: 'Two people of the participants list whose names differ only in diacritics' },
          text: `${NEWS_HEADER}Sáng 9/4, Sở Khoa học và Công nghệ tổ chức hội thảo. Dự hội thảo có ông Nguyễn Văn Hùng – Giám đốc Sở Khoa học và Công nghệ; ông Nguyễn Văn Hưng – Giám đốc Sở Tài chính.\n\nÔng Nguyễn Văn Hưng đề nghị bố trí vốn cho các dự án chuyển đổi số./.\n`,
        },
        {
          title: { vi: 'Hai người cùng được giới thiệu kèm chức vụ, tên chỉ khác dấu', en: 'Two people each introduced with a title, names differing only in diacritics' },
          text: `${NEWS_HEADER}Sáng 9/4, Sở Khoa học và Công nghệ tổ chức hội thảo kinh tế số.\n\nÔng Nguyễn Văn Hùng, Giám đốc Sở Khoa học và Công nghệ, cho biết tỉnh đã số hóa 90% hồ sơ. Ông Nguyễn Văn Hưng, Giám đốc Sở Tài chính, đề nghị bố trí vốn cho các dự án chuyển đổi số./.\n`,
        },
      ],
      invalid: [
        {
          title: { vi: 'Tên nêu kèm chức vụ, lần nhắc sau viết thiếu dấu', en: 'A name given with a title, and a later mention with a diacritic missing' },
          text: `${NEWS_HEADER}Sáng 9/4, Bệnh viện Đa khoa tỉnh triển khai kỹ thuật lấy huyết khối.\n\nTheo ThS.BS Nguyễn Đình Khánh, Trưởng khoa Đột quỵ, ca can thiệp kéo dài 35 phút.\n\n“Thời gian là não”, bác sĩ Nguyễn Đình Khanh chia sẻ./.\n`,
          expect: [{ messageId: 'diacriticsIntroduced', line: 12 }],
        },
        {
          title: { vi: 'Tên đại biểu viết thiếu dấu ở lần nhắc sau', en: 'A participant\'s name with a diacritic missing in a later mention' },
          text: `${NEWS_HEADER}Sáng 9/4, Sở Khoa học và Công nghệ tổ chức hội thảo. Dự hội thảo có PGS.TS Đặng Thị Thu Hường – Hiệu trưởng Trường Đại học Hà Tĩnh; ông Trần Văn Hòa – Giám đốc Trung tâm Chuyển đổi số.\n\nTheo PGS.TS Đặng Thị Thu Hương, hạ tầng số của tỉnh cần được đầu tư đồng bộ./.\n`,
          expect: [{ messageId: 'diacritics', line: 10 }],
        },
      ],
    },
  },
  check({ doc, profile, report }) {
    if (profile.language !== 'vi') return;
    const listed = listedNames(doc);
    const written = nameRuns(doc);
    const surnames = surnamesOfVariants([...listed.map(({ words, spelled }) => ({ surname: words[0]!, spelled })), ...written]);
    if (surnames.size === 0) return;
    const runs = written.filter((run) => surnames.has(run.surname));
    const references = referenceNames(listed, runs);
    for (const run of runs) {
      const named = references.get(run.surname);
      const words = wordsOf(run);
      const reference = named && misspelledName(words, named);
      if (!reference || isPlace(words)) continue;
      const data = { written: words.join(' '), listed: reference.spelled, line: reference.introducedAt === undefined ? 0 : doc.lines.position(reference.introducedAt).line };
      report({ messageId: reference.introducedAt === undefined ? 'diacritics' : 'diacriticsIntroduced', data, ...run.block.plain.span(run.start, run.end) });
    }
  },
};

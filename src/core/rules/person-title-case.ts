import type { Problem, Rule } from '../types';
import type { Person } from '../model/types';
import { adjacent, foldPhrase, foldWord, isCapitalized, nameBlocks, PhraseIndex, withInitial, type NameBlock } from '../lang/name-matcher';
import { ADMINISTRATIVE_UNITS, BUILT_IN_ORGANIZATIONS } from '../lang/organizations';

/**
 * Positions, academic titles and ranks as Nghị định 30/2020 writes them next
 * to a name (Phụ lục II §V.3; Phụ lục I §7.c: `Phó Trưởng ban`, `Phó Chủ
 * tịch Hội đồng`). Only their first letter is judged: a lowercase second
 * element (`Phó bí thư`, `Phó chủ tịch`) is house style (real-articles-patterns.md §11).
 */
const TITLES = new PhraseIndex<boolean[]>(
  [
    'Chủ tịch', 'Bí thư', 'Tổng Bí thư', 'Giám đốc', 'Tổng Giám đốc', 'Chánh Văn phòng', 'Chánh Thanh tra', 'Chánh án',
    'Chủ nhiệm', 'Tổng Thư ký', 'Thư ký', 'Ủy viên', 'Tỉnh ủy viên', 'Thành ủy viên', 'Huyện ủy viên', 'Đảng ủy viên',
    'Thủ tướng', 'Bộ trưởng', 'Thứ trưởng', 'Viện trưởng', 'Hiệu trưởng', 'Cục trưởng', 'Tổng Cục trưởng', 'Chi cục trưởng',
    'Vụ trưởng', 'Chỉ huy trưởng', 'Tham mưu trưởng', 'Tổ trưởng', 'Đội trưởng', 'Trưởng ban', 'Trưởng phòng', 'Trưởng đoàn',
    'Trưởng', 'Tổng Biên tập', 'Tư lệnh', 'Chính ủy', 'Đại sứ', 'Tổng Lãnh sự', 'Giáo sư', 'Phó Giáo sư', 'Tiến sĩ',
    'Đại tướng', 'Thượng tướng', 'Trung tướng', 'Thiếu tướng', 'Đại tá', 'Thượng tá', 'Trung tá', 'Thiếu tá',
  ].map((title) => [title, title.split(' ').map(isCapitalized)]),
);

/** `Phó`, `Quyền` belong to the title and take its capital; `nguyên` (former) stays lowercase. */
const CAPITALIZED_PREFIXES = new Set(['quyền', 'phó'].map(foldWord));
const FORMER = foldWord('nguyên');
/** Words before a title that make it generic or plural: `các phó giám đốc`, `hai phó chủ tịch`. */
const PLURAL_MARKERS = new Set(['các', 'những', 'mọi', 'mỗi', 'từng', 'nhiều', 'hai', 'ba', 'bốn', 'năm', 'vị'].map(foldWord));
/**
 * Lowercase words that may stand inside the body named between a title and
 * a name (`phó chủ tịch UBND tỉnh Nguyễn Duy Hưng`, `giám đốc Sở Khoa học và
 * Công nghệ Trần Văn B`): the lowercase words of the dictionary names and of
 * place nouns. Any other lowercase word (a verb) means the name that follows
 * is not the title holder.
 */
const WORDS_INSIDE_BODY_NAMES = new Set([
  ...[...BUILT_IN_ORGANIZATIONS.map((entry) => entry.name), ...ADMINISTRATIVE_UNITS, 'thường trực']
    .flatMap((name) => foldPhrase(name).split(' ')),
]);
/** At most this many words of a body's name between a title and a personal name. */
const MAX_WORDS_BETWEEN = 12;
/** Personal names have two to four syllables (`Huỳnh Nghĩa`, `Nguyễn Thị Mai Thương`). */
const NAME_SYLLABLES = { min: 2, max: 4 };

/** A title written at a word: which words to recapitalize and how. */
interface TitleAt {
  /** First word to recapitalize (after `nguyên`). */
  first: number;
  end: number;
  initials: boolean[];
}

function titleAt(prose: NameBlock, index: number): TitleAt | undefined {
  const { words, keys } = prose;
  const text = prose.block.plain.text;
  const joined = (position: number): boolean => position < words.length && adjacent(text, words, position);
  let at = index;
  if (keys[at] === FORMER && joined(at + 1)) at++;
  const first = at;
  const initials: boolean[] = [];
  while (initials.length < 2 && CAPITALIZED_PREFIXES.has(keys[at]!) && joined(at + 1)) {
    initials.push(true);
    at++;
  }
  const title = TITLES.opensWith(keys[at]!) ? TITLES.at(text, words, keys, at) : undefined;
  if (!title) return undefined;
  return { first, end: title.end, initials: [...initials, ...title.value] };
}

/** Where the known name written at `start` ends, if one is written there. */
function knownNameEnd(prose: NameBlock, start: number, names: ReadonlySet<string>): number | undefined {
  const { words, keys, capitals } = prose;
  for (let length = NAME_SYLLABLES.max; length >= NAME_SYLLABLES.min; length--) {
    const end = start + length;
    if (start < 0 || end > words.length) continue;
    let written = true;
    for (let index = start; index < end && written; index++) written = capitals[index]! && (index === start || adjacent(prose.block.plain.text, words, index));
    if (written && names.has(keys.slice(start, end).join(' '))) return end;
  }
  return undefined;
}

function wordsText(prose: NameBlock, start: number, end: number): string {
  return prose.block.plain.text.slice(prose.words[start]!.start, prose.words[end - 1]!.end);
}

/** `Nguyễn Văn A, giám đốc …` / `Nguyễn Văn A – giám đốc …`: the known name right before the title, across a comma or dash. */
function nameBefore(prose: NameBlock, titleStart: number, names: ReadonlySet<string>): string | undefined {
  const { words } = prose;
  if (titleStart === 0 || !/^\s*[,–—-]\s*$/u.test(prose.block.plain.text.slice(words[titleStart - 1]!.end, words[titleStart]!.start))) return undefined;
  for (let length = NAME_SYLLABLES.min; length <= NAME_SYLLABLES.max; length++) {
    if (knownNameEnd(prose, titleStart - length, names) === titleStart) return wordsText(prose, titleStart - length, titleStart);
  }
  return undefined;
}

/** `phó chủ tịch UBND tỉnh Nguyễn Duy Hưng`: the known name after the title and the name of the body. */
function nameAfter(prose: NameBlock, titleEnd: number, names: ReadonlySet<string>): string | undefined {
  const { words, keys, capitals } = prose;
  for (let index = titleEnd; index < words.length && index <= titleEnd + MAX_WORDS_BETWEEN; index++) {
    const gap = prose.block.plain.text.slice(words[index - 1]!.end, words[index]!.start).trim();
    // A comma may stand inside a body's name (`Sở Văn hóa, Thể thao và Du lịch`), before a capital only.
    if (gap !== '' && !(gap === ',' && capitals[index])) return undefined;
    const nameEnd = capitals[index] ? knownNameEnd(prose, index, names) : undefined;
    if (nameEnd !== undefined) return wordsText(prose, index, nameEnd);
    if (!capitals[index] && !WORDS_INSIDE_BODY_NAMES.has(keys[index]!)) return undefined;
  }
  return undefined;
}

/** Folded names of the persons of the participants lists and of the project's people register. */
function knownNames(persons: readonly Person[], people: ReadonlyArray<{ name: string }>): Set<string> {
  return new Set([...persons.map((person) => person.name.text), ...people.map((person) => person.name)].map(foldPhrase));
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
        vi: 'Phụ lục II Nghị định 30/2020/NĐ-CP (mục V.3) viết hoa chữ cái đầu của chức vụ, học hàm, học vị khi đi liền với tên người cụ thể: "Giám đốc Sở Nội vụ Nguyễn Văn A", "Nguyễn Văn A – Giám đốc Sở Nội vụ", "Giáo sư Tôn Thất Tùng". Quy tắc báo chức danh viết thường hoàn toàn ("giám đốc", "phó chủ tịch") cạnh tên một người có trong danh sách đại biểu của bài hoặc trong danh sách `people` của dự án, và sửa theo cách viết của Nghị định ("Giám đốc", "Phó Chủ tịch"; "nguyên" vẫn viết thường). Chỉ chữ đầu của chức danh được xét: "Phó bí thư", "Phó chủ tịch" (chữ thứ hai viết thường) là cách viết riêng của nhiều tòa soạn và không bị báo. Chức danh chung hoặc số nhiều không đi với tên ("các phó giám đốc", "lãnh đạo các sở") viết thường và không bị xét.',
        en: 'Decree 30/2020/NĐ-CP, Appendix II (§V.3), capitalizes positions, academic titles and degrees written next to a specific person\'s name: "Giám đốc Sở Nội vụ Nguyễn Văn A", "Nguyễn Văn A – Giám đốc Sở Nội vụ", "Giáo sư Tôn Thất Tùng". The rule reports a title written entirely in lowercase ("giám đốc", "phó chủ tịch") next to the name of a person from the article\'s participants list or the project\'s `people` register, and fixes it the way the decree writes it ("Giám đốc", "Phó Chủ tịch"; "nguyên" stays lowercase). Only the title\'s first letter is judged: "Phó bí thư", "Phó chủ tịch" (second element in lowercase) is the house style of many newsrooms and is not reported. Generic or plural titles without a name ("các phó giám đốc", "lãnh đạo các sở") stay lowercase and are not checked.',
      },
    },
    messages: {
      lowercaseTitle: {
        vi: 'Chức danh "{written}" đứng cạnh tên "{name}" phải viết hoa: viết "{expected}" (Nghị định 30/2020, Phụ lục II, mục V.3).',
        en: 'The title "{written}" next to the name "{name}" must be capitalized: write "{expected}" (Decree 30/2020, Appendix II, §V.3).',
      },
    },
    defaults: {},
    examples: {
      valid: [
        {
          title: { vi: 'Chức danh viết hoa, kể cả kiểu "Phó chủ tịch" của tòa soạn', en: 'Capitalized titles, the newsroom style "Phó chủ tịch" included' },
          text:
            '# Hội nghị\n\n' +
            'Tham dự hội nghị có ông Nguyễn Duy Hưng – Phó chủ tịch UBND tỉnh; bà Trần Thị Mai, Giám đốc Sở Y tế; cùng các phó giám đốc sở và lãnh đạo các sở, ngành.\n\n' +
            'Phát biểu tại hội nghị, Phó chủ tịch UBND tỉnh Nguyễn Duy Hưng đề nghị các sở phối hợp. Ông cho biết giám đốc các sở sẽ báo cáo trong tháng 5.\n',
        },
      ],
      invalid: [
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
    const persons = doc.participants.flatMap((list) => list.entries.filter((entry): entry is Person => entry.kind === 'person'));
    if (persons.length === 0 && settings.people.length === 0) return;
    const names = knownNames(persons, settings.people);
    /** Titles of the participants lists, by source offset, with the person they belong to. */
    const listTitles = new Map<number, string>();
    for (const person of persons) for (const title of person.titles) listTitles.set(title.start, person.name.text);

    for (const prose of nameBlocks(doc, settings.organizations)) {
      const { block, words, keys, capitals } = prose;
      const text = block.plain.text;
      for (let index = 0; index < words.length; index++) {
        const key = keys[index]!;
        // Cheap test first: a lowercase word that can open a title.
        if (capitals[index] || !(TITLES.opensWith(key) || CAPITALIZED_PREFIXES.has(key) || key === FORMER)) continue;
        // After `các`, `hai`: a generic title; after a capital: the rest of a title already capitalized (`Phó chủ tịch`).
        if (index > 0 && adjacent(text, words, index) && (PLURAL_MARKERS.has(keys[index - 1]!) || capitals[index - 1])) continue;
        const title = titleAt(prose, index);
        if (!title || capitals[title.first]) continue;
        const holder = listTitles.get(block.plain.span(words[index]!.start, words[index]!.end).start) ?? nameBefore(prose, index, names) ?? nameAfter(prose, title.end, names);
        if (holder === undefined) continue;
        report(titleProblem(prose, title, holder));
        index = title.end - 1;
      }
    }
  },
};

function titleProblem({ block, words }: NameBlock, title: TitleAt, holder: string): Problem {
  const plain = block.plain;
  const start = words[title.first]!.start;
  const end = words[title.end - 1]!.end;
  let expected = '';
  for (let index = title.first; index < title.end; index++) {
    if (index > title.first) expected += plain.text.slice(words[index - 1]!.end, words[index]!.start);
    expected += withInitial(words[index]!.text, title.initials[index - title.first]!);
  }
  const problem: Problem = { messageId: 'lowercaseTitle', data: { written: plain.text.slice(start, end), name: holder, expected }, ...plain.span(start, end) };
  if (plain.isExact(start, end)) problem.fix = { ...plain.span(start, end), text: expected };
  return problem;
}

import type { Rule } from '../types';
import type { PressRelease } from '../model/types';
import { SURNAMES, startsWithPlace } from '../lang/person-names';
import { fullNameRuns, isFollowedByDescription, isFollowedByTitle, MIN_NAME_SYLLABLES, wordsOf, type NameRun } from '../lang/full-names';
import { foldWord } from '../lang/name-matcher';
import { withoutDiacritics } from '../text/diacritics';
import { editDistance } from '../text/nearest';

/** A name and where it is introduced: in a participants list, or in the text with its title or a description of the person after it. */
interface ReferenceName {
  words: readonly string[];
  spelled: string;
  /** The source offset of the text's introduction; none for a participants list's name. */
  introducedAt?: number;
}

function isPlace(words: readonly string[]): boolean {
  return startsWithPlace(words.map((text) => ({ text })));
}

/** The participants' names of three syllables or more that open with a surname. */
function listedNames(doc: PressRelease): ReferenceName[] {
  const listed: ReferenceName[] = [];
  for (const list of doc.participants) {
    for (const entry of list.entries) {
      if (entry.kind !== 'person') continue;
      const words = entry.name.text.split(' ');
      if (words.length >= MIN_NAME_SYLLABLES && SURNAMES.has(words[0]!)) listed.push({ words, spelled: entry.name.text });
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
    const text = run.block.plain.text;
    if (!isFollowedByTitle(text, run.end) && !isFollowedByDescription(text, run.end)) continue;
    const words = wordsOf(run);
    if (!isPlace(words)) add({ words, spelled: words.join(' '), introducedAt: run.block.plain.toSource(run.start) });
  }
  return bySurname;
}

/** One word of a name, whatever its tone-mark placement (`Hòa`, `Hoà`). */
function isSameWord(written: string, expected: string): boolean {
  return written === expected || foldWord(written) === foldWord(expected);
}

/** How a mention misspells a name introduced before it. */
type Misspelling = 'diacritics' | 'letters' | 'middleName';

/** Misspellings by how sure they are, the surest first: a name both misspells in two ways is reported for the first. */
const SUREST_FIRST: readonly Misspelling[] = ['diacritics', 'letters', 'middleName'];

/**
 * The most letters a given name may differ by and still be taken for a
 * slip: one in a short name (`Quế`/`Quý`; `Tâm`/`Tài` are two names), two
 * when one of them has five letters or more (`Xuyên`/`Xuân`, `Phúc`/`Phước`).
 */
function maxGivenNameEdits(written: string, expected: string): number {
  return Math.max(written.length, expected.length) >= 5 ? 2 : 1;
}

/**
 * How the words of a mention differ from a name of as many words: in their
 * diacritics only, not in their tone style alone (`Hòa`/`Hoà` is one name);
 * or, every other word alike, in a few letters of the given name (the last
 * word), which still opens with the same letter; `same` for the same
 * name, undefined for two names.
 */
function misspellingOf(run: readonly string[], name: readonly string[]): Misspelling | 'same' | undefined {
  let differing = 0;
  let sameLetters = true;
  let last = -1;
  for (let index = 0; index < name.length; index++) {
    const [written, expected] = [run[index]!, name[index]!];
    if (isSameWord(written, expected)) continue;
    differing++;
    last = index;
    // Vietnamese letters decompose to one base letter each: a word of another length has other letters.
    sameLetters &&= written.length === expected.length && withoutDiacritics(written) === withoutDiacritics(expected);
  }
  if (differing === 0) return 'same';
  if (sameLetters) return 'diacritics';
  if (differing > 1 || last !== name.length - 1) return undefined;
  const [written, expected] = [run[last]!.toLowerCase(), name[last]!.toLowerCase()];
  const sameInitial = withoutDiacritics(written[0]!) === withoutDiacritics(expected[0]!);
  return sameInitial && Math.min(written.length, expected.length) >= 3 && editDistance(written, expected) <= maxGivenNameEdits(written, expected) ? 'letters' : undefined;
}

/**
 * Whether a mention is a name with one of its middle names left out, the
 * surname and given name as introduced: `Trần Ngọc Hân` for `Trần Thị Ngọc
 * Hân`.
 */
function dropsMiddleName(run: readonly string[], name: readonly string[]): boolean {
  if (name.length !== run.length + 1) return false;
  let skipped = 0;
  for (let index = 0; index < run.length; index++) {
    if (!isSameWord(run[index]!, name[index + skipped]!)) {
      // Only a middle name may be missing: never the surname (index 0) nor the given name (the last); nor a word
      // written twice, which the end of a place name before the name gives (`xã Tập Sơn Sơn Minh Tuấn`).
      if (skipped === 1 || index === 0 || name[index] === name[index - 1] || !isSameWord(run[index]!, name[index + 1]!)) return false;
      skipped = 1;
    }
  }
  return skipped === 1;
}

/**
 * The introduced name that `run` misspells, if any, the surest misspelling
 * first. A run that is itself an introduced name misspells none: two
 * introduced names are two people.
 */
function misspelledName(run: readonly string[], references: readonly ReferenceName[]): { reference: ReferenceName; misspelling: Misspelling } | undefined {
  let found: { reference: ReferenceName; misspelling: Misspelling } | undefined;
  const surer = (misspelling: Misspelling): boolean => !found || SUREST_FIRST.indexOf(misspelling) < SUREST_FIRST.indexOf(found.misspelling);
  for (const reference of references) {
    if (reference.words.length === run.length) {
      const misspelling = misspellingOf(run, reference.words);
      if (misspelling === 'same') return undefined;
      if (misspelling && surer(misspelling)) found = { reference, misspelling };
    } else if (dropsMiddleName(run, reference.words) && surer('middleName')) {
      found = { reference, misspelling: 'middleName' };
    }
  }
  return found;
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
        vi: 'Tên người viết như khi được giới thiệu (trong danh sách đại biểu hay kèm chức vụ), đúng từng chữ, từng dấu: "Đặng Thị Thu Hường" không thành "Đặng Thị Thu Hương", "Nguyễn Hữu Quế" không thành "Nguyễn Hữu Quý"',
        en: 'A person\'s name written as where it is introduced (participants list, or with a title), letter for letter and diacritic for diacritic: "Đặng Thị Thu Hường" not "Đặng Thị Thu Hương", "Nguyễn Hữu Quế" not "Nguyễn Hữu Quý"',
      },
      rationale: {
        vi: 'Viết sai tên lãnh đạo, đại biểu là lỗi dễ thấy và khó chấp nhận nhất trên Cổng. Lỗi thường gặp là gõ thiếu hay sai một dấu ở lần nhắc tên sau ("Hường" thành "Hương", "Thúy" thành "Thủy"). Quy tắc so tên ở các chỗ nhắc trong bài với tên được giới thiệu: tên trong danh sách đại biểu, và tên có chức vụ ngay sau dấu phẩy hay gạch ngang ("ThS.BS Nguyễn Đình Khánh, Trưởng khoa Đột quỵ"): tên có từ ba chữ trở lên, mở đầu bằng một họ, trùng chữ cái nhưng khác dấu thì bị báo; tên trùng họ và tên đệm mà tên gọi chỉ khác một, hai chữ cái, cùng chữ đầu ("Nguyễn Hữu Quế" thành "Nguyễn Hữu Quý", "Xuyên" thành "Xuân") cũng bị báo, và tên thiếu một chữ đệm, họ và tên gọi như khi giới thiệu ("Trần Thị Ngọc Hân" thành "Trần Ngọc Hân"). Tên hai chữ không được so, vì dễ là hai người khác nhau; hai tên cùng được giới thiệu (trong danh sách, kèm chức vụ, hay kèm tuổi, nơi ở, nghề: "ông Trần Văn Hưng, chủ cơ sở bánh tráng", "anh Huỳnh Minh Tân, 34 tuổi") là hai người. Khác nhau chỉ ở kiểu bỏ dấu ("Hòa"/"Hoà") không phải lỗi tên (quy tắc tone-style-mixed xét việc này). Không sửa tự động: chỉ người viết biết tên nào đúng.',
        en: 'A misspelled name of an official or guest is the most visible and least forgiven slip on a portal. The usual one is a missing or wrong diacritic in a later mention ("Hường" as "Hương", "Thúy" as "Thủy"). The rule compares the names mentioned in the text with the names introduced: those of the participants list, and a name with its title right after a comma or dash ("ThS.BS Nguyễn Đình Khánh, Trưởng khoa Đột quỵ"): a name of three syllables or more that opens with a surname and has the same letters but other diacritics is reported, and so is one with the same surname and middle names whose given name differs by one or two letters and opens with the same letter ("Nguyễn Hữu Quế" as "Nguyễn Hữu Quý", "Xuyên" as "Xuân"), and so is one leaving out a middle name, with the surname and given name as introduced ("Trần Thị Ngọc Hân" as "Trần Ngọc Hân"). Two-syllable names are not compared, as they are too often two people; two names both introduced (in the list, with a title, or with an age, home or trade: "ông Trần Văn Hưng, chủ cơ sở bánh tráng", "anh Huỳnh Minh Tân, 34 tuổi") are two people. A difference of tone-mark placement only ("Hòa"/"Hoà") is no misspelling (tone-style-mixed looks at that). No fix: only the writer knows which spelling is right.',
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
      letters: {
        vi: 'Tên "{written}" gần giống "{listed}" trong danh sách đại biểu, chỉ khác tên gọi: nếu là một người, sửa lại cho đúng tên.',
        en: 'The name "{written}" is close to "{listed}" of the participants list, differing only in the given name: if this is the same person, correct the name.',
      },
      middleName: {
        vi: 'Tên "{written}" thiếu một chữ đệm của "{listed}" trong danh sách đại biểu: nếu là một người, viết đủ họ tên như khi giới thiệu.',
        en: 'The name "{written}" leaves out a middle name of "{listed}" of the participants list: if this is the same person, write the full name as introduced.',
      },
      middleNameIntroduced: {
        vi: 'Tên "{written}" thiếu một chữ đệm của "{listed}" (nêu kèm chức vụ ở dòng {line}): nếu là một người, viết đủ họ tên như khi giới thiệu.',
        en: 'The name "{written}" leaves out a middle name of "{listed}" (given with a title on line {line}): if this is the same person, write the full name as introduced.',
      },
      lettersIntroduced: {
        vi: 'Tên "{written}" gần giống "{listed}" (nêu kèm chức vụ ở dòng {line}), chỉ khác tên gọi: nếu là một người, sửa lại cho đúng tên.',
        en: 'The name "{written}" is close to "{listed}" (given with a title on line {line}), differing only in the given name: if this is the same person, correct the name.',
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
          text: `${NEWS_HEADER}Sáng 9/4, Sở Khoa học và Công nghệ tổ chức hội thảo. Dự hội thảo có ông Nguyễn Văn Hùng – Giám đốc Sở Khoa học và Công nghệ; ông Nguyễn Văn Hưng – Giám đốc Sở Tài chính; bà Trần Thị Ngọc Hân – Phó Giám đốc Sở Tài chính; bà Trần Ngọc Hân – Trưởng phòng Kinh tế.\n\nBà Trần Ngọc Hân và ông Nguyễn Văn Hưng đề nghị bố trí vốn cho các dự án chuyển đổi số./.\n`,
        },
        {
          title: { vi: 'Người khác được giới thiệu kèm tuổi, nơi ở, nghề', en: 'Another person introduced with an age, home or trade' },
          text: `${NEWS_HEADER}Sáng 9/4, UBND xã Tân Hòa tổ chức hội nghị. Dự hội nghị có ông Trần Văn Hùng – Chủ tịch UBND xã; ông Huỳnh Minh Tâm – Chủ tịch Hội Nông dân xã.\n\nÔng Trần Văn Hưng, chủ cơ sở bánh tráng, và anh Huỳnh Minh Tân, 34 tuổi, ngụ ấp Cái Nai, chia sẻ kinh nghiệm. Anh Huỳnh Minh Tân cho biết sẽ mở rộng sản xuất./.\n`,
        },
        {
          title: { vi: 'Tên gọi khác hẳn: hai người', en: 'Given names that are plainly two: two people' },
          text: `${NEWS_HEADER}Sáng 9/4, Sở Khoa học và Công nghệ tổ chức hội thảo. Dự hội thảo có ông Lê Văn Tâm – Giám đốc Sở Khoa học và Công nghệ.\n\nÔng Lê Văn Tài và ông Lê Văn Lâm trình bày tham luận./.\n`,
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
        {
          title: { vi: 'Tên gọi của người được bổ nhiệm viết sai ở lần nhắc sau', en: 'An appointee\'s given name misspelled in a later mention' },
          text: `${NEWS_HEADER}Sáng 9/4, Phó Giám đốc Sở Nội vụ công bố quyết định bổ nhiệm ông Lê Hoàng Phúc, Phó Giám đốc phụ trách Sở Xây dựng, giữ chức vụ Giám đốc Sở.\n\nPhát biểu nhận nhiệm vụ, ông Lê Hoàng Phước cảm ơn sự tin tưởng của lãnh đạo tỉnh./.\n`,
          expect: [{ messageId: 'lettersIntroduced', line: 10 }],
        },
        {
          title: { vi: 'Tên đại biểu thiếu chữ đệm ở lần nhắc sau', en: 'A participant\'s name with a middle name left out in a later mention' },
          text: `${NEWS_HEADER}Sáng 9/4, UBND xã Mỹ Hiệp tổ chức hội nghị. Dự hội nghị có ông Nguyễn Hoàng Phúc – Bí thư Đảng ủy xã; bà Trần Thị Ngọc Hân – Chủ tịch UBND xã.\n\nPhát biểu kết luận, bà Trần Ngọc Hân yêu cầu công khai tiến độ giải quyết hồ sơ./.\n`,
          expect: [{ messageId: 'middleName', line: 10 }],
        },
      ],
    },
  },
  check({ doc, profile, report }) {
    if (profile.language !== 'vi') return;
    const listed = listedNames(doc);
    const written = fullNameRuns(doc);
    const surnames = surnamesOfVariants([...listed.map(({ words, spelled }) => ({ surname: words[0]!, spelled })), ...written]);
    if (surnames.size === 0) return;
    const runs = written.filter((run) => surnames.has(run.surname));
    const references = referenceNames(listed, runs);
    for (const run of runs) {
      const named = references.get(run.surname);
      const words = wordsOf(run);
      const found = named && misspelledName(words, named);
      if (!found || isPlace(words)) continue;
      const { reference, misspelling } = found;
      const data = { written: words.join(' '), listed: reference.spelled, line: reference.introducedAt === undefined ? 0 : doc.lines.position(reference.introducedAt).line };
      report({ messageId: `${misspelling}${reference.introducedAt === undefined ? '' : 'Introduced'}`, data, ...run.block.plain.span(run.start, run.end) });
    }
  },
};

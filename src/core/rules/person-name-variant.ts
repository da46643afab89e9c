import type { Rule } from '../types';
import type { PressRelease } from '../model/types';
import { SURNAMES } from '../lang/person-names';
import { foldWord } from '../lang/name-matcher';
import { capitalizedWords } from '../lang/capitalized-words';
import { isCapitalAt, type Word } from '../text/words';
import { withoutDiacritics } from '../text/diacritics';

/** Two-syllable names (`Huỳnh Nghĩa`) are compared too often with another person's: only longer ones are. */
const MIN_SYLLABLES = 3;
const MAX_SYLLABLES = 5;
/** Only spaces between two words of a name. */
const SPACES_ONLY = /^[ \u00A0]+$/u;

/** The names of the participants lists of three syllables or more that open with a surname, as words, by that surname as written. */
function listedNames(doc: PressRelease): Map<string, string[][]> {
  const bySurname = new Map<string, string[][]>();
  for (const list of doc.participants) {
    for (const entry of list.entries) {
      if (entry.kind !== 'person') continue;
      const words = entry.name.text.split(' ');
      if (words.length < MIN_SYLLABLES || !SURNAMES.has(words[0]!)) continue;
      const named = bySurname.get(words[0]!);
      if (!named) bySurname.set(words[0]!, [words]);
      else if (!named.some((name) => name.join(' ') === entry.name.text)) named.push(words);
    }
  }
  return bySurname;
}

/**
 * The listed name that `run` misspells, if any: as many words, and the
 * words that differ differ in their diacritics only, not in their tone
 * style alone (`Hòa`/`Hoà` is one name). A run that is itself a listed
 * name misspells none: two listed names are two people.
 */
function misspelledName(run: readonly string[], listed: readonly (readonly string[])[]): string | undefined {
  let misspelled: string | undefined;
  for (const name of listed) {
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
    misspelled ??= name.join(' ');
  }
  return misspelled;
}

/** The capitalized words from `first` on, joined by spaces only, up to the longest name: the words of a name written there. */
function capitalizedRun(text: string, words: readonly Word[], first: number): string[] {
  const run = [words[first]!.text];
  for (let index = first + 1; index < words.length && run.length < MAX_SYLLABLES + 1; index++) {
    const word = words[index]!;
    if (!isCapitalAt(word.text, 0) || !SPACES_ONLY.test(text.slice(words[index - 1]!.end, word.start))) break;
    run.push(word.text);
  }
  return run;
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
        vi: 'Tên người viết như trong danh sách đại biểu, đúng cả dấu: "Đặng Thị Thu Hường" không thành "Đặng Thị Thu Hương"',
        en: 'A person\'s name written as in the participants list, diacritics included: "Đặng Thị Thu Hường" not "Đặng Thị Thu Hương"',
      },
      rationale: {
        vi: 'Viết sai tên lãnh đạo, đại biểu là lỗi dễ thấy và khó chấp nhận nhất trên Cổng. Lỗi thường gặp là gõ thiếu hay sai một dấu ở lần nhắc tên sau ("Hường" thành "Hương", "Thúy" thành "Thủy"). Quy tắc so tên ở các chỗ nhắc trong bài với tên trong danh sách đại biểu: tên có từ ba chữ trở lên, mở đầu bằng một họ, trùng chữ cái nhưng khác dấu thì bị báo. Tên hai chữ không được so, vì dễ là hai người khác nhau; hai tên cùng có trong danh sách đại biểu là hai người. Khác nhau chỉ ở kiểu bỏ dấu ("Hòa"/"Hoà") không phải lỗi tên (quy tắc tone-style-mixed xét việc này). Không sửa tự động: chỉ người viết biết tên nào đúng.',
        en: 'A misspelled name of an official or guest is the most visible and least forgiven slip on a portal. The usual one is a missing or wrong diacritic in a later mention ("Hường" as "Hương", "Thúy" as "Thủy"). The rule compares the names mentioned in the text with those of the participants list: a name of three syllables or more that opens with a surname and has the same letters but other diacritics is reported. Two-syllable names are not compared, as they are too often two people; two names both in the participants list are two people. A difference of tone-mark placement only ("Hòa"/"Hoà") is no misspelling (tone-style-mixed looks at that). No fix: only the writer knows which spelling is right.',
      },
    },
    messages: {
      diacritics: {
        vi: 'Tên "{written}" khác "{listed}" trong danh sách đại biểu chỉ ở dấu: nếu là một người, sửa lại cho đúng tên.',
        en: 'The name "{written}" differs from "{listed}" of the participants list only in its diacritics: if this is the same person, correct the name.',
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
      ],
      invalid: [
        {
          title: { vi: 'Tên đại biểu viết thiếu dấu ở lần nhắc sau', en: 'A participant\'s name with a diacritic missing in a later mention' },
          text: `${NEWS_HEADER}Sáng 9/4, Sở Khoa học và Công nghệ tổ chức hội thảo. Dự hội thảo có PGS.TS Đặng Thị Thu Hường – Hiệu trưởng Trường Đại học Hà Tĩnh; ông Trần Văn Hòa – Giám đốc Trung tâm Chuyển đổi số.\n\nTheo PGS.TS Đặng Thị Thu Hương, hạ tầng số của tỉnh cần được đầu tư đồng bộ./.\n`,
          expect: [{ messageId: 'diacritics', line: 10 }],
        },
      ],
    },
  },
  check({ doc, profile, report }) {
    if (profile.language !== 'vi' || doc.participants.length === 0) return;
    const listed = listedNames(doc);
    if (listed.size === 0) return;
    // A misspelled given name keeps its surname: only capitalized words written as a listed surname open a mention.
    for (const { block, words, capitalized } of capitalizedWords(doc)) {
      const text = block.plain.text;
      let next = 0;
      for (const index of capitalized) {
        const named = index < next ? undefined : listed.get(words[index]!.text);
        if (!named) continue;
        const run = capitalizedRun(text, words, index);
        next = index + run.length;
        // The whole run is the name: a longer run is another name, which its own surname may start.
        if (run.length < MIN_SYLLABLES || run.length > MAX_SYLLABLES) continue;
        const name = misspelledName(run, named);
        if (name === undefined) continue;
        const span = block.plain.span(words[index]!.start, words[index + run.length - 1]!.end);
        report({ messageId: 'diacritics', data: { written: run.join(' '), listed: name }, ...span });
      }
    }
  },
};

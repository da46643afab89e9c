import type { Rule } from '../types';
import type { PressRelease } from '../model/types';
import { SURNAMES } from '../lang/person-names';
import { foldWord } from '../lang/name-matcher';
import { proseBlocks } from '../model/prose';
import { isCapitalAt, type Word } from '../text/words';

/** Two-syllable names (`Huỳnh Nghĩa`) are compared too often with another person's: only longer ones are. */
const MIN_SYLLABLES = 3;
const MAX_SYLLABLES = 5;
const COMBINING_MARKS = /\p{M}/gu;
/** Only spaces between two words of a name. */
const SPACES_ONLY = /^[ \u00A0]+$/u;

/** A name's letters without their diacritics, lowercase: `Hường`, `Hương`, `Huong` all read `huong`. */
function bareLetters(name: string): string {
  return name.normalize('NFD').replace(COMBINING_MARKS, '').replace(/[đĐ]/gu, 'd').toLowerCase();
}

/** A name's comparison key, tone-mark placement aside (`Hòa` and `Hoà` are one spelling, in two styles). */
function spellingKey(words: readonly string[]): string {
  return words.map(foldWord).join(' ');
}

interface ListedName {
  text: string;
  spelling: string;
}

/** The names of the participants lists of three syllables or more, by their bare letters. */
function listedNames(doc: PressRelease): Map<string, ListedName[]> {
  const byBareLetters = new Map<string, ListedName[]>();
  for (const list of doc.participants) {
    for (const entry of list.entries) {
      if (entry.kind !== 'person') continue;
      const words = entry.name.text.split(/\s+/u);
      if (words.length < MIN_SYLLABLES) continue;
      const bare = bareLetters(words.join(' '));
      const listed = byBareLetters.get(bare) ?? [];
      const spelling = spellingKey(words);
      if (!listed.some((name) => name.spelling === spelling)) listed.push({ text: words.join(' '), spelling });
      byBareLetters.set(bare, listed);
    }
  }
  return byBareLetters;
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
    for (const { block, words } of proseBlocks(doc)) {
      const text = block.plain.text;
      for (let index = 0; index < words.length; index++) {
        if (!SURNAMES.has(words[index]!.text)) continue;
        const run = capitalizedRun(text, words, index);
        // The whole run is the name: a longer run is another name, which its own surname may start.
        if (run.length < MIN_SYLLABLES || run.length > MAX_SYLLABLES) continue;
        const candidates = listed.get(bareLetters(run.join(' ')));
        const spelling = spellingKey(run);
        if (!candidates || candidates.some((name) => name.spelling === spelling)) continue;
        const span = block.plain.span(words[index]!.start, words[index + run.length - 1]!.end);
        report({ messageId: 'diacritics', data: { written: run.join(' '), listed: candidates[0]!.text }, ...span });
        index += run.length - 1;
      }
    }
  },
};

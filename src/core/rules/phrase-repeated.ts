import type { Rule } from '../types';
import type { Word } from '../text/words';
import { proseBlocks } from '../model/prose';
import { skipWhiteSpace } from '../text/white-space';

/** The longest phrase looked for, in words (Vietnamese syllables): a stretch typed or pasted twice is short. */
const LONGEST_PHRASE = 6;
const STARTS_WITH_DIGIT = /^\d/u;
/**
 * Function words, which Vietnamese never reduplicates: `các các biện pháp`
 * is a slip (`từ từ`, `là là` are words); and English articles and
 * prepositions, never written twice in a row either (`from the the
 * provincial fund`; `that that` and `had had` are English).
 */
const NEVER_DOUBLED = new Set([
  'các', 'những', 'của', 'và', 'với', 'được', 'bị', 'đã', 'đang', 'sẽ', 'tại', 'theo', 'để', 'hoặc', 'nhưng', 'cũng', 'này',
  'the', 'a', 'an', 'of', 'to', 'in', 'on', 'at', 'for', 'from', 'with', 'by', 'and',
]);

/**
 * The length of the phrase of two words or more that starts at `first` and
 * is written again right after it (`cây trồng cây trồng`), with only white
 * space between its words; 0 when there is none. One word written twice is
 * Vietnamese reduplication (`nhà nhà`, `người người`), not a slip, unless
 * it is a function word (`các các`).
 */
function repeatedPhraseLength(text: string, words: readonly Word[], spellings: readonly number[], first: number): number {
  const firstSpelling = spellings[first]!;
  if (spellings[first + 1] === firstSpelling && NEVER_DOUBLED.has(words[first]!.text) && skipWhiteSpace(text, words[first]!.end) === words[first + 1]!.start) return 1;
  for (let length = 2; length <= LONGEST_PHRASE && first + 2 * length <= spellings.length; length++) {
    if (spellings[first + length] !== firstSpelling) continue;
    let repeated = true;
    // The words are compared first, by their spelling numbers; the spaces between them only for a repeat.
    for (let index = first + 1; index < first + length && repeated; index++) repeated = spellings[index] === spellings[index + length];
    for (let index = first + 1; index < first + 2 * length && repeated; index++) repeated = skipWhiteSpace(text, words[index - 1]!.end) === words[index]!.start;
    if (repeated) return length;
  }
  return 0;
}

export const phraseRepeated: Rule = {
  meta: {
    id: 'phrase-repeated',
    group: 'language',
    severity: 'warn',
    fixable: false,
    docs: {
      summary: {
        vi: 'Một cụm từ bị lặp lại liền nhau (cây trồng cây trồng)',
        en: 'A phrase written twice in a row (cây trồng cây trồng)',
      },
      rationale: {
        vi: 'Cụm từ hai chữ trở lên bị viết lặp liền nhau ("cơ cấu cây trồng cây trồng") thường là lỗi khi sửa bài hoặc dán văn bản, và người đọc nhận ra ngay. Quy tắc báo cụm lặp từ hai đến sáu chữ, không có dấu câu xen giữa. Một chữ lặp lại ("nhà nhà", "người người", "ngày ngày") là từ láy, không bị báo, trừ hư từ không bao giờ láy ("các các", "của của"); trong thông cáo tiếng Anh, mạo từ và giới từ viết hai lần ("the the", "of of") cũng bị báo. Quy tắc không tự sửa: nếu cụm lặp là để nhấn mạnh, hãy thêm dấu phẩy ("từng bước, từng bước").',
        en: 'A phrase of two words or more written twice in a row ("cơ cấu cây trồng cây trồng") is usually a slip while editing or pasting, and readers notice it at once. The rule reports repeated phrases of two to six words with no punctuation between them. One word written twice ("nhà nhà", "người người", "ngày ngày") is Vietnamese reduplication and is not reported, except function words that never reduplicate ("các các", "của của"); in an English release, articles and prepositions written twice ("the the", "of of") are reported too. There is no automatic fix: when the repetition is for emphasis, add a comma ("từng bước, từng bước").',
      },
    },
    messages: {
      repeated: {
        vi: '"{phrase}" được viết hai lần liền nhau: bỏ một lần (hoặc thêm dấu phẩy nếu muốn nhấn mạnh).',
        en: '"{phrase}" is written twice in a row: remove one (or add a comma if the repetition is for emphasis).',
      },
    },
    defaults: {},
    examples: {
      valid: [
        {
          title: { vi: 'Từ láy và cụm lặp có dấu phẩy', en: 'Reduplication, and a repetition set off by a comma' },
          text: '# Nhà nhà tham gia bảo vệ môi trường\n\nNgười người, nhà nhà hưởng ứng phong trào. Xã từng bước, từng bước chuyển đổi cơ cấu cây trồng theo hướng hữu cơ.\n',
        },
        {
          title: { vi: 'Hai ô bảng, hai mục danh sách giống nhau', en: 'Two table cells or list items alike' },
          text: '# Kết quả thực hiện chỉ tiêu năm 2026\n\n| Chỉ tiêu | Quý I | Quý II |\n| --- | --- | --- |\n| Cây trồng | đạt kế hoạch | đạt kế hoạch |\n\n- Lúa chất lượng cao\n- Lúa chất lượng cao\n',
        },
      ],
      invalid: [
        {
          title: { vi: 'Cụm từ viết lặp khi sửa bài', en: 'A phrase repeated while editing' },
          text: '# Nông dân chuyển đổi cơ cấu cây trồng\n\nNăm 2026, huyện chuyển đổi cơ cấu cây trồng cây trồng trên 500 ha đất lúa kém hiệu quả.\n',
          expect: [{ messageId: 'repeated', line: 3 }],
        },
        {
          title: { vi: 'Hư từ viết hai lần', en: 'A function word written twice' },
          text: '# Hội thảo đầu bờ mô hình lúa chất lượng cao\n\nNông dân áp dụng các các biện pháp quản lý dịch hại tổng hợp.\n',
          expect: [{ messageId: 'repeated', line: 3 }],
        },
        {
          title: { vi: 'Mạo từ tiếng Anh viết hai lần', en: 'An English article written twice' },
          profile: 'en-press-release',
          text: 'FOR IMMEDIATE RELEASE\n\n# Quang Tri opens relief fund\n\nVolunteers from the the provincial Youth Union delivered rice to 600 households.\n',
          expect: [{ messageId: 'repeated', line: 5 }],
        },
      ],
    },
  },
  check({ doc, report }) {
    for (const { block, words, spellingNumbers } of proseBlocks(doc)) {
      const text = block.plain.text;
      for (let first = 0; first + 2 <= words.length; first++) {
        // Most words do not recur within a phrase's length: that is read here, from the numbers alone.
        let recurs = false;
        for (let ahead = first + 1; ahead <= first + LONGEST_PHRASE && ahead < spellingNumbers.length && !recurs; ahead++) recurs = spellingNumbers[ahead] === spellingNumbers[first];
        if (!recurs) continue;
        const length = repeatedPhraseLength(text, words, spellingNumbers, first);
        if (length === 0 || STARTS_WITH_DIGIT.test(words[first]!.text)) continue;
        const second = words[first + length]!;
        const last = words[first + 2 * length - 1]!;
        // Two cells, items or lines of a list hold the same words by design; one run of text does not.
        if (!block.plain.isVerbatim(words[first]!.start, last.end)) continue;
        report({ messageId: 'repeated', data: { phrase: text.slice(words[first]!.start, words[first + length - 1]!.end) }, ...block.plain.span(second.start, last.end) });
        first += 2 * length - 1;
      }
    }
  },
};

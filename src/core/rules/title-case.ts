import type { Rule } from '../types';
import { tokenize } from '../text/words';
import { isAllCaps } from '../lang/name-matcher';

/**
 * Function words, which no name capitalizes (`Sở Thông tin và Truyền
 * thông`, `Quỹ Vì người nghèo` keep them in lower case or start with them):
 * two or more of them capitalized inside a headline mark it as Title Case.
 * `Năm` and `Ngày` are left out (`lần thứ Năm`, `Ngày Nhà giáo Việt Nam`).
 */
const VIETNAMESE_FUNCTION_WORDS = ['và', 'của', 'với', 'cho', 'tại', 'trong', 'các', 'những', 'về', 'từ', 'đến', 'là', 'được', 'có', 'để', 'theo', 'trên', 'khi', 'đã', 'sẽ', 'đang', 'vào'];
/** English articles, conjunctions and prepositions, which AP's sentence-case headlines keep in lower case. */
const ENGLISH_FUNCTION_WORDS = ['a', 'an', 'the', 'and', 'or', 'of', 'at', 'with', 'to', 'for', 'in', 'on', 'by', 'from', 'as', 'into', 'over'];
/** Title Case capitalizes nearly every word; a headline in sentence case leaves most in lower case. */
const CAPITALIZED_SHARE = 0.8;
const MIN_CAPITALIZED_FUNCTION_WORDS = 2;
const MIN_WORDS = 5;
const LETTER = /\p{L}/u;
/** A language's function words, and a pattern for one of them capitalized after the first word: most headlines hold none, and are not tokenized. */
function functionWords(words: readonly string[]): { words: ReadonlySet<string>; capitalized: RegExp } {
  const capitalized = new RegExp(`\\s(?:${words.map((word) => word[0]!.toUpperCase() + word.slice(1)).join('|')})(?![\\p{L}\\p{N}])`, 'u');
  return { words: new Set(words), capitalized };
}
const FUNCTION_WORDS = { vi: functionWords(VIETNAMESE_FUNCTION_WORDS), en: functionWords(ENGLISH_FUNCTION_WORDS) };

/** The headline's words after the first are nearly all capitalized, function words included. */
function isTitleCase(headline: string, language: 'vi' | 'en'): boolean {
  const { words: functionWordSet, capitalized: capitalizedFunctionWord } = FUNCTION_WORDS[language];
  if (!capitalizedFunctionWord.test(headline)) return false;
  const words = tokenize(headline).slice(1).filter((word) => LETTER.test(word.text[0]!));
  if (words.length < MIN_WORDS) return false;
  // A headline set in capitals is another style (and abbreviations are capitals whatever the style).
  const cased = words.filter((word) => !isAllCaps(word.text));
  if (cased.length === 0) return false;
  const capitalized = cased.filter((word) => word.spelling.capitalized);
  const capitalizedFunctionWords = capitalized.filter((word) => functionWordSet.has(word.text.toLowerCase()));
  return capitalized.length >= cased.length * CAPITALIZED_SHARE && capitalizedFunctionWords.length >= MIN_CAPITALIZED_FUNCTION_WORDS;
}

export const titleCase: Rule = {
  meta: {
    id: 'title-case',
    group: 'language',
    severity: 'warn',
    fixable: false,
    docs: {
      summary: { vi: 'Tiêu đề viết hoa kiểu câu, không viết hoa mọi chữ', en: 'A headline in sentence case, not Title Case' },
      rationale: {
        vi: 'Tiêu đề tin bài viết như một câu: chỉ viết hoa chữ đầu và tên riêng (Nghị định 30/2020/NĐ-CP, Phụ lục II). Tiêu đề viết hoa chữ cái đầu mọi âm tiết ("Sở Thông Tin Và Truyền Thông Ký Kết Chương Trình Phối Hợp") là thói quen chép từ tiếng Anh, khó đọc và làm mất dấu hiệu nhận biết tên riêng. Quy tắc báo khi gần như mọi chữ sau chữ đầu đều viết hoa, kể cả ít nhất hai hư từ ("Và", "Của", "Với", "Tại"…), điều mà tên riêng không bao giờ làm; tiêu đề viết in hoa toàn bộ không bị xét. Thông cáo tiếng Anh cũng vậy: tiêu đề theo lối AP viết như một câu, và Title Case được nhận ra qua các hư từ tiếng Anh viết hoa ("With", "A", "Of", "The"…). Không sửa tự động: chỉ người viết biết chữ nào là tên riêng.',
        en: 'A news headline is written as a sentence: capitals for its first word and proper names only (Decree 30/2020/NĐ-CP, Appendix II). A headline with every syllable capitalized ("Sở Thông Tin Và Truyền Thông Ký Kết Chương Trình Phối Hợp") is a habit copied from English, harder to read, and it hides which words are names. The rule reports a headline whose words after the first are nearly all capitalized, with at least two function words among them ("Và", "Của", "Với", "Tại"…), which no name capitalizes; a headline set all in capitals is not checked. English releases likewise: AP headlines are in sentence case, and Title Case is told by capitalized English function words ("With", "A", "Of", "The"…). There is no automatic fix: only the writer knows which words are names.',
      },
    },
    messages: {
      titleCase: {
        vi: 'Tiêu đề viết hoa chữ cái đầu mọi âm tiết: viết như một câu, chỉ viết hoa chữ đầu và tên riêng (ví dụ "Sở Thông tin và Truyền thông ký kết chương trình phối hợp").',
        en: 'The headline capitalizes every syllable: write it as a sentence, with capitals for its first word and proper names only (e.g. "Sở Thông tin và Truyền thông ký kết chương trình phối hợp").',
      },
      titleCaseEnglish: {
        vi: 'Tiêu đề tiếng Anh viết hoa mọi chữ: theo lối AP, tiêu đề viết như một câu, chỉ viết hoa chữ đầu và tên riêng (ví dụ "Hue Festival 2026 will open with a night of royal music").',
        en: 'The headline capitalizes every word: AP headlines are in sentence case, with capitals for the first word and proper names only (e.g. "Hue Festival 2026 will open with a night of royal music").',
      },
    },
    defaults: {},
    examples: {
      valid: [
        {
          title: { vi: 'Tiêu đề viết hoa kiểu câu, có tên riêng', en: 'A sentence-case headline with names' },
          text: '# Sở Thông tin và Truyền thông ký kết chương trình phối hợp với Tỉnh đoàn Đồng Tháp\n',
        },
        {
          title: { vi: 'Tiêu đề in hoa toàn bộ', en: 'A headline in capitals' },
          text: '# KHAI MẠC LỄ HỘI VĂN HÓA CÁC DÂN TỘC TỈNH GIA LAI\n',
        },
        {
          title: { vi: 'Tiêu đề tiếng Anh viết như một câu, có tên riêng', en: 'An English headline in sentence case, with names' },
          profile: 'en-press-release',
          text: 'FOR IMMEDIATE RELEASE\n\n# Ho Chi Minh City Export Fair draws buyers from the United States and the European Union\n',
        },
        {
          title: { vi: 'Tên riêng mở đầu bằng hư từ', en: 'A name that opens with a function word' },
          text: '# Quỹ Vì người nghèo Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Lâm Đồng trao 200 nhà Đại đoàn kết\n',
        },
      ],
      invalid: [
        {
          title: { vi: 'Mọi âm tiết đều viết hoa', en: 'Every syllable capitalized' },
          text: '# Sở Thông Tin Và Truyền Thông Ký Kết Chương Trình Phối Hợp Với Tỉnh Đoàn\n',
          expect: [{ messageId: 'titleCase', line: 1 }],
        },
        {
          title: { vi: 'Tiêu đề tiếng Anh viết hoa mọi chữ', en: 'An English headline in Title Case' },
          profile: 'en-press-release',
          text: 'FOR IMMEDIATE RELEASE\n\n# Hue Festival 2026 Will Open With A Night Of Royal Music At The Imperial City\n',
          expect: [{ messageId: 'titleCaseEnglish', line: 3 }],
        },
      ],
    },
  },
  check({ doc, profile, report }) {
    if (!doc.title || !isTitleCase(doc.title.text, profile.language)) return;
    report({ messageId: profile.language === 'en' ? 'titleCaseEnglish' : 'titleCase', start: doc.title.start, end: doc.title.end });
  },
};

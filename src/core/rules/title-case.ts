import type { Rule } from '../types';
import { tokenize } from '../text/words';
import { isAllCaps } from '../lang/name-matcher';

/**
 * Function words, which no name capitalizes (`Sở Thông tin và Truyền
 * thông`, `Quỹ Vì người nghèo` keep them in lower case or start with them):
 * two or more of them capitalized inside a headline mark it as Title Case.
 * `Năm` and `Ngày` are left out (`lần thứ Năm`, `Ngày Nhà giáo Việt Nam`).
 */
const FUNCTION_WORDS = new Set(['và', 'của', 'với', 'cho', 'tại', 'trong', 'các', 'những', 'về', 'từ', 'đến', 'là', 'được', 'có', 'để', 'theo', 'trên', 'khi', 'đã', 'sẽ', 'đang', 'vào']);
/** Title Case capitalizes nearly every word; a headline in sentence case leaves most in lower case. */
const CAPITALIZED_SHARE = 0.8;
const MIN_CAPITALIZED_FUNCTION_WORDS = 2;
const MIN_WORDS = 5;
const LETTER = /\p{L}/u;
/** A capitalized function word after the first: most headlines hold none, and are not tokenized. */
const CAPITALIZED_FUNCTION_WORD = new RegExp(`\\s(?:${[...FUNCTION_WORDS].map((word) => word[0]!.toUpperCase() + word.slice(1)).join('|')})(?![\\p{L}\\p{N}])`, 'u');

/** The headline's words after the first are nearly all capitalized, function words included. */
function isTitleCase(headline: string): boolean {
  if (!CAPITALIZED_FUNCTION_WORD.test(headline)) return false;
  const words = tokenize(headline).slice(1).filter((word) => LETTER.test(word.text[0]!));
  if (words.length < MIN_WORDS) return false;
  // A headline set in capitals is another style (and abbreviations are capitals whatever the style).
  const cased = words.filter((word) => !isAllCaps(word.text));
  if (cased.length === 0) return false;
  const capitalized = cased.filter((word) => word.spelling.capitalized);
  const functionWords = capitalized.filter((word) => FUNCTION_WORDS.has(word.text.toLowerCase()));
  return capitalized.length >= cased.length * CAPITALIZED_SHARE && functionWords.length >= MIN_CAPITALIZED_FUNCTION_WORDS;
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
        vi: 'Tiêu đề tin bài viết như một câu: chỉ viết hoa chữ đầu và tên riêng (Nghị định 30/2020/NĐ-CP, Phụ lục II). Tiêu đề viết hoa chữ cái đầu mọi âm tiết ("Sở Thông Tin Và Truyền Thông Ký Kết Chương Trình Phối Hợp") là thói quen chép từ tiếng Anh, khó đọc và làm mất dấu hiệu nhận biết tên riêng. Quy tắc báo khi gần như mọi chữ sau chữ đầu đều viết hoa, kể cả ít nhất hai hư từ ("Và", "Của", "Với", "Tại"…), điều mà tên riêng không bao giờ làm; tiêu đề viết in hoa toàn bộ không bị xét. Không sửa tự động: chỉ người viết biết chữ nào là tên riêng.',
        en: 'A news headline is written as a sentence: capitals for its first word and proper names only (Decree 30/2020/NĐ-CP, Appendix II). A headline with every syllable capitalized ("Sở Thông Tin Và Truyền Thông Ký Kết Chương Trình Phối Hợp") is a habit copied from English, harder to read, and it hides which words are names. The rule reports a headline whose words after the first are nearly all capitalized, with at least two function words among them ("Và", "Của", "Với", "Tại"…), which no name capitalizes; a headline set all in capitals is not checked. There is no automatic fix: only the writer knows which words are names.',
      },
    },
    messages: {
      titleCase: {
        vi: 'Tiêu đề viết hoa chữ cái đầu mọi âm tiết: viết như một câu, chỉ viết hoa chữ đầu và tên riêng (ví dụ "Sở Thông tin và Truyền thông ký kết chương trình phối hợp").',
        en: 'The headline capitalizes every syllable: write it as a sentence, with capitals for its first word and proper names only (e.g. "Sở Thông tin và Truyền thông ký kết chương trình phối hợp").',
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
      ],
    },
  },
  check({ doc, profile, report }) {
    if (profile.language !== 'vi' || !doc.title || !isTitleCase(doc.title.text)) return;
    report({ messageId: 'titleCase', start: doc.title.start, end: doc.title.end });
  },
};

import type { Block, PressRelease } from '../model/types';
import type { Rule } from '../types';
import type { Spelling, Word } from '../text/words';
import { abbreviationBlocks, abbreviationKey, isAbbreviation } from '../lang/abbreviations';
import { capitalizedWords } from '../lang/capitalized-words';
import { dominantForm } from '../lang/majority';

/** One written occurrence of an abbreviation: the key it is compared by, the plain-text range it covers in its block, and that text. */
interface Occurrence {
  block: Block;
  start: number;
  end: number;
  key: string;
  /** As written: one word, or two joined by a space (`Sở TT&TT`, `Covid 19`). */
  form: string;
}

/** Bodies whose initial is glued to the abbreviation in the short form: `Sở TT&TT` → `STTTT`, `Bộ TT&TT` → `BTTTT`. */
const BODY_WORDS: ReadonlySet<string> = new Set(['Sở', 'Bộ', 'Ban', 'Cục', 'Vụ', 'Viện', 'Phòng', 'Đài', 'Trường']);
/** A capitalized word that may be an abbreviation written in lowercase: `Covid`, `Covid-19`, `Tp`, `Asean`. */
const CAPITALIZED = /^\p{Lu}\p{Ll}+(?:-\d+)?$/u;
const DIGITS = /^\d+$/u;
const LETTERS_ONLY = /^\p{L}+$/u;
const D_WITH_STROKE = /Đ/gu;
const [D_WITH_STROKE_CODE, D_CODE] = [0x110, 0x44];
const TRAILING_DIGITS = /\d+$/u;
/** The shape of a word no form in capitals has (shapes are never negative). */
const NO_SHAPE = -1;
const KEY_CACHE_LIMIT = 10_000;
/** A text repeats its abbreviations (`UBND` a dozen times): each key is made once. */
const keyCache = new Map<string, string>();

/** `Đ` and `D` compare alike, so that the typo `HDND` is a variant of `HĐND`. */
function comparisonKey(text: string): string {
  let key = keyCache.get(text);
  if (key === undefined) {
    key = abbreviationKey(text).replace(D_WITH_STROKE, 'D');
    if (keyCache.size >= KEY_CACHE_LIMIT) keyCache.clear();
    keyCache.set(text, key);
  }
  return key;
}

/**
 * `words[index]` compared under the widest key that some form in capitals
 * is written with: with the initial of the body before it (`Sở TT&TT` beside
 * `STTTT`), with the number after it (`Covid 19` beside `COVID-19`), or
 * `key` itself; undefined when none is.
 */
function occurrenceAt(block: Block, words: readonly Word[], index: number, key: string, capitalsKeys: ReadonlySet<string>): Occurrence | undefined {
  const word = words[index]!;
  const text = block.plain.text;
  const before = words[index - 1];
  if (before && BODY_WORDS.has(before.text) && text.slice(before.end, word.start) === ' ') {
    const wider = comparisonKey(before.text[0]!) + key;
    if (capitalsKeys.has(wider)) return { block, start: before.start, end: word.end, key: wider, form: text.slice(before.start, word.end) };
  }
  const after = words[index + 1];
  if (after && text.slice(word.end, after.start) === ' ') {
    // `Covid 19` beside `COVID-19`; `UB MTTQ` beside `UBMTTQ`.
    const wider = DIGITS.test(after.text) && LETTERS_ONLY.test(word.text) ? key + after.text : isAbbreviation(after.text) ? key + comparisonKey(after.text) : undefined;
    if (wider !== undefined && capitalsKeys.has(wider)) return { block, start: word.start, end: after.end, key: wider, form: text.slice(word.start, after.end) };
  }
  return capitalsKeys.has(key) ? { block, start: word.start, end: word.end, key, form: word.text } : undefined;
}

/**
 * A cheap filter for capitalized words (`Covid`, `Tp`): the first letter and
 * the number of letters before any `-digits` must be those of a form in
 * capitals, so that names (`Nguyễn`, `Sở`) are not keyed at all. These are
 * the shapes of the forms in capitals.
 */
function capitalsShapes(capitalsKeys: ReadonlySet<string>): Set<number> {
  const shapes = new Set<number>();
  for (const key of capitalsKeys) {
    const letters = key.replace(TRAILING_DIGITS, '');
    shapes.add(shape(letters.charCodeAt(0), letters.length));
  }
  return shapes;
}

/** The shape of a capitalized word that may be an abbreviation written in lowercase, `NO_SHAPE` for other words: once per spelling. */
function lowercaseFormShape(spelling: Spelling): number {
  return (spelling.abbreviationShape ??= CAPITALIZED.test(spelling.text) ? wordShape(spelling.text) : NO_SHAPE);
}

function wordShape(word: string): number {
  const hyphen = word.indexOf('-');
  const first = word.charCodeAt(0);
  return shape(first === D_WITH_STROKE_CODE ? D_CODE : first, hyphen === -1 ? word.length : hyphen);
}

function shape(firstLetterCode: number, length: number): number {
  return firstLetterCode * 64 + Math.min(length, 63);
}

/** Every occurrence of a form in capitals, and of a capitalized word written like one of them (`Covid-19`, `Tp`). */
function comparableOccurrences(doc: PressRelease): Occurrence[] {
  const capitals: Array<{ block: Block; words: readonly Word[]; index: number; key: string }> = [];
  for (const { block, words, capitals: indexes } of abbreviationBlocks(doc)) {
    for (const index of indexes) capitals.push({ block, words, index, key: comparisonKey(words[index]!.text) });
  }
  if (capitals.length === 0) return [];
  const capitalsKeys = new Set(capitals.map((capital) => capital.key));
  // A form in capitals is compared at least under its own key, which is in the set.
  const occurrences = capitals.map(({ block, words, index, key }) => occurrenceAt(block, words, index, key, capitalsKeys)!);
  const shapes = capitalsShapes(capitalsKeys);
  for (const { block, words, capitalized } of capitalizedWords(doc)) {
    for (const index of capitalized) {
      const word = words[index]!;
      if (!shapes.has(lowercaseFormShape(word.spelling))) continue;
      const occurrence = occurrenceAt(block, words, index, comparisonKey(word.text), capitalsKeys);
      if (occurrence) occurrences.push(occurrence);
    }
  }
  return occurrences;
}

export const abbreviationVariant: Rule = {
  meta: {
    id: 'abbreviation-variant',
    group: 'language',
    severity: 'warn',
    fixable: true,
    docs: {
      summary: {
        vi: 'Mỗi chữ viết tắt chỉ viết một cách trong bài',
        en: 'Write each abbreviation one way throughout the text',
      },
      rationale: {
        vi: 'Cùng một cơ quan hay khái niệm mà bài viết lúc "Sở TT&TT", lúc "Sở TTTT", lúc "STTTT", hoặc "COVID-19" bên cạnh "Covid-19", "Covid 19", khiến người đọc tưởng là hai thứ khác nhau và cho thấy bài chưa được biên tập kỹ. Quy tắc so sánh các chữ viết tắt sau khi bỏ "&", ".", "-", khoảng trắng và không phân biệt hoa thường (cả "Đ" với "D", để bắt lỗi gõ "HDND"), rồi báo các cách viết ít dùng hơn. Khi một cách viết chiếm đa số rõ ràng, sửa tự động đưa các chỗ còn lại về cách đó; khi hai cách ngang nhau, người viết tự chọn. Số trong ký hiệu văn bản (123/QĐ-UBND) không được xét.',
        en: 'When one body or term appears as "Sở TT&TT", "Sở TTTT" and "STTTT", or "COVID-19" next to "Covid-19" and "Covid 19", readers may think these are different things, and the text looks unedited. The rule compares abbreviations with "&", ".", "-" and spaces removed, ignoring case (and "Đ" against "D", to catch the typo "HDND"), and reports the less used forms. When one form is a clear majority, the fix rewrites the others to it; on a tie the writer chooses. Document numbers (123/QĐ-UBND) are not compared.',
      },
    },
    messages: {
      variant: {
        vi: '"{form}" và "{main}" là một chữ viết tắt: bài dùng "{main}" nhiều hơn, nên viết "{main}" ở đây.',
        en: '"{form}" and "{main}" are one abbreviation: the text mostly writes "{main}", so write "{main}" here.',
      },
      variantTied: {
        vi: '"{form}" và "{main}" là một chữ viết tắt được viết hai cách với số lần ngang nhau: chọn một cách viết cho cả bài.',
        en: '"{form}" and "{main}" are one abbreviation written two ways equally often: choose one form for the whole text.',
      },
    },
    defaults: {},
    examples: {
      valid: [
        {
          title: { vi: 'Một cách viết trong cả bài', en: 'One form throughout' },
          text: '# Sở TT&TT tập huấn kỹ năng số\n\nSáng 12/5, Sở Thông tin và Truyền thông (Sở TT&TT) tổ chức tập huấn kỹ năng số cho cán bộ cấp xã. Theo Sở TT&TT, đã có 1.200 lượt người tham gia; văn bản hướng dẫn số 215/STTTT-BCVT được gửi đến các địa phương.\n',
        },
        {
          title: { vi: 'Tên riêng và số La Mã không phải chữ viết tắt', en: 'Names and Roman numerals are not abbreviations' },
          text: '# Kỳ họp thứ 7 HĐND tỉnh khóa X\n\nSáng 8/7, HĐND tỉnh khóa X khai mạc kỳ họp thứ 7; đại biểu HĐND tỉnh thảo luận về kết quả phòng, chống dịch COVID-19 và chương trình OCOP.\n',
        },
      ],
      invalid: [
        {
          title: { vi: 'Ba cách viết tên Sở', en: 'Three forms of one department' },
          text: '# Sở TT&TT tập huấn kỹ năng số\n\nSáng 12/5, Sở Thông tin và Truyền thông (Sở TT&TT) tổ chức tập huấn kỹ năng số. Lãnh đạo Sở TTTT cho biết STTTT sẽ mở thêm 20 lớp; Sở TT&TT cũng phối hợp với các xã.\n',
          expect: [
            { messageId: 'variant', line: 3 },
            { messageId: 'variant', line: 3 },
          ],
          output: '# Sở TT&TT tập huấn kỹ năng số\n\nSáng 12/5, Sở Thông tin và Truyền thông (Sở TT&TT) tổ chức tập huấn kỹ năng số. Lãnh đạo Sở TT&TT cho biết Sở TT&TT sẽ mở thêm 20 lớp; Sở TT&TT cũng phối hợp với các xã.\n',
        },
        {
          title: { vi: 'COVID-19 viết nhiều kiểu', en: 'COVID-19 written several ways' },
          text: '# Tiêm vắc xin phòng COVID-19 cho trẻ em\n\nSáng 6/4, Sở Y tế triển khai tiêm vắc xin phòng COVID-19 cho trẻ từ 5 đến dưới 12 tuổi. Đến nay, tỉnh chưa ghi nhận ca Covid-19 nặng ở trẻ em; các ca Covid 19 đều được điều trị tại nhà.\n',
          expect: [
            { messageId: 'variant', line: 3 },
            { messageId: 'variant', line: 3 },
          ],
          output: '# Tiêm vắc xin phòng COVID-19 cho trẻ em\n\nSáng 6/4, Sở Y tế triển khai tiêm vắc xin phòng COVID-19 cho trẻ từ 5 đến dưới 12 tuổi. Đến nay, tỉnh chưa ghi nhận ca COVID-19 nặng ở trẻ em; các ca COVID-19 đều được điều trị tại nhà.\n',
        },
        {
          title: { vi: 'Chữ viết tắt viết tách đôi', en: 'An abbreviation written in two halves' },
          text: '# Hội thi Dân vận khéo\n\nSáng 14/10, Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh (UBMTTQ tỉnh) tổ chức Hội thi. Theo UB MTTQ tỉnh, phong trào có 2.300 mô hình; UBMTTQ tỉnh sẽ nhân rộng các mô hình này.\n',
          expect: [{ messageId: 'variant', line: 3 }],
          output: '# Hội thi Dân vận khéo\n\nSáng 14/10, Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh (UBMTTQ tỉnh) tổ chức Hội thi. Theo UBMTTQ tỉnh, phong trào có 2.300 mô hình; UBMTTQ tỉnh sẽ nhân rộng các mô hình này.\n',
        },
        {
          title: { vi: 'Hai cách viết ngang nhau', en: 'Two forms equally often' },
          text: '# Khai trương trung tâm giao dịch tại TP.HCM\n\nNgày 9/9, doanh nghiệp khai trương trung tâm giao dịch thứ hai tại TPHCM.\n',
          expect: [{ messageId: 'variantTied', line: 3 }],
        },
      ],
    },
  },
  check({ doc, profile, report }) {
    if (profile.language !== 'vi') return;
    const groups = new Map<string, Occurrence[]>();
    for (const occurrence of comparableOccurrences(doc)) {
      const group = groups.get(occurrence.key);
      if (group) group.push(occurrence);
      else groups.set(occurrence.key, [occurrence]);
    }

    for (const group of groups.values()) {
      if (group.every((occurrence) => occurrence.form === group[0]!.form)) continue;
      const main = dominantForm(group.map((occurrence) => occurrence.form))!;
      for (const { block, start, end, form } of group) {
        if (form === main.form) continue;
        const span = block.plain.span(start, end);
        const fix = main.clear && block.plain.isExact(start, end) ? { fix: { ...span, text: main.form } } : {};
        report({ messageId: main.clear ? 'variant' : 'variantTied', data: { form, main: main.form }, ...span, ...fix });
      }
    }
  },
};

import type { Rule } from '../types';
import { fixedPhraseOccurrences, occurrenceProblem } from '../lang/fixed-phrases';
import { FREE_CASE_WORDS, SPECIAL_NAME_KINDS } from '../lang/special-names';
import { isAllCaps, withInitial } from '../lang/name-matcher';
import { isCapitalAt } from '../text/words';
import type { FixedPhraseOccurrence } from '../lang/fixed-phrases';
import { SURNAMES } from '../lang/person-names';

/** Only spaces between two words: one phrase. */
const SAME_PHRASE_GAP = /^ +$/u;

/** A word of a special name with the capital the decree gives `right`; a word in capitals and the capital of `ngày` or `tết` stay as written. */
function inRightCase(written: string, right: string): string {
  return FREE_CASE_WORDS.has(right) || isAllCaps(written) ? written : withInitial(written, isCapitalAt(right, 0));
}

/**
 * A holiday written without `ngày` right after a capitalized word of its
 * phrase ends a longer name: a person's (`Trần Quốc Khánh`, `Văn Quốc
 * Khánh`), unless that word only opens the sentence (`Lễ Quốc khánh …`).
 */
function endsLongerName({ prose, first, phrase }: FixedPhraseOccurrence): boolean {
  const before = prose.words[first - 1];
  if (phrase.kind !== 'holiday' || !before?.spelling.capitalized) return false;
  if (!SAME_PHRASE_GAP.test(prose.block.plain.text.slice(before.end, prose.words[first]!.start))) return false;
  return !before.sentenceStart || SURNAMES.has(before.text);
}

export const awardHolidayCase: Rule = {
  meta: {
    id: 'award-holiday-case',
    group: 'language',
    severity: 'warn',
    fixable: true,
    docs: {
      summary: {
        vi: 'Tên huân chương, danh hiệu vinh dự và ngày lễ viết hoa theo Nghị định 30/2020: "Huân chương Lao động hạng Ba", "Nghệ sĩ Nhân dân", "ngày Quốc khánh"',
        en: 'Orders, honorary titles and holidays capitalized as Decree 30/2020 writes them: "Huân chương Lao động hạng Ba", "Nghệ sĩ Nhân dân", "ngày Quốc khánh"',
      },
      rationale: {
        vi: 'Phụ lục II Nghị định 30/2020/NĐ-CP (mục V.2, V.5) viết hoa chữ đầu các âm tiết tạo thành tên huân chương, huy chương, danh hiệu vinh dự và chữ chỉ hạng ("Huân chương Sao vàng", "Huân chương Lao động hạng Ba", "Nghệ sĩ Nhân dân", "Anh hùng Lao động"), và tên ngày lễ, ngày kỷ niệm ("ngày Quốc khánh 2-9", "ngày Quốc tế Lao động 1-5", "ngày Phụ nữ Việt Nam 20-10"); mục V.8 viết hoa tên tết ("tết Nguyên đán", "tết Trung thu"; chữ "Tết" viết hoa như thường thấy cũng đúng) và mọi âm tiết của tên năm âm lịch ("Mậu Tuất", "Xuân Bính Ngọ"). Tin khen thưởng hay viết "Huân chương lao động hạng nhì", "Nhà giáo ưu tú", "ngày quốc khánh". Quy tắc đối chiếu với danh sách huân chương, huy chương, danh hiệu theo Luật Thi đua, khen thưởng và các ngày lễ, rồi sửa chữ hoa; chữ "ngày" trước tên ngày lễ viết hoa hay thường đều được, tên ngày lễ chỉ được nhận ra khi đứng sau "ngày" (không có "ngày", "phụ nữ Việt Nam" là phụ nữ nói chung). Danh hiệu viết thường toàn bộ ("những anh hùng lao động thầm lặng") có thể là cách nói chung nên không bị báo; tên năm âm lịch chỉ gồm các cặp can chi có thật ("Quý thân nhân" không phải tên năm).',
        en: 'Decree 30/2020/NĐ-CP, Appendix II (V.2, V.5), capitalizes the syllables that make up the name of an order, a medal or an honorary title and the word for its class ("Huân chương Sao vàng", "Huân chương Lao động hạng Ba", "Nghệ sĩ Nhân dân", "Anh hùng Lao động"), and the names of holidays ("ngày Quốc khánh 2-9", "ngày Quốc tế Lao động 1-5", "ngày Phụ nữ Việt Nam 20-10"); V.8 capitalizes the name of a Tết ("tết Nguyên đán", "tết Trung thu"; a capital "Tết", the usual practice, is right too) and every syllable of a lunar year ("Mậu Tuất", "Xuân Bính Ngọ"). Award news often writes "Huân chương lao động hạng nhì", "Nhà giáo ưu tú", "ngày quốc khánh". The rule compares the text with the orders, medals and titles of the Law on Emulation and Commendation and with the holidays, and fixes the capitals; "ngày" before a holiday may take a capital or not, and a holiday is recognized only after "ngày" (without it, "phụ nữ Việt Nam" means the country\'s women). An honorary title written all in lower case ("những anh hùng lao động thầm lặng") may be meant in general and is not reported; a lunar year is only one of the sixty stem-branch pairs of the cycle ("Quý thân nhân" is no year).',
      },
    },
    messages: {
      wrongCase: {
        vi: '"{found}" viết hoa chưa đúng: viết "{correct}" (Nghị định 30/2020, Phụ lục II).',
        en: '"{found}" is not capitalized as Decree 30/2020 (Appendix II) writes it: write "{correct}".',
      },
    },
    defaults: {},
    examples: {
      valid: [
        {
          title: { vi: 'Tên huân chương, danh hiệu và ngày lễ viết đúng', en: 'Orders, titles and holidays written right' },
          text: '# Trao Huân chương Lao động hạng Ba cho Nhà giáo Ưu tú Trần Thị Hoa\n\nSáng 19/11, nhân kỷ niệm ngày Nhà giáo Việt Nam, UBND tỉnh trao Huân chương Lao động hạng Ba và danh hiệu Nghệ sĩ Nhân dân. Ngày Quốc khánh năm nay, tỉnh tổ chức nhiều hoạt động.\n',
        },
        {
          title: { vi: '"Tết Nguyên đán" và "tết Nguyên đán" đều đúng; "Tết" đứng một mình viết hoa', en: '"Tết Nguyên đán" and "tết Nguyên đán" are both right; "Tết" alone is capitalized' },
          text: '# Thăm, chúc Tết Nguyên đán Bính Ngọ\n\nĐoàn công tác thăm, tặng quà các gia đình chính sách dịp tết Nguyên đán; Tết năm nay, tỉnh chăm lo cho hơn 20.000 hộ. Quý thân nhân liệt sĩ được đón tiếp chu đáo.\n',
        },
        {
          title: { vi: 'Danh từ chung, không phải tên', en: 'Common nouns, not names' },
          text: '# Tôn vinh phụ nữ Việt Nam\n\nChương trình tôn vinh phụ nữ Việt Nam và những anh hùng lao động thầm lặng; các nhà giáo Việt Nam được tặng quà.\n',
        },
      ],
      invalid: [
        {
          title: { vi: 'Tin khen thưởng viết thường tên huân chương, danh hiệu, ngày lễ', en: 'Award news with orders, titles and a holiday in lower case' },
          text: '# Trao Huân chương lao động hạng nhì cho ông Lê Văn Tư\n\nSáng 1/9, nhân dịp ngày quốc khánh, ông Lê Văn Tư, Nhà giáo ưu tú, được trao Huân chương lao động hạng nhì.\n',
          expect: [
            { messageId: 'wrongCase', line: 1 },
            { messageId: 'wrongCase', line: 3 },
            { messageId: 'wrongCase', line: 3 },
            { messageId: 'wrongCase', line: 3 },
          ],
          output: '# Trao Huân chương Lao động hạng Nhì cho ông Lê Văn Tư\n\nSáng 1/9, nhân dịp ngày Quốc khánh, ông Lê Văn Tư, Nhà giáo Ưu tú, được trao Huân chương Lao động hạng Nhì.\n',
        },
        {
          title: { vi: 'Tên tết viết thường', en: 'A Tết holiday in lower case' },
          text: '# Chuyến xe mùa xuân\n\nHơn 1.200 công nhân được đưa về quê đón tết nguyên đán; thiếu nhi vui Tết trung thu tại nhà văn hóa.\n',
          expect: [
            { messageId: 'wrongCase', line: 3 },
            { messageId: 'wrongCase', line: 3 },
          ],
          output: '# Chuyến xe mùa xuân\n\nHơn 1.200 công nhân được đưa về quê đón tết Nguyên đán; thiếu nhi vui Tết Trung thu tại nhà văn hóa.\n',
        },
        {
          title: { vi: 'Tên năm âm lịch viết thường một âm tiết', en: 'A lunar year with one syllable in lower case' },
          text: '# Thăm, chúc Tết Bà mẹ Việt Nam Anh hùng dịp Xuân Bính ngọ 2026\n\nNhân dịp đón Xuân Bính ngọ, đoàn công tác thăm các gia đình chính sách; năm Ất tỵ 2025 đã khép lại với nhiều kết quả.\n',
          expect: [
            { messageId: 'wrongCase', line: 1 },
            { messageId: 'wrongCase', line: 3 },
            { messageId: 'wrongCase', line: 3 },
          ],
          output: '# Thăm, chúc Tết Bà mẹ Việt Nam Anh hùng dịp Xuân Bính Ngọ 2026\n\nNhân dịp đón Xuân Bính Ngọ, đoàn công tác thăm các gia đình chính sách; năm Ất Tỵ 2025 đã khép lại với nhiều kết quả.\n',
        },
        {
          title: { vi: 'Viết hoa thừa', en: 'Capitals too many' },
          text: '# Kỷ niệm ngày Quốc Tế Lao Động\n\nCông đoàn tỉnh tặng quà nhân ngày Quốc Tế Lao Động 1/5 cho đoàn viên được trao Huy Chương Kháng Chiến.\n',
          expect: [
            { messageId: 'wrongCase', line: 1 },
            { messageId: 'wrongCase', line: 3 },
            { messageId: 'wrongCase', line: 3 },
          ],
          output: '# Kỷ niệm ngày Quốc tế Lao động\n\nCông đoàn tỉnh tặng quà nhân ngày Quốc tế Lao động 1/5 cho đoàn viên được trao Huy chương Kháng chiến.\n',
        },
      ],
    },
  },
  check({ doc, profile, report }) {
    if (profile.language !== 'vi') return;
    for (const occurrence of fixedPhraseOccurrences(doc)) {
      const { prose, first, end, phrase } = occurrence;
      if (!SPECIAL_NAME_KINDS.has(phrase.kind) || endsLongerName(occurrence)) continue;
      const words = prose.words.slice(first, end);
      // All in lower case, an honorary title may be meant in general ("những anh hùng lao động"), and two words may only look like a lunar year.
      if ((phrase.kind === 'honorary-title' || phrase.kind === 'lunar-year') && !words.some((word) => word.spelling.capitalized)) continue;
      const rewrite = (written: string, offset: number): string => inRightCase(written, phrase.right[offset]!);
      if (words.some((word, offset) => rewrite(word.text, offset) !== word.text)) report(occurrenceProblem(occurrence, 'wrongCase', rewrite));
    }
  },
};

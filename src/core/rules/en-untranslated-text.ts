import type { Rule } from '../types';
import { proseBlocks } from '../model/prose';
import { runExcerpt } from './encoding-legacy';

/** Letters only Vietnamese writes: đ, ă, ơ, ư and the toned vowels of Latin Extended Additional (ạ … ỹ). */
const VIETNAMESE_LETTER = /[đĐăĂơƠưƯ\u1EA0-\u1EF9]/u;
const WORD = /\p{L}+/gu;
const LOWERCASE_START = /^\p{Ll}/u;
/**
 * A sentence is Vietnamese text when at least this many of its lowercase words,
 * and this share of them, are written with Vietnamese letters. Names are
 * capitalized and do not count: `Director Đinh Thị Hồng Vân` is English.
 */
const MIN_VIETNAMESE_WORDS = 5;
const MIN_VIETNAMESE_SHARE = 0.3;
/**
 * A sentence and the spaces after it: a Vietnamese sentence left among
 * English ones is found on its own. A mark with a letter or digit right
 * after it ends none (`1.000 tấn`, `U.S.`).
 */
const SENTENCE = /(?:[^.!?]|[.!?](?=[\p{L}\p{N}]))+(?:[.!?]+["”’)]*|$)\s*/gu;

/** Whether a sentence is Vietnamese: enough of its lowercase words written with Vietnamese letters. */
function isVietnamese(sentence: string): boolean {
  let lowercase = 0;
  let vietnamese = 0;
  for (const [word] of sentence.matchAll(WORD)) {
    if (!LOWERCASE_START.test(word)) continue;
    lowercase++;
    if (VIETNAMESE_LETTER.test(word)) vietnamese++;
  }
  return vietnamese >= MIN_VIETNAMESE_WORDS && vietnamese >= MIN_VIETNAMESE_SHARE * lowercase;
}

/** The runs of consecutive Vietnamese sentences of a text, as `[start, end)` without their trailing spaces. */
function vietnameseRuns(text: string): Array<{ start: number; end: number }> {
  const runs: Array<{ start: number; end: number }> = [];
  let continues = false;
  for (const match of text.matchAll(SENTENCE)) {
    const sentence = match[0];
    if (!isVietnamese(sentence)) {
      continues = false;
      continue;
    }
    const end = match.index + sentence.trimEnd().length;
    if (continues) runs[runs.length - 1]!.end = end;
    else runs.push({ start: match.index, end });
    continues = true;
  }
  return runs;
}

const HEADER = 'FOR IMMEDIATE RELEASE\n\n# Lao Cai expands free public Wi-Fi\n\n';

export const enUntranslatedText: Rule = {
  meta: {
    id: 'en-untranslated-text',
    group: 'profile',
    severity: 'warn',
    fixable: false,
    docs: {
      summary: { vi: 'Thông cáo tiếng Anh không còn đoạn tiếng Việt chưa dịch', en: 'An English release holds no paragraph left in Vietnamese' },
      rationale: {
        vi: 'Thông cáo tiếng Anh thường được dịch từ bản tiếng Việt; một đoạn quên dịch sẽ đến tay phóng viên nước ngoài, những người không đọc được nó. Quy tắc báo từng câu (hay chuỗi câu liền nhau) trong đoạn văn, tiêu đề, chú thích ảnh có từ 5 từ viết thường mang chữ cái riêng của tiếng Việt (đ, ă, ơ, ư, nguyên âm có dấu như ạ, ế, ở) trở lên, chiếm từ 30% số từ viết thường. Tên người, tên địa danh viết hoa có dấu ("Director Đinh Thị Hồng Vân") và vài từ tiếng Việt được trích ("the “nhà Đại đoàn kết” program") không bị tính. Không sửa tự động: cần người dịch.',
        en: 'English releases are usually translated from the Vietnamese version; a paragraph left untranslated reaches foreign reporters, who cannot read it. The rule reports each sentence (or run of sentences) of a paragraph, heading or caption with 5 lowercase words or more written with letters only Vietnamese uses (đ, ă, ơ, ư, toned vowels such as ạ, ế, ở), making up 30% of its lowercase words or more. Capitalized names with diacritics ("Director Đinh Thị Hồng Vân") and a few quoted Vietnamese words ("the “nhà Đại đoàn kết” program") do not count. No automatic fix: it needs a translator.',
      },
    },
    messages: {
      vietnamese: {
        vi: 'Câu chữ này còn bằng tiếng Việt: “{excerpt}”. Thông cáo tiếng Anh gửi phóng viên nước ngoài: dịch sang tiếng Anh.',
        en: 'This text is still in Vietnamese: “{excerpt}”. An English release goes to foreign reporters: translate it into English.',
      },
    },
    defaults: {},
    examples: {
      valid: [
        {
          title: { vi: 'Tên người, địa danh có dấu và vài từ tiếng Việt được trích', en: 'Names and places with diacritics, and a few quoted Vietnamese words' },
          profile: 'en-press-release',
          text: `${HEADER}SA PA, Lao Cai — Sept. 8, 2026 — “Visitors can now stay connected on every trail,” said Deputy Director Đinh Thị Hồng Vân, who attended with Nguyễn Văn Hùng, Trần Thị Lan and Lê Minh Đức. The project is part of the “nhà văn hóa số” program in Bắc Hà.\n`,
        },
      ],
      invalid: [
        {
          title: { vi: 'Một đoạn quên dịch', en: 'A paragraph left untranslated' },
          profile: 'en-press-release',
          text: `${HEADER}SA PA, Lao Cai — Sept. 8, 2026 — The department has installed 120 free Wi-Fi access points in Sa Pa.\n\nTheo kế hoạch, đến cuối năm 2026, Sở Khoa học và Công nghệ sẽ mở rộng mạng wifi công cộng miễn phí đến các điểm du lịch trọng điểm.\n`,
          expect: [{ messageId: 'vietnamese', line: 7 }],
        },
        {
          title: { vi: 'Một câu quên dịch giữa các câu tiếng Anh', en: 'A sentence left untranslated among English ones' },
          profile: 'en-press-release',
          text: `${HEADER}SA PA, Lao Cai — Sept. 8, 2026 — The department has installed 120 free Wi-Fi access points in Sa Pa. Hồ sơ được tiếp nhận và trả kết quả hoàn toàn trực tuyến, không cần đến bộ phận một cửa. Fees are cut in half online.\n`,
          expect: [{ messageId: 'vietnamese', line: 5 }],
        },
      ],
    },
  },
  check({ doc, profile, report }) {
    if (profile.language !== 'en') return;
    for (const { block } of proseBlocks(doc)) {
      const text = block.plain.text;
      // Most English blocks hold no Vietnamese letter at all.
      if (!VIETNAMESE_LETTER.test(text)) continue;
      for (const { start, end } of vietnameseRuns(text)) {
        report({ messageId: 'vietnamese', data: { excerpt: runExcerpt(text.slice(start, end)) }, ...block.plain.span(start, end) });
      }
    }
  },
};

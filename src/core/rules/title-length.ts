import type { Rule } from '../types';
import { countLetterWords } from '../text/white-space';

interface TitleLengthOptions {
  minWords: number;
  maxWords: number;
}

export const titleLength: Rule<TitleLengthOptions> = {
  meta: {
    id: 'title-length',
    group: 'structure',
    severity: 'warn',
    fixable: false,
    docs: {
      summary: { vi: 'Độ dài tiêu đề (tính theo âm tiết; tiêu đề tiếng Anh theo từ)', en: 'Headline length (in syllables; an English headline in words)' },
      rationale: {
        vi: 'Tiêu đề quá ngắn không nói được sự kiện; quá dài thì bị cắt trên trang chủ và kết quả tìm kiếm. Ngưỡng mặc định (5–50 âm tiết) để lọt mọi tiêu đề thật đã khảo sát; đơn vị có thể siết lại bằng tùy chọn.',
        en: 'A headline that is too short does not say what happened; one that is too long is cut off on the home page and in search results. The defaults (5–50 syllables) let every surveyed real headline pass; a unit can tighten them.',
      },
    },
    messages: {
      tooShort: { vi: 'Tiêu đề chỉ có {count} âm tiết (tối thiểu {min}): nêu rõ ai, làm gì.', en: 'The headline is too short ({count} of at least {min} syllables): say who did what.' },
      tooLong: { vi: 'Tiêu đề dài {count} âm tiết (tối đa {max}): rút gọn, bỏ bớt chi tiết phụ.', en: 'The headline has {count} syllables (maximum {max}): shorten it and drop secondary detail.' },
      // An English headline is counted in words, which the same thresholds bound.
      tooShortWords: { vi: 'Tiêu đề chỉ có {count} từ (tối thiểu {min}): nêu rõ ai, làm gì.', en: 'The headline is too short ({count} of at least {min} words): say who did what.' },
      tooLongWords: { vi: 'Tiêu đề dài {count} từ (tối đa {max}): rút gọn, bỏ bớt chi tiết phụ.', en: 'The headline has {count} words (maximum {max}): shorten it and drop secondary detail.' },
    },
    defaults: { minWords: 5, maxWords: 50 },
    optionDocs: {
      minWords: { vi: 'Số âm tiết tối thiểu.', en: 'Fewest syllables allowed.' },
      maxWords: { vi: 'Số âm tiết tối đa.', en: 'Most syllables allowed.' },
    },
    examples: {
      valid: [
        { title: { vi: 'Tiêu đề vừa phải', en: 'A headline of normal length' }, text: '# Sở Khoa học và Công nghệ ký kết chương trình phối hợp với Tỉnh đoàn\n' },
      ],
      invalid: [
        { title: { vi: 'Tiêu đề quá ngắn', en: 'Too short' }, text: '# Hội nghị\n', expect: [{ messageId: 'tooShort', line: 1 }] },
        {
          title: { vi: 'Vượt ngưỡng do đơn vị đặt', en: 'Over a threshold set by the unit' },
          text: '# Sở Khoa học và Công nghệ tổ chức hội nghị tổng kết công tác chuyển đổi số năm 2026 và triển khai nhiệm vụ năm 2027\n',
          options: { maxWords: 20 },
          expect: [{ messageId: 'tooLong', line: 1 }],
        },
        {
          title: { vi: 'Tiêu đề tiếng Anh, tính theo từ', en: 'An English headline, counted in words' },
          profile: 'en-press-release',
          text: 'FOR IMMEDIATE RELEASE\n\n# Library opens\n',
          expect: [{ messageId: 'tooShortWords', line: 3 }],
        },
      ],
    },
  },
  check({ doc, options, profile, report }) {
    if (!doc.title) return;
    const count = countLetterWords(doc.title.text);
    const span = { start: doc.title.start, end: doc.title.end };
    const english = profile.language === 'en';
    if (count < options.minWords) report({ messageId: english ? 'tooShortWords' : 'tooShort', data: { count, min: options.minWords }, ...span });
    else if (count > options.maxWords) report({ messageId: english ? 'tooLongWords' : 'tooLong', data: { count, max: options.maxWords }, ...span });
  },
};

import type { Block } from '../model/types';
import type { Rule } from '../types';
import { proseBlocks } from '../model/prose';
import { dominantForm } from '../lang/majority';

/**
 * A span of years: `2021-2026`, `2021 - 2026`, `2021–2026`, `2021 – 2026`.
 * Not inside a document number (`12/2021-2026/NQ`) or a longer number.
 */
const YEAR_RANGE = /(?<![\p{L}\p{N}/.,\-–—])((?:19|20)\d{2})(\s*[-–—]\s*)((?:19|20)\d{2})(?![\p{L}\p{N}/]|[.,]\d)/gu;
const SPACES = /\s+/gu;
/** A span runs forward, within a century: `1945-2025` is one (an anniversary), `2026-1975` is not. */
const LONGEST_SPAN = 100;

interface YearRange {
  block: Block;
  /** Plain-text range of the separator between the years. */
  start: number;
  end: number;
  range: string;
  /** The separator with spaces reduced to one: `-`, ` - `, `–`, ` – `. */
  separator: string;
}

/** Appends the year ranges of a block to `ranges`. */
function addYearRanges(block: Block, ranges: YearRange[]): void {
  const text = block.plain.text;
  // `exec` in a loop: `matchAll` would copy the pattern for every block.
  YEAR_RANGE.lastIndex = 0;
  for (let match = YEAR_RANGE.exec(text); match; match = YEAR_RANGE.exec(text)) {
    const from = match[1]!;
    const separator = match[2]!;
    const to = match[3]!;
    if (Number(to) <= Number(from) || Number(to) - Number(from) > LONGEST_SPAN) continue;
    const start = match.index + from.length;
    ranges.push({ block, start, end: start + separator.length, range: match[0], separator: separator.replace(SPACES, ' ') });
  }
}

export const numberRangeFormat: Rule = {
  meta: {
    id: 'number-range-format',
    group: 'language',
    severity: 'warn',
    fixable: true,
    docs: {
      summary: {
        vi: 'Khoảng năm viết thống nhất một kiểu',
        en: 'Year ranges written one way',
      },
      rationale: {
        vi: 'Giai đoạn, nhiệm kỳ được viết "2021 - 2026" (gạch nối có dấu cách, như Nghị định 30/2020 viết "20 - 25 mm"), "2021-2026" hoặc "2021–2026"; các Cổng dùng cả hai kiểu đầu. Kiểu nào cũng được, nhưng một bài chỉ dùng một kiểu: "nhiệm kỳ 2021 - 2026" ở đoạn này và "2021-2026" ở đoạn sau cho thấy bài chưa được biên tập. Quy tắc báo các khoảng năm viết khác kiểu được dùng nhiều nhất; khi kiểu đó nhiều hơn hẳn, sửa tự động đưa về kiểu đó.',
        en: 'Periods and terms of office are written "2021 - 2026" (a spaced hyphen, as Decree 30/2020 writes "20 - 25 mm"), "2021-2026" or "2021–2026"; portals use both of the first two. Any style will do, but one text uses one: "nhiệm kỳ 2021 - 2026" in one paragraph and "2021-2026" in the next shows an unedited text. The rule reports year ranges written differently from the most used style; when that style clearly leads, the fix rewrites them to it.',
      },
    },
    messages: {
      mixed: {
        vi: 'Khoảng năm "{range}" viết khác với kiểu dùng chủ yếu trong bài ("{example}"): viết "{suggestion}".',
        en: 'Year range "{range}" is written differently from the style the text mostly uses ("{example}"): write "{suggestion}".',
      },
      mixedTied: {
        vi: 'Khoảng năm "{range}" và "{example}" viết hai kiểu khác nhau: chọn một kiểu cho cả bài.',
        en: 'Year ranges "{range}" and "{example}" are written two ways: choose one style for the whole text.',
      },
    },
    defaults: {},
    examples: {
      valid: [
        {
          title: { vi: 'Gạch nối có dấu cách trong cả bài', en: 'Spaced hyphens throughout' },
          text: '# Ký kết chương trình phối hợp giai đoạn 2022 - 2026\n\nSáng 14/4, Sở Khoa học và Công nghệ và Tỉnh đoàn ký kết chương trình phối hợp giai đoạn 2022 - 2026, góp phần thực hiện Nghị quyết Đại hội Đảng bộ tỉnh nhiệm kỳ 2020 - 2025.\n',
        },
        {
          title: { vi: 'Gạch nối liền trong cả bài', en: 'Unspaced hyphens throughout' },
          text: '# Tổng kết năm học 2025-2026\n\nNgày 28/5, Sở Giáo dục và Đào tạo tổng kết năm học 2025-2026 và triển khai nhiệm vụ giai đoạn 2026-2030.\n',
        },
      ],
      invalid: [
        {
          title: { vi: 'Hai kiểu trong một bài', en: 'Two styles in one text' },
          text: '# Hội nghị sơ kết giữa nhiệm kỳ 2021 - 2026\n\nSáng 10/3, Ban Thường vụ Huyện ủy tổ chức hội nghị sơ kết giữa nhiệm kỳ 2021 - 2026. Hội nghị đánh giá kết quả thực hiện Nghị quyết Đại hội Đảng bộ huyện nhiệm kỳ 2021-2026.\n',
          expect: [{ messageId: 'mixed', line: 3 }],
          output: '# Hội nghị sơ kết giữa nhiệm kỳ 2021 - 2026\n\nSáng 10/3, Ban Thường vụ Huyện ủy tổ chức hội nghị sơ kết giữa nhiệm kỳ 2021 - 2026. Hội nghị đánh giá kết quả thực hiện Nghị quyết Đại hội Đảng bộ huyện nhiệm kỳ 2021 - 2026.\n',
        },
        {
          title: { vi: 'Hai kiểu ngang nhau', en: 'Two styles equally often' },
          text: '# Tổng kết chương trình mục tiêu quốc gia\n\nNgày 20/12, UBND tỉnh tổng kết chương trình giai đoạn 2021–2025 và triển khai kế hoạch giai đoạn 2026 - 2030.\n',
          expect: [{ messageId: 'mixedTied', line: 3 }],
        },
      ],
    },
  },
  check({ doc, profile, report }) {
    if (profile.language !== 'vi') return;
    const ranges: YearRange[] = [];
    for (const { block } of proseBlocks(doc)) addYearRanges(block, ranges);
    // Most texts write every range one way: nothing to count.
    if (ranges.every((range) => range.separator === ranges[0]!.separator)) return;
    const main = dominantForm(ranges.map((range) => range.separator));
    if (!main) return;
    const example = ranges.find((range) => range.separator === main.form)!.range;
    for (const { block, start, end, range, separator } of ranges) {
      if (separator === main.form) continue;
      const span = block.plain.span(start - 4, end + 4);
      if (!main.clear) {
        report({ messageId: 'mixedTied', data: { range, example }, ...span });
        continue;
      }
      const suggestion = range.slice(0, 4) + main.form + range.slice(-4);
      const fix = block.plain.isExact(start, end) ? { fix: { ...block.plain.span(start, end), text: main.form } } : {};
      report({ messageId: 'mixed', data: { range, example, suggestion }, ...span, ...fix });
    }
  },
};

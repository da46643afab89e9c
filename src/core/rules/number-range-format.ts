import type { Block } from '../model/types';
import type { Rule } from '../types';
import { proseBlocks } from '../model/prose';
import { dominantForm } from '../lang/majority';
import { escapeRegExp } from './helpers';

/**
 * A span of years: `2021-2026`, `2021 - 2026`, `2021–2026`, `2021 – 2026`.
 * Not inside a document number (`12/2021-2026/NQ`) or a longer number.
 */
const YEAR_RANGE = /(?<![\p{L}\p{N}/.,\-–—])((?:19|20)\d{2})(\s*[-–—]\s*)((?:19|20)\d{2})(?![\p{L}\p{N}/]|[.,]\d)/gu;
/** A number as Vietnamese writes it: thousands grouped by periods, a decimal comma (`1.500`, `0,5`). */
const AMOUNT = String.raw`\d{1,3}(?:\.\d{3})*(?:,\d+)?`;
/**
 * Units after a range of amounts (`20 - 25 mm`, `0,5-0,8 m`, `10–15%`): the
 * unit tells the range from a date (`14-4`), a score (`3-1`) or a code. Not
 * days, months or years: `ngày 10-12 tháng 5` is a span of dates, for
 * date-format. Numbers written with a thousands group or a decimal comma
 * (`4.500-5.000 lao động`, `2,5 - 3`) are amounts whatever follows them:
 * no date, score or code is written so.
 */
const RANGE_UNITS = [
  'mm', 'cm', 'm', 'km', 'm2', 'm²', 'm3', 'm³', 'ha', 'kg', 'tấn', 'tạ', 'lít', '%', '‰', 'độ', '°C', 'km/h', 'm/s', 'mét', 'ki-lô-mét',
  'héc-ta', 'giờ', 'phút', 'triệu', 'tỷ', 'nghìn', 'ngàn', 'người', 'hộ', 'con', 'cây', 'ly', 'ml',
];
/** The unit after the range, when there is one, is the fourth group. */
const AMOUNT_RANGE = new RegExp(
  String.raw`(?<![\p{L}\p{N}/.,\-–—])(${AMOUNT})(\s*[-–—]\s*)(${AMOUNT})(?![.,]?\d)(?=(\s*(?:${RANGE_UNITS.map(escapeRegExp).join('|')})(?![\p{L}\p{N}]))?)`,
  'gu',
);
/** A number written with a thousands group or a decimal comma. */
const WRITTEN_AMOUNT = /[.,]/;
const SPACES = /\s+/gu;
/** A span runs forward, within a century: `1945-2025` is one (an anniversary), `2026-1975` is not. */
const LONGEST_SPAN = 100;

interface NumberRange {
  block: Block;
  /** Plain-text range of the separator between the numbers. */
  start: number;
  end: number;
  from: string;
  to: string;
  /** The separator with spaces reduced to one: `-`, ` - `, `–`, ` – `. */
  separator: string;
}

/** A number written the Vietnamese way, as a value. */
function amountValue(written: string): number {
  return Number(written.replace(/\./g, '').replace(',', '.'));
}

/** Appends the ranges `pattern` finds in a block to `ranges`, when `runsForward` holds of their two ends. */
function addRanges(block: Block, pattern: RegExp, runsForward: (from: number, to: number) => boolean, ranges: NumberRange[]): void {
  const text = block.plain.text;
  // `exec` in a loop: `matchAll` would copy the pattern for every block.
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const [, from, separator, to, unit] = match as unknown as [string, string, string, string, string | undefined];
    if (pattern === AMOUNT_RANGE && unit === undefined && !WRITTEN_AMOUNT.test(from) && !WRITTEN_AMOUNT.test(to)) continue;
    if (!runsForward(amountValue(from), amountValue(to))) continue;
    const start = match.index + from.length;
    ranges.push({ block, start, end: start + separator.length, from, to, separator: separator.replace(SPACES, ' ') });
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
        vi: 'Khoảng năm, khoảng số đo viết thống nhất một kiểu ("2021 - 2026", "20 - 25 mm")',
        en: 'Ranges of years and of amounts written one way ("2021 - 2026", "20 - 25 mm")',
      },
      rationale: {
        vi: 'Giai đoạn, nhiệm kỳ được viết "2021 - 2026" (gạch nối có dấu cách, như Nghị định 30/2020 viết "20 - 25 mm"), "2021-2026" hoặc "2021–2026"; các Cổng dùng cả hai kiểu đầu. Kiểu nào cũng được, nhưng một bài chỉ dùng một kiểu: "nhiệm kỳ 2021 - 2026" ở đoạn này và "2021-2026" ở đoạn sau cho thấy bài chưa được biên tập. Khoảng số đo có đơn vị ("lượng mưa 150 - 250 mm, có nơi 300-400 mm", "0,5 - 0,8 m", "10–15%") hay viết bằng số có dấu chấm nghìn, dấu phẩy thập phân ("4.500-5.000 lao động", "2,5 - 3 lần") theo cùng kiểu với khoảng năm (quy ước DAT-06); số không có đơn vị phía sau ("14-4", tỷ số "3-1", mã số) không phải khoảng số đo. Quy tắc báo các khoảng viết khác kiểu được dùng nhiều nhất; khi kiểu đó nhiều hơn hẳn, sửa tự động đưa về kiểu đó.',
        en: 'Periods and terms of office are written "2021 - 2026" (a spaced hyphen, as Decree 30/2020 writes "20 - 25 mm"), "2021-2026" or "2021–2026"; portals use both of the first two. Any style will do, but one text uses one: "nhiệm kỳ 2021 - 2026" in one paragraph and "2021-2026" in the next shows an unedited text. Ranges of amounts with a unit ("lượng mưa 150 - 250 mm, có nơi 300-400 mm", "0,5 - 0,8 m", "10–15%") or written with a thousands group or a decimal comma ("4.500-5.000 lao động", "2,5 - 3 lần") follow the same style as year ranges (convention DAT-06); other numbers with no unit after them ("14-4", a score "3-1", a code) are no amounts. The rule reports ranges written differently from the most used style; when that style clearly leads, the fix rewrites them to it.',
      },
    },
    messages: {
      mixed: {
        vi: 'Khoảng "{range}" viết khác với kiểu dùng chủ yếu trong bài ("{example}"): viết "{suggestion}".',
        en: 'The range "{range}" is written differently from the style the text mostly uses ("{example}"): write "{suggestion}".',
      },
      mixedTied: {
        vi: 'Khoảng "{range}" và "{example}" viết hai kiểu khác nhau: chọn một kiểu cho cả bài.',
        en: 'The ranges "{range}" and "{example}" are written two ways: choose one style for the whole text.',
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
        {
          title: { vi: 'Ngày, tỷ số và mã số không phải khoảng số đo', en: 'Dates, scores and codes are no ranges of amounts' },
          text: '# Giải bóng đá thanh niên năm 2026 - 2027\n\nChiều 14-4, đội xã Tân Hòa thắng 3-1, giải đấu từ ngày 10-12 tháng 5; lượng mưa 20 - 25 mm, tuyến QL1A đoạn Km 12-15 thông xe, tổng đài 1900-1234 hoạt động.\n',
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
        {
          title: { vi: 'Khoảng số đo viết hai kiểu', en: 'Ranges of amounts written two ways' },
          text: '# Mưa lớn diện rộng\n\nTừ đêm 21/9, khu vực có mưa to, lượng mưa phổ biến 150 - 250 mm, có nơi 300-400 mm; mực nước sông lên 0,5 - 0,8 m.\n',
          expect: [{ messageId: 'mixed', line: 3 }],
          output: '# Mưa lớn diện rộng\n\nTừ đêm 21/9, khu vực có mưa to, lượng mưa phổ biến 150 - 250 mm, có nơi 300 - 400 mm; mực nước sông lên 0,5 - 0,8 m.\n',
        },
        {
          title: { vi: 'Số có dấu chấm nghìn, không có đơn vị đo', en: 'Numbers with a thousands group and no unit of measure' },
          text: '# Thu hút lao động vào khu công nghiệp\n\nNgày 5/5, các doanh nghiệp cần tuyển 7 - 10 nghìn lao động, riêng khu công nghiệp Phước Đông cần khoảng 4.500-5.000 lao động; mức lương 2,5 - 3 lần lương tối thiểu.\n',
          expect: [{ messageId: 'mixed', line: 3 }],
          output: '# Thu hút lao động vào khu công nghiệp\n\nNgày 5/5, các doanh nghiệp cần tuyển 7 - 10 nghìn lao động, riêng khu công nghiệp Phước Đông cần khoảng 4.500 - 5.000 lao động; mức lương 2,5 - 3 lần lương tối thiểu.\n',
        },
      ],
    },
  },
  check({ doc, profile, report }) {
    if (profile.language !== 'vi') return;
    const ranges: NumberRange[] = [];
    for (const { block } of proseBlocks(doc)) {
      addRanges(block, YEAR_RANGE, (from, to) => to > from && to - from <= LONGEST_SPAN, ranges);
      addRanges(block, AMOUNT_RANGE, (from, to) => to > from, ranges);
    }
    // Most texts write every range one way: nothing to count.
    if (ranges.every((range) => range.separator === ranges[0]!.separator)) return;
    const main = dominantForm(ranges.map((range) => range.separator));
    if (!main) return;
    const written = ({ block, start, end, from, to }: NumberRange): string => block.plain.text.slice(start - from.length, end + to.length);
    const example = written(ranges.find((range) => range.separator === main.form)!);
    for (const range of ranges) {
      const { block, start, end, from, to, separator } = range;
      if (separator === main.form) continue;
      const span = block.plain.span(start - from.length, end + to.length);
      if (!main.clear) {
        report({ messageId: 'mixedTied', data: { range: written(range), example }, ...span });
        continue;
      }
      const suggestion = from + main.form + to;
      const fix = block.plain.isExact(start, end) ? { fix: { ...block.plain.span(start, end), text: main.form } } : {};
      report({ messageId: 'mixed', data: { range: written(range), example, suggestion }, ...span, ...fix });
    }
  },
};

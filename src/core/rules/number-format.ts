import type { Problem, Rule } from '../types';
import type { Block, PressRelease } from '../model/types';
import { proseBlocks } from '../model/prose';
import { DOCUMENT_TYPES, documentTypePattern } from '../lang/legal-documents';
import { dominantForm } from '../lang/majority';

/**
 * Quantities a decimal number is read with: a percentage, a large amount or a
 * unit of measure. Only before one of these is `94.59` surely a decimal (a
 * thousands group has three digits, a date `18.6` has no unit).
 */
const QUANTITY = String.raw`%|tỷ|triệu|nghìn|ngàn|km2|km²|km|kg|ha|tấn|tạ|lít|m2|m²|m3|m³|mm|cm|m|MW|kWh|kW|GW|USD|điểm|lần|độ|°C`;
/** A number with a decimal point (`94.59`, `1.234.5`) before a quantity; group 1 is the part before the point. */
const DECIMAL_POINT = new RegExp(
  String.raw`(?<![\p{L}\p{N}.,])(\d{1,3}(?:\.\d{3})+|\d+)\.\d{1,2}(?!\d)(?=\s?(?:${QUANTITY})(?![\p{L}\p{N}]))`,
  'gu',
);
/** A number glued to a common unit (`22m`, `15kg`, `90m2`); never `%`, which is written close. Groups: number, unit. */
const GLUED_UNIT = /(?<![\p{L}\p{N}.,])(\d+(?:[.,]\d+)*)(km2|km²|km|kg|ha|mm|cm|m2|m²|m3|m³|m|MW|kWh|kW|GW)(?![\p{L}\p{N}])/gu;
/** A day-month after these words is a date (`ngày 1.5 lần đầu tiên …`), not a decimal. */
const DATE_WORD_BEFORE = /(?:^|[^\p{L}])(?:ngày|mùng|mồng|sáng|chiều|tối|trưa|đêm|từ|đến|và)\s+$/iu;
const DATE_WORD_LOOKBEHIND = 8;
/**
 * A document cited by type and number with a colon after `số`
 * (`Quyết định số: 1762/QĐ-TTg`): the colon belongs to the `Số:` line of a
 * document's own header, not to a citation. Group 1 runs up to `số`.
 */
const DOCUMENT_NUMBER_COLON = new RegExp(String.raw`(?<![\p{L}])((?:${documentTypePattern(DOCUMENT_TYPES)})\s+số)\s*:\s*(?=\d)`, 'giu');
/**
 * A number grouped in thousands by spaces (`41 276`) or by periods
 * (`58.312`). A group of digits after a number and a space is not one
 * (`1900 561 234`, a telephone number), nor one that runs on into a decimal.
 */
const SPACE_GROUPED = /(?<![\p{N}.,]|\p{N}[ \u00A0])\d{1,3}(?:[ \u00A0]\d{3})+(?![\p{N}]|[.,]\d)/gu;
const PERIOD_GROUPED = /(?<![\p{N}.,])\d{1,3}(?:\.\d{3})+(?![\p{N}]|[.,]\d)/gu;
/** What a block must hold to have a grouped number: most have none. */
const MAY_HOLD_GROUPS = /\d[ \u00A0.]\d{3}/u;
/** What a text must hold to group a number by spaces; most have none, so no separators can be mixed. */
const MAY_HOLD_SPACE_GROUP = /\d[ \u00A0]\d\d\d/;

interface GroupedNumber {
  block: Block;
  index: number;
  written: string;
}

/** The grouped numbers of the text, by separator. */
function groupedNumbers(doc: PressRelease): { spaces: GroupedNumber[]; periods: GroupedNumber[] } {
  const spaces: GroupedNumber[] = [];
  const periods: GroupedNumber[] = [];
  for (const { block } of proseBlocks(doc)) {
    const text = block.plain.text;
    if (!MAY_HOLD_GROUPS.test(text)) continue;
    for (const match of text.matchAll(SPACE_GROUPED)) spaces.push({ block, index: match.index, written: match[0] });
    for (const match of text.matchAll(PERIOD_GROUPED)) periods.push({ block, index: match.index, written: match[0] });
  }
  return { spaces, periods };
}

/**
 * One thousands separator per text (vn-conventions.md, NUM-02): the period
 * of the portals, or the space of QĐ 1989. A text that uses both has its
 * less frequent one reported, fixed to the other; on a tie, to the period.
 */
function checkThousands(doc: PressRelease, report: (problem: Problem) => void): void {
  if (!MAY_HOLD_SPACE_GROUP.test(doc.source)) return;
  const { spaces, periods } = groupedNumbers(doc);
  if (spaces.length === 0 || periods.length === 0) return;
  const dominant = dominantForm([...spaces.map(() => 'space'), ...periods.map(() => 'period')])!;
  // On a tie the portals' period decides, so the fix is as sure as with a majority.
  const spacesOdd = !dominant.clear || dominant.form === 'period';
  const [odd, kept] = spacesOdd ? [spaces, periods] : [periods, spaces];
  const separator = spacesOdd ? '.' : ' ';
  for (const { block, index, written } of odd) {
    const suggestion = written.replace(/[ \u00A0.]/gu, separator);
    const span = block.plain.span(index, index + written.length);
    const fix = block.plain.isExact(index, index + written.length) ? { fix: { ...span, text: suggestion } } : {};
    report({ messageId: spacesOdd ? 'thousandsSpace' : 'thousandsPeriod', data: { number: written, suggestion, example: kept[0]!.written }, ...span, ...fix });
  }
}

/** Thousands grouped by commas, as English writes them: two commas or more (`1,234,567`) make no decimal. */
const COMMA_GROUPED = /(?<![\p{N}.,])\d{1,3}(?:,\d{3}){2,}(?![\p{N}]|[.,]\d)/gu;
/**
 * One comma and three digits ending in 0 before a quantity (`12,450 tỷ
 * đồng`): a decimal drops its final zero (`12,45`), so in a text that
 * groups thousands with periods this is a thousands group too.
 */
const COMMA_THOUSAND = new RegExp(String.raw`(?<![\p{N}.,])[1-9]\d{0,2},\d\d0(?![\p{N}]|[.,]\d)(?=\s?(?:${QUANTITY})(?![\p{L}\p{N}]))`, 'gu');
const MAY_HOLD_COMMA_GROUP = /\d,\d{3}/u;
/** A thousands group written with a period somewhere in the text (`3.200`). */
const PERIOD_THOUSAND = /\d\.\d{3}(?!\d)/u;

/** Thousands grouped by commas: surely with two commas or more (fixed), likely with one before a quantity in a text that groups by periods. */
function checkThousandsComma(doc: PressRelease, report: (problem: Problem) => void): void {
  if (!MAY_HOLD_COMMA_GROUP.test(doc.source)) return;
  const periodsElsewhere = PERIOD_THOUSAND.test(doc.source);
  for (const { block } of proseBlocks(doc)) {
    const text = block.plain.text;
    if (!MAY_HOLD_COMMA_GROUP.test(text)) continue;
    for (const match of text.matchAll(COMMA_GROUPED)) {
      const [number, end] = [match[0], match.index + match[0].length];
      const suggestion = number.replace(/,/gu, '.');
      const span = block.plain.span(match.index, end);
      const fix = block.plain.isExact(match.index, end) ? { fix: { ...span, text: suggestion } } : {};
      report({ messageId: 'thousandsComma', data: { number, suggestion }, ...span, ...fix });
    }
    if (!periodsElsewhere) continue;
    for (const match of text.matchAll(COMMA_THOUSAND)) {
      const number = match[0];
      report({ messageId: 'thousandsCommaLikely', data: { number, suggestion: number.replace(',', '.') }, ...block.plain.span(match.index, match.index + number.length) });
    }
  }
}

/** Every mistake needs a digit followed by a short decimal part or a letter, or `số:`: most blocks are skipped whole. */
const MAY_HOLD_PROBLEM = /\d(?:\.\d{1,2}(?!\d)|[a-zA-Z])|số\s*:/u;

export const numberFormat: Rule = {
  meta: {
    id: 'number-format',
    group: 'language',
    severity: 'warn',
    fixable: true,
    docs: {
      summary: {
        vi: 'Dấu phẩy thập phân, dấu cách trước đơn vị đo, số hiệu văn bản không có dấu hai chấm',
        en: 'Decimal comma, a space before a unit, no colon before a document number',
      },
      rationale: {
        vi: 'Văn bản tiếng Việt dùng dấu phẩy thập phân và dấu chấm phân cách hàng nghìn: "97,28%", "1.234 tỷ đồng"; giữa giá trị và đơn vị đo có một dấu cách: "22 m", "15 kg" (Nghị định 86/2012/NĐ-CP, Phụ lục V). "94.59%" là cách viết tiếng Anh và dễ bị đọc thành hàng nghìn. Quy tắc chỉ báo dấu chấm chắc chắn là dấu thập phân: một hoặc hai chữ số sau dấu chấm, ngay trước %, "tỷ", "triệu", "ha", "km"… (dấu chấm hàng nghìn luôn có ba chữ số), và chỉ báo số dính liền với một số đơn vị đo thông dụng (m, km, kg, ha, m2, MW…). Dấu % vẫn viết liền: "58%". Khi dẫn văn bản trong câu, số hiệu đứng ngay sau "số": "Quyết định số 1762/QĐ-TTg", không viết "số: 1762/QĐ-TTg" (dấu hai chấm chỉ có ở dòng "Số:" trên đầu văn bản). Một bài chỉ dùng một cách phân cách hàng nghìn: dấu chấm như các Cổng ("58.312") hay dấu cách ("58 312"); bài dùng cả hai thì cách ít hơn bị báo (số điện thoại như "1900 561 234" không tính). Sửa tự động đổi dấu chấm thành dấu phẩy, thêm dấu cách, bỏ dấu hai chấm và đổi dấu phân cách hàng nghìn.',
        en: 'Vietnamese writes a decimal comma and groups thousands with a period: "97,28%", "1.234 tỷ đồng"; a value and its unit are separated by a space: "22 m", "15 kg" (Decree 86/2012/NĐ-CP, Appendix V). "94.59%" is the English notation and reads like a thousands group. The rule reports only periods that are surely decimal points: one or two digits after the period, right before %, "tỷ", "triệu", "ha", "km"… (a thousands group always has three digits), and only numbers glued to a few common units (m, km, kg, ha, m2, MW…). The % sign stays attached: "58%". A document cited in a sentence takes its number right after "số": "Quyết định số 1762/QĐ-TTg", not "số: 1762/QĐ-TTg" (the colon belongs only to the "Số:" line heading a document). A text groups thousands one way: with periods as the portals do ("58.312") or with spaces ("58 312"); in a text that uses both, the less frequent way is reported (telephone numbers such as "1900 561 234" do not count). The fix turns the period into a comma, adds the space, removes the colon and changes the thousands separator.',
      },
    },
    messages: {
      decimalPoint: {
        vi: 'Số "{number}" dùng dấu chấm thập phân: tiếng Việt dùng dấu phẩy, viết "{suggestion}".',
        en: 'Number "{number}" has a decimal point: Vietnamese uses a decimal comma, write "{suggestion}".',
      },
      thousandsSpace: {
        vi: 'Số "{number}" phân cách hàng nghìn bằng dấu cách, trong khi bài dùng dấu chấm (như "{example}"): viết "{suggestion}" cho thống nhất.',
        en: 'The number "{number}" groups thousands with spaces while the text uses periods (as in "{example}"): write "{suggestion}".',
      },
      thousandsPeriod: {
        vi: 'Số "{number}" phân cách hàng nghìn bằng dấu chấm, trong khi bài chủ yếu dùng dấu cách (như "{example}"): viết "{suggestion}" cho thống nhất.',
        en: 'The number "{number}" groups thousands with periods while the text mostly uses spaces (as in "{example}"): write "{suggestion}".',
      },
      thousandsComma: {
        vi: 'Số "{number}" phân cách hàng nghìn bằng dấu phẩy như tiếng Anh; tiếng Việt dùng dấu chấm (dấu phẩy là dấu thập phân): viết "{suggestion}".',
        en: 'The number "{number}" groups thousands with commas, as English does; Vietnamese uses periods (the comma is the decimal mark): write "{suggestion}".',
      },
      thousandsCommaLikely: {
        vi: 'Số "{number}" có vẻ phân cách hàng nghìn bằng dấu phẩy (số thập phân không giữ số 0 ở cuối), trong khi bài dùng dấu chấm: nếu là hàng nghìn, viết "{suggestion}".',
        en: 'The number "{number}" seems to group thousands with a comma (a decimal keeps no final zero), while the text uses periods: if it is thousands, write "{suggestion}".',
      },
      unitSpacing: {
        vi: 'Giữa giá trị và đơn vị đo có một dấu cách: viết "{suggestion}" thay cho "{written}".',
        en: 'Put a space between the value and its unit: write "{suggestion}" instead of "{written}".',
      },
      documentNumberColon: {
        vi: 'Dẫn văn bản trong câu thì số hiệu viết ngay sau "số", không có dấu hai chấm: viết "{suggestion}".',
        en: 'A document cited in a sentence takes its number right after "số", without a colon: write "{suggestion}".',
      },
    },
    defaults: {},
    examples: {
      valid: [
        {
          title: { vi: 'Dấu phẩy thập phân, dấu chấm hàng nghìn', en: 'Decimal comma, thousands period' },
          text: '# Kết quả giải ngân vốn đầu tư công\n\nĐến ngày 30/9, tỉnh đã giải ngân 1.234 tỷ đồng, đạt 68,4% kế hoạch; diện tích lúa thu hoạch đạt 20.141 ha, năng suất bình quân 5,7 tấn/ha.\n',
        },
        {
          title: { vi: 'Số thập phân có ba chữ số sau dấu phẩy', en: 'A decimal with three digits after the comma' },
          text: '# Kết quả thu ngân sách quý I\n\nThu ngân sách quý I đạt 3.200 tỷ đồng; riêng thu từ đất đạt 1,125 tỷ đồng và 0,350 tỷ đồng phí.\n',
        },
        {
          title: { vi: 'Ngày tháng, phiên bản và dấu % viết liền', en: 'Dates, versions and an attached %' },
          text: '# Hội thảo về Cách mạng công nghiệp 4.0\n\nNgày 18.6, hội thảo thu hút 250 đại biểu; 58% doanh nghiệp tham gia đã ứng dụng nền tảng số, tuyến đường dài 12 km được đưa vào sử dụng.\n',
        },
        {
          title: { vi: 'Văn bản dẫn trong câu, số hiệu ngay sau "số"', en: 'A document cited in a sentence, its number right after "số"' },
          text: '# Tỉnh ra quân trồng rừng năm 2026\n\nThực hiện Kế hoạch số 45/KH-UBND và Nghị định số 30/2020/NĐ-CP, đơn vị xác định nội dung cần làm như sau: số lượng cây trồng mới là 6.500 ha.\n',
        },
      ],
      invalid: [
        {
          title: { vi: 'Dấu chấm thập phân trước %', en: 'A decimal point before %' },
          text: '# Kết quả biểu quyết thông qua Luật\n\nKết quả biểu quyết có 455 đại biểu tán thành, chiếm 94.59% tổng số đại biểu Quốc hội.\n',
          expect: [{ messageId: 'decimalPoint', line: 3 }],
          output: '# Kết quả biểu quyết thông qua Luật\n\nKết quả biểu quyết có 455 đại biểu tán thành, chiếm 94,59% tổng số đại biểu Quốc hội.\n',
        },
        {
          title: { vi: 'Dấu phẩy phân cách hàng nghìn như tiếng Anh', en: 'Thousands grouped by commas, as in English' },
          text: '# Kết quả thu ngân sách quý I\n\nThu ngân sách quý I đạt 12,450 tỷ đồng, trong đó thu nội địa 3.200 tỷ đồng; tỉnh có 1,234,567 người dân.\n',
          expect: [
            { messageId: 'thousandsCommaLikely', line: 3 },
            { messageId: 'thousandsComma', line: 3 },
          ],
          output: '# Kết quả thu ngân sách quý I\n\nThu ngân sách quý I đạt 12,450 tỷ đồng, trong đó thu nội địa 3.200 tỷ đồng; tỉnh có 1.234.567 người dân.\n',
        },
        {
          title: { vi: 'Số dính liền đơn vị đo', en: 'A number glued to its unit' },
          text: '# Khánh thành cầu Cái Tàu Hạ\n\nSáng 2/9, huyện khánh thành cầu Cái Tàu Hạ dài 220m, rộng 12m; tổng mức đầu tư 1.5 tỷ đồng.\n',
          expect: [
            { messageId: 'unitSpacing', line: 3 },
            { messageId: 'unitSpacing', line: 3 },
            { messageId: 'decimalPoint', line: 3 },
          ],
          output: '# Khánh thành cầu Cái Tàu Hạ\n\nSáng 2/9, huyện khánh thành cầu Cái Tàu Hạ dài 220 m, rộng 12 m; tổng mức đầu tư 1,5 tỷ đồng.\n',
        },
        {
          title: { vi: 'Hai cách phân cách hàng nghìn trong một bài', en: 'Two thousands separators in one text' },
          text: '# Thu thuế hộ kinh doanh\n\nToàn tỉnh có 58.312 hộ kinh doanh, trong đó 41 276 hộ nộp thuế khoán; số thu đạt 1.245 tỷ đồng. Hotline 1900 561 234 hỗ trợ người nộp thuế.\n',
          expect: [{ messageId: 'thousandsSpace', line: 3 }],
          output: '# Thu thuế hộ kinh doanh\n\nToàn tỉnh có 58.312 hộ kinh doanh, trong đó 41.276 hộ nộp thuế khoán; số thu đạt 1.245 tỷ đồng. Hotline 1900 561 234 hỗ trợ người nộp thuế.\n',
        },
        {
          title: { vi: 'Dấu hai chấm sau "số" khi dẫn văn bản', en: 'A colon after "số" in a citation' },
          text: '# Tỉnh ra quân trồng rừng năm 2026\n\nTheo Quyết định số: 1762/QĐ-UBND ngày 5/3/2026 của UBND tỉnh, năm 2026 toàn tỉnh trồng mới 6.500 ha rừng.\n',
          expect: [{ messageId: 'documentNumberColon', line: 3 }],
          output: '# Tỉnh ra quân trồng rừng năm 2026\n\nTheo Quyết định số 1762/QĐ-UBND ngày 5/3/2026 của UBND tỉnh, năm 2026 toàn tỉnh trồng mới 6.500 ha rừng.\n',
        },
      ],
    },
  },
  check({ doc, profile, report }) {
    if (profile.language !== 'vi') return;
    checkThousands(doc, report);
    checkThousandsComma(doc, report);
    for (const { block } of proseBlocks(doc)) {
      const text = block.plain.text;
      if (!MAY_HOLD_PROBLEM.test(text)) continue;
      DECIMAL_POINT.lastIndex = 0;
      for (let match = DECIMAL_POINT.exec(text); match; match = DECIMAL_POINT.exec(text)) {
        if (DATE_WORD_BEFORE.test(text.slice(Math.max(0, match.index - DATE_WORD_LOOKBEHIND), match.index))) continue;
        const number = match[0];
        const point = match.index + match[1]!.length;
        const suggestion = `${match[1]},${number.slice(match[1]!.length + 1)}`;
        const fix = block.plain.isExact(point, point + 1) ? { fix: { ...block.plain.span(point, point + 1), text: ',' } } : {};
        report({ messageId: 'decimalPoint', data: { number, suggestion }, ...block.plain.span(match.index, match.index + number.length), ...fix });
      }
      GLUED_UNIT.lastIndex = 0;
      for (let match = GLUED_UNIT.exec(text); match; match = GLUED_UNIT.exec(text)) {
        const [written, value, unit] = [match[0], match[1]!, match[2]!];
        const unitStart = match.index + value.length;
        const at = block.plain.toSource(unitStart);
        const fix = block.plain.isExact(unitStart - 1, unitStart + 1) ? { fix: { start: at, end: at, text: ' ' } } : {};
        report({ messageId: 'unitSpacing', data: { written, suggestion: `${value} ${unit}` }, ...block.plain.span(match.index, match.index + written.length), ...fix });
      }
      DOCUMENT_NUMBER_COLON.lastIndex = 0;
      for (let match = DOCUMENT_NUMBER_COLON.exec(text); match; match = DOCUMENT_NUMBER_COLON.exec(text)) {
        const [written, cited] = [match[0], match[1]!];
        const numberStart = match.index + written.length;
        const suggestion = `${cited} ${/^\S+/u.exec(text.slice(numberStart))![0]}`;
        const colonStart = match.index + cited.length;
        const colonEnd = colonStart + written.slice(cited.length).indexOf(':') + 1;
        const fix = block.plain.isExact(colonStart, numberStart) ? { fix: { ...block.plain.span(colonStart, numberStart), text: ' ' } } : {};
        report({ messageId: 'documentNumberColon', data: { suggestion }, ...block.plain.span(match.index, colonEnd), ...fix });
      }
    }
  },
};

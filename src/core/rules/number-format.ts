import type { Rule } from '../types';
import { proseBlocks } from '../model/prose';
import { DOCUMENT_TYPES, documentTypePattern } from '../lang/legal-documents';

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
        vi: 'Văn bản tiếng Việt dùng dấu phẩy thập phân và dấu chấm phân cách hàng nghìn: "97,28%", "1.234 tỷ đồng"; giữa giá trị và đơn vị đo có một dấu cách: "22 m", "15 kg" (Nghị định 86/2012/NĐ-CP, Phụ lục V). "94.59%" là cách viết tiếng Anh và dễ bị đọc thành hàng nghìn. Quy tắc chỉ báo dấu chấm chắc chắn là dấu thập phân: một hoặc hai chữ số sau dấu chấm, ngay trước %, "tỷ", "triệu", "ha", "km"… (dấu chấm hàng nghìn luôn có ba chữ số), và chỉ báo số dính liền với một số đơn vị đo thông dụng (m, km, kg, ha, m2, MW…). Dấu % vẫn viết liền: "58%". Khi dẫn văn bản trong câu, số hiệu đứng ngay sau "số": "Quyết định số 1762/QĐ-TTg", không viết "số: 1762/QĐ-TTg" (dấu hai chấm chỉ có ở dòng "Số:" trên đầu văn bản). Sửa tự động đổi dấu chấm thành dấu phẩy, thêm dấu cách và bỏ dấu hai chấm.',
        en: 'Vietnamese writes a decimal comma and groups thousands with a period: "97,28%", "1.234 tỷ đồng"; a value and its unit are separated by a space: "22 m", "15 kg" (Decree 86/2012/NĐ-CP, Appendix V). "94.59%" is the English notation and reads like a thousands group. The rule reports only periods that are surely decimal points: one or two digits after the period, right before %, "tỷ", "triệu", "ha", "km"… (a thousands group always has three digits), and only numbers glued to a few common units (m, km, kg, ha, m2, MW…). The % sign stays attached: "58%". A document cited in a sentence takes its number right after "số": "Quyết định số 1762/QĐ-TTg", not "số: 1762/QĐ-TTg" (the colon belongs only to the "Số:" line heading a document). The fix turns the period into a comma, adds the space and removes the colon.',
      },
    },
    messages: {
      decimalPoint: {
        vi: 'Số "{number}" dùng dấu chấm thập phân: tiếng Việt dùng dấu phẩy, viết "{suggestion}".',
        en: 'Number "{number}" has a decimal point: Vietnamese uses a decimal comma, write "{suggestion}".',
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

import type { Problem, Rule } from '../types';
import type { Block } from '../model/types';
import { proseBlocks } from '../model/prose';
import { fixedPhraseOccurrences } from '../lang/fixed-phrases';
import { isAllCaps, withInitial } from '../lang/name-matcher';
import { isCapitalAt } from '../text/words';

/*
 * A citation stays on one line: the cells of a table row and the items of a
 * list are lines of their own (`| Hạt điều | 1.124 |` cites nothing).
 */
/** After a document type: the number of a specific document (`số 1762/QĐ-UBND`, `30/2020/NĐ-CP`); its slash makes it no amount. */
const DOCUMENT_NUMBER_AFTER = /(?:[^\S\n]+số)?:?[^\S\n]+\d+[\p{L}\p{N}.-]*\//uy;
/** A number in digits or Roman numerals: `Điều 9`, `Chương II`. */
const NUMBER_AFTER = /[^\S\n]+(?:\d+|[IVXLC]+)(?![\p{L}\p{N}])/uy;
/** What follows a part of a document: `Điều 9`, `Chương II`, `khoản 2`, `điểm a`. */
const PART_NUMBER_AFTER: Readonly<Record<string, RegExp>> = {
  điều: NUMBER_AFTER,
  chương: NUMBER_AFTER,
  khoản: /[^\S\n]+\d+(?![\p{L}\p{N}])/uy,
  điểm: /[^\S\n]+[a-zđ](?![\p{L}\p{N}])/uy,
};
/** Before a capital that is not the sentence's: a word, a number or a comma, then spaces. */
const MID_SENTENCE_BEFORE = /[\p{L}\p{N},][ \t]+$/u;

/**
 * A law or code named with its year or number, its name's first word in
 * lower case: `Luật đất đai năm 2024`, `Bộ luật hình sự số 100/2015/QH13`.
 * An amending law's name keeps its lower case (`Luật sửa đổi, bổ sung …`).
 */
const LAW_NAME = /(?<![\p{L}\p{N}])(?:Bộ\s+luật|Luật)[^\S\n]+(?!sửa[^\S\n])(\p{Ll}[\p{L}\p{M}]*)(?:[^\S\n]+\p{L}[\p{L}\p{M}]*){0,6}?[^\S\n]+(?:năm[^\S\n]+\d{4}|số[^\S\n]+\d+\/\d{4}\/QH\d+)(?![\p{L}\p{N}])/dgu;

function checkLawNames(text: string, block: Block, report: (problem: Problem) => void): void {
  if (!text.includes('uật')) return;
  LAW_NAME.lastIndex = 0;
  for (let match = LAW_NAME.exec(text); match; match = LAW_NAME.exec(text)) {
    const found = match[1]!;
    const start = match.indices![1]![0];
    const fixed = withInitial(found, true);
    const span = block.plain.span(start, start + found.length);
    const fix = block.plain.isExact(start, start + 1) ? { fix: { start: span.start, end: span.start + 1, text: fixed.charAt(0) } } : {};
    report({ messageId: 'lawName', data: { law: match[0], found, fixed }, ...span, ...fix });
  }
}

function followedBy(pattern: RegExp, text: string, at: number): boolean {
  pattern.lastIndex = at;
  return pattern.test(text);
}

export const legalReferenceCase: Rule = {
  meta: {
    id: 'legal-reference-case',
    group: 'language',
    severity: 'warn',
    fixable: true,
    docs: {
      summary: {
        vi: 'Trích dẫn văn bản viết hoa theo Nghị định 30/2020: "Quyết định số 1762/QĐ-UBND", "khoản 2 Điều 9"',
        en: 'Cited documents capitalized as Decree 30/2020 writes them: "Quyết định số 1762/QĐ-UBND", "khoản 2 Điều 9"',
      },
      rationale: {
        vi: 'Phụ lục II Nghị định 30/2020/NĐ-CP (mục V.6, V.7) viết hoa chữ đầu tên loại của một văn bản cụ thể ("Nghị định số 30/2020/NĐ-CP", "Quyết định số 1762/QĐ-UBND") và các phần Phần, Chương, Mục, Điều; còn khoản, điểm viết thường ("điểm a khoản 2 Điều 103"); tên luật, bộ luật viết hoa chữ đầu của tên ("Luật Đất đai năm 2024", "Bộ luật Hình sự"), trừ luật sửa đổi ("Luật sửa đổi, bổ sung …"). Tin bài hay viết "theo quyết định số 1762/QĐ-UBND", "tại điều 9", "Khoản 2 Điều 9". Quy tắc xét tên loại văn bản đứng trước một số hiệu có dấu "/" (chắc chắn là một văn bản cụ thể; "văn bản" nói chung được để nguyên), "điều", "chương" trước một số, "Khoản", "Điểm" viết hoa giữa câu trước một số hay một chữ cái; sửa tự động chữ cái đầu.',
        en: 'Decree 30/2020/NĐ-CP, Appendix II (V.6, V.7), capitalizes the type of a specific document ("Nghị định số 30/2020/NĐ-CP", "Quyết định số 1762/QĐ-UBND") and the parts Phần, Chương, Mục, Điều, while khoản and điểm stay in lower case ("điểm a khoản 2 Điều 103"); a law\'s or a code\'s name takes a capital on its first word ("Luật Đất đai năm 2024", "Bộ luật Hình sự"), except an amending law ("Luật sửa đổi, bổ sung …"). News often writes "theo quyết định số 1762/QĐ-UBND", "tại điều 9", "Khoản 2 Điều 9". The rule checks a document type before a number with a "/" (surely a specific document; "văn bản" in general is left alone), "điều" and "chương" before a number, and "Khoản", "Điểm" capitalized mid-sentence before a number or a letter; the fix changes the first letter.',
      },
    },
    messages: {
      documentType: {
        vi: '"{found}" là tên loại của một văn bản cụ thể (có số hiệu): viết hoa "{fixed}".',
        en: '"{found}" is the type of a specific document (it has a number): capitalize it, "{fixed}".',
      },
      partCapitalized: {
        vi: '"{found}" là một phần của văn bản: viết hoa "{fixed}" (Phần, Chương, Mục, Điều viết hoa).',
        en: '"{found}" is a part of a document: capitalize it, "{fixed}" (Phần, Chương, Mục, Điều are capitalized).',
      },
      lawName: {
        vi: 'Tên luật "{law}": chữ đầu của tên viết hoa, "{fixed}" (Nghị định 30/2020, Phụ lục II, ví dụ "Luật Đất đai", "Bộ luật Hình sự").',
        en: 'The law "{law}": the first word of its name is capitalized, "{fixed}" (Decree 30/2020, Appendix II, e.g. "Luật Đất đai", "Bộ luật Hình sự").',
      },
      partLowercase: {
        vi: '"{found}" giữa câu viết thường: "{fixed}" (khoản, điểm viết thường, ví dụ "điểm a khoản 2 Điều 9").',
        en: '"{found}" mid-sentence is written in lower case: "{fixed}" (khoản and điểm are, as in "điểm a khoản 2 Điều 9").',
      },
    },
    defaults: {},
    examples: {
      valid: [
        {
          title: { vi: 'Trích dẫn văn bản viết đúng', en: 'Documents cited right' },
          text: '# Triển khai Nghị định số 30/2020/NĐ-CP\n\nThực hiện Quyết định số 1762/QĐ-UBND và Kế hoạch 45/KH-UBND, theo điểm a khoản 2 Điều 9 Chương II của Nghị định, các văn bản số 12/UBND-VX được ban hành. Khoản 3 Điều 10 quy định thời hạn.\n',
        },
        {
          title: { vi: 'Văn bản lịch sử: sắc lệnh', en: 'A historical document: a decree of 1945' },
          text: '# Kỷ niệm 80 năm Tổng tuyển cử\n\nThực hiện Sắc lệnh số 63/SL ngày 22/11/1945, các địa phương bầu Hội đồng nhân dân.\n',
        },
        {
          title: { vi: 'Không phải trích dẫn: số tiền, điều kiện, chương trình', en: 'Not citations: amounts, conditions, programmes' },
          text: '# Hỗ trợ hộ nghèo\n\nCác điều kiện hỗ trợ gồm khoản vay 50 triệu đồng; chương trình chạy từ 1/6 đến 30/9. Báo cáo năm 2026 nêu 3 điều hai bên thống nhất.\n',
        },
        {
          title: { vi: 'Bảng: "điều" cuối một ô, số ở ô sau', en: 'A table: "điều" ends a cell, a number fills the next' },
          text: '# Xuất khẩu nông sản 10 tháng năm 2026\n\n| Mặt hàng | Kim ngạch (triệu USD) |\n| --- | --- |\n| Hạt điều | 1.124 |\n| Hồ tiêu | 412 |\n',
        },
      ],
      invalid: [
        {
          title: { vi: 'Tên luật viết thường chữ đầu của tên', en: 'A law\'s name with its first word in lower case' },
          text: '# Phổ biến Luật Đất đai năm 2024\n\nSáng 14/4, Sở Nông nghiệp và Môi trường phổ biến Luật đất đai năm 2024 và Bộ luật hình sự số 100/2015/QH13; Luật sửa đổi, bổ sung một số điều của Luật Đất đai năm 2025 được giới thiệu.\n',
          expect: [
            { messageId: 'lawName', line: 3 },
            { messageId: 'lawName', line: 3 },
          ],
          output: '# Phổ biến Luật Đất đai năm 2024\n\nSáng 14/4, Sở Nông nghiệp và Môi trường phổ biến Luật Đất đai năm 2024 và Bộ luật Hình sự số 100/2015/QH13; Luật sửa đổi, bổ sung một số điều của Luật Đất đai năm 2025 được giới thiệu.\n',
        },
        {
          title: { vi: 'Tên loại văn bản và phần văn bản viết sai chữ hoa', en: 'Document types and parts in the wrong case' },
          text: '# Triển khai quyết định số 1762/QĐ-UBND\n\nTheo nghị định 30/2020/NĐ-CP và Khoản 2 điều 9 của Thông tư, UBND tỉnh ban hành kế hoạch số 45/KH-UBND.\n',
          expect: [
            { messageId: 'documentType', line: 1 },
            { messageId: 'documentType', line: 3 },
            { messageId: 'partLowercase', line: 3 },
            { messageId: 'partCapitalized', line: 3 },
            { messageId: 'documentType', line: 3 },
          ],
          output: '# Triển khai Quyết định số 1762/QĐ-UBND\n\nTheo Nghị định 30/2020/NĐ-CP và khoản 2 Điều 9 của Thông tư, UBND tỉnh ban hành Kế hoạch số 45/KH-UBND.\n',
        },
      ],
    },
  },
  check({ doc, profile, report }) {
    if (profile.language !== 'vi') return;
    for (const { block } of proseBlocks(doc)) checkLawNames(block.plain.text, block, report);
    for (const { prose, first, end, phrase } of fixedPhraseOccurrences(doc)) {
      if (phrase.kind !== 'document-type' && phrase.kind !== 'document-part') continue;
      const { block, words } = prose;
      const text = block.plain.text;
      const word = words[first]!;
      const written = word.text;
      const capital = isCapitalAt(phrase.right[0]!, 0);
      // Right as written, or in capitals (a heading set in capitals).
      if (word.spelling.capitalized === capital || isAllCaps(written)) continue;
      const after = words[end - 1]!.end;
      let messageId: string;
      if (phrase.kind === 'document-type') {
        if (!followedBy(DOCUMENT_NUMBER_AFTER, text, after)) continue;
        messageId = 'documentType';
      } else {
        if (!followedBy(PART_NUMBER_AFTER[phrase.written[0]!]!, text, after)) continue;
        // A capital may open the sentence: only one after a word or a comma is wrong.
        if (!capital && !MID_SENTENCE_BEFORE.test(text.slice(Math.max(0, word.start - 8), word.start))) continue;
        messageId = capital ? 'partCapitalized' : 'partLowercase';
      }
      const found = text.slice(word.start, words[end - 1]!.end);
      const fixed = withInitial(found, capital);
      const span = block.plain.span(word.start, word.start + found.length);
      // Only the first letter changes.
      const fix = block.plain.isExact(word.start, word.start + 1) ? { fix: { start: span.start, end: span.start + 1, text: fixed.charAt(0) } } : {};
      report({ messageId, data: { found, fixed }, ...span, ...fix });
    }
  },
};

import type { Block, PressRelease } from '../model/types';
import type { Problem, Rule } from '../types';
import { runExcerpt } from './encoding-legacy';

/** A paragraph's text ends mid-sentence: on a letter, a digit or a comma. */
const ENDS_MID_SENTENCE = /[\p{L}\p{N},]\s*$/u;
/** A paragraph's text opens with a lowercase letter: no paragraph of prose does. */
const OPENS_LOWERCASE = /^\p{Ll}/u;
/** A PDF's page number or running footer, pasted as a paragraph: `Trang 2/5`, `Trang 2`, `Page 2 of 5`, `- 2 -`. */
const PAGE_NUMBER = /^(?:(?:Trang|Page)\s+\d{1,4}(?:\s*(?:\/|of|trên)\s*\d{1,4})?|[-–]\s*\d{1,4}\s*[-–])$/iu;
/**
 * The line an e-mail program writes above a quoted or forwarded message:
 * Gmail's `Vào Th 2, 3 thg 11, 2025 vào lúc 09:42 … đã viết:` and `On … wrote:`,
 * Outlook's `-----Original Message-----`, `---------- Forwarded message ---------`.
 */
const MAIL_HEADER = /^(?:(?:Vào|On)\s.{4,240}\s(?:đã viết|wrote)\s*:|-{2,}\s*(?:Original Message|Forwarded message|Thư chuyển tiếp|Thư gốc)\s*-{2,})$/imu;
/** Blank lines after a paragraph, removed with it; read in place from the paragraph's end. */
const BLANK_LINES = /(?:[ \t]*(?:\r\n|\r|\n))*/uy;

function isProseParagraph(block: Block | undefined): block is Block {
  return block !== undefined && block.node.type === 'paragraph' && (block.role === 'body' || block.role === 'lead');
}

/** Two paragraphs that are one sentence: the first stops mid-sentence, the second goes on in lowercase. */
function splitSentence(doc: PressRelease, before: Block, after: Block): Problem | undefined {
  // The anchored test first: few paragraphs open in lowercase, and the other pattern reads the whole paragraph.
  if (!OPENS_LOWERCASE.test(after.plain.text) || !ENDS_MID_SENTENCE.test(before.plain.text)) return undefined;
  const gap = doc.source.slice(before.end, after.start);
  // Only blank lines between them, nothing a container adds (`>` of a quote).
  if (gap.trim() !== '') return undefined;
  return {
    messageId: 'splitSentence',
    data: { end: runExcerpt(before.plain.text.trimEnd().slice(-40)), start: runExcerpt(after.plain.text.slice(0, 40)) },
    start: before.end,
    end: after.start,
    fix: { start: before.end, end: after.start, text: ' ' },
  };
}

function pageNumber(doc: PressRelease, block: Block): Problem | undefined {
  const text = block.plain.text.trim();
  if (!PAGE_NUMBER.test(text)) return undefined;
  BLANK_LINES.lastIndex = block.end;
  const end = block.end + BLANK_LINES.exec(doc.source)![0].length;
  return { messageId: 'pageNumber', data: { text }, start: block.start, end: block.end, fix: { start: block.start, end, text: '' } };
}

function mailHeader(block: Block): Problem | undefined {
  const header = MAIL_HEADER.exec(block.plain.text);
  if (!header) return undefined;
  const { start, end } = block.plain.span(header.index, header.index + header[0].length);
  return { messageId: 'mailHeader', data: { excerpt: runExcerpt(header[0]) }, start, end };
}

const NEWS_HEADER = '---\ntitle: Đối thoại với doanh nghiệp quý I năm 2026\ndate: 2026-03-20\n---\n\n# Đối thoại với doanh nghiệp quý I năm 2026\n\nSáng 20/3, UBND tỉnh tổ chức hội nghị đối thoại với doanh nghiệp quý I năm 2026.\n\n';

export const pasteLeftover: Rule = {
  meta: {
    id: 'paste-leftover',
    group: 'structure',
    severity: 'warn',
    fixable: true,
    docs: {
      summary: {
        vi: 'Không để sót dấu vết khi chép từ PDF hay thư điện tử: câu bị tách đoạn, số trang, dòng "… đã viết:"',
        en: 'No leftovers of copying from a PDF or an e-mail: a sentence split into two paragraphs, page numbers, "… wrote:" lines',
      },
      rationale: {
        vi: 'Chép từ PDF, mỗi trang kết thúc bằng một dòng trống: câu đang dở bị tách thành hai đoạn (đoạn trước không có dấu câu ở cuối, đoạn sau bắt đầu bằng chữ thường), và số trang ("Trang 2/5", "- 2 -") thành một đoạn riêng. Chép từ thư điện tử, dòng "Vào … đã viết:" (hay "On … wrote:", "-----Original Message-----") còn lại ở giữa bài, có khi kèm cả địa chỉ thư nội bộ. Trên Cổng, người đọc thấy ngay những chỗ này. Quy tắc báo từng chỗ; sửa tự động nối hai nửa câu thành một đoạn và xóa đoạn số trang. Dòng của thư điện tử thì người viết xóa, và nếu cần thì ghi nguồn thông tin thành câu văn.',
        en: 'Copied from a PDF, each page ends with a blank line: a sentence in progress is split into two paragraphs (the first without a closing mark, the second opening in lowercase), and page numbers ("Trang 2/5", "- 2 -") become paragraphs of their own. Copied from an e-mail, the line "Vào … đã viết:" ("On … wrote:", "-----Original Message-----") stays in mid-article, sometimes with an internal e-mail address. On the portal readers see these at once. The rule reports each one; the fix joins the halves of a sentence into one paragraph and deletes page-number paragraphs. The e-mail line is for the writer to delete, writing the source of the information as a sentence where it is needed.',
      },
    },
    messages: {
      splitSentence: {
        vi: 'Câu bị tách thành hai đoạn: đoạn trước dừng ở "{end}" không có dấu câu, đoạn sau bắt đầu bằng chữ thường "{start}". Nối thành một đoạn.',
        en: 'A sentence is split into two paragraphs: the first stops at "{end}" with no closing mark, the next opens in lowercase with "{start}". Join them into one paragraph.',
      },
      pageNumber: {
        vi: '"{text}" là số trang chép từ PDF: xóa đoạn này.',
        en: '"{text}" is a page number copied from a PDF: delete this paragraph.',
      },
      mailHeader: {
        vi: 'Dòng "{excerpt}" là của thư điện tử được chép vào: xóa dòng này; nếu cần, ghi nguồn thông tin thành câu văn.',
        en: 'The line "{excerpt}" comes from a copied e-mail: delete it; where needed, name the source of the information in a sentence.',
      },
    },
    defaults: {},
    examples: {
      valid: [
        {
          title: { vi: 'Đoạn kết thúc bằng dấu câu; số trong câu', en: 'Paragraphs ending with a closing mark; numbers in sentences' },
          text: `${NEWS_HEADER}Các doanh nghiệp nêu 27 ý kiến, kiến nghị về đất đai và thuế.\n\nTrang thông tin của Sở đăng tải toàn bộ ý kiến trả lời./.\n`,
        },
      ],
      invalid: [
        {
          title: { vi: 'Câu bị tách đoạn và số trang khi chép từ PDF', en: 'A sentence split across paragraphs and a page number, copied from a PDF' },
          text: `${NEWS_HEADER}Tại hội nghị, các doanh nghiệp đã nêu 27 ý kiến, kiến nghị liên quan đến\n\nthủ tục giao đất, cho thuê đất.\n\nTrang 2/5\n\nCác kiến nghị được trả lời trong 15 ngày./.\n`,
          expect: [
            { messageId: 'splitSentence', line: 10 },
            { messageId: 'pageNumber', line: 14 },
          ],
          output: `${NEWS_HEADER}Tại hội nghị, các doanh nghiệp đã nêu 27 ý kiến, kiến nghị liên quan đến thủ tục giao đất, cho thuê đất.\n\nCác kiến nghị được trả lời trong 15 ngày./.\n`,
        },
        {
          title: { vi: 'Dòng đầu thư điện tử được chuyển tiếp', en: 'The header line of a forwarded e-mail' },
          text: `${NEWS_HEADER}Vào Th 2, 3 thg 11, 2025 vào lúc 09:42 Chi cục Trồng trọt <cctt@example.gov.vn> đã viết:\n\nCác địa phương xuống giống đồng loạt từ ngày 10/11./.\n`,
          expect: [{ messageId: 'mailHeader', line: 10 }],
        },
      ],
    },
  },
  check({ doc, report }) {
    const blocks = doc.blocks;
    blocks.forEach((block, index) => {
      if (!isProseParagraph(block)) return;
      const next = blocks[index + 1];
      const problem = (isProseParagraph(next) ? splitSentence(doc, block, next) : undefined) ?? pageNumber(doc, block) ?? mailHeader(block);
      if (problem) report(problem);
    });
  },
};

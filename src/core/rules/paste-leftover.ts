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
/** The furniture of a portal's page around an article, one control or several joined by `|`, `·`, `-`: `Lượt xem: 234`, `Chia sẻ Facebook | In bài viết`. */
const PAGE_CONTROL = String.raw`(?:số\s+)?lượt\s+xem\s*:?\s*[\d.]+|chia\s+sẻ(?:\s+(?:facebook|zalo|twitter))*|in\s+bài(?:\s+viết)?|bản\s+in|gửi\s+(?:email|e-mail|bài\s+viết)|lưu\s+bài(?:\s+viết)?|cỡ\s+chữ|tin\s+liên\s+quan|đánh\s+giá\s+bài\s+viết|facebook|zalo`;
const PAGE_CHROME = new RegExp(String.raw`^(?:${PAGE_CONTROL})(?:\s*[|·•\-–]\s*(?:${PAGE_CONTROL}))*$`, 'iu');
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

/**
 * A paragraph that is a PDF's page number or a web page's controls, deleted
 * with the blank lines after it; the last one of the file, with the blank
 * lines before it, so that the file still ends with one line ending.
 */
function pageFurniture(doc: PressRelease, block: Block, previous: Block | undefined): Problem | undefined {
  const text = block.plain.text.trim();
  const messageId = PAGE_NUMBER.test(text) ? 'pageNumber' : PAGE_CHROME.test(text) ? 'pageChrome' : undefined;
  if (!messageId) return undefined;
  BLANK_LINES.lastIndex = block.end;
  const end = block.end + BLANK_LINES.exec(doc.source)![0].length;
  const fix = end === doc.source.length && previous ? { start: previous.end, end: block.end, text: '' } : { start: block.start, end, text: '' };
  return { messageId, data: { text }, start: block.start, end: block.end, fix };
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
        vi: 'Chép từ PDF, mỗi trang kết thúc bằng một dòng trống: câu đang dở bị tách thành hai đoạn (đoạn trước không có dấu câu ở cuối, đoạn sau bắt đầu bằng chữ thường), và số trang ("Trang 2/5", "- 2 -") thành một đoạn riêng. Chép từ thư điện tử, dòng "Vào … đã viết:" (hay "On … wrote:", "-----Original Message-----") còn lại ở giữa bài, có khi kèm cả địa chỉ thư nội bộ. Trên Cổng, người đọc thấy ngay những chỗ này. Quy tắc báo từng chỗ; sửa tự động nối hai nửa câu thành một đoạn và xóa đoạn số trang. Dòng của thư điện tử thì người viết xóa, và nếu cần thì ghi nguồn thông tin thành câu văn. Chép từ trang web, các dòng giao diện quanh bài ("Lượt xem: 234", "Chia sẻ Facebook | In bài viết") cũng bị chép theo; quy tắc xóa các dòng này.',
        en: 'Copied from a PDF, each page ends with a blank line: a sentence in progress is split into two paragraphs (the first without a closing mark, the second opening in lowercase), and page numbers ("Trang 2/5", "- 2 -") become paragraphs of their own. Copied from an e-mail, the line "Vào … đã viết:" ("On … wrote:", "-----Original Message-----") stays in mid-article, sometimes with an internal e-mail address. On the portal readers see these at once. The rule reports each one; the fix joins the halves of a sentence into one paragraph and deletes page-number paragraphs. The e-mail line is for the writer to delete, writing the source of the information as a sentence where it is needed. Copied from a web page, the page furniture around the article ("Lượt xem: 234", "Chia sẻ Facebook | In bài viết") comes along too; the fix deletes those lines.',
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
      pageChrome: {
        vi: '"{text}" là phần giao diện trang web (lượt xem, nút chia sẻ, in bài) được chép theo bài: xóa đoạn này.',
        en: '"{text}" is web page furniture (view count, share or print buttons) copied with the article: delete this paragraph.',
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
          title: { vi: 'Lượt xem và nút chia sẻ chép từ trang web', en: 'A view count and share buttons copied from a web page' },
          text: `${NEWS_HEADER}Lượt xem: 234\n\nCác kiến nghị được trả lời trong 15 ngày./.\n\nChia sẻ Facebook | In bài viết\n`,
          expect: [
            { messageId: 'pageChrome', line: 10 },
            { messageId: 'pageChrome', line: 14 },
          ],
          output: `${NEWS_HEADER}Các kiến nghị được trả lời trong 15 ngày./.\n`,
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
      const problem = (isProseParagraph(next) ? splitSentence(doc, block, next) : undefined) ?? pageFurniture(doc, block, blocks[index - 1]) ?? mailHeader(block);
      if (problem) report(problem);
    });
  },
};

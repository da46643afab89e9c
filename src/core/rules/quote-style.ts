import type { Rule } from '../types';
import type { Span } from '../model/types';
import type { PlainFinding } from '../lang/prose-marks';
import type { ProseBlock } from '../model/prose';
import type { PlainText } from '../text/plain-text';
import { insideAny, reportFinding } from '../lang/prose-marks';
import { proseBlocks } from '../model/prose';

const STRAIGHT = '"';
const OPENING = '“';
const CLOSING = '”';
const QUOTE_MARK = /["“”]/gu;
const ANY_QUOTE = /["“”]/u;
/** What may stand before an opening quote, and after a closing one. */
const BEFORE_OPENING = /[\s([{–—\-/“‘]/u;
const AFTER_CLOSING = /[\s)\]}.,;:!?…”’\-]/u;
const SPACE_OR_TAB = /[ \t]/u;
const QUOTED_WORD_START = /[\p{L}\p{N}]/u;
const QUOTED_WORD_END = /[\p{L}\p{M}\p{N}.!?…]/u;
/** Characters of a quotation shown in a message on each side of an ellipsis. */
const QUOTATION_REACH = 24;

/** The quotation as the message shows it, quote marks included, shortened in the middle when long. */
function quotation(text: string, open: number, close: number): string {
  if (close + 1 - open <= 2 * QUOTATION_REACH + 1) return text.slice(open, close + 1);
  return `${text.slice(open, open + QUOTATION_REACH)}…${text.slice(close + 1 - QUOTATION_REACH, close + 1)}`;
}

/** The start of an unclosed quotation: the mark and the words after it, on its line. */
function quotationFrom(text: string, open: number): string {
  const lineEnd = text.indexOf('\n', open);
  const end = Math.min(lineEnd === -1 ? text.length : lineEnd, open + QUOTATION_REACH);
  return text.slice(open, end).trimEnd() + (end < text.length && text[end] !== '\n' ? '…' : '');
}

/** The end of a quotation that was never opened: the words before the mark, on its line. */
function quotationTo(text: string, close: number): string {
  const start = Math.max(text.lastIndexOf('\n', close) + 1, close + 1 - QUOTATION_REACH);
  return (start > 0 && text[start - 1] !== '\n' ? '…' : '') + text.slice(start, close + 1).trimStart();
}

interface QuoteMark {
  index: number;
  mark: string;
}

/** The quotes of one block, paired as a reader pairs them. */
interface Pairing {
  marks: QuoteMark[];
  pairs: Array<{ open: QuoteMark; close: QuoteMark }>;
  unclosed: QuoteMark[];
  unopened: QuoteMark[];
}

/** A straight quote opens after a space or an opening bracket and before a word; it closes the other way round; in between, the open quote decides. */
function straightOpens(text: string, index: number, hasOpenQuote: boolean): boolean {
  const before = text[index - 1];
  const after = text[index + 1];
  const opensHere = before === undefined || BEFORE_OPENING.test(before);
  const closesHere = after === undefined || AFTER_CLOSING.test(after);
  if (opensHere !== closesHere) return opensHere;
  return !hasOpenQuote;
}

function pairQuotes(text: string, addresses: readonly Span[]): Pairing {
  const pairing: Pairing = { marks: [], pairs: [], unclosed: [], unopened: [] };
  const open: QuoteMark[] = [];
  for (const match of text.matchAll(QUOTE_MARK)) {
    if (insideAny(addresses, match.index)) continue;
    const quote = { index: match.index, mark: match[0] };
    pairing.marks.push(quote);
    const opens = quote.mark === OPENING || (quote.mark === STRAIGHT && straightOpens(text, quote.index, open.length > 0));
    if (opens) open.push(quote);
    else {
      const opening = open.pop();
      if (opening) pairing.pairs.push({ open: opening, close: quote });
      else pairing.unopened.push(quote);
    }
  }
  pairing.unclosed = open;
  return pairing;
}

/** Spaces padding the inside of a quotation: `“ chuyển đổi số ”`. */
function paddingFindings(text: string, { open, close }: Pairing['pairs'][number]): PlainFinding[] {
  let innerStart = open.index + 1;
  while (innerStart < close.index && SPACE_OR_TAB.test(text[innerStart]!)) innerStart++;
  let innerEnd = close.index;
  while (innerEnd > innerStart && SPACE_OR_TAB.test(text[innerEnd - 1]!)) innerEnd--;
  // Only a quotation of words is padded: `“ chuyển đổi số ”`, not a quoted mark or blank (`". "`, `" "`, `"- "`).
  if (innerStart === close.index || !QUOTED_WORD_START.test(text[innerStart]!) || !QUOTED_WORD_END.test(text[innerEnd - 1]!)) return [];
  const finding = (start: number, end: number): PlainFinding => ({
    messageId: 'padding',
    data: { quotation: quotation(text, open.index, close.index) },
    start,
    end,
    fix: { start, end, text: '' },
  });
  const findings: PlainFinding[] = [];
  if (innerStart > open.index + 1) findings.push(finding(open.index + 1, innerStart));
  if (innerEnd < close.index) findings.push(finding(innerEnd, close.index));
  return findings;
}

type QuoteStyle = 'straight' | 'curly';

/** The style the text uses less; a tie goes to curly quotes, the form of Nghị định 30. */
function minorityStyle(pairings: readonly Pairing[]): QuoteStyle | undefined {
  let straight = 0;
  let curly = 0;
  for (const pairing of pairings) {
    for (const { mark } of pairing.marks) {
      if (mark === STRAIGHT) straight++;
      else curly++;
    }
  }
  if (straight === 0 || curly === 0) return undefined;
  return straight <= curly ? 'straight' : 'curly';
}

/** Quotes of the minority style; straight ones are fixed to the curly form of their role in the pair. */
/**
 * The quotations written in the text's minority style: one finding per
 * quotation, over the whole of it (a straight pair is fixed to “ ” when the
 * quotation maps one-to-one onto the source); a quotation with one mark of
 * each style, or one that does not map, gets a finding per wrong mark.
 */
function mixedFindings(text: string, plain: PlainText, pairing: Pairing, minority: QuoteStyle): PlainFinding[] {
  const findings: PlainFinding[] = [];
  // An unpaired quote already gets `unclosed` or `unopened`; one message per mark is enough.
  for (const { open, close } of pairing.pairs) {
    const shown = quotation(text, open.index, close.index);
    const wrong = ([[open, OPENING], [close, CLOSING]] as const).filter(([quote]) => (quote.mark === STRAIGHT) === (minority === 'straight'));
    if (wrong.length === 0) continue;
    if (minority === 'curly') {
      // Nothing to fix: the writer chooses the text's style.
      findings.push({ messageId: 'curlyQuote', data: { quotation: shown, mark: wrong[0]![0].mark }, start: wrong[0]![0].index, end: wrong[wrong.length - 1]![0].index + 1 });
      continue;
    }
    const whole = { start: open.index, end: close.index + 1 };
    // The fix rewrites the quotation's text: not over a line break, whose ending (LF, CRLF) the plain text does not keep.
    if (wrong.length === 2 && !text.slice(whole.start, whole.end).includes('\n') && plain.isExact(whole.start, whole.end)) {
      findings.push({ messageId: 'straightQuotes', data: { quotation: shown }, ...whole, fix: { ...whole, text: `${OPENING}${text.slice(open.index + 1, close.index)}${CLOSING}` } });
      continue;
    }
    for (const [quote, replacement] of wrong) {
      const range = { start: quote.index, end: quote.index + 1 };
      findings.push({ messageId: 'straightQuote', data: { quotation: shown, replacement }, ...range, fix: { ...range, text: replacement } });
    }
  }
  return findings;
}

/** A quotation may run over several paragraphs when each one opens again with a quote (`“…¶“…”`). */
function continuesInNextBlock(next: ProseBlock | undefined, quote: QuoteMark): boolean {
  return next !== undefined && next.block.plain.text.trimStart().startsWith(quote.mark);
}

function unbalancedFindings(text: string, pairing: Pairing, next: ProseBlock | undefined): PlainFinding[] {
  const findings: PlainFinding[] = [];
  for (const quote of pairing.unclosed) {
    if (continuesInNextBlock(next, quote)) continue;
    findings.push({
      messageId: 'unclosed',
      data: { mark: quote.mark, quotation: quotationFrom(text, quote.index), closing: quote.mark === STRAIGHT ? STRAIGHT : CLOSING },
      start: quote.index,
      end: quote.index + 1,
    });
  }
  for (const quote of pairing.unopened) {
    findings.push({
      messageId: 'unopened',
      data: { mark: quote.mark, quotation: quotationTo(text, quote.index), opening: quote.mark === STRAIGHT ? STRAIGHT : OPENING },
      start: quote.index,
      end: quote.index + 1,
    });
  }
  return findings;
}

export const quoteStyle: Rule = {
  meta: {
    id: 'quote-style',
    group: 'language',
    severity: 'warn',
    fixable: true,
    docs: {
      summary: {
        vi: 'Dấu ngoặc kép: đủ cặp trong đoạn, một kiểu trong cả bài, không cách bên trong',
        en: 'Quotation marks: paired within a paragraph, one style per text, no inner spaces',
      },
      rationale: {
        vi: 'Lời trích dẫn phải mở và đóng trong cùng một đoạn: thiếu dấu đóng thì người đọc không biết lời trích dừng ở đâu (trừ khi đoạn sau mở lại bằng dấu ngoặc kép, cách viết trích dẫn dài nhiều đoạn). Văn bản của Nghị định 30/2020/NĐ-CP dùng ngoặc kép cong “ ”; bài trộn ngoặc thẳng " với ngoặc cong trông như chép từ nhiều nguồn, nên quy tắc báo kiểu ít dùng hơn trong bài và, khi bài chủ yếu dùng ngoặc cong, tự đổi các cặp ngoặc thẳng thành “ ”. Bên trong dấu ngoặc kép không để dấu cách: viết “chuyển đổi số”, không viết “ chuyển đổi số ”. Ngoặc kép trong mã nguồn, địa chỉ web và HTML không phải lời văn và không bị kiểm tra.',
        en: 'A quotation opens and closes within one paragraph: without the closing mark readers cannot tell where it ends (unless the next paragraph opens again with a quote, the way long quotations run over several paragraphs). Nghị định 30/2020/NĐ-CP uses curly quotes “ ”; a text mixing straight " and curly quotes looks pasted from several sources, so the rule reports the style the text uses less and, when the text mostly uses curly quotes, turns straight pairs into “ ”. No spaces inside the quotes: “chuyển đổi số”, not “ chuyển đổi số ”. Quotes in code, web addresses and HTML are not prose and are not checked.',
      },
    },
    messages: {
      unclosed: {
        vi: 'Dấu mở ngoặc kép {mark} của lời trích {quotation} không có dấu đóng trong đoạn: thêm {closing} ở cuối lời trích.',
        en: 'The opening quote {mark} of {quotation} is not closed in its paragraph: add {closing} where the quotation ends.',
      },
      unopened: {
        vi: 'Dấu đóng ngoặc kép {mark} sau {quotation} không có dấu mở trong đoạn: thêm {opening} ở đầu lời trích.',
        en: 'The closing quote {mark} after {quotation} has no opening quote in its paragraph: add {opening} where the quotation starts.',
      },
      padding: {
        vi: 'Thừa dấu cách bên trong dấu ngoặc kép ở {quotation}: viết lời trích liền với dấu ngoặc.',
        en: 'Extra space inside the quotation marks of {quotation}: put the quoted words right against the marks.',
      },
      straightQuote: {
        vi: 'Bài dùng ngoặc kép cong “ ”, riêng {quotation} dùng ngoặc thẳng ": đổi dấu này thành {replacement}.',
        en: 'The text uses curly quotes “ ”, but {quotation} uses straight quotes ": change this one to {replacement}.',
      },
      straightQuotes: {
        vi: 'Bài dùng ngoặc kép cong “ ”, riêng {quotation} dùng ngoặc thẳng ": đổi thành “ ”.',
        en: 'The text uses curly quotes “ ”, but {quotation} uses straight quotes ": change them to “ ”.',
      },
      curlyQuote: {
        vi: 'Bài chủ yếu dùng ngoặc kép thẳng ", riêng {quotation} dùng ngoặc cong: dùng một kiểu ngoặc kép trong cả bài.',
        en: 'The text mostly uses straight quotes ", but {quotation} uses curly quotes: use one style of quotes throughout.',
      },
    },
    defaults: {},
    examples: {
      valid: [
        {
          title: { vi: 'Ngoặc kép cong đủ cặp', en: 'Paired curly quotes' },
          text: '# Kết quả phong trào “Bình dân học vụ số”\n\nPhát biểu tại hội nghị, bà Phạm Thị Thu Hà nhấn mạnh: “Mỗi bạn trẻ cần trở thành người hướng dẫn kiên nhẫn cho bà con”.\n',
        },
        {
          title: { vi: 'Chỉ dùng ngoặc thẳng, trích dẫn dài nhiều đoạn, ngoặc trong mã', en: 'Straight quotes only, a quotation over several paragraphs, quotes in code' },
          text: '# Hướng dẫn sử dụng dịch vụ công\n\nÔng Trần Văn Nam cho biết: "Người dân chỉ cần một tài khoản định danh điện tử.\n\n"Các bước còn lại được hướng dẫn ngay trên Cổng", ông nói. Mã tra cứu có dạng `"HS-2026"`.\n',
        },
      ],
      invalid: [
        {
          title: { vi: 'Thiếu dấu đóng ngoặc kép trong đoạn', en: 'A quotation not closed in its paragraph' },
          text: '# Hội nghị tổng kết phong trào thi đua\n\nPhát biểu tại hội nghị, ông Lê Minh Khoa khẳng định: “Phong trào đã lan tỏa đến từng khu dân cư.\n\nHội nghị kết thúc lúc 11 giờ.\n',
          expect: [{ messageId: 'unclosed', line: 3 }],
        },
        {
          title: { vi: 'Ngoặc thẳng lẫn trong bài dùng ngoặc cong', en: 'Straight quotes in a text that uses curly quotes' },
          text: '# Phát động phong trào “Bình dân học vụ số”\n\nSở phát động phong trào “Bình dân học vụ số” và cuộc thi "Tìm hiểu chuyển đổi số" trong đoàn viên, thanh niên.\n',
          expect: [{ messageId: 'straightQuotes', line: 3 }],
          output: '# Phát động phong trào “Bình dân học vụ số”\n\nSở phát động phong trào “Bình dân học vụ số” và cuộc thi “Tìm hiểu chuyển đổi số” trong đoàn viên, thanh niên.\n',
        },
        {
          title: { vi: 'Dấu cách bên trong ngoặc kép', en: 'Spaces inside the quotation marks' },
          text: '# Hội thảo về chuyển đổi số\n\nHội thảo có chủ đề “ chuyển đổi số trong cơ quan nhà nước ”.\n',
          expect: [
            { messageId: 'padding', line: 3 },
            { messageId: 'padding', line: 3 },
          ],
          output: '# Hội thảo về chuyển đổi số\n\nHội thảo có chủ đề “chuyển đổi số trong cơ quan nhà nước”.\n',
        },
        {
          title: { vi: 'Mở bằng ngoặc thẳng, đóng bằng ngoặc cong', en: 'Opened with a straight quote, closed with a curly one' },
          text: '# Tọa đàm về an toàn thông tin\n\nBuổi tọa đàm có chủ đề "An toàn thông tin cho người dân”. Đại biểu thảo luận về “lừa đảo trực tuyến”.\n',
          expect: [{ messageId: 'straightQuote', line: 3 }],
          output: '# Tọa đàm về an toàn thông tin\n\nBuổi tọa đàm có chủ đề “An toàn thông tin cho người dân”. Đại biểu thảo luận về “lừa đảo trực tuyến”.\n',
        },
        {
          title: { vi: 'Ngoặc cong lẫn trong bài dùng ngoặc thẳng', en: 'Curly quotes in a text that uses straight quotes' },
          text: '# Ra mắt mô hình "Tổ công nghệ số cộng đồng"\n\nXã ra mắt mô hình "Tổ công nghệ số cộng đồng" và "Chợ 4.0", cùng chương trình “Gia đình số”.\n',
          expect: [{ messageId: 'curlyQuote', line: 3 }],
        },
      ],
    },
  },
  check({ doc, report }) {
    const blocks = proseBlocks(doc);
    const quoted: Array<{ index: number; pairing: Pairing }> = [];
    blocks.forEach((prose, index) => {
      const text = prose.block.plain.text;
      // Curly quotes are unusual characters (see `ProseBlock.unusual`): most blocks can only hold straight ones.
      if (prose.unusual ? !ANY_QUOTE.test(text) : !text.includes(STRAIGHT)) return;
      const pairing = pairQuotes(text, prose.addresses);
      if (pairing.marks.length > 0) quoted.push({ index, pairing });
    });
    const minority = minorityStyle(quoted.map(({ pairing }) => pairing));
    for (const { index, pairing } of quoted) {
      const { block } = blocks[index]!;
      const text = block.plain.text;
      const findings = [
        ...unbalancedFindings(text, pairing, blocks[index + 1]),
        ...pairing.pairs.flatMap((pair) => paddingFindings(text, pair)),
        ...(minority ? mixedFindings(text, block.plain, pairing, minority) : []),
      ];
      for (const finding of findings) reportFinding(doc, block, finding, report);
    }
  },
};

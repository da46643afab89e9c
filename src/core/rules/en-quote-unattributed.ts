import type { Rule } from '../types';
import type { Block } from '../model/types';
import { proseBlocks } from '../model/prose';

/** A paragraph that is a quotation and nothing else: it opens and closes with a quote mark (a final period after it aside). */
const WHOLE_QUOTE = /^["“][^]*["”][.]?$/u;
const QUOTATION_MARK = /["“”]/gu;
/**
 * A paragraph that leaves a quotation open at its end (`… said: “We will …`,
 * no closing mark): AP continues a quotation over paragraphs so, opening
 * each with a quotation mark and closing only the last.
 */
function leavesQuotationOpen(paragraph: string): boolean {
  let open = false;
  for (const mark of paragraph.matchAll(QUOTATION_MARK)) {
    const [written] = mark;
    open = written === '"' ? !open : written === '“';
  }
  return open;
}
/** Words that attribute a quotation: `said Dana Whitfield`, `she added`, `according to`. */
const ATTRIBUTION =
  /\b(?:said|says|say|added|adds|noted|notes|explained|explains|told|tells|asked|asks|stated|states|recalled|commented|emphasized|stressed|remarked|wrote|writes|announced|continued|according\s+to)\b/iu;
/** The shortest quotation worth attributing: a word or two in quotes is a term, not a quotation. */
const MIN_QUOTE_LENGTH = 40;

const HEADER = 'FOR IMMEDIATE RELEASE\n\n# Nghe An hospital opens a stroke unit\n\nVINH, Vietnam — Aug. 20, 2026 — Nghe An Friendship General Hospital opened a stroke unit on Monday.\n\n';

/** The paragraph is attributed, or continues a quotation whose start is (AP's quotation over paragraphs). */
function isAttributed(paragraphs: readonly Block[], index: number): boolean {
  for (let at = index; at >= 0; at--) {
    const text = paragraphs[at]!.plain.text.trim();
    if (ATTRIBUTION.test(text)) return true;
    const previous = paragraphs[at - 1]?.plain.text.trim();
    if (previous === undefined) return false;
    // `The director said:` right before, or the quotation began in an earlier paragraph left open (maybe after `X said:`).
    if (previous.endsWith(':')) return true;
    if (!leavesQuotationOpen(previous)) return false;
  }
  return false;
}

export const enQuoteUnattributed: Rule = {
  meta: {
    id: 'en-quote-unattributed',
    group: 'profile',
    severity: 'warn',
    fixable: false,
    docs: {
      summary: { vi: 'Thông cáo tiếng Anh ghi rõ ai nói mỗi câu trích dẫn', en: 'An English release says who said each quotation' },
      rationale: {
        vi: 'Theo lối AP, mỗi câu trích dẫn trực tiếp ghi tên người nói ("…,” said Dana Whitfield, director of …"), thường sau câu đầu tiên; khuôn mẫu tin bài của Cổng cũng yêu cầu trích dẫn có ghi tên người phát biểu. Một đoạn chỉ gồm lời trích dẫn mà không có người nói (không có "said", "added", "according to"… trong đoạn, không có "X said:" ở cuối đoạn trước, và không phải phần tiếp theo của một lời trích dẫn nhiều đoạn) khiến phóng viên không dùng được. Không sửa tự động: chỉ người viết biết ai đã nói.',
        en: 'In AP style every direct quotation names its speaker ("…,” said Dana Whitfield, director of …"), usually after its first sentence; the portal article template likewise asks for quotations with the speaker named. A paragraph that is only a quotation with no speaker (no "said", "added", "according to"… in it, no "X said:" ending the paragraph before, and not the continuation of a quotation over several paragraphs) is one a reporter cannot use. No fix: only the writer knows who said it.',
      },
    },
    messages: {
      unattributed: {
        vi: 'Lời trích dẫn “{excerpt}” không ghi người nói: thêm tên và chức vụ theo lối AP, ví dụ “…,” said Nguyen Van An, director of …',
        en: 'The quotation “{excerpt}” names no speaker: add who said it, AP-style, e.g. “…,” said Nguyen Van An, director of …',
      },
    },
    defaults: {},
    examples: {
      valid: [
        {
          title: { vi: 'Trích dẫn có người nói, kể cả trích dẫn nhiều đoạn', en: 'Attributed quotations, one over two paragraphs included' },
          profile: 'en-press-release',
          text: `${HEADER}“Every minute without treatment costs a patient about 2 million brain cells,” said Dr. Tran Van Minh, head of neurology.\n\nThe director said:\n\n“We will treat people here instead of sending them to Hanoi.\n\n“That spares families years of expensive care at home and in hospital.”\n\nHealth Minister Dao Hong Lan said: “We will open two more such units this year.\n\n“Both will serve the mountain communes.”\n\nThe unit is named after the “Golden Hour” program.\n`,
        },
      ],
      invalid: [
        {
          title: { vi: 'Đoạn trích dẫn không có người nói', en: 'A quotation paragraph with no speaker' },
          profile: 'en-press-release',
          text: `${HEADER}Stroke is a leading cause of death in Nghe An.\n\n“Every minute without treatment costs a stroke patient about 2 million brain cells. When we treat people here, we save lives.”\n`,
          expect: [{ messageId: 'unattributed', line: 9 }],
        },
      ],
    },
  },
  check({ doc, profile, report }) {
    if (profile.language !== 'en') return;
    const paragraphs = proseBlocks(doc)
      .map(({ block }) => block)
      .filter((block) => block.node.type === 'paragraph' && block.role !== 'heading' && block.role !== 'caption');
    paragraphs.forEach((block, index) => {
      const text = block.plain.text.trim();
      if (text.length < MIN_QUOTE_LENGTH || !WHOLE_QUOTE.test(text) || isAttributed(paragraphs, index)) return;
      const excerpt = text.length > 60 ? `${text.slice(1, 58).trimEnd()}…` : text.slice(1, -1);
      const start = block.plain.text.indexOf(text);
      report({ messageId: 'unattributed', data: { excerpt }, ...block.plain.span(start, start + text.length) });
    });
  },
};

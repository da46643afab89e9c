import type { Problem, Rule } from '../types';
import { isInLegacyRun, runExcerpt, textSegments, type TextSegment } from './encoding-legacy';

const COMBINING_MARK = /[\u0300-\u036F]/u;
/** A word that holds a combining mark after a letter. */
const WORD_WITH_MARKS = /\p{L}[\p{L}\p{M}]*/gu;
/**
 * Decomposed words of one line with at most this many other words between
 * them are one run, reported once: a sentence pasted from a decomposed
 * source is one problem, not one per word (`Sở Y tế`: `Y` has no mark).
 */
const RUN_GAP_WORDS = 2;
/** Any line ending: the front matter keeps the file's own (CR LF, CR). */
const LINE_BREAK = /[\n\r]/u;

interface DecomposedRun {
  start: number;
  end: number;
  /** Its source maps one-to-one onto the plain text: it can be rewritten. */
  exact: boolean;
}

function reportRun(segment: TextSegment, run: DecomposedRun, report: (problem: Problem) => void): void {
  const span = segment.span(run.start, run.end);
  const precomposed = segment.text.slice(run.start, run.end).normalize('NFC');
  report({ messageId: 'decomposed', data: { word: runExcerpt(precomposed) }, ...span, ...(run.exact ? { fix: { ...span, text: precomposed } } : {}) });
}

const RELEASE_HEADER = '---\ntitle: Hội nghị tổng kết năm 2026\n---\n\n';

export const unicodeNfc: Rule = {
  meta: {
    id: 'unicode-nfc',
    group: 'language',
    severity: 'error',
    fixable: true,
    docs: {
      summary: { vi: 'Chữ có dấu phải ở dạng dựng sẵn (Unicode NFC)', en: 'Accented letters must be precomposed (Unicode NFC)' },
      rationale: {
        vi: 'Bảng mã Windows-1258 và một số phần mềm trên máy Mac ghi chữ có dấu thành chữ cái cộng dấu rời (dạng tổ hợp): “Việt” thành “Vie” + dấu mũ + dấu nặng + “t”. Trên màn hình hai dạng giống hệt nhau, nhưng tìm kiếm, sắp xếp, đếm ký tự và các quy tắc chính tả không nhận ra từ đó. W3C yêu cầu văn bản trên web ở dạng dựng sẵn (NFC). Quy tắc báo mỗi từ, hay mỗi đoạn chữ liền nhau, ở dạng tổ hợp một lần và sửa tự động sang NFC; chữ nhìn không đổi.',
        en: 'The Windows-1258 code page and some Mac software store an accented letter as the letter plus separate combining marks (decomposed): “Việt” becomes “Vie” + circumflex + dot below + “t”. On screen both forms look the same, but search, sorting, character counts and the spelling rules do not recognize the word. The W3C asks web content to be in precomposed form (NFC). The rule reports each decomposed word, or each run of them, once and fixes it to NFC; the text looks the same.',
      },
    },
    messages: {
      decomposed: {
        vi: '“{word}” viết bằng chữ cái và dấu rời (dạng tổ hợp, thường do Windows-1258 hoặc máy Mac): nhìn giống nhưng tìm kiếm và kiểm tra chính tả không nhận ra. Chuyển sang dạng dựng sẵn (NFC).',
        en: '“{word}” is written with separate combining marks (decomposed, typically from Windows-1258 or a Mac): it looks right, but search and spell checks do not recognize it. Convert it to precomposed form (NFC).',
      },
    },
    defaults: {},
    examples: {
      valid: [
        {
          title: { vi: 'Chữ dựng sẵn', en: 'Precomposed text' },
          text: `${RELEASE_HEADER}# Hội nghị tổng kết năm 2026\n\nSáng 14/4, Sở Khoa học và Công nghệ tổ chức hội nghị tổng kết công tác năm 2026.\n`,
        },
      ],
      invalid: [
        {
          title: { vi: 'Từ ở dạng tổ hợp (chép từ tệp Windows-1258)', en: 'Decomposed words (copied from a Windows-1258 file)' },
          text: `${RELEASE_HEADER}Sáng 14/4, đoàn công tác Vie\u0302\u0323t Nam đến thăm tỉnh.\n\nHội nghị đánh giá cao kê\u0301t qua\u0309 đạt được.\n`,
          expect: [
            { messageId: 'decomposed', line: 5 },
            { messageId: 'decomposed', line: 7 },
          ],
          output: `${RELEASE_HEADER}Sáng 14/4, đoàn công tác Việt Nam đến thăm tỉnh.\n\nHội nghị đánh giá cao kết quả đạt được.\n`,
        },
      ],
    },
  },
  check({ doc, report }) {
    for (const segment of textSegments(doc)) {
      // A combining mark is an unusual character.
      if (!segment.unusual || !COMBINING_MARK.test(segment.text)) continue;
      let run: DecomposedRun | undefined;
      let wordsBetween = 0;
      for (const match of segment.text.matchAll(WORD_WITH_MARKS)) {
        const word = match[0];
        const start = match.index;
        const end = start + word.length;
        if (!COMBINING_MARK.test(word) || word.normalize('NFC') === word || isInLegacyRun(segment, start, end)) {
          wordsBetween++;
          continue;
        }
        const exact = segment.isExact(start, end);
        // A rewritable run grows while its source stays rewritable as one piece; words under markup join one another.
        const sameLine = run !== undefined && !LINE_BREAK.test(segment.text.slice(run.end, start));
        if (run && sameLine && wordsBetween <= RUN_GAP_WORDS && run.exact === exact && (!exact || segment.isExact(run.start, end))) {
          run.end = end;
        } else {
          if (run) reportRun(segment, run, report);
          run = { start, end, exact };
        }
        wordsBetween = 0;
      }
      if (run) reportRun(segment, run, report);
    }
  },
};

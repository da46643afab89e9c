import type { Rule } from '../types';
import { isVietnameseSyllable } from '../lang/legacy-encodings';
import { isInLegacyRun, textSegments, type TextSegment } from './encoding-legacy';

const SOFT_HYPHEN = '\u00AD';
const NO_BREAK_SPACE = '\u00A0';
/** Zero-width and direction marks, the word joiner, and the byte order mark inside text. */
const ZERO_WIDTH = /^[\u200B-\u200F\u2060\uFEFF]$/u;
const LATIN_ETH: Record<string, string> = { '\u00D0': 'Đ', '\u00F0': 'đ' };
const SUSPECTS = '[\\u00A0\\u00AD\\u00D0\\u00F0\\u200B-\\u200F\\u2060\\uFEFF]';
const HAS_SUSPECT = new RegExp(SUSPECTS, 'u');
const SUSPECT = new RegExp(SUSPECTS, 'gu');
/** Joiners that hold an emoji sequence together (`👨‍👩‍👧`) are meant. */
const JOINER = /^[\u200C\u200D]$/u;
const EMOJI_BEFORE = /(?:\p{Extended_Pictographic}|\p{Emoji_Modifier}|\uFE0F)$/u;
const EMOJI_AFTER = /^\p{Extended_Pictographic}/u;
/** A number and its unit or label, kept on one line on purpose: `20 km`, `50 %`, `Điều 5`, `Oct. 6`. */
const NUMBER_BEFORE = /\p{N}$/u;
const UNIT_AFTER = /^[\p{L}\p{N}%‰°$€₫£¥]/u;
const LABEL_BEFORE = /[\p{L}.$€₫£¥]$/u;
const NUMBER_AFTER = /^\p{N}/u;
const WHITESPACE = /^[ \t\n]?$/u;
const LETTERS_AROUND = /[\p{L}\p{M}]*$/u;
const LETTERS_AHEAD = /^[\p{L}\p{M}]*/u;
const TOKEN_BEFORE = /[^\s]*$/u;
const TOKEN_AFTER = /^[^\s]*/u;
/** What shows nothing inside a word: the soft hyphen, zero-width characters and marks, the word joiner, the byte order mark. */
const INVISIBLE = /[\u00AD\u200B-\u200F\u2060\uFEFF]/u;
const INVISIBLE_IN_WORD = new RegExp(INVISIBLE.source, 'gu');

/** True for a character this rule reports inside a word: another rule meeting a word it cuts leaves it to this one. */
export function isInvisibleInWord(character: string): boolean {
  return INVISIBLE.test(character);
}

function codeOf(character: string): string {
  return `U+${character.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** The word around `index` as a reader sees it (invisible characters left out). */
function visibleWord(text: string, index: number): string {
  const before = TOKEN_BEFORE.exec(text.slice(Math.max(0, index - 40), index))![0];
  const after = TOKEN_AFTER.exec(text.slice(index + 1, index + 41))![0];
  return (before + after).replace(INVISIBLE_IN_WORD, '');
}

function isNumberWithUnit(before: string, after: string): boolean {
  return (NUMBER_BEFORE.test(before) && UNIT_AFTER.test(after)) || (LABEL_BEFORE.test(before) && NUMBER_AFTER.test(after));
}

interface Finding {
  messageId: string;
  data: Record<string, string>;
  /** What replaces the character ('' deletes it). */
  replacement: string;
}

/** The finding for the suspect character at `index`, or undefined when it is meant. */
function findingAt(segment: TextSegment, index: number): Finding | undefined {
  const text = segment.text;
  const character = text[index]!;
  const before = text.slice(Math.max(0, index - 2), index);
  const after = text.slice(index + 1, index + 3);
  if (character === SOFT_HYPHEN) return { messageId: 'softHyphen', data: { word: visibleWord(text, index) }, replacement: '' };
  if (ZERO_WIDTH.test(character)) {
    if (JOINER.test(character) && (EMOJI_BEFORE.test(before) || EMOJI_AFTER.test(after))) return undefined;
    return { messageId: 'zeroWidth', data: { code: codeOf(character), word: visibleWord(text, index) }, replacement: '' };
  }
  if (character === NO_BREAK_SPACE) {
    if (isNumberWithUnit(before, after)) return undefined;
    const nextToSpace = WHITESPACE.test(before.slice(-1)) || WHITESPACE.test(after.slice(0, 1));
    const data = { before: TOKEN_BEFORE.exec(text.slice(Math.max(0, index - 30), index))![0], after: TOKEN_AFTER.exec(text.slice(index + 1, index + 31))![0] };
    return { messageId: 'nbsp', data, replacement: nextToSpace ? '' : ' ' };
  }
  // Latin eth: reported only where Đ/đ makes a Vietnamese word (`Ðây` → `Đây`), never in Icelandic or phonetics.
  const head = LETTERS_AROUND.exec(text.slice(Math.max(0, index - 10), index))![0];
  const tail = LETTERS_AHEAD.exec(text.slice(index + 1, index + 11))![0];
  const fixed = head + LATIN_ETH[character]! + tail;
  if (!isVietnameseSyllable(fixed.normalize('NFC'))) return undefined;
  return { messageId: 'eth', data: { word: head + character + tail, fixed, code: codeOf(character) }, replacement: LATIN_ETH[character]! };
}

const RELEASE_HEADER = '---\ntitle: Hội nghị tổng kết năm 2026\n---\n\n';

export const invisibleCharacter: Rule = {
  meta: {
    id: 'invisible-character',
    group: 'language',
    severity: 'warn',
    fixable: true,
    docs: {
      summary: { vi: 'Ký tự vô hình hoặc ký tự trông giống chữ Việt', en: 'Invisible characters and look-alikes of Vietnamese letters' },
      rationale: {
        vi: 'Văn bản dán từ Word, trang web hoặc tài liệu cũ thường mang theo ký tự không nhìn thấy: dấu gạch nối mềm (U+00AD), khoảng trắng độ rộng 0 (U+200B…), dấu BOM (U+FEFF) giữa văn bản, khoảng trắng không ngắt (U+00A0) giữa hai từ; hoặc chữ Ð/ð Latin (eth) trông giống Đ/đ tiếng Việt. Chúng làm hỏng tìm kiếm, đếm từ, ngắt dòng và kiểm tra chính tả mà người viết không thấy. Quy tắc xóa hoặc thay các ký tự này; khoảng trắng không ngắt giữa số và đơn vị (`20 km`, `Điều 5`) là cố ý và được giữ. Ký tự viết bằng thực thể HTML (`&nbsp;`, `&shy;`) là cố ý và không bị báo.',
        en: 'Text pasted from Word, web pages or old documents often carries characters nobody sees: the soft hyphen (U+00AD), zero-width spaces (U+200B…), a byte order mark (U+FEFF) inside the text, a no-break space (U+00A0) between two words; or the Latin letter Ð/ð (eth) that looks like the Vietnamese Đ/đ. They break search, word counts, line breaking and spell checks without the writer seeing them. The rule deletes or replaces them; a no-break space between a number and its unit (`20 km`, `Điều 5`) is deliberate and kept. Characters written as HTML entities (`&nbsp;`, `&shy;`) are deliberate and not reported.',
      },
    },
    messages: {
      softHyphen: {
        vi: 'Trong “{word}” có dấu gạch nối mềm vô hình (U+00AD), thường sót lại khi dán từ Word: xóa ký tự này.',
        en: '“{word}” contains an invisible soft hyphen (U+00AD), usually left over from a Word paste: delete it.',
      },
      zeroWidth: {
        vi: 'Trong “{word}” có ký tự vô hình {code} (độ rộng bằng 0): xóa ký tự này, nó làm hỏng tìm kiếm và đếm từ.',
        en: '“{word}” contains the invisible character {code} (zero width): delete it; it breaks search and word counts.',
      },
      nbsp: {
        vi: 'Khoảng trắng không ngắt (U+00A0) giữa “{before}” và “{after}”: thay bằng dấu cách thường (chỉ dùng khoảng trắng không ngắt giữa số và đơn vị).',
        en: 'No-break space (U+00A0) between “{before}” and “{after}”: use a normal space (keep no-break spaces for a number and its unit).',
      },
      eth: {
        vi: '“{word}” dùng chữ Latin eth ({code}) trông giống Đ/đ: thay bằng chữ tiếng Việt, “{fixed}”.',
        en: '“{word}” uses the Latin letter eth ({code}), a look-alike of Đ/đ: replace it with the Vietnamese letter, “{fixed}”.',
      },
    },
    defaults: {},
    examples: {
      valid: [
        {
          title: { vi: 'Khoảng trắng không ngắt giữa số và đơn vị; thực thể HTML', en: 'No-break spaces between numbers and units; HTML entities' },
          text: `${RELEASE_HEADER}Tuyến đường dài 20\u00A0km, vốn 150\u00A0tỷ đồng, theo Điều\u00A05 của Quyết định; giá trị&nbsp;cố ý viết bằng thực thể.\n\nĐoàn công tác của Guðrún Jónsdóttir (Iceland) thăm tỉnh 👩\u200D💻.\n`,
        },
      ],
      invalid: [
        {
          title: { vi: 'Ký tự vô hình dán từ Word và trang web', en: 'Invisible characters pasted from Word and web pages' },
          text: `${RELEASE_HEADER}Hội nghị tổng kết công tác chuyển đổi số năm 2026 (hội ngh\u00ADị lần thứ 5).\n\nSở Khoa học\u200B và Công nghệ chủ trì\u00A0hội nghị.\n`,
          expect: [
            { messageId: 'softHyphen', line: 5 },
            { messageId: 'zeroWidth', line: 7 },
            { messageId: 'nbsp', line: 7 },
          ],
          output: `${RELEASE_HEADER}Hội nghị tổng kết công tác chuyển đổi số năm 2026 (hội nghị lần thứ 5).\n\nSở Khoa học và Công nghệ chủ trì hội nghị.\n`,
        },
        {
          title: { vi: 'Chữ Ð Latin thay cho Đ', en: 'The Latin Ð instead of Đ' },
          text: `${RELEASE_HEADER}Ðây là lần đầu tiên hai đơn vị ký kết chương trình phối hợp.\n`,
          expect: [{ messageId: 'eth', line: 5 }],
          output: `${RELEASE_HEADER}Đây là lần đầu tiên hai đơn vị ký kết chương trình phối hợp.\n`,
        },
      ],
    },
  },
  check({ doc, report }) {
    for (const segment of textSegments(doc)) {
      const text = segment.text;
      // Every suspect is an unusual character.
      if (!segment.unusual || !HAS_SUSPECT.test(text)) continue;
      for (const match of text.matchAll(SUSPECT)) {
        const index = match.index;
        // Written as an entity (`&nbsp;`, `&shy;`): meant. Inside legacy text: encoding-legacy's finding.
        if (!segment.isExact(index, index + 1) || isInLegacyRun(segment, index, index + 1)) continue;
        const span = segment.span(index, index + 1);
        if (span.start === 0) continue; // A leading byte order mark is the file's, not the text's.
        const finding = findingAt(segment, index);
        if (!finding) continue;
        report({ messageId: finding.messageId, data: finding.data, ...span, fix: { ...span, text: finding.replacement } });
      }
    }
  },
};

import type { Rule } from '../types';
import type { Block, PressRelease } from '../model/types';
import { proseBlocks } from '../model/prose';

const DIGIT_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TENS: Readonly<Record<string, number>> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const TEENS: Readonly<Record<string, number>> = {
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};

/** A lone figure from 1 to 9: not part of a longer number, a decimal, a time, a date, a range, a code or a percentage. */
/** A figure of two digits or more (`120`, `1,500`, `12.5`), for the sentences that open with one. */
const LARGE_FIGURE = /(?<![\p{L}\p{N}$€£¥.,:/\-–+#])\d{2,}(?:[.,]\d+)*(?![\p{L}\p{N}])/gu;
/** A year, the one figure AP lets open a sentence (`2025 was a record year`). */
const YEAR = /^(?:1[89]|20)\d\d$/u;
const LONE_FIGURE = /(?<![\p{L}\p{N}$€£¥.,:/\-–+#])([1-9])(?![\p{L}\p{N}.,:/\-–%‰°]|[ \u00A0]*(?:%|‰|°))/gu;
/** A number from 10 to 99 in words: `twelve`, `twenty-five`, `forty two`. */
const NUMBER_WORDS = new RegExp(
  String.raw`(?<![\p{L}\p{N}\-])(${[...Object.keys(TEENS), ...Object.keys(TENS)].join('|')})(?:[-‐ ](${DIGIT_WORDS.join('|')}))?(?![\p{L}\p{N}\-])`,
  'gu',
);
/** The word after a number, and the text right after it. */
const NEXT_WORD = /^[ \u00A0]+([\p{L}][\p{L}'’]*)(.?)/u;
/** The word before a figure. */
const PREVIOUS_WORD = /([\p{L}][\p{L}'’.]*)[ \u00A0]*$/u;
/**
 * AP writes figures, whatever their size, for these: units of measure,
 * money, percentages, times, ages, ratios and scores, millions.
 */
const FIGURE_UNITS = new Set([
  'percent', 'percentage', 'million', 'billion', 'trillion', 'km', 'kilometer', 'kilometers', 'kilometre', 'kilometres', 'mile', 'miles', 'meter', 'meters',
  'metre', 'metres', 'cm', 'mm', 'm', 'ft', 'foot', 'feet', 'inch', 'inches', 'hectare', 'hectares', 'ha', 'acre', 'acres', 'ton', 'tons', 'tonne', 'tonnes',
  'kg', 'kilogram', 'kilograms', 'gram', 'grams', 'g', 'liter', 'liters', 'litre', 'litres', 'degree', 'degrees', 'mw', 'kw', 'gw', 'kv', 'mbps', 'gb',
  'mb', 'dong', 'vnd', 'usd', 'dollars', 'a', 'p', 'am', 'pm', 'o’clock', "o'clock", 'x', 'to', 'or', 'and', 'by', 'out', 'in', 'of', 'points', 'votes',
  'star', 'stars',
]);
/** Words before a figure that make it a label or a measure (`page 5`, `grade 3`, `aged 7`, `No. 2`). */
const LABEL_WORDS = new Set([
  'page', 'pages', 'version', 'grade', 'section', 'article', 'clause', 'level', 'phase', 'step', 'round', 'stage', 'line', 'route', 'highway', 'no.', 'number',
  'item', 'point', 'zone', 'ward', 'district', 'gate', 'terminal', 'room', 'building', 'unit', 'lot', 'block', 'floor', 'score', 'aged', 'age', 'ages', 'top',
  'ranked', 'rank', 'category', 'class', 'type', 'tier', 'storm', 'typhoon', 'lane', 'chapter', 'vol.', 'volume', 'team', 'group', 'hall', 'platform', 'km',
]);

/** A span of time is spelled out (`five years`), but an age is a figure (`5 years old`). */
const AGE_AFTER = /^[ \u00A0]+(?:years?|months?)[ \u00A0]+old\b/u;

/** A sentence end before `at`: a mark, a closing quote maybe, spaces, an opening quote maybe; with the word the mark ends. */
const SENTENCE_END_BEFORE = /([\p{L}\p{N}.]*)[.!?]["”’)]?[ \u00A0]+["“‘(]?$/u;
/** A word whose period ends no sentence: `No.`, `Sept.`, `Dr.`, `U.S.` (a capital and at most three more letters or periods). */
const ABBREVIATION = /^\p{Lu}[\p{L}.]{0,3}$/u;

function startsSentence(text: string, at: number): boolean {
  if (/^[ \u00A0]*["“‘(]?$/u.test(text.slice(0, at))) return true;
  const end = SENTENCE_END_BEFORE.exec(text.slice(Math.max(0, at - 40), at));
  return end !== null && !ABBREVIATION.test(end[1]!);
}

/** The blocks of running text: paragraphs and lists, not headlines (AP headlines use figures), tables or the media contact. */
function runningText(doc: PressRelease): Block[] {
  const contact = doc.english.mediaContact;
  return proseBlocks(doc)
    .map(({ block }) => block)
    .filter((block) => block.role !== 'heading' && block.node.type !== 'table' && !(contact && block.start >= contact.start && block.end <= contact.end));
}

const HEADER = 'FOR IMMEDIATE RELEASE\n\n# Bac Ninh to court investors in Seoul\n\n';

export const enNumberStyle: Rule = {
  meta: {
    id: 'en-number-style',
    group: 'profile',
    severity: 'warn',
    fixable: true,
    docs: {
      summary: { vi: 'Thông cáo tiếng Anh viết số theo lối AP: "five parks", "12 wards"', en: 'An English release writes numbers in AP style: "five parks", "12 wards"' },
      rationale: {
        vi: 'Theo AP Stylebook, số từ một đến chín viết bằng chữ, số từ 10 trở lên viết bằng chữ số ("five industrial parks", "12 wards"), trừ những trường hợp luôn dùng chữ số: tuổi ("5 years old"), phần trăm, tiền, số đo, giờ đồng hồ, tỷ số, số thứ tự của nhãn ("District 1", "No. 3", "page 5", "grade 3"), và số triệu, tỷ ("5 million"); khoảng thời gian viết bằng chữ ("two years"). Đầu câu, số viết bằng chữ; số lớn hơn bị báo mà không tự sửa, để người viết viết bằng chữ hay viết lại câu ("A total of 120 students …"); năm được đứng đầu câu. Tiêu đề theo AP dùng chữ số nên không bị xét; thông tin liên hệ và bảng cũng không. Số viết bằng chữ chỉ bị báo khi đứng trước một danh từ viết thường ("twelve wards"). Sửa tự động theo lối AP.',
        en: 'Per the AP Stylebook, numbers one through nine are spelled out and 10 and above are figures ("five industrial parks", "12 wards"), except where figures are always used: ages ("5 years old"), percentages, money, measurements, clock times, scores, labels ("District 1", "No. 3", "page 5", "grade 3") and millions ("5 million"); a span of time is spelled out ("two years"). A number opening a sentence is spelled out; a larger one is reported without a fix, for the writer to spell out or to recast the sentence ("A total of 120 students …"); a year may open one. AP headlines use figures and are not checked, nor are the media contact and tables. A number in words is reported only before a lowercase word ("twelve wards"). The fix writes the AP form.',
      },
    },
    messages: {
      spellOut: {
        vi: 'Theo lối AP, số dưới 10 viết bằng chữ: "{expected}" thay cho "{written}".',
        en: 'AP spells out numbers under 10: write "{expected}", not "{written}".',
      },
      useFigures: {
        vi: 'Theo lối AP, số từ 10 trở lên viết bằng chữ số: "{expected}" thay cho "{written}".',
        en: 'AP uses figures for 10 and above: write "{expected}", not "{written}".',
      },
      figureOpensSentence: {
        vi: 'Theo lối AP, câu không mở đầu bằng chữ số ("{written}"): viết số bằng chữ, hoặc viết lại câu ("A total of {written} …").',
        en: 'AP opens no sentence with a figure ("{written}"): spell the number out, or recast the sentence ("A total of {written} …").',
      },
    },
    defaults: {},
    examples: {
      valid: [
        {
          title: { vi: 'Số theo lối AP và các trường hợp luôn dùng chữ số', en: 'AP numbers, and the cases that always take figures' },
          profile: 'en-press-release',
          text: `${HEADER}BAC NINH, Vietnam — Jan. 8, 2026 — The province will present five industrial parks and 12 projects worth $5 million, 3 percent of its target, to 40 investors on Jan. 20 at 9 a.m. in District 1.\n\nThe 4-hectare site opened in phase 2; a 7-year-old pupil in grade 3 and Nguyen Van An, 5 years old, cut the ribbon. Two trade offices will follow within three years, and 2.5% of the land is green.\n`,
        },
      ],
      invalid: [
        {
          title: { vi: 'Số dưới 10 viết bằng chữ số, số từ 10 viết bằng chữ', en: 'A number under 10 in figures, one of 10 or more in words' },
          profile: 'en-press-release',
          text: `${HEADER}BAC NINH, Vietnam — Jan. 8, 2026 — Provincial officials will present 5 industrial parks to investors in twelve wards and twenty-five communes.\n\n3 agencies will follow up within 2 years.\n`,
          expect: [
            { messageId: 'spellOut', line: 5 },
            { messageId: 'useFigures', line: 5 },
            { messageId: 'useFigures', line: 5 },
            { messageId: 'spellOut', line: 7 },
            { messageId: 'spellOut', line: 7 },
          ],
          output: `${HEADER}BAC NINH, Vietnam — Jan. 8, 2026 — Provincial officials will present five industrial parks to investors in 12 wards and 25 communes.\n\nThree agencies will follow up within two years.\n`,
        },
        {
          title: { vi: 'Câu mở đầu bằng số lớn', en: 'A sentence opening with a large figure' },
          profile: 'en-press-release',
          text: `${HEADER}BAC NINH, Vietnam — Jan. 8, 2026 — The province opened two clinics. 120 medical students will staff them. 2025 was a record year.\n`,
          expect: [{ messageId: 'figureOpensSentence', line: 5 }],
        },
      ],
    },
  },
  check({ doc, profile, report }) {
    if (profile.language !== 'en') return;
    for (const block of runningText(doc)) {
      const { plain } = block;
      const text = plain.text;
      const reportAt = (messageId: 'spellOut' | 'useFigures', start: number, end: number, expected: string): void => {
        const fix = plain.isExact(start, end) ? { fix: { ...plain.span(start, end), text: expected } } : {};
        report({ messageId, data: { written: text.slice(start, end), expected }, ...plain.span(start, end), ...fix });
      };
      for (const match of text.matchAll(LONE_FIGURE)) {
        const start = match.index;
        const end = start + 1;
        const next = NEXT_WORD.exec(text.slice(end));
        // A count: a lowercase word follows, which is no unit, and no abbreviation (`a.m.`) either.
        if (!next || !/^\p{Ll}/u.test(next[1]!) || FIGURE_UNITS.has(next[1]!.toLowerCase()) || (next[2] === '.' && next[1]!.length === 1) || AGE_AFTER.test(text.slice(end))) continue;
        const sentenceStart = startsSentence(text, start);
        const previous = PREVIOUS_WORD.exec(text.slice(0, start))?.[1];
        if (!sentenceStart && previous !== undefined && (/^\p{Lu}/u.test(previous) || LABEL_WORDS.has(previous.toLowerCase()))) continue;
        const word = DIGIT_WORDS[Number(match[1]) - 1]!;
        reportAt('spellOut', start, end, sentenceStart ? word.charAt(0).toUpperCase() + word.slice(1) : word);
      }
      // No fix: a large number in words reads badly, and recasting the sentence is the writer's choice.
      for (const match of text.matchAll(LARGE_FIGURE)) {
        const [written] = match;
        if (YEAR.test(written) || !startsSentence(text, match.index)) continue;
        report({ messageId: 'figureOpensSentence', data: { written }, ...plain.span(match.index, match.index + written.length) });
      }
      for (const match of text.matchAll(NUMBER_WORDS)) {
        const start = match.index;
        const end = start + match[0].length;
        // At a sentence start a number stays in words; only a number counting what follows is one.
        if (startsSentence(text, start) || !/^[ \u00A0]+\p{Ll}/u.test(text.slice(end))) continue;
        const value = (TEENS[match[1]!] ?? TENS[match[1]!]!) + (match[2] ? DIGIT_WORDS.indexOf(match[2]) + 1 : 0);
        reportAt('useFigures', start, end, String(value));
      }
    }
  },
};

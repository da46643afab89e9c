import type { Problem, Rule } from '../types';
import { isInDateline } from '../press-release/ap-dateline';
import type { PressRelease, Span } from '../model/types';
import type { PlainFinding } from '../lang/prose-marks';
import { continuesDocumentSymbol, excerptSpan, insideAny, isSpace, reportFinding, tokenEnd, tokenStart } from '../lang/prose-marks';
import { isCompoundWord } from '../lang/coordinate-compounds';
import { proseBlocks, type ProseBlock } from '../model/prose';
import { titleLengthAt } from '../model/participants';

/**
 * In an English release, a hyphen between spaces where AP writes an em
 * dash (`the province - now one of the largest - offers`): between words,
 * not figures (`2021 - 2025` is a range).
 */
const ENGLISH_SPACED_HYPHEN = /(?<=\p{L}[.,”’")]?) - (?=[“‘"(]?\p{L})/gu;

/** Hyphen, en dash and em dash: writers use all three between words. */
const DASH = /[-–—]/g;
const DASH_CHARACTERS = '-–—';
const SPACE = /\s/u;
const LETTER_OR_MARK = /[\p{L}\p{M}]/u;
const LETTER = /\p{L}/u;
/** What may stand on each side of a dash between words. */
const WORD_END = /[\p{L}\p{M})”]/u;
const WORD_START = /[\p{L}(“]/u;
/** An outlet tag opening the lead, house style with or without spaces: `(GLO)- Gần 400 cán bộ`. */
const OUTLET_TAG = /^\s*\([^()\n]{1,40}\)\s*$/u;

/**
 * Index of the next dash from `from`, or -1. A block without unusual
 * characters (see `ProseBlock.unusual`) holds no en or em dash: its hyphens
 * are found by `indexOf`, faster than the pattern.
 */
function nextDash(text: string, from: number, hyphensOnly: boolean): number {
  if (hyphensOnly) return text.indexOf('-', from);
  DASH.lastIndex = from;
  return DASH.test(text) ? DASH.lastIndex - 1 : -1;
}

function isDash(character: string | undefined): boolean {
  return character !== undefined && DASH_CHARACTERS.includes(character);
}

/** The syllable before `end` when a single space separates it: `kinh` in `kinh tế-xã`. */
function syllableBefore(text: string, end: number): string | undefined {
  if (text[end - 1] !== ' ') return undefined;
  const start = tokenStart(text, end - 1);
  return start < end - 1 ? text.slice(start, end - 1) : undefined;
}

/** The syllable after `start` when a single space separates it: `hội` in `xã hội`. */
function syllableAfter(text: string, start: number): string | undefined {
  if (text[start] !== ' ') return undefined;
  const end = tokenEnd(text, start + 1);
  return end > start + 1 ? text.slice(start + 1, end) : undefined;
}

/**
 * `kinh tế-xã hội` → `kinh tế - xã hội`: a glued dash counts as a
 * coordinate compound only when the two syllables on each side form a word
 * of the compound list. Everything else glued (`COVID-19`, `KT-XH`,
 * `QĐ-UBND`, `Cam-pu-chia`, `29-31/5`) is one token and is left alone.
 */
function gluedCompound(text: string, dashIndex: number): PlainFinding | undefined {
  const leftStart = tokenStart(text, dashIndex);
  const rightEnd = tokenEnd(text, dashIndex + 1);
  const before = syllableBefore(text, leftStart);
  const after = syllableAfter(text, rightEnd);
  if (before === undefined || after === undefined) return undefined;
  if (!isCompoundWord(before, text.slice(leftStart, dashIndex)) || !isCompoundWord(text.slice(dashIndex + 1, rightEnd), after)) return undefined;
  const dash = text[dashIndex]!;
  const left = text.slice(leftStart - before.length - 1, dashIndex);
  const right = text.slice(dashIndex + 1, rightEnd + after.length + 1);
  return {
    messageId: 'compoundSpacing',
    data: { written: `${left}${dash}${right}`, fixed: `${left} ${dash} ${right}` },
    start: dashIndex,
    end: dashIndex + 1,
    fix: { start: dashIndex, end: dashIndex + 1, text: ` ${dash} ` },
  };
}

/** A capitalized word, not in capitals: a syllable of a personal name (`Duy`, not `UBND` or `TP`). */
const NAME_SYLLABLE = /^\p{Lu}\p{Ll}+$/u;

/**
 * `Hoàng Minh Duy-Giám đốc Trung tâm`: a dash glued between the last
 * syllable of a name (two capitalized syllables at least) and a
 * capitalized title. In a participants list `participants-format` reports
 * it; this is the same slip in a sentence (`Theo ThS Hoàng Minh Duy-Giám
 * đốc …, …`). Place names joined by a dash (`Bà Rịa-Vũng Tàu`) open no
 * title and are left alone.
 */
function gluedNameTitle(text: string, dashIndex: number): PlainFinding | undefined {
  const next = text[dashIndex + 1]!;
  const titleLength = next === next.toLowerCase() ? undefined : titleLengthAt(text, dashIndex + 1);
  if (titleLength === undefined) return undefined;
  const lastStart = tokenStart(text, dashIndex);
  if (!NAME_SYLLABLE.test(text.slice(lastStart, dashIndex)) || text[lastStart - 1] !== ' ') return undefined;
  const previousStart = tokenStart(text, lastStart - 1);
  if (!NAME_SYLLABLE.test(text.slice(previousStart, lastStart - 1))) return undefined;
  const dash = text[dashIndex]!;
  const name = text.slice(previousStart, dashIndex);
  const title = text.slice(dashIndex + 1, dashIndex + 1 + titleLength);
  return {
    messageId: 'gluedNameTitle',
    data: { dash, written: `${name}${dash}${title}`, fixed: `${name} ${dash} ${title}` },
    start: dashIndex,
    end: dashIndex + 1,
    fix: { start: dashIndex, end: dashIndex + 1, text: ` ${dash} ` },
  };
}

/** The dash and its spaces when only one side is spaced and both outer sides are text on this line: `HĐND –UBND`, `tỉnh- phát biểu`. */
function oneSidedGap(text: string, dashIndex: number): Span | undefined {
  if (isSpace(text[dashIndex - 1]) === isSpace(text[dashIndex + 1])) return undefined;
  let start = dashIndex;
  let end = dashIndex + 1;
  while (isSpace(text[start - 1])) start--;
  while (isSpace(text[end])) end++;
  const outerBefore = text[start - 1];
  const outerAfter = text[end];
  // A dash at a line edge is a list marker or a break, not a dash between words.
  if (outerBefore === undefined || outerAfter === undefined || SPACE.test(outerBefore) || SPACE.test(outerAfter)) return undefined;
  return { start, end };
}

/**
 * A dash spaced on one side only, between words. Numbers on either side are
 * ranges, minus signs or codes (`2021 -2026`, `-5 °C`, `COVID- 19`), and a
 * document symbol (`12/QĐ- UBND`) is one token: those belong to
 * `number-range-format` and `punctuation-spacing`.
 */
function oneSidedDash(text: string, gap: Span): PlainFinding | undefined {
  // Between words: a letter, or a bracket or curly quote around one; numbers, other dashes and quoted marks (`"- "`) are not.
  if (!WORD_END.test(text[gap.start - 1]!) || !WORD_START.test(text[gap.end]!)) return undefined;
  const dashIndex = isDash(text[gap.start]) ? gap.start : gap.end - 1;
  if (continuesDocumentSymbol(text, dashIndex)) return undefined;
  const dash = text[dashIndex]!;
  const around = excerptSpan(text, gap.start, gap.end);
  return {
    messageId: 'oneSidedSpace',
    data: {
      dash,
      written: text.slice(around.start, around.end),
      fixed: `${text.slice(around.start, gap.start)} ${dash} ${text.slice(gap.end, around.end)}`,
    },
    ...gap,
    fix: { ...gap, text: ` ${dash} ` },
  };
}

/** Source spans of the name–title separators of the participants lists: `participants-format` owns them. */
function separatorSpans(doc: PressRelease): Span[] {
  const spans: Span[] = [];
  for (const list of doc.participants) {
    for (const entry of list.entries) if (entry.kind === 'person' && entry.separatorText) spans.push(entry.separatorText);
  }
  return spans;
}

/** The findings of one block: every dash is either spaced on one side, glued between letters, or fine. */
function findIssues(prose: ProseBlock, separators: readonly Span[]): PlainFinding[] {
  const { block } = prose;
  const text = block.plain.text;
  const findings: PlainFinding[] = [];
  const hyphensOnly = !prose.unusual;
  for (let at = nextDash(text, 0, hyphensOnly); at !== -1; at = nextDash(text, at + 1, hyphensOnly)) {
    const gap = oneSidedGap(text, at);
    let finding: PlainFinding | undefined;
    if (gap) {
      // House style: the outlet tag before the lead, `(GLO)- Gần 400 cán bộ`.
      const outletTag = block.role === 'lead' && OUTLET_TAG.test(text.slice(0, gap.start));
      if (!outletTag) finding = oneSidedDash(text, gap);
    } else if (LETTER_OR_MARK.test(text[at - 1] ?? ' ') && LETTER.test(text[at + 1] ?? ' ')) {
      finding = gluedCompound(text, at) ?? gluedNameTitle(text, at);
    }
    if (!finding) continue;
    const source = block.plain.toSource(finding.start);
    if (!separators.some((span) => source >= span.start && source < span.end)) findings.push(finding);
  }
  // Addresses are looked for only where something was found: most blocks have nothing to report.
  const addresses = findings.length > 0 ? prose.addresses : [];
  return findings.filter((finding) => !insideAny(addresses, finding.start));
}

/** Spaced hyphens between words of an English release, fixed to em dashes; a dateline's is en-dateline-format's. */
function reportEnglishDashes(doc: PressRelease, prose: ProseBlock, report: (problem: Problem) => void): void {
  const { plain } = prose.block;
  const text = plain.text;
  for (const match of text.matchAll(ENGLISH_SPACED_HYPHEN)) {
    if (prose.block === doc.lead && isInDateline(text, match.index)) continue;
    const [start, end] = [match.index, match.index + match[0].length];
    const fixed = ' — ';
    const excerpt = `${text.slice(Math.max(0, start - 20), start).trimStart()}${fixed}${text.slice(end, end + 20).trimEnd()}`;
    const fix = plain.isExact(start, end) ? { fix: { ...plain.span(start, end), text: fixed } } : {};
    report({ messageId: 'englishDash', data: { fixed: excerpt }, ...plain.span(start, end), ...fix });
  }
}

export const dashStyle: Rule = {
  meta: {
    id: 'dash-style',
    group: 'language',
    severity: 'warn',
    fixable: true,
    docs: {
      summary: {
        vi: 'Dấu gạch giữa hai từ: cách đều hai bên, cụm ghép đẳng lập viết "kinh tế - xã hội"',
        en: 'Dashes between words: spaced on both sides; coordinate compounds written "kinh tế - xã hội"',
      },
      rationale: {
        vi: 'Nghị định 30/2020/NĐ-CP viết các cụm ghép đẳng lập với dấu gạch nối có cách hai bên: "chính trị - xã hội", "Độc lập - Tự do - Hạnh phúc"; các Cổng viết tương tự "kinh tế - xã hội", "Kinh tế - Ngân sách", "Văn hóa - Xã hội". Viết dính ("kinh tế-xã hội") hoặc chỉ cách một bên ("HĐND –UBND", "tỉnh- phát biểu") là lỗi gõ. Quy tắc chỉ coi là cụm ghép khi hai vế là các từ quen dùng trong tên lĩnh vực, ban, sở (kinh tế, xã hội, văn hóa, ngân sách, quốc phòng, an ninh…), nên không đụng tới các từ vốn viết liền: mã và chữ viết tắt (COVID-19, KT-XH, QĐ-UBND), tên phiên âm (Vla-đi-mia, Cam-pu-chia), ngày và khoảng số (29-31/5, 14-4, 2021-2026). Dấu gạch viết dính giữa tên người và chức danh trong câu ("Theo ThS Hoàng Minh Duy-Giám đốc Trung tâm …") cũng bị báo; tên địa danh nối bằng gạch ("Bà Rịa-Vũng Tàu") thì không. Tên nguồn tin đầu sa-pô ("(GLO)-"), dấu gạch giữa tên và chức danh trong danh sách đại biểu (quy tắc participants-format) và dòng ký tên cũng không bị kiểm tra. Sửa tự động thêm dấu cách, giữ nguyên loại dấu gạch (- hay –). Trong thông cáo tiếng Anh, theo lối AP, gạch ngang là em dash có cách hai bên: gạch nối có cách giữa hai từ ("the province - now one of the largest - offers") bị báo và sửa thành " — "; khoảng số ("2026 - 2030") và dòng dateline không bị xét, và các kiểm tra cho tiếng Việt ở trên không áp dụng.',
        en: 'Nghị định 30/2020/NĐ-CP writes coordinate compounds with a spaced hyphen: "chính trị - xã hội", "Độc lập - Tự do - Hạnh phúc"; portals write "kinh tế - xã hội", "Kinh tế - Ngân sách", "Văn hóa - Xã hội" the same way. A glued dash ("kinh tế-xã hội") or a dash spaced on one side only ("HĐND –UBND", "tỉnh- phát biểu") is a typo. A glued dash is only called a compound when both sides are words common in the names of fields, committees and departments (kinh tế, xã hội, văn hóa, ngân sách, quốc phòng, an ninh…), so words written solid on purpose are left alone: codes and abbreviations (COVID-19, KT-XH, QĐ-UBND), transliterated names (Vla-đi-mia, Cam-pu-chia), dates and number ranges (29-31/5, 14-4, 2021-2026). A dash glued between a person\'s name and a title in a sentence ("Theo ThS Hoàng Minh Duy-Giám đốc Trung tâm …") is reported too; place names joined by a dash ("Bà Rịa-Vũng Tàu") are not. The outlet tag before the lead ("(GLO)-"), name–title dashes in participants lists (rule participants-format) and the signature line are not checked either. The fix adds the spaces and keeps the dash as written (- or –). In an English release, AP writes a dash as an em dash with spaces: a spaced hyphen between words ("the province - now one of the largest - offers") is reported and fixed to " — "; ranges of figures ("2026 - 2030") and the dateline are left alone, and the Vietnamese checks above are not made.',
      },
    },
    messages: {
      compoundSpacing: {
        vi: 'Cụm ghép đẳng lập "{written}" viết dính dấu gạch: cách một khoảng ở hai bên ("{fixed}").',
        en: 'The coordinate compound "{written}" has a glued dash: put one space on each side ("{fixed}").',
      },
      gluedNameTitle: {
        vi: 'Dấu "{dash}" giữa tên người và chức danh trong "{written}" viết dính: cách một khoảng ở hai bên ("{fixed}").',
        en: 'The "{dash}" between a name and a title in "{written}" is glued: put one space on each side ("{fixed}").',
      },
      englishDash: {
        vi: 'Thông cáo tiếng Anh dùng gạch ngang dài "—" (em dash) có cách hai bên, không dùng gạch nối " - ": "{fixed}".',
        en: 'An English release writes an em dash with spaces, " — ", not a hyphen " - ": "{fixed}".',
      },
      oneSidedSpace: {
        vi: 'Dấu "{dash}" trong "{written}" chỉ cách một bên: cách một khoảng ở cả hai bên ("{fixed}").',
        en: 'The "{dash}" in "{written}" is spaced on one side only: put one space on each side ("{fixed}").',
      },
    },
    defaults: {},
    examples: {
      valid: [
        {
          title: { vi: 'Cụm ghép đã cách, mã, chữ viết tắt và khoảng số viết liền', en: 'Spaced compounds; codes, abbreviations and ranges written solid' },
          text: '# Kỳ họp HĐND tỉnh giai đoạn 2021-2026\n\nSáng 14-4, Ban Kinh tế - Ngân sách và Ban Văn hóa - Xã hội HĐND tỉnh thẩm tra báo cáo tình hình kinh tế - xã hội, KT-XH quý I, Quyết định số 12/QĐ-UBND và công tác phòng, chống COVID-19 từ ngày 29-31/5.\n',
        },
        {
          title: { vi: 'Tên phiên âm, tên nguồn tin đầu sa-pô và dòng ký tên', en: 'Transliterated names, the outlet tag before the lead, the signature line' },
          text: '# Triển lãm ảnh về Chủ tịch Hồ Chí Minh\n\n(GLO)- Gần 400 cán bộ tham quan triển lãm ảnh về V.I. Lê-nin và quan hệ hữu nghị với Cam-pu-chia, In-đô-nê-xi-a.\n\nĐắc Nhân - Ngọc Thành\n',
        },
        {
          title: { vi: 'Dấu gạch giữa tên và chức danh thuộc quy tắc participants-format', en: 'Name–title dashes belong to participants-format' },
          text: '# Hội nghị trực tuyến về y tế cơ sở\n\nSáng 14/4, Bộ Y tế tổ chức hội nghị trực tuyến. Tham dự hội nghị có ông Nguyễn Thanh Long – Bộ trưởng Bộ Y tế; ông Đỗ Ngọc Dũng– Giám đốc Sở Y tế; bà Trần Thị Hoa – Phó Giám đốc Sở Y tế.\n',
        },
      ],
      invalid: [
        {
          title: { vi: 'Cụm ghép đẳng lập viết dính', en: 'Coordinate compounds with glued dashes' },
          text: '# Thẩm tra báo cáo kinh tế-xã hội\n\nChiều 3/4, Ban Kinh tế-Ngân sách và Ban Văn hoá–Xã hội HĐND tỉnh thẩm tra các báo cáo.\n',
          expect: [
            { messageId: 'compoundSpacing', line: 1 },
            { messageId: 'compoundSpacing', line: 3 },
            { messageId: 'compoundSpacing', line: 3 },
          ],
          output: '# Thẩm tra báo cáo kinh tế - xã hội\n\nChiều 3/4, Ban Kinh tế - Ngân sách và Ban Văn hoá – Xã hội HĐND tỉnh thẩm tra các báo cáo.\n',
        },
        {
          title: { vi: 'Dấu gạch dính giữa tên người và chức danh trong câu', en: 'A dash glued between a name and a title in a sentence' },
          text: '# Hội thảo kinh tế số\n\nTheo ThS Hoàng Minh Duy-Giám đốc Trung tâm Chuyển đổi số tỉnh, các xã ở tỉnh Bà Rịa-Vũng Tàu (cũ) đã dùng nền tảng số.\n',
          expect: [{ messageId: 'gluedNameTitle', line: 3 }],
          output: '# Hội thảo kinh tế số\n\nTheo ThS Hoàng Minh Duy - Giám đốc Trung tâm Chuyển đổi số tỉnh, các xã ở tỉnh Bà Rịa-Vũng Tàu (cũ) đã dùng nền tảng số.\n',
        },
        {
          title: { vi: 'Dấu gạch chỉ cách một bên', en: 'Dashes spaced on one side only' },
          text: '# Giám sát việc giải quyết kiến nghị cử tri\n\nSáng 8/7, Thường trực HĐND –UBND huyện giám sát việc giải quyết kiến nghị cử tri.\n\n![Quang cảnh buổi giám sát](images/giam-sat.jpg)\n*Ông Đặng Văn Lượng, Phó Chủ tịch UBND tỉnh- phát biểu tại buổi giám sát*\n',
          expect: [
            { messageId: 'oneSidedSpace', line: 3 },
            { messageId: 'oneSidedSpace', line: 6 },
          ],
          output: '# Giám sát việc giải quyết kiến nghị cử tri\n\nSáng 8/7, Thường trực HĐND – UBND huyện giám sát việc giải quyết kiến nghị cử tri.\n\n![Quang cảnh buổi giám sát](images/giam-sat.jpg)\n*Ông Đặng Văn Lượng, Phó Chủ tịch UBND tỉnh - phát biểu tại buổi giám sát*\n',
        },
        {
          title: { vi: 'Gạch nối có cách dùng làm gạch ngang trong thông cáo tiếng Anh', en: 'Spaced hyphens used as dashes in an English release' },
          profile: 'en-press-release',
          text: 'FOR IMMEDIATE RELEASE\n\n# Gia Lai invites investors\n\nQUY NHON, Gia Lai — June 9, 2026 — The province - now one of the largest in Vietnam by area - offers land for 2026 - 2030 projects.\n',
          expect: [
            { messageId: 'englishDash', line: 5 },
            { messageId: 'englishDash', line: 5 },
          ],
          output: 'FOR IMMEDIATE RELEASE\n\n# Gia Lai invites investors\n\nQUY NHON, Gia Lai — June 9, 2026 — The province — now one of the largest in Vietnam by area — offers land for 2026 - 2030 projects.\n',
        },
      ],
    },
  },
  check({ doc, profile, report }) {
    const separators = separatorSpans(doc);
    for (const prose of proseBlocks(doc)) {
      // The signature line (`Bích Ngọc – Sở …`, `Kim Liên- Sở Ngoại vụ`) is the signature rules'.
      if (prose.block.role === 'signature') continue;
      // English text has its own dashes: Vietnamese compounds and name–title dashes are not read there.
      if (profile.language === 'en') reportEnglishDashes(doc, prose, report);
      else for (const finding of findIssues(prose, separators)) reportFinding(doc, prose.block, finding, report);
    }
  },
};

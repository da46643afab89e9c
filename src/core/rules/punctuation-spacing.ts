import type { Rule } from '../types';
import type { PlainFinding } from '../lang/prose-marks';
import { continuesDocumentSymbol, excerpt, insideAny, isSpace, reportFinding, tokenEnd, tokenStart } from '../lang/prose-marks';
import { proseBlocks } from '../model/prose';

/**
 * Every place worth a closer look, in one pass over a block's plain text.
 * Each alternative starts with a space or a mark, so ordinary letters are
 * skipped at once and most blocks give no candidate at all:
 * - a space followed by a space or a mark (double spaces, `vị ,`, `50 %`, also with a no-break space, `COVID -19`, `Vụ /Cục`)
 * - a mark glued to the next letter (`vị,trong`, `Ảnh:Minh`, `(Tỉnh đoàn)và`)
 * - a dot before a capital (`tỉnh.Các`)
 * - `(` followed by a space or a letter (`( tăng`, `Nam(Trung`)
 * - `-` or `/` followed by a space (`COVID- 19`, `Vụ/ Cục`)
 */
const CANDIDATE = /[ \t][ \t,.;:!?)%/-]|\u00A0%|[,;:!?)](?=\p{L})|\.(?=\p{Lu})|\((?:[ \t]|(?=\p{L}))|[-/][ \t]/gu;
const NO_BREAK_SPACE = '\u00A0';
/** Marks written right after the word before them. */
const CLOSING_MARKS = ',.;:!?)%';

const SPACE = /\s/u;
const LETTER = /\p{L}/u;
const LETTER_OR_MARK = /[\p{L}\p{M}]/u;
const TOKEN_CHARACTER = /[\p{L}\p{M}\p{N}]/u;
const DIGIT = /\p{N}/u;
const LOWERCASE = /\p{Ll}/u;
const TWO_CAPITALS = /\p{Lu}.*\p{Lu}/u;
const ALL_DIGITS = /^\p{N}+$/u;
/** `Covid` is written with one capital but is a code like `COVID`. */
const CODE_WORDS = new Set(['covid']);

/**
 * Abbreviations that may be glued to the next word by their dot: titles,
 * degrees and place prefixes (`Tp.Hồ Chí Minh`, `ThS.Nguyễn Văn A` are house
 * style in some outlets, not typos).
 */
const DOT_ABBREVIATIONS = new Set(['tp', 'tx', 'tt', 'th', 'ths', 'ts', 'pgs', 'gs', 'bs', 'bsck', 'ks', 'cn', 'ncs', 'ls', 'ds', 'mr', 'ms', 'mrs', 'dr', 'st', 'vs']);

/** A scan result: what was found (if anything) and where the scan resumes. */
interface Scan {
  finding: PlainFinding | undefined;
  resume: number;
}

/** Nothing follows on this line. */
function isLineEdge(character: string | undefined): boolean {
  return character === undefined || character === '\n' || character === '\r';
}

function isTokenCharacter(character: string | undefined): boolean {
  return character !== undefined && TOKEN_CHARACTER.test(character);
}

// ---------------------------------------------------------------------------
// Findings

/** `vị ,trong` → `vị, trong`, `68 %` → `68%`, `9 điểm )` → `9 điểm)`. */
function spaceBefore(text: string, spacesStart: number, markIndex: number): PlainFinding | undefined {
  const previous = text[spacesStart - 1];
  // At a line start the spaces are indentation (or a separator for markup), not a typo.
  if (previous === undefined || SPACE.test(previous)) return undefined;
  const mark = text[markIndex]!;
  const next = text[markIndex + 1];
  if (mark === '.' && (next === '.' || next === '/' || isTokenCharacter(next))) return undefined; // ` ...`, ` ./.`, ` .NET`, ` .5`
  if (mark === '%' && !DIGIT.test(previous)) return undefined;
  if ((mark === ',' || mark === '.' || mark === ':') && DIGIT.test(previous) && next !== undefined && DIGIT.test(next)) return undefined; // `14 :30`: the date and number rules'
  // `vị ,trong` → `vị, trong`, `Nhất ,2 giải` → `Nhất, 2 giải`: the space moves after the mark, in one edit.
  const movesAfter = isTokenCharacter(next) && mark !== '%';
  return {
    messageId: 'spaceBefore',
    data: { mark, written: excerpt(text, spacesStart, markIndex + 1) },
    start: spacesStart,
    end: markIndex,
    fix: { start: spacesStart, end: markIndex + 1, text: movesAfter ? `${mark} ` : mark },
  };
}

/** `Sở  Thông tin` → `Sở Thông tin`; spaces at a line edge are indentation or markup, not a typo. */
function doubleSpace(text: string, start: number, end: number): PlainFinding | undefined {
  const previous = text[start - 1];
  if (previous === undefined || SPACE.test(previous) || isLineEdge(text[end])) return undefined;
  return {
    messageId: 'doubleSpace',
    data: { count: end - start, written: excerpt(text, start, end) },
    start,
    end,
    fix: { start: start + 1, end, text: '' },
    guard: { start, end },
  };
}

/** A mark glued to the next letter: `vị,trong` → `vị, trong`. */
function missingSpaceAfter(text: string, markIndex: number): PlainFinding {
  const mark = text[markIndex]!;
  return {
    messageId: 'missingSpaceAfter',
    data: { mark, written: excerpt(text, markIndex, markIndex + 1) },
    start: markIndex,
    end: markIndex + 1,
    fix: { start: markIndex + 1, end: markIndex + 1, text: ' ' },
    guard: { start: markIndex, end: markIndex + 2 },
  };
}

/** A comma inside one abbreviation between capitals, as some outlets write `Bộ VH,TT&DL`. */
function joinsAbbreviations(text: string, commaIndex: number): boolean {
  const before = text.slice(tokenStart(text, commaIndex), commaIndex);
  const after = text.slice(commaIndex + 1, tokenEnd(text, commaIndex + 1));
  return before !== '' && after !== '' && !LOWERCASE.test(before) && !LOWERCASE.test(after);
}

/** The word after the dot reads as a sentence start: a capital, then lowercase (`Các`, not `HCM` or `S`). */
function isCapitalizedWord(text: string, start: number): boolean {
  const second = text[start + 1];
  return second !== undefined && LOWERCASE.test(second) && tokenEnd(text, start) - start >= 2;
}

/**
 * `tỉnh.Các`: a missing space after a full stop. Only between an ordinary
 * word (with lowercase letters, not a listed abbreviation) or a closing mark
 * and a capitalized word; `TP.HCM`, `C.Trúc`, `PGS.TS.`, `1.234`, `v.v.` and
 * domain names never qualify.
 */
function dotBeforeCapital(text: string, dotIndex: number): PlainFinding | undefined {
  const previous = text[dotIndex - 1];
  if (!isCapitalizedWord(text, dotIndex + 1)) return undefined;
  if (previous !== ')' && previous !== '”') {
    const wordStart = tokenStart(text, dotIndex);
    const word = text.slice(wordStart, dotIndex);
    if (word.length < 2 || !LOWERCASE.test(word) || DOT_ABBREVIATIONS.has(word.toLowerCase())) return undefined;
    if (text[wordStart - 1] === '.') return undefined; // a chain of abbreviations: `Th.S.Nguyễn`
  }
  return missingSpaceAfter(text, dotIndex);
}

/** `Vân Nam(Trung Quốc)` → `Vân Nam (Trung Quốc)`; one-letter parts like `cán bộ(s)` or `f(x)` are left alone. */
function glueBeforeParenthesis(text: string, parenIndex: number): PlainFinding | undefined {
  if (parenIndex - tokenStart(text, parenIndex) < 2 || tokenEnd(text, parenIndex + 1) - (parenIndex + 1) < 2) return undefined;
  return {
    messageId: 'missingSpaceBefore',
    data: { mark: '(', written: excerpt(text, parenIndex, parenIndex + 1) },
    start: parenIndex,
    end: parenIndex + 1,
    fix: { start: parenIndex, end: parenIndex, text: ' ' },
    guard: { start: parenIndex - 1, end: parenIndex + 1 },
  };
}

/** `(Tỉnh đoàn)và` → `(Tỉnh đoàn) và`, when the parenthesis stands apart (not an `a)` list marker, not `f(x)`). */
function glueAfterParenthesis(text: string, parenIndex: number): PlainFinding | undefined {
  const lineStart = text.lastIndexOf('\n', parenIndex) + 1;
  const opening = text.lastIndexOf('(', parenIndex);
  if (opening < lineStart || text.lastIndexOf(')', parenIndex - 1) > opening) return undefined;
  if (isTokenCharacter(text[opening - 1])) return undefined;
  return missingSpaceAfter(text, parenIndex);
}

/** `( tăng` → `(tăng`; `( )` is a blank to fill in. */
function spaceAfterOpening(text: string, parenIndex: number, spacesEnd: number): PlainFinding | undefined {
  const next = text[spacesEnd];
  if (isLineEdge(next) || next === ')') return undefined;
  return {
    messageId: 'spaceAfter',
    data: { mark: '(', written: excerpt(text, parenIndex, spacesEnd + 1) },
    start: parenIndex + 1,
    end: spacesEnd,
    fix: { start: parenIndex + 1, end: spacesEnd, text: '' },
  };
}

/** A space inside one token, on one side of its `-` or `/` (the gap): `COVID- 19`, `CoV -2`, `12/QĐ- UBND`, `Vụ/ Cục`. */
function spaceInToken(text: string, gapStart: number, gapEnd: number): PlainFinding {
  const written = text.slice(tokenStart(text, gapStart), tokenEnd(text, gapEnd));
  const spacesStart = isSpace(text[gapStart]) ? gapStart : gapStart + 1;
  const spacesEnd = isSpace(text[gapStart]) ? gapEnd - 1 : gapEnd;
  return {
    messageId: 'spaceInToken',
    data: { written, fixed: written.replace(/[ \t]+/gu, '') },
    start: spacesStart,
    end: spacesEnd,
    fix: { start: spacesStart, end: spacesEnd, text: '' },
  };
}

/**
 * A one-sided space at a hyphen splits a token only in codes: a document
 * symbol (`12/QĐ- UBND`) or a code word before a number (`COVID- 19`).
 * Between words the dash is `dash-style`'s; between numbers it is a range.
 */
function dashInToken(text: string, gapStart: number, gapEnd: number): PlainFinding | undefined {
  const dashIndex = text[gapStart] === '-' ? gapStart : gapEnd - 1;
  if (LETTER.test(text[gapEnd]!)) return continuesDocumentSymbol(text, dashIndex) ? spaceInToken(text, gapStart, gapEnd) : undefined;
  const word = text.slice(tokenStart(text, gapStart), gapStart);
  const number = text.slice(gapEnd, tokenEnd(text, gapEnd));
  const isCode = TWO_CAPITALS.test(word) || CODE_WORDS.has(word.toLowerCase());
  return isCode && ALL_DIGITS.test(number) ? spaceInToken(text, gapStart, gapEnd) : undefined;
}

// ---------------------------------------------------------------------------
// Scanning

/** A run of spaces: before a mark, doubled, or on one side of a `-` or `/` inside a token. */
function scanSpaces(text: string, start: number): Scan {
  let end = start + 1;
  while (isSpace(text[end])) end++;
  const next = text[end];
  const double = end - start >= 2;
  if (next !== undefined && CLOSING_MARKS.includes(next)) {
    // Spaces before a mark that may keep one (` ...`, ` ./.`) can still be too many.
    return { finding: spaceBefore(text, start, end) ?? (double ? doubleSpace(text, start, end) : undefined), resume: end + 1 };
  }
  if (double) return { finding: doubleSpace(text, start, end), resume: end };
  const previous = text[start - 1];
  const after = text[end + 1];
  if (!isTokenCharacter(previous) || !isTokenCharacter(after)) return { finding: undefined, resume: end };
  if (next === '-') return { finding: dashInToken(text, start, end + 1), resume: end + 1 };
  if (next === '/' && LETTER.test(previous!) && LETTER.test(after!)) return { finding: spaceInToken(text, start, end + 1), resume: end + 1 };
  return { finding: undefined, resume: end };
}

/** `-` or `/` glued to the token before and spaced from the token after: `COVID- 19`, `Vụ/ Cục`. */
function markThenSpace(text: string, markIndex: number): PlainFinding | undefined {
  const previous = text[markIndex - 1];
  const after = text[markIndex + 2];
  // Two spaces or more after the mark (`Chỉnh -  Giám đốc`) are a double space, found when the scan resumes.
  if (!isTokenCharacter(previous) || !isTokenCharacter(after)) return undefined;
  if (text[markIndex] === '-') return dashInToken(text, markIndex, markIndex + 2);
  return LETTER.test(previous!) && LETTER.test(after!) ? spaceInToken(text, markIndex, markIndex + 2) : undefined;
}

/** `(` followed by spaces (`( tăng`) or glued to the word before (`Nam(Trung`); the scan resumes after the spaces. */
function scanOpening(text: string, parenIndex: number): Scan {
  if (isSpace(text[parenIndex + 1])) {
    let end = parenIndex + 2;
    while (isSpace(text[end])) end++;
    return { finding: spaceAfterOpening(text, parenIndex, end), resume: end };
  }
  const previous = text[parenIndex - 1];
  const glued = previous !== undefined && LETTER_OR_MARK.test(previous);
  return { finding: glued ? glueBeforeParenthesis(text, parenIndex) : undefined, resume: parenIndex + 1 };
}

/** A candidate starting with a mark; the scan resumes right after it, since the spaces after `-` or `/` may still be a double space. */
function scanMark(text: string, at: number): Scan {
  const mark = text[at]!;
  let finding: PlainFinding | undefined;
  if (mark === '.') {
    const previous = text[at - 1];
    if (isTokenCharacter(previous) || previous === ')' || previous === '”') finding = dotBeforeCapital(text, at);
  } else if (mark === ')') finding = glueAfterParenthesis(text, at);
  else if (isSpace(text[at + 1])) finding = markThenSpace(text, at);
  else if (!(mark === ',' && joinsAbbreviations(text, at))) finding = missingSpaceAfter(text, at);
  return { finding, resume: at + 1 };
}

/** The findings of one block's plain text. */
function findIssues(text: string): PlainFinding[] {
  const findings: PlainFinding[] = [];
  CANDIDATE.lastIndex = 0;
  for (let match = CANDIDATE.exec(text); match; match = CANDIDATE.exec(text)) {
    const at = match.index;
    const first = text[at]!;
    // A no-break space before `%` (pasted from Word, which puts one there) is a space before it all the same.
    const { finding, resume } =
      first === NO_BREAK_SPACE ? { finding: spaceBefore(text, at, at + 1), resume: at + 2 } : isSpace(first) ? scanSpaces(text, at) : first === '(' ? scanOpening(text, at) : scanMark(text, at);
    CANDIDATE.lastIndex = resume;
    if (finding) findings.push(finding);
  }
  return findings;
}

export const punctuationSpacing: Rule = {
  meta: {
    id: 'punctuation-spacing',
    group: 'language',
    severity: 'warn',
    fixable: true,
    docs: {
      summary: {
        vi: 'Khoảng trắng quanh dấu câu: không cách trước dấu, một dấu cách sau dấu',
        en: 'Spacing around punctuation: no space before a mark, one space after it',
      },
      rationale: {
        vi: 'Văn bản tiếng Việt viết dấu , . ; : ! ? ) và % liền vào chữ đứng trước và cách một khoảng với chữ đứng sau ("đơn vị, trong đó"); dấu ( liền vào chữ đứng sau và cách chữ đứng trước ("Vân Nam (Trung Quốc)"). Cách sai, thừa hai dấu cách ("Sở  Thông tin") hay dấu cách lọt vào giữa một ký hiệu ("COVID- 19", "Vụ/ Cục") làm bài trông cẩu thả và có thể làm dòng bị ngắt sai chỗ trên Cổng. Quy tắc bỏ qua những chỗ vốn viết liền: số và giờ (1.234; 0,95; 14:30; 14/4), địa chỉ web và thư điện tử, chữ viết tắt có dấu chấm (TP.HCM, PGS.TS., V/v), tên viết tắt (C.Trúc), dấu kết thúc "./." và dấu "...". Khoảng trắng bên trong dấu ngoặc kép do quy tắc quote-style kiểm tra. Sửa tự động chỉ xóa hoặc thêm đúng dấu cách cần thiết.',
        en: 'Vietnamese text puts , . ; : ! ? ) and % right after the word before them and one space before the next word ("đơn vị, trong đó"); ( sits right before the next word, one space after the previous one ("Vân Nam (Trung Quốc)"). Wrong spacing, double spaces ("Sở  Thông tin") or a space inside a code ("COVID- 19", "Vụ/ Cục") look careless and can break lines in the wrong place on the portal. The rule skips what is written solid on purpose: numbers and times (1.234; 0,95; 14:30; 14/4), web and e-mail addresses, abbreviations with dots (TP.HCM, PGS.TS., V/v), initials (C.Trúc), the end mark "./." and "...". Spaces inside quotation marks are checked by quote-style. The fix removes or adds exactly the space needed.',
      },
    },
    messages: {
      spaceBefore: {
        vi: 'Thừa dấu cách trước "{mark}" trong "{written}": viết "{mark}" liền vào chữ đứng trước.',
        en: 'Extra space before "{mark}" in "{written}": put "{mark}" right after the preceding word.',
      },
      missingSpaceAfter: {
        vi: 'Thiếu dấu cách sau "{mark}" trong "{written}": thêm một dấu cách sau dấu.',
        en: 'Missing space after "{mark}" in "{written}": add one space after the mark.',
      },
      missingSpaceBefore: {
        vi: 'Thiếu dấu cách trước "{mark}" trong "{written}": thêm một dấu cách trước dấu.',
        en: 'Missing space before "{mark}" in "{written}": add one space before the mark.',
      },
      spaceAfter: {
        vi: 'Thừa dấu cách sau "{mark}" trong "{written}": viết chữ liền sau dấu.',
        en: 'Extra space after "{mark}" in "{written}": put the next word right after the mark.',
      },
      doubleSpace: {
        vi: 'Có {count} dấu cách liền nhau trong "{written}": chỉ để một dấu cách.',
        en: '{count} spaces in a row in "{written}": keep a single space.',
      },
      spaceInToken: {
        vi: 'Thừa dấu cách trong "{written}": viết liền thành "{fixed}".',
        en: 'A space splits "{written}": write it as "{fixed}".',
      },
    },
    defaults: {},
    examples: {
      valid: [
        {
          title: { vi: 'Số, giờ, ngày, khoảng năm và dấu kết thúc', en: 'Numbers, times, dates, year ranges and the end mark' },
          text: '# Sơ kết công tác chuyển đổi số quý I\n\nSáng 14/4, lúc 8:00, Sở Khoa học và Công nghệ tổ chức hội nghị sơ kết giai đoạn 2022 - 2026. Toàn tỉnh có 1.234 thủ tục trực tuyến, tỷ lệ hồ sơ đúng hạn đạt 0,95 (95%); phiên thảo luận bắt đầu lúc 14:30./.\n\nBích Ngọc – Sở Khoa học và Công nghệ\n',
        },
        {
          title: { vi: 'Chữ viết tắt có dấu chấm, ký hiệu văn bản, tên viết tắt', en: 'Abbreviations with dots, document symbols, initials' },
          text: '# Hội thảo khoa học tại TP.HCM\n\nNgày 5/3, tại TP. Hồ Chí Minh, PGS.TS. Nguyễn Văn A trình bày tham luận theo Quyết định số 2838/QĐ-UBND và Công văn V/v triển khai Thông cáo Số: 05/TCBC-STTTT. Các đại biểu nhắc tới COVID-19, v.v...\n\nC.Trúc\n',
        },
        {
          title: { vi: 'Địa chỉ web, thư điện tử và chú thích ảnh', en: 'Web and e-mail addresses, photo credits' },
          text: '# Công bố Cổng dịch vụ công mới\n\nChiều 2/6, Sở công bố địa chỉ https://dongthap.gov.vn/a,b và hộp thư lien.he@dongthap.gov.vn để người dân góp ý (xem thêm tại dichvucong.dongthap.gov.vn).\n\n![Quang cảnh buổi công bố](images/cong-bo.jpg)\n*Quang cảnh buổi công bố. Ảnh: Minh Tâm*\n',
        },
        {
          title: { vi: 'Ký hiệu Markdown và mã nguồn không bị kiểm tra', en: 'Markdown syntax and code are not checked' },
          text: '# Hướng dẫn nộp hồ sơ trực tuyến\n\nNgười dân nhập lệnh `a ,b` hoặc bấm vào [trang hướng dẫn](https://dichvucong.gov.vn/p/home?a=1,b=2) và chọn **Nộp hồ sơ**.\n\n```\nma_ho_so ,  trang_thai\n```\n',
        },
      ],
      invalid: [
        {
          title: { vi: 'Thừa dấu cách trước dấu phẩy, thiếu sau dấu phẩy', en: 'A space before a comma, none after it' },
          text: '# Hội nghị giao ban\n\nSáng 14/4, Sở tổ chức hội nghị giao ban với các đơn vị ,trong đó có 12 xã,phường.\n',
          expect: [
            { messageId: 'spaceBefore', line: 3 },
            { messageId: 'missingSpaceAfter', line: 3 },
          ],
          output: '# Hội nghị giao ban\n\nSáng 14/4, Sở tổ chức hội nghị giao ban với các đơn vị, trong đó có 12 xã, phường.\n',
        },
        {
          title: { vi: 'Thừa dấu cách trước dấu phẩy đứng trước một số', en: 'A space before a comma followed by a number' },
          text: '# Kết quả thi học sinh giỏi quốc gia\n\nMôn Toán có 4 giải (1 giải Nhất ,2 giải Nhì, 1 giải Ba).\n',
          expect: [{ messageId: 'spaceBefore', line: 3 }],
          output: '# Kết quả thi học sinh giỏi quốc gia\n\nMôn Toán có 4 giải (1 giải Nhất, 2 giải Nhì, 1 giải Ba).\n',
        },
        {
          title: { vi: 'Thiếu dấu cách sau dấu chấm và trước dấu ngoặc', en: 'Missing space after a full stop and before a parenthesis' },
          text: '# Làm việc với đoàn công tác tỉnh Vân Nam\n\nChiều 12/5, lãnh đạo tỉnh tiếp đoàn công tác tỉnh Vân Nam(Trung Quốc) tại trụ sở tỉnh.Các bên trao đổi về hợp tác thương mại.\n',
          expect: [
            { messageId: 'missingSpaceBefore', line: 3 },
            { messageId: 'missingSpaceAfter', line: 3 },
          ],
          output: '# Làm việc với đoàn công tác tỉnh Vân Nam\n\nChiều 12/5, lãnh đạo tỉnh tiếp đoàn công tác tỉnh Vân Nam (Trung Quốc) tại trụ sở tỉnh. Các bên trao đổi về hợp tác thương mại.\n',
        },
        {
          title: { vi: 'Hai dấu cách liền nhau, dấu cách trong ngoặc và trước %', en: 'Double spaces, a space inside a parenthesis and before %' },
          text: '# Kết quả cải cách hành chính\n\nSở  Thông tin và Truyền thông cho biết tỷ lệ hồ sơ trực tuyến đạt 68 % ( tăng 9 điểm ).\n',
          expect: [
            { messageId: 'doubleSpace', line: 3 },
            { messageId: 'spaceBefore', line: 3 },
            { messageId: 'spaceAfter', line: 3 },
            { messageId: 'spaceBefore', line: 3 },
          ],
          output: '# Kết quả cải cách hành chính\n\nSở Thông tin và Truyền thông cho biết tỷ lệ hồ sơ trực tuyến đạt 68% (tăng 9 điểm).\n',
        },
        {
          title: { vi: 'Dấu cách lọt vào giữa ký hiệu', en: 'A space inside a code' },
          text: '# Phòng, chống dịch COVID-19\n\nNgày 3/3, các Vụ/ Cục thuộc Bộ Y tế triển khai Công văn 12/BYT- KHTC về phòng, chống dịch COVID- 19.\n',
          expect: [
            { messageId: 'spaceInToken', line: 3 },
            { messageId: 'spaceInToken', line: 3 },
            { messageId: 'spaceInToken', line: 3 },
          ],
          output: '# Phòng, chống dịch COVID-19\n\nNgày 3/3, các Vụ/Cục thuộc Bộ Y tế triển khai Công văn 12/BYT-KHTC về phòng, chống dịch COVID-19.\n',
        },
        {
          title: { vi: 'Thiếu dấu cách sau dấu hai chấm và chấm phẩy', en: 'Missing space after a colon and a semicolon' },
          text: '# Lịch tiếp công dân tháng 5\n\nLãnh đạo Sở tiếp công dân vào các ngày:thứ Hai;thứ Năm hằng tuần.\n',
          expect: [
            { messageId: 'missingSpaceAfter', line: 3 },
            { messageId: 'missingSpaceAfter', line: 3 },
          ],
          output: '# Lịch tiếp công dân tháng 5\n\nLãnh đạo Sở tiếp công dân vào các ngày: thứ Hai; thứ Năm hằng tuần.\n',
        },
        {
          title: { vi: 'Chữ in đậm: báo lỗi nhưng không tự sửa qua ký hiệu Markdown', en: 'Bold text: reported, but not fixed across Markdown markup' },
          text: '# Thông báo lịch họp\n\nSở thông báo lịch họp tới các phòng.**Các phòng** chuẩn bị báo cáo.\n',
          expect: [{ messageId: 'missingSpaceAfter', line: 3 }],
        },
      ],
    },
  },
  check({ doc, report }) {
    for (const prose of proseBlocks(doc)) {
      const { block } = prose;
      const findings = findIssues(block.plain.text);
      // Addresses are looked for only where something was found: most blocks have nothing to report.
      const addresses = findings.length > 0 ? prose.addresses : [];
      for (const finding of findings) if (!insideAny(addresses, finding.start)) reportFinding(doc, block, finding, report);
    }
  },
};

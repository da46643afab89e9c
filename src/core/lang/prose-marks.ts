/**
 * Shared helpers of the punctuation rules (`punctuation-spacing`,
 * `dash-style`, `quote-style`): what in a block's plain text is not prose
 * (URLs, e-mail addresses), and how a finding in plain text becomes a
 * report with a precise source range and, only where the text maps
 * one-to-one onto the source, a fix.
 */
import type { Block, PressRelease, Span } from '../model/types';
import type { Problem } from '../types';

/** A problem found in a block's plain text; every offset is a plain-text index. */
export interface PlainFinding {
  messageId: string;
  data: Record<string, string | number>;
  /** What the message points at. */
  start: number;
  end: number;
  /** The edit, when the right text is certain. */
  fix?: { start: number; end: number; text: string };
  /** The characters the fix touches or sits between: the fix is dropped unless they map one-to-one onto the source. */
  guard?: Span;
}

/** Characters of context on each side used to find a finding in the source when the plain-text map is blurred. */
const SEARCH_CONTEXT = 12;

/**
 * Where the plain range `[start, end)` is in the source. When an escape, an
 * entity or stripped indentation blurs the map, the range is found by its
 * surrounding text on the same line, and only if that text occurs once in the
 * block (a wrong place is worse than no report).
 */
function sourceRange(doc: PressRelease, block: Block, start: number, end: number): Span | undefined {
  const plain = block.plain;
  if (plain.isExact(start, end)) return plain.span(start, end);
  const text = plain.text;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const lineBreak = text.indexOf('\n', end);
  const from = Math.max(lineStart, start - SEARCH_CONTEXT);
  const to = Math.min(lineBreak === -1 ? text.length : lineBreak, end + SEARCH_CONTEXT);
  const needle = text.slice(from, to);
  const raw = doc.source.slice(block.start, block.end);
  const at = raw.indexOf(needle);
  if (at === -1 || raw.includes(needle, at + 1)) return undefined;
  const sourceStart = block.start + at + (start - from);
  return { start: sourceStart, end: sourceStart + (end - start) };
}

/** Turns a plain-text finding into a report: precise range, and the fix only where the source is exactly the plain text. */
export function reportFinding(doc: PressRelease, block: Block, finding: PlainFinding, report: (problem: Problem) => void): void {
  const range = sourceRange(doc, block, finding.start, finding.end);
  if (!range) return;
  const problem: Problem = { messageId: finding.messageId, data: finding.data, ...range };
  const { fix } = finding;
  const guard = finding.guard ?? (fix ? { start: fix.start, end: fix.end } : undefined);
  if (fix && guard && guard.end > guard.start && block.plain.isExact(guard.start, guard.end)) {
    const base = block.plain.toSource(guard.start) - guard.start;
    problem.fix = { start: base + fix.start, end: base + fix.end, text: fix.text };
  }
  report(problem);
}

// ---------------------------------------------------------------------------
// Text that is not prose: URLs and e-mail addresses

/** Cheap test for anything the address pattern below could match. */
const MAY_HOLD_ADDRESS = /:\/\/|www\.|@|\.(?:vn|com|net|org|gov|edu|info|io)\b/iu;
/** A URL with a scheme or `www.`, a bare domain with a common top-level domain (and its path), or an e-mail address. */
const ADDRESS =
  /(?:https?:\/\/|ftp:\/\/|www\.)[^\s<>"“”]+|[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+|\b[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:vn|com|net|org|gov|edu|info|io)\b(?:\/[^\s<>"“”]*)?/giu;
/** Sentence punctuation that may follow an address. */
const TRAILING_PUNCTUATION = '.,;:!?]';

function count(text: string, character: string): number {
  let total = 0;
  for (const each of text) if (each === character) total++;
  return total;
}

/** Length of the address without the sentence punctuation after it: `(xem https://a.vn/b).`; a `)` the address opened stays (`…/Đồng_Tháp_(tỉnh)`). */
function addressLength(address: string): number {
  let end = address.length;
  while (end > 0) {
    const last = address[end - 1]!;
    const unbalancedParenthesis = last === ')' && count(address.slice(0, end), '(') < count(address.slice(0, end), ')');
    if (!unbalancedParenthesis && !TRAILING_PUNCTUATION.includes(last)) break;
    end--;
  }
  return end;
}

/** The URLs and e-mail addresses of a text, in order (each block's are kept by its `ProseBlock`). */
export function findAddressRanges(text: string): Span[] {
  const ranges: Span[] = [];
  if (MAY_HOLD_ADDRESS.test(text)) {
    for (const match of text.matchAll(ADDRESS)) ranges.push({ start: match.index, end: match.index + addressLength(match[0]) });
  }
  return ranges;
}

/** True when the plain index falls inside one of the ranges (sorted, disjoint). */
export function insideAny(ranges: readonly Span[], index: number): boolean {
  for (const range of ranges) {
    if (index < range.start) return false;
    if (index < range.end) return true;
  }
  return false;
}

// ---------------------------------------------------------------------------
// Tokens around a mark

/** A space within a line (not a line break). */
export function isSpace(character: string | undefined): boolean {
  return character === ' ' || character === '\t';
}

const LETTER_OR_DIGIT = /[\p{L}\p{M}\p{N}]/u;

/**
 * The code unit at `index` is a letter, mark or digit. Latin letters, the
 * Vietnamese ones included, are decided by their code (À–ɏ but × and ÷, and
 * Latin Extended Additional, where the letters with tone marks are); the
 * rest by the pattern, to which a surrogate half is none.
 */
function isTokenCodeUnit(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code < 0x80) return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
  if (code >= 0xc0 && code <= 0x24f) return code !== 0xd7 && code !== 0xf7;
  if (code >= 0x1e00 && code <= 0x1eff) return true;
  return LETTER_OR_DIGIT.test(text.charAt(index));
}

/** Start of the run of letters and digits that ends at `end`. */
export function tokenStart(text: string, end: number): number {
  let start = end;
  while (start > 0 && isTokenCodeUnit(text, start - 1)) start--;
  return start;
}

/** End of the run of letters and digits that starts at `start`. */
export function tokenEnd(text: string, start: number): number {
  let end = start;
  while (end < text.length && isTokenCodeUnit(text, end)) end++;
  return end;
}

/** A document number and symbol before `index`, as in `12/QĐ-UBND` or `05/TCBC-STTTT`: its hyphens join one token. */
const DOCUMENT_SYMBOL_BEFORE = /\d+\/[\p{L}\p{N}&.-]*\p{L}[\p{L}\p{N}]*\s*$/u;

/** True when the dash at `index` continues a document symbol (`12/QĐ- UBND`): the space is a typo inside one token. */
export function continuesDocumentSymbol(text: string, index: number): boolean {
  return DOCUMENT_SYMBOL_BEFORE.test(text.slice(Math.max(0, index - 40), index));
}

const EXCERPT_REACH = 24;
const WHITESPACE = /\s/u;

/** End of the run of non-space characters before `end` (at most EXCERPT_REACH long). */
function glueStart(text: string, end: number): number {
  let start = end;
  const limit = Math.max(0, end - EXCERPT_REACH);
  while (start > limit && !WHITESPACE.test(text[start - 1]!)) start--;
  return start;
}

function glueEnd(text: string, start: number): number {
  let end = start;
  const limit = Math.min(text.length, start + EXCERPT_REACH);
  while (end < limit && !WHITESPACE.test(text[end]!)) end++;
  return end;
}

function skipSpaces(text: string, index: number, step: 1 | -1): number {
  let at = index;
  while (isSpace(step < 0 ? text[at - 1] : text[at])) at += step;
  return at;
}

/**
 * What a message quotes: the range with the characters glued to it
 * (`vị ,trong`, `68 %`, `tỉnh.Các`); when nothing is glued (a lone quote
 * mark), the nearest word on each side (`nói: " Chúng`).
 */
export function excerptSpan(text: string, start: number, end: number): Span {
  const from = glueStart(text, start);
  const to = glueEnd(text, end);
  if (from < start || to > end) return { start: from, end: to };
  return { start: glueStart(text, skipSpaces(text, start, -1)), end: glueEnd(text, skipSpaces(text, end, 1)) };
}

export function excerpt(text: string, start: number, end: number): string {
  const span = excerptSpan(text, start, end);
  return text.slice(span.start, span.end);
}

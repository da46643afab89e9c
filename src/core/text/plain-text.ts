import type { Node, Parent, Literal } from 'unist';

/** CR LF and a lone CR: line endings the plain text writes LF. */
const CARRIAGE_RETURNS = /\r\n?/gu;

/** One run of plain text and where it comes from in the source. */
interface Segment {
  plainStart: number;
  sourceStart: number;
  length: number;
  /** False when the text differs from the source (escapes, entities): its characters map to the run's start. */
  exact: boolean;
}

/**
 * The visible text of a Markdown block (markup removed) with a map from each
 * character back to its source offset, so that language rules can match on
 * plain words and still report and fix exact source ranges.
 */
export class PlainText {
  constructor(
    readonly text: string,
    private readonly segments: readonly Segment[],
    /** The document the segments point into: spans end after whole characters of it. */
    private readonly source = '',
  ) {}

  /** Source offset of the character at plain index `index` (or of the end, for `text.length`). */
  toSource(index: number): number {
    if (this.segments.length === 0) return 0;
    const segment = this.segments[this.segmentAt(index)]!;
    const delta = Math.min(index - segment.plainStart, segment.length);
    return segment.exact ? segment.sourceStart + delta : segment.sourceStart;
  }

  /** The last segment starting at or before plain index `index`, found by bisection: a table or a long list is one block of thousands of segments. */
  private segmentAt(index: number): number {
    const segments = this.segments;
    let low = 0;
    let high = segments.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (segments[mid]!.plainStart <= index) low = mid;
      else high = mid - 1;
    }
    return low;
  }

  /** Source span of the plain range `[start, end)`. */
  span(start: number, end: number): { start: number; end: number } {
    if (end <= start) {
      const at = this.toSource(start);
      return { start: at, end: at };
    }
    const last = this.toSource(end - 1);
    return { start: this.toSource(start), end: last + this.sourceCharacterLength(last) };
  }

  /**
   * Code units of the source character at `offset`: 2 for an astral one. A
   * character whose text differs from the source maps to its run's start,
   * which may be an emoji: a span ending one unit later would cut it in two.
   */
  private sourceCharacterLength(offset: number): number {
    const code = this.source.charCodeAt(offset);
    const next = this.source.charCodeAt(offset + 1);
    return (code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) || (code === 0x0d && next === 0x0a) ? 2 : 1;
  }

  /** True when every character of the plain range maps one-to-one onto the source, so a fix there is safe. */
  isExact(start: number, end: number): boolean {
    const segments = this.segments;
    // The segments overlapping the range: from the one holding `start`, in order, until one starts at `end`.
    for (let at = segments.length === 0 ? 0 : this.segmentAt(start); at < segments.length && segments[at]!.plainStart < end; at++) {
      const segment = segments[at]!;
      if (segment.plainStart + segment.length > start && !segment.exact) return false;
    }
    // The range must not straddle two segments separated by markup in the source.
    const span = this.span(start, end);
    return span.end - span.start === end - start;
  }

  /**
   * True when the source of the plain range reads as the plain text, line
   * endings aside: one run of text, with no markup, escape or block
   * boundary inside (a soft line break written CR LF is still one run).
   */
  isVerbatim(start: number, end: number): boolean {
    const span = this.span(start, end);
    return this.source.slice(span.start, span.end).replace(CARRIAGE_RETURNS, '\n') === this.text.slice(start, end);
  }

  /** Builds the plain text of an mdast node from its text-like descendants. */
  static fromNode(node: Node, source: string): PlainText {
    const segments: Segment[] = [];
    let text = '';
    /** The last character of `text`, kept apart: reading it from the text being built would flatten all of it at every block, quadratic in a long list or table. */
    let lastCharacter = '';
    /** A character standing for markup (a line break, inline code, a block boundary): never part of a fix. */
    const separator = (character: string, sourceStart: number): void => {
      segments.push({ plainStart: text.length, sourceStart, length: 1, exact: false });
      text += character;
      lastCharacter = character;
    };
    const visit = (current: Node): void => {
      const type = current.type;
      if (type === 'text') {
        const value = (current as Literal).value as string;
        const start = current.position?.start.offset ?? 0;
        const end = current.position?.end.offset ?? start;
        if (source.slice(start, end) !== value) {
          const lines = alignedLines(value, source, start, end);
          if (lines) {
            // Indentation or trailing spaces the parser dropped from the lines: each line maps on its own.
            lines.forEach((line, index) => {
              if (index > 0) separator('\n', line.lineEnding);
              segments.push({ plainStart: text.length, sourceStart: line.sourceStart, length: line.text.length, exact: line.exact });
              text += line.text;
              if (line.text.length > 0) lastCharacter = line.text[line.text.length - 1]!;
            });
            return;
          }
          // Escapes or entities: every character maps to the run's start.
          const normalized = value.includes('\r') ? value.replace(CR_LINE_ENDING, '\n') : value;
          segments.push({ plainStart: text.length, sourceStart: start, length: normalized.length, exact: false });
          text += normalized;
          if (normalized.length > 0) lastCharacter = normalized[normalized.length - 1]!;
          return;
        }
        // CRLF and a lone CR read as LF, as in the plain text of an LF document, and map back to the whole line ending.
        let from = 0;
        for (let lineEnding = value.indexOf('\r'); lineEnding !== -1; lineEnding = value.indexOf('\r', from)) {
          if (lineEnding > from) {
            segments.push({ plainStart: text.length, sourceStart: start + from, length: lineEnding - from, exact: true });
            text += value.slice(from, lineEnding);
          }
          separator('\n', start + lineEnding);
          from = value[lineEnding + 1] === '\n' ? lineEnding + 2 : lineEnding + 1;
        }
        segments.push({ plainStart: text.length, sourceStart: start + from, length: value.length - from, exact: true });
        text += value.slice(from);
        if (value.length > from) lastCharacter = value[value.length - 1]!;
        return;
      }
      // Code is not prose: it stands as one space so that no language rule reads into it.
      if (type === 'inlineCode') return separator(' ', current.position?.start.offset ?? 0);
      if (type === 'break') return separator('\n', current.position?.start.offset ?? 0);
      if (type === 'image' || type === 'html' || type === 'footnoteReference' || type === 'code') return;
      const children = (current as Parent).children;
      if (!children) return;
      for (const child of children) {
        // Blocks inside a list, quote or table are separate lines of text.
        if (BLOCK_TYPES.has(child.type) && text.length > 0 && lastCharacter !== '\n') separator('\n', child.position?.start.offset ?? 0);
        visit(child);
      }
    };
    visit(node);
    return new PlainText(text, segments, source);
  }
}

/** A line ending other than LF. */
const CR_LINE_ENDING = /\r\n?/g;
const LINE_ENDING = /\r\n?|\n/u;
const LINE_ENDINGS = /\r\n?|\n/gu;
const LEADING_BLANKS = /^[ \t]*/u;
const TRAILING_BLANKS = /[ \t]*$/u;

/** A line of a text node and where it is in the source; `lineEnding` is the source offset of the line ending before it. */
interface AlignedLine {
  text: string;
  sourceStart: number;
  exact: boolean;
  lineEnding: number;
}

/**
 * The lines of a text node whose value is not its source, each mapped to its
 * own source line: the parser drops the indentation of a paragraph's
 * continuation lines (`\ta) Cá nhân` pasted from Word) and the spaces before
 * a line ending. A line that differs otherwise (an escape, an entity) maps
 * to its own start, not the node's. Undefined when the value and the source
 * do not have the same lines.
 */
function alignedLines(value: string, source: string, start: number, end: number): AlignedLine[] | undefined {
  const sourceLines: Array<{ text: string; start: number; lineEnding: number }> = [];
  let lineStart = start;
  let lineEnding = start;
  LINE_ENDINGS.lastIndex = start;
  for (let ending = LINE_ENDINGS.exec(source); ending && ending.index < end; ending = LINE_ENDINGS.exec(source)) {
    sourceLines.push({ text: source.slice(lineStart, ending.index), start: lineStart, lineEnding });
    lineEnding = ending.index;
    lineStart = ending.index + ending[0].length;
  }
  sourceLines.push({ text: source.slice(lineStart, end), start: lineStart, lineEnding });
  const valueLines = value.split(LINE_ENDING);
  if (sourceLines.length !== valueLines.length) return undefined;
  return valueLines.map((line, index) => {
    const sourceLine = sourceLines[index]!;
    const indentation = LEADING_BLANKS.exec(sourceLine.text)![0].length;
    const content = sourceLine.text.slice(indentation).replace(TRAILING_BLANKS, '');
    return { text: line, sourceStart: sourceLine.start + indentation, exact: content === line, lineEnding: sourceLine.lineEnding };
  });
}

const BLOCK_TYPES = new Set(['paragraph', 'heading', 'listItem', 'tableRow', 'tableCell', 'blockquote', 'list', 'table']);

/**
 * Converts UTF-16 offsets to 1-based line and column numbers, and back.
 * `\r\n`, a lone `\r` and `\n` each end a line, as in CommonMark (so line
 * numbers agree with the mdast tree's) and in editors.
 */
export class LineIndex {
  /** Offset at which each line starts. */
  private readonly starts: number[];

  constructor(private readonly source: string) {
    const starts = [0];
    // Two searches in native code rather than one pass in JavaScript: as fast as searching for `\n` alone.
    let lineFeed = source.indexOf('\n');
    let carriageReturn = source.indexOf('\r');
    while (lineFeed !== -1 || carriageReturn !== -1) {
      if (carriageReturn !== -1 && (lineFeed === -1 || carriageReturn < lineFeed)) {
        const next = lineFeed === carriageReturn + 1 ? lineFeed + 1 : carriageReturn + 1;
        starts.push(next);
        carriageReturn = source.indexOf('\r', next);
        if (lineFeed !== -1 && lineFeed < next) lineFeed = source.indexOf('\n', next);
      } else {
        starts.push(lineFeed + 1);
        lineFeed = source.indexOf('\n', lineFeed + 1);
      }
    }
    this.starts = starts;
  }

  get lineCount(): number {
    return this.starts.length;
  }

  /** 1-based line and column of an offset. */
  position(offset: number): { line: number; column: number } {
    const clamped = Math.max(0, Math.min(offset, this.source.length));
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.starts[mid]! <= clamped) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: clamped - this.starts[low]! + 1 };
  }

  /** Offset of a 1-based line and column. */
  offset(line: number, column: number): number {
    const start = this.starts[Math.max(0, Math.min(line - 1, this.starts.length - 1))]!;
    return Math.min(start + column - 1, this.source.length);
  }

  /** Offset where a 1-based line starts. */
  lineStart(line: number): number {
    return this.starts[Math.max(0, Math.min(line - 1, this.starts.length - 1))]!;
  }

  /** Offset where a 1-based line ends, before its line ending. */
  lineEnd(line: number): number {
    if (line >= this.starts.length) return this.source.length;
    const next = this.starts[Math.max(line, 1)]!;
    return this.source.startsWith('\r\n', next - 2) ? next - 2 : next - 1;
  }
}

/** Where the line holding `offset` starts: after the last line ending before it, `\n` or a lone `\r`. */
export function lineStartBefore(text: string, offset: number): number {
  return Math.max(text.lastIndexOf('\n', offset - 1), text.lastIndexOf('\r', offset - 1)) + 1;
}

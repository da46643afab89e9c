import type { PressRelease } from '../model/types';
import { sentenceEnds } from '../model/dateline';
import { parseIsoDate, type IsoDate } from '../calendar';
import { isWhiteSpace, skipWhiteSpace, trimWhiteSpaceEnd } from '../text/white-space';

/**
 * The run of non-space characters at the end of a text (empty after a
 * space), scanned backwards: `/\S+$/` overflows the regex stack on a line
 * of megabytes without a space.
 */
export function lastWord(text: string): string {
  let start = text.length;
  while (start > 0 && !isWhiteSpace(text.charCodeAt(start - 1))) start--;
  return text.slice(start);
}

/** A front matter value as a trimmed string, or undefined when absent, blank or not a scalar. */
export function scalarText(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (typeof value === 'number') return String(value);
  return undefined;
}

/** A top-level front matter value as a trimmed string, or undefined when absent, blank or not a scalar. */
export function frontMatterString(doc: PressRelease, key: string): string | undefined {
  return scalarText(doc.frontMatter?.data[key]);
}

/** The publication date (`date:` in the front matter) as written, `YYYY-MM-DD`, when it is a real date. */
export function publicationDay(doc: PressRelease): string | undefined {
  const value = frontMatterString(doc, 'date');
  return value !== undefined && parseIsoDate(value) ? value : undefined;
}

/** The publication date, parsed, when it is a real date. */
export function publicationDate(doc: PressRelease): IsoDate | undefined {
  const value = frontMatterString(doc, 'date');
  return value === undefined ? undefined : parseIsoDate(value);
}

/** The span of a front matter entry's value, or of the whole front matter, or of the document start. */
export function frontMatterSpan(doc: PressRelease, key?: string): { start: number; end: number } {
  const entry = key ? doc.frontMatter?.entries.find((candidate) => candidate.key === key) : undefined;
  if (entry) return entry.valueSpan.end > entry.valueSpan.start ? entry.valueSpan : entry.keySpan;
  if (doc.frontMatter) return { start: doc.frontMatter.span.start, end: Math.min(doc.frontMatter.span.start + 3, doc.frontMatter.span.end) };
  return { start: 0, end: 0 };
}

/** Where to point a problem about something missing from the body: the title, the first block, or the start. */
export function bodyAnchor(doc: PressRelease): { start: number; end: number } {
  if (doc.title) return { start: doc.title.start, end: doc.title.end };
  const first = doc.blocks[0];
  if (first) {
    // One character, not one code unit: a range must not end inside an emoji's surrogate pair.
    const width = (doc.source.codePointAt(first.start) ?? 0) > 0xffff ? 2 : 1;
    return { start: first.start, end: first.start + Math.min(width, first.end - first.start) };
  }
  return frontMatterSpan(doc);
}

/** Plain-text ranges of the sentences of a paragraph, in order, without the spaces between them. */
export function sentenceRanges(text: string): Array<{ start: number; end: number }> {
  const ranges: Array<{ start: number; end: number }> = [];
  let start = 0;
  for (const end of sentenceEnds(text)) {
    addTrimmed(ranges, text, start, end);
    start = end;
  }
  addTrimmed(ranges, text, start, text.length);
  return ranges;
}

/** Adds `[start, end)` without its spaces at either side, unless nothing else is left. */
function addTrimmed(ranges: Array<{ start: number; end: number }>, text: string, start: number, end: number): void {
  const first = Math.min(skipWhiteSpace(text, start), end);
  const last = trimWhiteSpaceEnd(text, first, end);
  if (last > first) ranges.push({ start: first, end: last });
}

/** `text` as a regular expression that matches it literally. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

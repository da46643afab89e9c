/**
 * A photo caption's text with a map back to the source. The model gives the
 * caption's plain text and the span of its whole line (emphasis markers
 * included); rules that point at or fix a part of it (a credit, a file name)
 * map through the plain text of the block that holds it, so markup inside
 * the caption (`*Ông **Nguyễn Văn A** phát biểu*`) does not shift offsets.
 */
import type { Caption, PressRelease, Span } from '../model/types';
import { findCredit } from '../model/signature';
import { plainSpan } from './source-span';
import { blockContaining } from '../model/lookup';

export interface CaptionText {
  text: string;
  /** Source span of the caption text's characters `[from, to)`. */
  span(from: number, to: number): Span;
  /** True when those characters are written as-is in the source, so an edit there is safe. */
  isExact(from: number, to: number): boolean;
}

export function captionText(doc: PressRelease, caption: Caption): CaptionText {
  const { text } = caption;
  const block = caption.source === 'title' ? undefined : blockContaining(doc, caption.start, caption.end);
  const at = block ? block.plain.text.indexOf(text) : -1;
  if (block && at !== -1) {
    return { text, span: (from, to) => plainSpan(doc, block, at + from, at + to), isExact: (from, to) => block.plain.isExact(at + from, at + to) };
  }
  // A title attribute is written as-is unless it holds escapes; then only the whole caption can be pointed at.
  const base = doc.source.indexOf(text, caption.start);
  if (base === -1 || base >= caption.end) return { text, span: () => ({ start: caption.start, end: caption.end }), isExact: () => false };
  return { text, span: (from, to) => ({ start: base + from, end: base + to }), isExact: () => true };
}

/**
 * `Ảnh:` written straight after the caption's last word or quote
 * (`…hội nghịẢnh: Võ Duy`). Only a capital `Ảnh` after a lowercase letter or
 * digit: a lowercase `ảnh` there is part of a word (`Quang cảnh:`).
 */
const GLUED_CREDIT = /(?<=[\p{Ll}\p{N}”"')\]])Ảnh(?=\s*:)/u;
/** What separates the caption from a glued credit once fixed: the most common house style, `…hội nghị. Ảnh: Võ Duy`. */
export const CREDIT_SEPARATOR = '. ';

/** Where the photo credit starts in a caption; `glued` when nothing separates it from the caption's last word. */
export function findCaptionCredit(caption: string): { start: number; end: number; glued: boolean } | undefined {
  // A credit, glued or not, has a colon after `Ảnh`: most captions hold none.
  if (!caption.includes(':')) return undefined;
  const credit = findCredit(caption);
  if (credit) return { start: credit.start, end: credit.end, glued: false };
  const glued = GLUED_CREDIT.exec(caption);
  if (!glued) return undefined;
  // It is a credit only if the caption, once separated, ends with one starting there.
  const separated = findCredit(caption.slice(0, glued.index) + CREDIT_SEPARATOR + caption.slice(glued.index));
  if (separated?.start !== glued.index + CREDIT_SEPARATOR.length) return undefined;
  return { start: glued.index, end: separated.end - CREDIT_SEPARATOR.length, glued: true };
}

/** Separators left between a caption and its credit: `… - Ảnh: VGP`, `… | Ảnh: VGP` (white space is one space by then). */
const TRAILING_SEPARATORS = ' |-–—';

/** What the photo shows: the caption without its credit (`… Ảnh: VGP`), trailing separators or final period. */
export function captionDescription(caption: string, credit = findCaptionCredit(caption)): string {
  const described = (credit ? caption.slice(0, credit.start) : caption).replace(/\s+/gu, ' ');
  // Trimmed from the end by hand: a pattern anchored at the end is tried at every space of the caption.
  let end = described.length;
  while (end > 0 && TRAILING_SEPARATORS.includes(described[end - 1]!)) end--;
  // A final period, not one of an ellipsis `..`.
  if (described[end - 1] === '.' && described[end - 2] !== '.') end--;
  return described.slice(0, end).trim();
}

/** True when a caption has no letter or digit: a blank line, `&nbsp;` or punctuation left where the caption was. */
export function isBlankCaption(caption: string): boolean {
  return !/[\p{L}\p{N}]/u.test(caption);
}

/**
 * Helpers over formatted text shared by the readers and the structuring:
 * plain text of a block, formatting tests, and how a draft's line breaks
 * become paragraphs.
 */
import type { Inline } from './types';

export function plainText(inlines: readonly Inline[]): string {
  return inlines.map((inline) => inline.text).join('');
}

export function countWords(text: string): number {
  return text.split(/\s+/u).filter(Boolean).length;
}

/** True when every letter of the block is bold (a sapo, a headline typed as a bold line). */
export function isAllBold(inlines: readonly Inline[]): boolean {
  return hasLetters(inlines) && inlines.every((inline) => inline.bold || !/\p{L}/u.test(inline.text));
}

export function isAllItalic(inlines: readonly Inline[]): boolean {
  return hasLetters(inlines) && inlines.every((inline) => inline.italic || !/\p{L}/u.test(inline.text));
}

function hasLetters(inlines: readonly Inline[]): boolean {
  return inlines.some((inline) => /\p{L}/u.test(inline.text));
}

/** A line break after these does not continue a sentence. */
const ENDS_SENTENCE = /[.!?…:;”"')\]]\s*$/u;
const STARTS_LOWERCASE = /^\s*\p{Ll}/u;

/**
 * Cuts formatted text at its line breaks (`\n`) into paragraphs. A blank
 * line always separates paragraphs. A single break inside a sentence — the
 * line before does not end one and the next starts in lowercase — is a hard
 * wrap, joined with a space; any other break starts a new paragraph, as one
 * line per paragraph is how Word and the portals copy text. With
 * `wrapWidth`, a line at least that long that does not end a sentence is
 * wrapped too, whatever the next one starts with (`… với Sở Thông tin và` /
 * `Truyền thông …`).
 */
export function paragraphsFromLines(inlines: readonly Inline[], wrapWidth = Infinity): Inline[][] {
  const paragraphs: Inline[][] = [];
  let current: Inline[] = [];
  let breaks = 0;
  let lineLength = 0;
  for (const inline of inlines) {
    inline.text.split('\n').forEach((piece, index) => {
      if (index > 0) breaks++;
      if (piece.trim() === '') {
        if (piece !== '' && breaks === 0) current.push({ ...inline, text: piece });
        return;
      }
      if (breaks > 0) {
        const before = plainText(current);
        const isWrap = breaks === 1 && before.trim() !== '' && !ENDS_SENTENCE.test(before) && (STARTS_LOWERCASE.test(piece) || lineLength >= wrapWidth);
        lineLength = 0;
        if (isWrap) current.push({ ...inline, text: ' ' });
        else {
          paragraphs.push(current);
          current = [];
        }
        breaks = 0;
      }
      current.push({ ...inline, text: piece });
      lineLength += piece.length;
    });
  }
  paragraphs.push(current);
  return paragraphs.filter((paragraph) => plainText(paragraph).trim() !== '');
}

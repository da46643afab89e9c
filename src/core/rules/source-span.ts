import type { Block, PressRelease, Span } from '../model/types';

/**
 * Source span of the plain characters `[from, to)` of a block. Where an
 * escape or entity (`\.`, `&amp;`) blurs the plain-text map, the same text
 * is searched in the block's source, last occurrence first (rules point at
 * the ends of blocks), so that a report still lands on the right words.
 * Edits must still check `block.plain.isExact`.
 */
export function plainSpan(doc: PressRelease, block: Block, from: number, to: number): Span {
  const mapped = block.plain.span(from, to);
  if (to <= from || block.plain.isExact(from, to)) return mapped;
  const text = block.plain.text.slice(from, to);
  // Within the block only: a search through the whole source would make many blurred spans quadratic.
  const at = doc.source.slice(block.start, block.end).lastIndexOf(text);
  return at === -1 ? mapped : { start: block.start + at, end: block.start + at + text.length };
}

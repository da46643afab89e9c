/**
 * Plain text (a paste, a `.txt` file) as a draft: one paragraph per line or
 * per blank-line block, hard-wrapped lines joined, bullet lines as list items.
 */
import { paragraphsFromLines } from './inlines';
import type { Draft, DraftBlock, Inline } from './types';

/**
 * In a text whose paragraphs are apart by blank lines, a line this long that
 * does not end a sentence was wrapped by the editor it came from.
 */
const WRAP_WIDTH = 60;
/** `• item`, `- item`, `– item`: the marker is formatting, the item is text. */
const BULLET = /^\s*[•●▪◦·\-–+*]\s+/u;

export function readText(text: string): Draft {
  const lines = text.replace(/\r\n?/g, '\n');
  const wrapWidth = /\n[ \t]*\n/.test(lines.trim()) ? WRAP_WIDTH : Infinity;
  const blocks: DraftBlock[] = [];
  let pending = '';
  const flush = (): void => {
    for (const inlines of paragraphsFromLines([plain(pending)], wrapWidth)) blocks.push({ kind: 'paragraph', inlines });
    pending = '';
  };
  for (const line of lines.split('\n')) {
    const bullet = BULLET.exec(line);
    if (bullet && line.trim() !== bullet[0].trim()) {
      flush();
      blocks.push({ kind: 'list-item', ordered: false, inlines: [plain(line.slice(bullet[0].length))] });
    } else pending += `${line}\n`;
  }
  flush();
  return { format: 'text', blocks, chrome: [], notes: [] };
}

function plain(text: string): Inline {
  return { text, bold: false, italic: false };
}

import type { Block, PressRelease } from './types';
import { tokenize, type Word } from '../text/words';

/** A block of prose with its words, for the language rules. */
export interface ProseBlock {
  block: Block;
  words: Word[];
}

const cache = new WeakMap<PressRelease, ProseBlock[]>();

/** Roles whose text is prose a reader sees (headline, lead, body, captions, lists, quotes, tables). */
function isProse(block: Block): boolean {
  const type = block.node.type;
  return type !== 'code' && type !== 'html' && type !== 'thematicBreak' && block.plain.text.trim() !== '';
}

/**
 * The document's prose, tokenized once per model and shared by every
 * language rule (one regular-expression pass per block, not one per rule).
 */
export function proseBlocks(doc: PressRelease): ProseBlock[] {
  let blocks = cache.get(doc);
  if (!blocks) {
    blocks = doc.blocks.filter(isProse).map((block) => ({ block, words: tokenize(block.plain.text) }));
    cache.set(doc, blocks);
  }
  return blocks;
}

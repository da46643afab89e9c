/**
 * Words of the prose that open with a capital: where abbreviations, their
 * variants and officials' names are looked for. Found once per model, so
 * that the rules that need them do not each walk every word.
 */
import type { Block } from '../model/types';
import { perModel, proseBlocks } from '../model/prose';
import type { Word } from '../text/words';

/** A block of prose and the indexes of its words that open with a capital. */
export interface CapitalizedBlock {
  block: Block;
  words: readonly Word[];
  /** Indexes into `words`, in text order. */
  capitalized: readonly number[];
}

/** The blocks of the prose that hold a word opening with a capital (about one word in seven), with those words. */
export const capitalizedWords = perModel((doc): readonly CapitalizedBlock[] => {
  const found: CapitalizedBlock[] = [];
  for (const { block, words } of proseBlocks(doc)) {
    const capitalized: number[] = [];
    for (let index = 0; index < words.length; index++) if (words[index]!.spelling.capitalized) capitalized.push(index);
    if (capitalized.length > 0) found.push({ block, words, capitalized });
  }
  return found;
});

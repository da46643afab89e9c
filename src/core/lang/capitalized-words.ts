/**
 * Words of the prose that open with a capital: where abbreviations, their
 * variants and officials' names are looked for. Found once per model, in the
 * pass that also prepares the capitalization rules' blocks (`casedBlocks`),
 * so that the rules that need them do not each walk every word.
 */
import type { Block } from '../model/types';
import { perModel, type ProseBlock } from '../model/prose';
import type { Word } from '../text/words';
import { casedBlocks } from './name-matcher';

/** A block of prose and the indexes of its words that open with a capital. */
export interface CapitalizedBlock {
  prose: ProseBlock;
  block: Block;
  words: readonly Word[];
  /** Indexes into `words`, in text order. */
  capitalized: readonly number[];
}

/** The blocks of the prose that hold a word opening with a capital (about one word in seven), with those words. */
export const capitalizedWords = perModel((doc): readonly CapitalizedBlock[] => casedBlocks(doc).filter((cased) => cased.capitalized.length > 0));

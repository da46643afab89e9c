/**
 * Words of the prose that open with a capital: where abbreviations, their
 * variants and officials' names are looked for. Found once per model, so
 * that the rules that need them do not each walk every word.
 */
import type { Block, PressRelease } from '../model/types';
import { proseBlocks } from '../model/prose';
import type { Word } from '../text/words';

/**
 * True when the character at `index` is a capital, decided from its code for
 * ASCII and Vietnamese letters (no string is made: this runs on every word).
 */
export function isCapitalAt(word: string, index: number): boolean {
  const code = word.charCodeAt(index);
  if (code < 0xc0 || Number.isNaN(code)) return code >= 65 && code <= 90;
  // À–Þ; the Latin Extended-A runs holding Ă Đ Ĩ Ũ (even codes are capitals); Ơ Ư; Ạ–Ỹ (even codes again).
  if (code <= 0xde) return code !== 0xd7;
  if ((code >= 0x100 && code <= 0x137) || (code >= 0x14a && code <= 0x177)) return code % 2 === 0;
  if (code === 0x1a0 || code === 0x1af) return true;
  if (code >= 0x1ea0 && code <= 0x1ef9) return code % 2 === 0;
  const character = word[index]!;
  return character !== character.toLowerCase();
}

/** A block of prose and the indexes of its words that open with a capital. */
export interface CapitalizedBlock {
  block: Block;
  words: readonly Word[];
  /** Indexes into `words`, in text order. */
  capitalized: readonly number[];
}

const capitalizedCache = new WeakMap<PressRelease, CapitalizedBlock[]>();

/** The blocks of the prose that hold a word opening with a capital (about one word in seven), with those words. */
export function capitalizedWords(doc: PressRelease): readonly CapitalizedBlock[] {
  let found = capitalizedCache.get(doc);
  if (!found) {
    found = [];
    for (const { block, words } of proseBlocks(doc)) {
      const capitalized: number[] = [];
      for (let index = 0; index < words.length; index++) if (isCapitalAt(words[index]!.text, 0)) capitalized.push(index);
      if (capitalized.length > 0) found.push({ block, words, capitalized });
    }
    capitalizedCache.set(doc, found);
  }
  return found;
}

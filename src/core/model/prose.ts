import type { Block, PressRelease, Span } from './types';
import { tokenizeProse, type ProseWords, type Word } from '../text/words';
import { detectLegacyRuns, type LegacyRun } from '../lang/legacy-encodings';
import { findAddressRanges } from '../lang/prose-marks';
import { packedMap } from '../lang/packed-map';

/**
 * `derive(doc)`, worked out on first use and kept while `doc` is the latest
 * model asked about: a lint runs its rules on one model at a time. Not a
 * WeakMap keyed by models: V8's young-generation collector keeps the values
 * of such a map alive until a full collection, so every document's indexes
 * were promoted to the old generation, and collecting them cost more than
 * building them.
 */
export function perModel<T>(derive: (doc: PressRelease) => T): (doc: PressRelease) => T {
  let model: PressRelease | undefined;
  let value: T | undefined;
  return (doc) => {
    if (doc !== model) {
      value = derive(doc);
      model = doc;
    }
    return value as T;
  };
}

/** A block of prose with its words, for the language rules; what more they need of it is found on first use. */
export class ProseBlock {
  readonly words: Word[];
  /** See `ProseWords.spellingNumbers`. */
  readonly spellingNumbers: readonly number[];
  /** See `ProseWords.unusual`. */
  readonly unusual: boolean;
  private runs: LegacyRun[] | undefined;
  private addressSpans: Span[] | undefined;

  constructor(
    readonly block: Block,
    { words, spellingNumbers, unusual }: ProseWords,
  ) {
    this.words = words;
    this.spellingNumbers = spellingNumbers;
    this.unusual = unusual;
  }

  /** Its legacy-encoded runs (mojibake): reported by the encoding rules, skipped by the others. */
  get legacyRuns(): LegacyRun[] {
    return (this.runs ??= detectLegacyRuns(this.block.plain.text, this.unusual));
  }

  /** Its URLs and e-mail addresses, in order: their marks are not punctuation. */
  get addresses(): Span[] {
    return (this.addressSpans ??= findAddressRanges(this.block.plain.text));
  }
}

/** Anything `trim` keeps. */
const NOT_WHITE_SPACE = /\S/;

/** Roles whose text is prose a reader sees (headline, lead, body, captions, lists, quotes, tables). */
function isProse(block: Block): boolean {
  const type = block.node.type;
  return type !== 'code' && type !== 'html' && type !== 'thematicBreak' && NOT_WHITE_SPACE.test(block.plain.text);
}

/**
 * The document's prose, tokenized once per model and shared by every
 * language rule (one pass over the characters per block, not one per rule).
 */
export const proseBlocks = perModel((doc) => packedMap(doc.blocks.filter(isProse), (block) => new ProseBlock(block, tokenizeProse(block.plain.text))));

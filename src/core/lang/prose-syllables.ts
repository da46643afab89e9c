/**
 * The syllables of a document's prose, parsed once per model and shared by
 * the orthography rules, with what they need to tell a common word from a
 * proper name or an abbreviation.
 */
import type { Block, PressRelease } from '../model/types';
import { proseBlocks } from '../model/prose';
import type { Word } from '../text/words';
import { parseSyllable, type Syllable } from './syllable';

export type Casing = 'lower' | 'capitalized' | 'upper';

export interface ProseSyllable {
  block: Block;
  /** Plain-text offsets in the block. */
  start: number;
  end: number;
  syllable: Syllable;
  casing: Casing;
  sentenceStart: boolean;
  /** A capitalized word written next to another capitalized word (`Khánh Hòa`, `Nguyễn Thị Thủy`): part of a proper name. */
  inName: boolean;
  /** One piece of a token joined by `-`, `&`, `.`, `'` or `/` (`Mát-xcơ-va`, `TP.HCM`, `kinh tế-xã hội`). */
  joined: boolean;
}

/** Characters that join the pieces of one token (see `tokenize`). */
const JOINER = /[&\-.'’/]/u;
const PIECE = /[^&\-.'’/]+/gu;
/** Only spaces between two words: they belong to the same phrase. */
const SAME_PHRASE_GAP = /^[ \u00A0]+$/u;

/** Parses are memoized by spelling: a text repeats a few thousand distinct syllables. Bounded for long editor sessions. */
const parsed = new Map<string, Syllable | null>();
const MEMO_LIMIT = 50_000;

function parseMemoized(text: string): Syllable | undefined {
  let syllable = parsed.get(text);
  if (syllable === undefined) {
    if (parsed.size >= MEMO_LIMIT) parsed.clear();
    syllable = parseSyllable(text) ?? null;
    parsed.set(text, syllable);
  }
  return syllable ?? undefined;
}

/** Letter case of a piece; undefined for mixed case (`iPhone`, `ThS`), which no orthography rule reads. */
function casingOf(text: string): Casing | undefined {
  const lower = text.toLowerCase();
  if (text === lower) return 'lower';
  const upper = text.toUpperCase();
  if (text === upper) return text.length === 1 ? 'capitalized' : 'upper';
  return text.slice(1) === lower.slice(1) ? 'capitalized' : undefined;
}

function startsWithCapital(word: Word | undefined): boolean {
  if (!word) return false;
  const first = word.text.charAt(0);
  return first !== first.toLowerCase();
}

const cache = new WeakMap<PressRelease, ProseSyllable[]>();

/** Every word piece of the prose that is shaped like a Vietnamese syllable, in document order. */
export function proseSyllables(doc: PressRelease): ProseSyllable[] {
  let syllables = cache.get(doc);
  if (syllables) return syllables;
  syllables = [];
  for (const { block, words } of proseBlocks(doc)) {
    const text = block.plain.text;
    const samePhrase = (before: Word, after: Word): boolean =>
      !after.sentenceStart && SAME_PHRASE_GAP.test(text.slice(before.end, after.start));
    words.forEach((word, index) => {
      const previous = words[index - 1];
      const next = words[index + 1];
      const nextToCapital =
        (previous !== undefined && startsWithCapital(previous) && samePhrase(previous, word)) ||
        (next !== undefined && startsWithCapital(next) && samePhrase(word, next));
      const joined = JOINER.test(word.text);
      const pieces = joined
        ? Array.from(word.text.matchAll(PIECE), (match) => ({ text: match[0], offset: match.index }))
        : [{ text: word.text, offset: 0 }];
      for (const piece of pieces) {
        const syllable = parseMemoized(piece.text);
        const casing = syllable && casingOf(piece.text);
        if (!syllable || !casing) continue;
        const start = word.start + piece.offset;
        syllables.push({
          block,
          start,
          end: start + piece.text.length,
          syllable,
          casing,
          sentenceStart: word.sentenceStart && piece.offset === 0,
          inName: casing === 'capitalized' && nextToCapital,
          joined,
        });
      }
    });
  }
  cache.set(doc, syllables);
  return syllables;
}

/** Where a syllable is in the source. */
export function syllableSpan(syllable: ProseSyllable): { start: number; end: number } {
  return syllable.block.plain.span(syllable.start, syllable.end);
}

/** The syllable's source span, with a replacement by `text` when the plain text maps exactly onto the source. */
export function syllableEdit(syllable: ProseSyllable, text: string): { start: number; end: number; fix?: { start: number; end: number; text: string } } {
  const span = syllableSpan(syllable);
  return syllable.block.plain.isExact(syllable.start, syllable.end) ? { ...span, fix: { ...span, text } } : span;
}

/**
 * The notable Vietnamese syllables of a document's prose, found once per
 * model and shared by the orthography rules, with what they need to tell a
 * common word from a proper name or an abbreviation.
 *
 * Whether a spelling is notable does not depend on where it stands, so it is
 * decided once per distinct spelling and kept with it (see `Spelling`):
 * texts repeat a few thousand distinct words, and most of them are simply
 * right. Per word, the cost is one property read.
 */
import type { Block } from '../model/types';
import { perModel, proseBlocks } from '../model/prose';
import { isJoiner, type Word } from '../text/words';
import type { LegacyRun } from './legacy-encodings';
import { hasStopFinalToneError, initialCorrection, isKnownRhyme, parseSyllable, tonePlaces, toneStyleOf, type Syllable, type ToneStyle } from './syllable';

export type Casing = 'lower' | 'capitalized' | 'upper';

/** What a spelling is, whatever its place: analysed once per distinct spelling. */
interface Analysis {
  syllable: Syllable;
  casing: Casing;
  knownRhyme: boolean;
  /** See `tonePlaces`. */
  tonePlaces: readonly number[];
  style: ToneStyle | undefined;
}

export interface ProseSyllable extends Analysis {
  block: Block;
  /** Plain-text offsets in the block. */
  start: number;
  end: number;
  sentenceStart: boolean;
  /** A capitalized word written next to another capitalized word (`Khánh Hòa`, `Nguyễn Thị Thủy`): part of a proper name. */
  inName: boolean;
  /** One piece of a token joined by `-`, `&`, `.`, `'` or `/` (`Mát-xcơ-va`, `TP.HCM`, `kinh tế-xã hội`). */
  joined: boolean;
}

/** The notable syllables of one token: the token itself, or pieces of a joined token. */
export interface TokenAnalysis {
  joined: boolean;
  pieces: ReadonlyArray<Analysis & { offset: number }>;
}

/** Only spaces between two words: they belong to the same phrase. */
const SAME_PHRASE_GAP = /^[ \u00A0]+$/u;
/** Letters only Vietnamese writes. */
const VIETNAMESE_LETTER = /[ăâêôơưđ]/u;

function casingOf(text: string): Casing | undefined {
  const lower = text.toLowerCase();
  if (text === lower) return 'lower';
  if (text === text.toUpperCase()) return text.length === 1 ? 'capitalized' : 'upper';
  return text.slice(1) === lower.slice(1) ? 'capitalized' : undefined;
}

/**
 * A piece that an orthography rule may report: shaped like a syllable, in
 * one of the three letter cases (not `iPhone`, `ThS`), marked as Vietnamese
 * by a tone mark, a Vietnamese letter or an `ng`/`ngh` initial (plain ASCII
 * words like `tin`, `email` are never judged), and either a style word (open
 * oa, oe, uy) or misspelled: tone mark on a wrong letter, unknown rhyme,
 * wrong initial, wrong tone for a stop final.
 */
function analysePiece(text: string): Analysis | undefined {
  const syllable = parseSyllable(text);
  if (!syllable) return undefined;
  const marked = syllable.marks.length > 0;
  if (!marked && !VIETNAMESE_LETTER.test(syllable.letters) && !syllable.initial.startsWith('ng')) return undefined;
  const knownRhyme = isKnownRhyme(syllable);
  const places = tonePlaces(syllable);
  const style = toneStyleOf(syllable);
  const notable =
    style !== undefined ||
    !knownRhyme ||
    syllable.marks.some((mark) => !places.includes(mark.at)) ||
    initialCorrection(syllable) !== undefined ||
    hasStopFinalToneError(syllable);
  // Most spellings are not notable: their letter case is not worked out.
  const casing = notable ? casingOf(text) : undefined;
  return casing ? { syllable, casing, knownRhyme, tonePlaces: places, style } : undefined;
}

/**
 * The piece `text[start, end)` is ASCII only and has no `ng` initial: without
 * a tone mark or a Vietnamese letter such a piece is never notable (see
 * `analysePiece`), so it is neither copied nor parsed. Most distinct
 * spellings are numbers, dates, codes and unmarked words.
 */
function isPlainAsciiPiece(text: string, start: number, end: number): boolean {
  for (let index = start; index < end; index++) if (text.charCodeAt(index) >= 0x80) return false;
  return !((text[start] === 'n' || text[start] === 'N') && (text[start + 1] === 'g' || text[start + 1] === 'G'));
}

function analyseToken(text: string): TokenAnalysis | null {
  const analysed: Array<Analysis & { offset: number }> = [];
  let joined = false;
  // Pieces found by their joiners, not by a pattern; a piece is copied only when it must be parsed.
  for (let start = 0, end = 0; end <= text.length; end++) {
    if (end < text.length && !isJoiner(text.charCodeAt(end))) continue;
    if (end < text.length) joined = true;
    const analysis = isPlainAsciiPiece(text, start, end) ? undefined : analysePiece(start === 0 && end === text.length ? text : text.slice(start, end));
    if (analysis) analysed.push({ ...analysis, offset: start });
    start = end + 1;
  }
  return analysed.length > 0 ? { joined, pieces: analysed } : null;
}

function tokenAnalysis(word: Word): TokenAnalysis | null {
  const { spelling } = word;
  if (spelling.syllables === undefined) spelling.syllables = analyseToken(word.text);
  return spelling.syllables;
}

function startsWithCapital(word: Word | undefined): boolean {
  return word !== undefined && word.spelling.capitalized;
}

/** A word of a proper name: capitalized, not written in capitals (`UBND` before `Khánh Hòa` is not part of the name). */
function isNameWord(word: Word | undefined): boolean {
  return startsWithCapital(word) && casingOf(word!.text) !== 'upper';
}

/**
 * The proper name word `index` belongs to: the indexes of the first and the
 * last of the capitalized words of its phrase around it (`Khánh Hoà` in
 * `phụ nữ Khánh Hoà trong`).
 */
export function nameAround(text: string, words: readonly Word[], index: number): { first: number; last: number } {
  let first = index;
  while (first > 0 && isNameWord(words[first - 1]) && samePhrase(text, words[first - 1]!, words[first]!)) first--;
  let last = index;
  while (last + 1 < words.length && isNameWord(words[last + 1]) && samePhrase(text, words[last]!, words[last + 1]!)) last++;
  return { first, last };
}

/**
 * Removes the block's syllables that lie in legacy-encoded text (`Vieät`,
 * `Nghá»‹`): they are mojibake for the encoding rules to convert, and a
 * spelling fix there would spoil the conversion.
 */
function dropLegacyText(syllables: ProseSyllable[], from: number, runs: readonly LegacyRun[]): void {
  if (runs.length === 0) return;
  const kept = syllables.slice(from).filter((syllable) => !runs.some((run) => run.start < syllable.end && syllable.start < run.end));
  syllables.splice(from, syllables.length - from, ...kept);
}

function samePhrase(text: string, before: Word, after: Word): boolean {
  return !after.sentenceStart && SAME_PHRASE_GAP.test(text.slice(before.end, after.start));
}

/** Word `index` stands next to a capitalized word of the same phrase. */
function nextToCapital(text: string, words: readonly Word[], index: number): boolean {
  const previous = words[index - 1];
  const next = words[index + 1];
  return (startsWithCapital(previous) && samePhrase(text, previous!, words[index]!)) || (startsWithCapital(next) && samePhrase(text, words[index]!, next!));
}

/** The notable syllables of the prose (see `analysePiece`), in document order. */
export const proseSyllables = perModel((doc): ProseSyllable[] => {
  const syllables: ProseSyllable[] = [];
  for (const prose of proseBlocks(doc)) {
    const { block, words } = prose;
    const text = block.plain.text;
    const blockStart = syllables.length;
    for (let index = 0; index < words.length; index++) {
      const word = words[index]!;
      const token = tokenAnalysis(word);
      if (!token) continue;
      for (const piece of token.pieces) {
        const start = word.start + piece.offset;
        syllables.push({
          syllable: piece.syllable,
          casing: piece.casing,
          knownRhyme: piece.knownRhyme,
          tonePlaces: piece.tonePlaces,
          style: piece.style,
          block,
          start,
          end: start + piece.syllable.text.length,
          sentenceStart: word.sentenceStart && piece.offset === 0,
          inName: piece.casing === 'capitalized' && nextToCapital(text, words, index),
          joined: token.joined,
        });
      }
    }
    if (syllables.length > blockStart) dropLegacyText(syllables, blockStart, prose.legacyRuns);
  }
  return syllables;
});

/** Where a syllable is in the source. */
export function syllableSpan(syllable: ProseSyllable): { start: number; end: number } {
  return syllable.block.plain.span(syllable.start, syllable.end);
}

/** The syllable's source span, with a replacement by `text` when the plain text maps exactly onto the source. */
export function syllableEdit(syllable: ProseSyllable, text: string): { start: number; end: number; fix?: { start: number; end: number; text: string } } {
  const span = syllableSpan(syllable);
  return syllable.block.plain.isExact(syllable.start, syllable.end) ? { ...span, fix: { ...span, text } } : span;
}

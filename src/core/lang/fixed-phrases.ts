import type { PressRelease } from '../model/types';
import type { Problem } from '../types';
import type { Spelling, Word } from '../text/words';
import type { PlainText } from '../text/plain-text';
import { perModel, proseBlocks, type ProseBlock } from '../model/prose';
import { skipWhiteSpace } from '../text/white-space';
import { MISSPELLINGS } from './misspellings';
import { specialNames, type SpecialNameKind } from './special-names';
import { legalPhrases, type LegalPhraseKind } from './legal-documents';
import { withInitial } from './name-matcher';

/**
 * A phrase that must be written one way, found whatever its capitals: a
 * common misspelling (word-misspelled), a name with fixed capitals
 * (award-holiday-case), a document's type or part (legal-reference-case,
 * which also reads what follows it).
 */
export interface FixedPhrase {
  kind: 'misspelling' | SpecialNameKind | LegalPhraseKind;
  /** The words that match, in lower case. */
  written: readonly string[];
  /** The right words: a misspelling's correction in lower case, a name, type or part as the decree writes it. */
  right: readonly string[];
  /** Words (lower case) that, right after the phrase, make it a real one: `thế kỹ` before `thuật`. */
  realWhenFollowedBy?: ReadonlySet<string>;
  /** Words (lower case) that, right before the phrase, make it a real one: `sử lý` after `lịch`. */
  realWhenPrecededBy?: ReadonlySet<string>;
}

/** A fixed phrase in a block of prose: words `[first, end)`. */
export interface FixedPhraseOccurrence {
  prose: ProseBlock;
  first: number;
  end: number;
  phrase: FixedPhrase;
}

let byFirstWord: Map<string, FixedPhrase[]> | undefined;

/** The phrases by their first word as it may be written (lower case, capitalized, in capitals), longest first. Built on first use. */
function phrasesByFirstWord(): Map<string, FixedPhrase[]> {
  if (byFirstWord) return byFirstWord;
  const phrases: FixedPhrase[] = [
    ...MISSPELLINGS.map(
      ([wrong, right, real]): FixedPhrase => ({
        kind: 'misspelling',
        written: wrong.split(' '),
        right: right.split(' '),
        ...(real?.followedBy ? { realWhenFollowedBy: new Set(real.followedBy) } : {}),
        ...(real?.precededBy ? { realWhenPrecededBy: new Set(real.precededBy) } : {}),
      }),
    ),
    ...[...specialNames(), ...legalPhrases()].map(({ words, kind }): FixedPhrase => ({ kind, written: words.map((word) => word.toLowerCase()), right: words })),
  ];
  byFirstWord = new Map();
  for (const phrase of phrases) {
    const first = phrase.written[0]!;
    for (const form of new Set([first, withInitial(first, true), first.toUpperCase()])) {
      const list = byFirstWord.get(form) ?? [];
      list.push(phrase);
      list.sort((a, b) => b.written.length - a.written.length);
      byFirstWord.set(form, list);
    }
  }
  return byFirstWord;
}

/** The fixed phrases that may start with a word spelled so, worked out once per spelling. */
function phrasesStartingWith(spelling: Spelling): readonly FixedPhrase[] | null {
  if (spelling.fixedPhrases === undefined) spelling.fixedPhrases = phrasesByFirstWord().get(spelling.text) ?? null;
  return spelling.fixedPhrases;
}

/**
 * True when `words` from `first` are the phrase's, whatever their capitals,
 * each after the one before only by white space of the text itself (emphasis
 * around a word is no break; the line between two list items is), and with
 * no word beside it that makes it a real phrase.
 */
function writtenAt(plain: PlainText, words: readonly Word[], first: number, phrase: FixedPhrase): boolean {
  const { written } = phrase;
  if (first + written.length > words.length) return false;
  // The words first, by their spellings: most candidates differ there.
  for (let index = 1; index < written.length; index++) {
    const word = words[first + index]!;
    if (word.text !== written[index] && lowercaseOf(word.spelling) !== written[index]) return false;
  }
  for (let index = 1; index < written.length; index++) {
    const previousEnd = words[first + index - 1]!.end;
    if (skipWhiteSpace(plain.text, previousEnd) !== words[first + index]!.start || !plain.isExact(previousEnd, words[first + index]!.start)) return false;
  }
  const last = first + written.length - 1;
  return !realBeside(plain, words, last, last + 1, phrase.realWhenFollowedBy) && !realBeside(plain, words, first, first - 1, phrase.realWhenPrecededBy);
}

/** The word `beside`, next to the phrase's word `edge` with only white space between them, is one of `real`: `lợi thế kỹ thuật`, `lịch sử lý luận`. */
function realBeside(plain: PlainText, words: readonly Word[], edge: number, beside: number, real: ReadonlySet<string> | undefined): boolean {
  if (!real || beside < 0 || beside >= words.length) return false;
  const [left, right] = beside < edge ? [words[beside]!, words[edge]!] : [words[edge]!, words[beside]!];
  return skipWhiteSpace(plain.text, left.end) === right.start && real.has(lowercaseOf(words[beside]!.spelling));
}

function lowercaseOf(spelling: Spelling): string {
  return (spelling.lowercase ??= spelling.text.toLowerCase());
}

/** The fixed phrases of the document's prose, left to right, the longest at each place; one pass per model. */
export const fixedPhraseOccurrences = perModel((doc: PressRelease): FixedPhraseOccurrence[] => {
  const occurrences: FixedPhraseOccurrence[] = [];
  for (const prose of proseBlocks(doc)) {
    const { words, block } = prose;
    for (let first = 0; first < words.length; first++) {
      const spelling = words[first]!.spelling;
      // Known for most spellings: read here, without a call per word.
      const candidates = spelling.fixedPhrases !== undefined ? spelling.fixedPhrases : phrasesStartingWith(spelling);
      if (candidates === null) continue;
      let phrase: FixedPhrase | undefined;
      for (const candidate of candidates) {
        if (writtenAt(block.plain, words, first, candidate)) {
          phrase = candidate;
          break;
        }
      }
      if (!phrase) continue;
      const end = first + phrase.written.length;
      occurrences.push({ prose, first, end, phrase });
      first = end - 1;
    }
  }
  return occurrences;
});

/**
 * A problem on the occurrence, `{found}` and `{correct}` in its data, fixed
 * (where the plain text maps one-to-one onto the source) by writing each of
 * its words as `rewrite` says, the white space between them kept.
 */
export function occurrenceProblem(
  { prose, first, end }: FixedPhraseOccurrence,
  messageId: string,
  rewrite: (written: string, offset: number) => string,
): Problem {
  const { block, words } = prose;
  const text = block.plain.text;
  const start = words[first]!.start;
  const stop = words[end - 1]!.end;
  let correct = '';
  for (let index = first; index < end; index++) {
    if (index > first) correct += text.slice(words[index - 1]!.end, words[index]!.start);
    correct += rewrite(words[index]!.text, index - first);
  }
  const span = block.plain.span(start, stop);
  const problem: Problem = { messageId, data: { found: text.slice(start, stop), correct }, ...span };
  if (block.plain.isExact(start, stop)) problem.fix = { ...span, text: correct };
  return problem;
}

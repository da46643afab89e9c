import type { TokenAnalysis } from '../lang/prose-syllables';
import type { FixedPhrase } from '../lang/fixed-phrases';

/** A word of prose with its plain-text offsets and whether it opens a sentence. */
export interface Word {
  /** As written: `spelling.text`. */
  text: string;
  spelling: Spelling;
  start: number;
  end: number;
  /** First word of its block, or after `.`, `!`, `?`, `…` or a line break: capitals here are the sentence's, not a name's. */
  sentenceStart: boolean;
}

// ---------------------------------------------------------------------------
// Character classes, one table lookup per code unit (a regular expression decides each new character once)

/** A letter or digit: may open a word. */
const OPENS = 1;
/** A letter, mark or digit: may continue a word. */
const CONTINUES = 2;
/** `.`, `!`, `?`, `…` or a line break: a gap holding one may end a sentence. */
const ENDS_SENTENCE = 4;
/** Half of a surrogate pair: the character is decided by its code point. */
const SURROGATE = 8;
const DECIDED = 16;
/** See `ProseWords.unusual`. */
const UNUSUAL = 32;
/** A mark that may close a sentence after its end: `)`, a closing quote, `]`, `*`, `_`. */
const CLOSES = 64;
/** White space or a mark that may open the next sentence: an opening quote, `(`, `*`, `_`, `[`. */
const SPACES_OR_OPENS = 128;
const OPENING_CHARACTER = /^[\p{L}\p{N}]$/u;
const CONTINUING_CHARACTER = /^[\p{L}\p{M}\p{N}]$/u;
const SENTENCE_END = /^[.!?…\n]$/u;
const CLOSING_MARK = /^[)"'”’\]*_]$/u;
const SPACE_OR_OPENING_MARK = /^[\s"'“‘(*_[]$/u;
/** The precomposed letters of Vietnamese outside ASCII. */
const VIETNAMESE_LETTER = /^[àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝăĂđĐĩĨũŨơƠưƯ\u1EA0-\u1EF9]$/u;

function unusual(character: string): number {
  return character.charCodeAt(0) >= 0x80 && !VIETNAMESE_LETTER.test(character) ? UNUSUAL : 0;
}

function classify(character: string): number {
  return (
    DECIDED |
    (OPENING_CHARACTER.test(character) ? OPENS : 0) |
    (CONTINUING_CHARACTER.test(character) ? CONTINUES : 0) |
    (SENTENCE_END.test(character) ? ENDS_SENTENCE : 0) |
    (CLOSING_MARK.test(character) ? CLOSES : 0) |
    (SPACE_OR_OPENING_MARK.test(character) ? SPACES_OR_OPENS : 0) |
    unusual(character)
  );
}

const classes = new Uint8Array(0x10000);
classes.fill(DECIDED | SURROGATE | UNUSUAL, 0xd800, 0xe000);
const astralClasses = new Map<number, number>();

function classOf(code: number): number {
  const known = classes[code]!;
  return known !== 0 ? known : (classes[code] = classify(String.fromCharCode(code)));
}

/** The class of the astral character at `index`, or 0 for a lone surrogate (a character of its own, and no letter). */
function astralClassAt(text: string, index: number): number {
  const point = text.codePointAt(index)!;
  if (point <= 0xffff) return 0;
  let known = astralClasses.get(point);
  if (known === undefined) astralClasses.set(point, (known = classify(String.fromCodePoint(point))));
  return known;
}

/** The class of the character at `index`, surrogate pairs decided as one character. */
function classAt(text: string, index: number): number {
  const known = classOf(text.charCodeAt(index));
  return (known & SURROGATE) === 0 ? known : astralClassAt(text, index);
}

/** `&`, `-`, `.`, `'`, `’` and `/` join two pieces of one word. */
export function isJoiner(code: number): boolean {
  return code === 0x26 || code === 0x2d || code === 0x2e || code === 0x27 || code === 0x2019 || code === 0x2f;
}

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

/**
 * The index of the word that starts at `offset`, by binary search; `startOf`
 * maps a word to the offsets `offset` is in (its plain-text start by
 * default), which must grow with the words.
 */
export function wordStartingAt(words: readonly Word[], offset: number, startOf: (word: Word) => number = (word) => word.start): number | undefined {
  return indexStartingAt(words, offset, startOf);
}

/** The index of the item whose start (`startOf`, growing with the items) is `offset`, by binary search. */
export function indexStartingAt<Item>(items: readonly Item[], offset: number, startOf: (item: Item) => number): number | undefined {
  let low = 0;
  let high = items.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const start = startOf(items[middle]!);
    if (start === offset) return middle;
    if (start < offset) low = middle + 1;
    else high = middle - 1;
  }
  return undefined;
}

// ---------------------------------------------------------------------------
// Spellings

/**
 * A distinct spelling, shared by every word written so: what depends only on
 * the spelling is worked out once, however often the word recurs.
 */
export class Spelling {
  /** Opens with a capital letter. */
  readonly capitalized: boolean;
  /** Comparison key of the capitalization rules (`foldWord`), set on first use. */
  folded: string | undefined = undefined;
  /** The notable syllables (`null`: none) for the orthography rules, set on first use. */
  syllables: TokenAnalysis | null | undefined = undefined;
  /** A lowercase word that may open an organization's name or a place (`ủy`, `quận`), set on first use. */
  opensName: boolean | undefined = undefined;
  /** The abbreviation flags of a capitalized word (`abbreviations.ts`), set on first use. */
  abbreviationFlags: number | undefined = undefined;
  /** Bit `i`: some phrase of the `i`-th phrase index starts with this word; valid for the bits of `phraseIndexesAsked`. */
  phraseHeads = 0;
  /** Bit `i`: `phraseHeads` holds the answer of the `i`-th phrase index. */
  phraseIndexesAsked = 0;
  /** A capitalized word's shape for abbreviation-variant (`Covid`, `Tp`: a lowercase form of an abbreviation), set on first use. */
  abbreviationShape: number | undefined = undefined;
  /** The name dictionary that `startsName` answers for, set on first use: a project has one. */
  nameDictionary: object | undefined = undefined;
  /** Some name of `nameDictionary` starts with this word, in any case. */
  startsName = false;
  /** `text.toLowerCase()`, set on first use. */
  lowercase: string | undefined = undefined;
  /** The fixed phrases (`lang/fixed-phrases.ts`) that may start with this word (`null`: none), set on first use. */
  fixedPhrases: readonly FixedPhrase[] | null | undefined = undefined;

  constructor(readonly text: string) {
    this.capitalized = isCapitalAt(text, 0);
  }
}

/**
 * The spellings met so far, found from the text's code units: a word met
 * again costs no allocation. Prose repeats a few thousand words; the table
 * is emptied, between texts, when it would grow past its bound (a long
 * editor session).
 *
 * Flat arrays, for the caches: the parse of each document evicts the table,
 * so what a lookup reads is what it costs. It reads its slot, which holds
 * where the spelling's code units are, then those units from one pool kept
 * in the order met (the common words first, close together), then the
 * spelling from the list; never the spelling object or its string, which it
 * only hands on.
 */
class Spellings {
  private static readonly MAX_SPELLINGS = 1 << 16;
  /** Numbers per slot: the hash, the spelling's number plus one (0: an empty slot), where its units start in `units`, and how many. */
  private static readonly SLOT_SIZE = 4;
  /** At most half the slots are used. */
  private slots: Int32Array = new Int32Array(Spellings.SLOT_SIZE << 12);
  /** The spellings in the order met. */
  private list: Spelling[] = [];
  /** The code units of the spellings, in the order met; `unitCount` of them are used. */
  private units = new Uint16Array(1 << 15);
  private unitCount = 0;

  /** The spellings by their numbers; the same array until the table is emptied. */
  get byNumber(): readonly Spelling[] {
    return this.list;
  }

  /** The number of the spelling of `text` from `start` to `end`, whose code units `codes` holds at the same offsets. */
  numberOf(text: string, codes: Uint16Array, start: number, end: number, hash: number): number {
    const slots = this.slots;
    const mask = slots.length / Spellings.SLOT_SIZE - 1;
    const length = end - start;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const at = slot * Spellings.SLOT_SIZE;
      const numberPlusOne = slots[at + 1]!;
      if (numberPlusOne === 0) return this.add(text, codes, start, end, hash, at);
      if (slots[at] !== hash || slots[at + 3] !== length) continue;
      // The units compared here, not in a function of their own: the CLI runs V8 without inlining, and this is once per word.
      const units = this.units;
      const from = slots[at + 2]! - start;
      let unit = start;
      while (unit < end && units[from + unit] === codes[unit]) unit++;
      if (unit === end) return numberPlusOne - 1;
    }
  }

  /** A new spelling, placed in the empty slot found at `found` unless the table must first be emptied or grow. */
  private add(text: string, codes: Uint16Array, start: number, end: number, hash: number, found: number): number {
    let at = found;
    if (2 * (this.list.length + 1) * Spellings.SLOT_SIZE > this.slots.length) {
      this.rehash(new Int32Array(2 * this.slots.length));
      at = this.emptySlot(hash);
    }
    const from = this.unitCount;
    const length = end - start;
    if (from + length > this.units.length) this.units = grown(this.units, new Uint16Array(2 * (from + length)));
    for (let index = 0; index < length; index++) this.units[from + index] = codes[start + index]!;
    this.unitCount = from + length;
    this.list.push(new Spelling(text.slice(start, end)));
    this.fill(at, hash, this.list.length, from, length);
    return this.list.length - 1;
  }

  /** Where the first empty slot of `hash`'s probe sequence starts in `slots`. */
  private emptySlot(hash: number): number {
    const slots = this.slots;
    const mask = slots.length / Spellings.SLOT_SIZE - 1;
    let slot = hash & mask;
    while (slots[slot * Spellings.SLOT_SIZE + 1] !== 0) slot = (slot + 1) & mask;
    return slot * Spellings.SLOT_SIZE;
  }

  private fill(at: number, hash: number, numberPlusOne: number, from: number, length: number): void {
    const slots = this.slots;
    slots[at] = hash;
    slots[at + 1] = numberPlusOne;
    slots[at + 2] = from;
    slots[at + 3] = length;
  }

  private rehash(larger: Int32Array): void {
    const old = this.slots;
    this.slots = larger;
    for (let at = 0; at < old.length; at += Spellings.SLOT_SIZE) {
      if (old[at + 1] !== 0) this.fill(this.emptySlot(old[at]!), old[at]!, old[at + 1]!, old[at + 2]!, old[at + 3]!);
    }
  }

  /**
   * Empties the table if `count` more spellings could take it past its
   * bound: done between texts, never inside one, whose spelling numbers
   * must stay distinct (a text of more spellings than the bound grows it).
   */
  makeRoom(count: number): void {
    if (this.list.length > 0 && this.list.length + count > Spellings.MAX_SPELLINGS) this.empty();
  }

  private empty(): void {
    this.slots.fill(0);
    this.list = [];
    this.unitCount = 0;
  }
}

const spellings = new Spellings();

/** FNV-1a, one code unit at a time. */
const HASH_SEED = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;
function hashStep(hash: number, code: number): number {
  return Math.imul(hash ^ code, FNV_PRIME);
}

/** A word as `tokenize` makes it: its text is its spelling's, not a field of its own (a million words per thousand releases). */
class SpelledWord implements Word {
  constructor(
    readonly spelling: Spelling,
    readonly start: number,
    readonly end: number,
    readonly sentenceStart: boolean,
  ) {}

  get text(): string {
    return this.spelling.text;
  }
}

// ---------------------------------------------------------------------------
// Tokenizer

/** A block of prose split into words, and what its characters are. */
export interface ProseWords {
  words: Word[];
  /**
   * The number of each word's spelling: two words of the text are spelled
   * alike when their numbers are equal, compared without reading the words.
   */
  spellingNumbers: number[];
  /**
   * The text holds a character outside ASCII that is not a precomposed
   * Vietnamese letter: a symbol, a dash or quote mark, a foreign or
   * look-alike letter, a combining mark, an invisible character. Most
   * blocks of Vietnamese prose hold none, and the rules that look for such
   * characters (invisible characters, decomposed words, legacy encodings)
   * skip the others without reading them again.
   */
  unusual: boolean;
}

/**
 * Splits plain text into words in one pass over its characters; a word
 * spelled as one met before makes no new string. A word: letters, marks and
 * digits, opened by a letter or digit and joined inside by `&`, `-`, `.`,
 * `'`, `’` or `/` when a letter or digit follows (`TT&TT`, `COVID-19`,
 * `TP.HCM`, `V/v`); in a regular expression, `[\p{L}\p{N}][\p{L}\p{M}\p{N}]*`
 * then `(?:[&\-.'’/][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*`.
 */
export function tokenize(text: string): Word[] {
  return tokenizeProse(text).words;
}

/** `tokenize`, with the words' spelling numbers and whether the text holds an unusual character, noted in the same pass. */
export function tokenizeProse(text: string): ProseWords {
  findWords(text);
  // The spellings are looked up in a pass of their own: with nothing else in the loop, the memory reads of
  // several lookups overlap, and their table is too large to stay in the caches between documents.
  const { count, starts, ends, hashes, sentenceStarts, codes } = found;
  spellings.makeRoom(count);
  const byNumber = spellings.byNumber;
  // Sized once: growing by `push` copied the array several times per block.
  const words = new Array<Word>(count);
  const spellingNumbers = new Array<number>(count);
  for (let index = 0; index < count; index++) {
    const start = starts[index]!;
    const end = ends[index]!;
    const number = spellings.numberOf(text, codes, start, end, hashes[index]!);
    spellingNumbers[index] = number;
    words[index] = new SpelledWord(byNumber[number]!, start, end, sentenceStarts[index] === 1);
  }
  return { words, spellingNumbers, unusual: found.unusual };
}

/**
 * The words found by `findWords`: offsets, hash of the spelling, whether
 * each opens a sentence; reused from text to text. With the code units of
 * the words at their offsets in the text (those between words are stale):
 * the spellings are compared and copied from there, not read again from the
 * text, often a slice of the document, which each read of a code unit must
 * resolve.
 */
const found = {
  count: 0,
  codes: new Uint16Array(4096),
  starts: new Int32Array(1024),
  ends: new Int32Array(1024),
  hashes: new Int32Array(1024),
  sentenceStarts: new Uint8Array(1024),
  unusual: false,
};

/** Twice the room in `found`, its words kept. */
function growFound(): void {
  const size = found.starts.length * 2;
  found.starts = grown(found.starts, new Int32Array(size));
  found.ends = grown(found.ends, new Int32Array(size));
  found.hashes = grown(found.hashes, new Int32Array(size));
  found.sentenceStarts = grown(found.sentenceStarts, new Uint8Array(size));
}

function grown<T extends Int32Array | Uint16Array | Uint8Array>(old: T, larger: T): T {
  larger.set(old);
  return larger;
}

/**
 * Finds the words of `text` and leaves them in `found`. Written for the
 * compiler: the loops over characters read locals and the class table only,
 * so that their compiled code keeps its values in registers; characters met
 * for the first time and astral ones are decided by `classAt` once a run
 * stops at them; nothing is read past the end (a code read there is NaN,
 * which made every code a floating-point number in the compiled loops).
 */
function findWords(text: string): void {
  const table = classes;
  const length = text.length;
  let { starts, ends, hashes, sentenceStarts } = found;
  if (found.codes.length < length) found.codes = new Uint16Array(length);
  const codes = found.codes;
  let count = 0;
  /** The classes of the characters read, or-ed together. */
  let seen = 0;
  let previousEnd = 0;
  let gapEndsSentence = false;
  let index = 0;
  while (index < length) {
    let kind = table[text.charCodeAt(index)]!;
    seen |= kind;
    if (kind === 0 || (kind & SURROGATE) !== 0) {
      kind = classAt(text, index);
      seen |= kind;
    }
    if ((kind & OPENS) === 0) {
      gapEndsSentence ||= (kind & ENDS_SENTENCE) !== 0;
      // The low half of a pair left behind is no letter either.
      index++;
      continue;
    }
    const start = index;
    let hash = HASH_SEED;
    for (;;) {
      // A run of letters, marks and digits.
      while (index < length) {
        const code = text.charCodeAt(index);
        const known = table[code]!;
        if ((known & CONTINUES) === 0) break;
        seen |= known;
        codes[index] = code;
        // `hashStep`, written out: the CLI runs V8 without inlining (bin/govpress.js), and this is once per character.
        hash = Math.imul(hash ^ code, FNV_PRIME);
        index++;
      }
      if (index >= length) break;
      // What stopped the run: a character met for the first time, or an astral one, may still continue it.
      const code = text.charCodeAt(index);
      const stopKnown = table[code]!;
      const stop = stopKnown !== 0 && (stopKnown & SURROGATE) === 0 ? stopKnown : classAt(text, index);
      seen |= stop;
      if ((stop & CONTINUES) !== 0) {
        codes[index] = code;
        hash = hashStep(hash, code);
        // An astral letter: both halves of the pair.
        if ((table[code]! & SURROGATE) !== 0) {
          const low = text.charCodeAt(++index);
          codes[index] = low;
          hash = hashStep(hash, low);
        }
        index++;
        continue;
      }
      if (!isJoiner(code) || index + 1 >= length || (classAt(text, index + 1) & OPENS) === 0) break;
      codes[index] = code;
      hash = hashStep(hash, code);
      index++;
    }
    if (count === starts.length) {
      growFound();
      ({ starts, ends, hashes, sentenceStarts } = found);
    }
    starts[count] = start;
    ends[count] = index;
    hashes[count] = hash;
    // Most gaps hold no sentence end: only those that do are read again.
    sentenceStarts[count] = count === 0 || (gapEndsSentence && isSentenceBreak(text, previousEnd, start)) ? 1 : 0;
    count++;
    previousEnd = index;
    gapEndsSentence = false;
  }
  found.count = count;
  found.unusual = (seen & UNUSUAL) !== 0;
}

/**
 * The gap `[start, end)` between two words holds a sentence end (or a line
 * break) followed only by closing marks, then spaces and opening marks:
 * `/(?:[.!?…][)"'”’\]*_]*|\n)[\s"'“‘(*_[]*$/u` on the gap, read backwards
 * from its end without copying it.
 */
function isSentenceBreak(text: string, start: number, end: number): boolean {
  let index = end;
  while (index > start && (classAt(text, index - 1) & SPACES_OR_OPENS) !== 0) {
    if (text.charCodeAt(--index) === 0x0a) return true;
  }
  while (index > start && (classAt(text, index - 1) & CLOSES) !== 0) index--;
  return index > start && (classAt(text, index - 1) & ENDS_SENTENCE) !== 0 && text.charCodeAt(index - 1) !== 0x0a;
}

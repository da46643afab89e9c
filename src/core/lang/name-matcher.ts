/**
 * The word layer of the capitalization rules: prose blocks prepared once per
 * model (each word's case, its folded form on demand, the dictionary names
 * written with a capital), short-phrase lookup, and fixes that only change
 * the case of first letters. Names are indexed by their first word, longest
 * first; whether a name or phrase starts with a word is kept with its
 * spelling, so that most words cost one field read.
 */
import type { OrganizationEntry } from '../config/types';
import type { Block, PressRelease } from '../model/types';
import type { Problem } from '../types';
import { perModel, proseBlocks, type ProseBlock } from '../model/prose';
import { isCapitalAt, tokenize, type Word } from '../text/words';
import { skipWhiteSpace } from '../text/white-space';
import { packedMap } from './packed-map';
import { ADMINISTRATIVE_UNITS, AMBIGUOUS_FIELD_OPENINGS, BUILT_IN_ORGANIZATIONS, FIELD_HEADS, ORGANIZATION_HEADS, SPECIAL_PLACE_NAMES } from './organizations';

// ---------------------------------------------------------------------------
// Words

/** Vietnamese tone marks once decomposed: grave, acute, tilde, hook above, dot below. */
const TONE_MARK = /[\u0300\u0301\u0303\u0309\u0323]/u;
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/gu;
const WORD_MEMO_LIMIT = 50_000;
const foldCache = new Map<string, string>();

/**
 * A word's comparison key: lowercase, with the tone mark moved to the end so
 * that old and new placement agree (`Ủy` and `Uỷ`, `hòa` and `hoà`). Which
 * style a text uses is tone-style-mixed's business, not a casing question.
 */
export function foldWord(word: string): string {
  let folded = foldCache.get(word);
  if (folded === undefined) {
    folded = fold(word);
    // Prose vocabulary is small; the bound only protects a long-lived editor process.
    if (foldCache.size >= WORD_MEMO_LIMIT) foldCache.clear();
    foldCache.set(word, folded);
  }
  return folded;
}

/** `foldWord` of a word of prose, kept with its spelling. */
export function wordKey(word: Word): string {
  return (word.spelling.folded ??= fold(word.text));
}

function fold(word: string): string {
  const decomposed = word.toLowerCase().normalize('NFD');
  return decomposed.replace(TONE_MARKS, '') + (TONE_MARK.exec(decomposed)?.[0] ?? '');
}

/** The words of a phrase, folded. */
export function foldedWords(phrase: string): string[] {
  return packedMap(tokenize(phrase), wordKey);
}

/** Folded key of a phrase: its words folded and joined by single spaces. */
export function foldPhrase(phrase: string): string {
  return foldedWords(phrase).join(' ');
}

/** Open `oa`, `oe`, `uy` with the tone mark on the first vowel (`hòa`, `ủy`) or on the second (`hoà`, `uỷ`), decomposed. */
const MARK_ON_FIRST_VOWEL = /([ouOU])([\u0300\u0301\u0303\u0309\u0323])([aeyAEY])$/u;
const MARK_ON_SECOND_VOWEL = /([ouOU])([aeyAEY])([\u0300\u0301\u0303\u0309\u0323])$/u;

const toneSpellingsCache = new Map<string, readonly string[]>();

/**
 * The spellings of a word in both tone styles (`ủy` and `uỷ`, `hòa` and
 * `hoà`): the same word for the capitalization rules. Most words have one.
 */
export function toneSpellings(word: string): readonly string[] {
  let spellings = toneSpellingsCache.get(word);
  if (spellings === undefined) {
    const decomposed = word.normalize('NFD');
    const other = MARK_ON_FIRST_VOWEL.test(decomposed)
      ? decomposed.replace(MARK_ON_FIRST_VOWEL, '$1$3$2')
      : decomposed.replace(MARK_ON_SECOND_VOWEL, '$1$3$2');
    spellings = other === decomposed ? [word] : [word, other.normalize('NFC')];
    // Names repeat from text to text; the bound only protects a long-lived editor process.
    if (toneSpellingsCache.size >= WORD_MEMO_LIMIT) toneSpellingsCache.clear();
    toneSpellingsCache.set(word, spellings);
  }
  return spellings;
}

const lowercaseSpellingsCache = new Map<string, readonly string[]>();

/** `toneSpellings` of the word in lowercase (`Ủy` → `ủy`, `uỷ`), worked out once per spelling. */
export function lowercaseToneSpellings(word: string): readonly string[] {
  let spellings = lowercaseSpellingsCache.get(word);
  if (spellings === undefined) {
    spellings = toneSpellings(word.toLowerCase());
    if (lowercaseSpellingsCache.size >= WORD_MEMO_LIMIT) lowercaseSpellingsCache.clear();
    lowercaseSpellingsCache.set(word, spellings);
  }
  return spellings;
}

/** The first word of a phrase as a lowercase word may write it, in both tone styles. */
function lowercaseFirstWords(phrase: string): readonly string[] {
  return toneSpellings(phrase.split(' ')[0]!.toLowerCase());
}

/** The word starts with a capital letter. */
export function isCapitalized(word: string): boolean {
  return word.length > 0 && isCapitalAt(word, 0);
}

/** A word written in capitals (`UBND`, `SỞ`): headers and abbreviations, not a casing choice. */
export function isAllCaps(word: string): boolean {
  // Most words fail on the second letter, before the costlier whole-word test.
  return word.length > 1 && isCapitalAt(word, 0) && isCapitalAt(word, 1) && word === word.toUpperCase();
}

/** The word with its first letter in the given case, the rest as written. */
export function withInitial(word: string, capital: boolean): string {
  const first = word[0] ?? '';
  return (capital ? first.toUpperCase() : first.toLowerCase()) + word.slice(1);
}

/** What may stand before a word that starts a clause of its own: `:`, an opening quote or bracket, a dash. */
const CLAUSE_OPENING = /[:“"‘(\[–—-]\s*$/u;

/** A prose block's words sorted by case, in one pass per model shared by the capitalization and abbreviation rules. */
export interface CasedBlock {
  /** The prose block this one prepares (its legacy-encoded runs, its addresses). */
  readonly prose: ProseBlock;
  readonly block: Block;
  readonly words: readonly Word[];
  /** Whether each word starts with a capital. */
  readonly capitals: boolean[];
  /** The indexes of the words that start with a capital, in order: about one word in six. */
  readonly capitalized: readonly number[];
  /**
   * Where a name, a place or a listed phrase may start, in order: every word
   * that starts with a capital, and the lowercase words that open an
   * organization's name or a place (`ủy ban`, `quận`, `thành phố`). About one
   * word in five: the rules visit these instead of every word.
   */
  readonly starts: readonly number[];
}

/** The lowercase words of `CasedBlock.starts`. Built at first use. */
let lowercaseOpeners: ReadonlySet<string> | undefined;

/** The prose blocks with their words sorted by case, once per model. */
export const casedBlocks = perModel((doc): readonly CasedBlock[] => {
  lowercaseOpeners ??= new Set([...ORGANIZATION_HEADS.map(({ words }) => words), ...ADMINISTRATIVE_UNITS, ...SPECIAL_PLACE_NAMES].flatMap(lowercaseFirstWords));
  const openers = lowercaseOpeners;
  return packedMap(proseBlocks(doc), (prose) => {
    const { block, words } = prose;
    const capitals = new Array<boolean>(words.length);
    const capitalized: number[] = [];
    const starts: number[] = [];
    for (let index = 0; index < words.length; index++) {
      const spelling = words[index]!.spelling;
      const capital = spelling.capitalized;
      capitals[index] = capital;
      if (capital) {
        capitalized.push(index);
        starts.push(index);
      } else if ((spelling.opensName ??= openers.has(spelling.text))) starts.push(index);
    }
    return { prose, block, words, capitals, capitalized, starts };
  });
});

/** A prose block prepared for the capitalization rules, shared by them through `nameBlocks`. */
export class NameBlock implements CasedBlock {
  readonly prose: ProseBlock;
  readonly block: Block;
  readonly words: readonly Word[];
  readonly text: string;
  readonly capitals: boolean[];
  readonly capitalized: readonly number[];
  readonly starts: readonly number[];
  /**
   * The words of `starts` that open a phrase of some `PhraseIndex` (a
   * place, a head, a title, a common word), in order: about one in four.
   * The rules that look phrases up word by word visit only these.
   */
  readonly phraseStarts: readonly number[];
  /** Dictionary names whose first word is capitalized, left to right. */
  readonly names: NameMatch[];

  constructor({ prose, block, words, capitals, capitalized, starts }: CasedBlock, matcher: NameMatcher) {
    this.prose = prose;
    this.block = block;
    this.words = words;
    this.text = block.plain.text;
    this.capitals = capitals;
    this.capitalized = capitalized;
    this.starts = starts;
    this.phraseStarts = starts.filter((index) => opensSomePhrase(words[index]!));
    this.names = matcher.capitalizedNames(this);
  }

  /** `foldWord` of word `index` (empty past the end). */
  key(index: number): string {
    if (index < 0 || index >= this.words.length) return '';
    return wordKey(this.words[index]!);
  }

  /** Only spaces (or a soft line break) between word `index` and the one before: they can belong to one name. */
  adjacent(index: number): boolean {
    if (index <= 0 || index >= this.words.length) return false;
    const from = this.words[index - 1]!.end;
    const to = this.words[index]!.start;
    return (to - from === 1 && this.text.charCodeAt(from) === 0x20) || skipWhiteSpace(this.text, from) >= to;
  }

  /** True when a capital at word `index` may be the sentence's or a quotation's rather than a name's. */
  opensClause(index: number): boolean {
    const word = this.words[index]!;
    return word.sentenceStart || CLAUSE_OPENING.test(this.text.slice(this.words[index - 1]?.end ?? 0, word.start));
  }

  /** The keys of words `[first, end)` joined by single spaces: the `foldPhrase` of the words. */
  foldedSlice(first: number, end: number): string {
    let folded = this.key(first);
    for (let index = first + 1; index < end; index++) folded += ` ${this.key(index)}`;
    return folded;
  }

  /** The text of words `[first, end)`, as written. */
  slice(first: number, end: number): string {
    return this.text.slice(this.words[first]!.start, this.words[end - 1]!.end);
  }

  /** The text of the words from `first` on, with the given initial for each (`undefined` keeps a word as written). */
  recased(first: number, initials: ReadonlyArray<boolean | undefined>): string {
    let text = '';
    initials.forEach((capital, offset) => {
      const index = first + offset;
      if (offset > 0) text += this.text.slice(this.words[index - 1]!.end, this.words[index]!.start);
      const word = this.words[index]!.text;
      text += capital === undefined || isAllCaps(word) ? word : withInitial(word, capital);
    });
    return text;
  }

  /**
   * A problem on words `[first, first + initials.length)`, fixed by giving
   * them these initials where the plain text maps one-to-one onto the source.
   */
  caseProblem(messageId: string, first: number, initials: ReadonlyArray<boolean | undefined>, data: Record<string, string | number>): Problem {
    const plain = this.block.plain;
    const start = this.words[first]!.start;
    const end = this.words[first + initials.length - 1]!.end;
    const span = plain.span(start, end);
    const problem: Problem = { messageId, data, ...span };
    if (plain.isExact(start, end)) problem.fix = { ...span, text: this.recased(first, initials) };
    return problem;
  }
}

// ---------------------------------------------------------------------------
// Phrases

/** A phrase found at a word: its value and the index after its last word. */
export interface PhraseMatch<Value> {
  value: Value;
  end: number;
}

/** A phrase index's lookup tables. */
interface PhraseTables<Value> {
  byFirstWord: Map<string, Array<{ keys: string[]; value: Value }>>;
  /** First words as a lowercase word may be written, in both tone styles. */
  lowercaseFirstWords: Set<string>;
}

function phraseTables<Value>(entries: Iterable<readonly [phrase: string, value: Value]>): PhraseTables<Value> {
  const tables: PhraseTables<Value> = { byFirstWord: new Map(), lowercaseFirstWords: new Set() };
  for (const [phrase, value] of entries) {
    const keys = foldedWords(phrase);
    const list = tables.byFirstWord.get(keys[0]!) ?? [];
    list.push({ keys, value });
    list.sort((a, b) => b.keys.length - a.keys.length);
    tables.byFirstWord.set(keys[0]!, list);
    for (const spelling of lowercaseFirstWords(phrase)) tables.lowercaseFirstWords.add(spelling);
  }
  return tables;
}

/** The phrase indexes made so far, in the order of their bits of `Spelling.phraseHeads`. */
const phraseIndexes: Array<PhraseIndex<unknown>> = [];
/** Their bits together. */
let phraseIndexBits = 0;

/** Some phrase of some index starts with the word as written: asked of each index once per spelling. */
function opensSomePhrase(word: Word): boolean {
  const spelling = word.spelling;
  if (spelling.phraseIndexesAsked !== phraseIndexBits) for (const index of phraseIndexes) index.mayStartWith(word);
  return spelling.phraseHeads !== 0;
}

/**
 * Short phrases (`thành phố`, `phó chủ tịch`, `buổi lễ`) indexed by their
 * first folded word, longest first. Whether a word can start one depends
 * only on its spelling and is kept with it, so that most words cost one
 * field read.
 */
export class PhraseIndex<Value> {
  /** Built at the first lookup, not at module load: a process may lint nothing, or nothing in Vietnamese. */
  private tables: PhraseTables<Value> | undefined;
  /** This index's bit of `Spelling.phraseHeads`. */
  private readonly bit: number;

  /** `entries` must be fixed for the process: what they hold is kept with the spellings. */
  constructor(private readonly entries: Iterable<readonly [phrase: string, value: Value]>) {
    if (phraseIndexes.length === 32) throw new Error('A spelling keeps the answers of at most 32 phrase indexes');
    this.bit = 1 << phraseIndexes.length;
    phraseIndexBits |= this.bit;
    phraseIndexes.push(this);
  }

  /** The longest phrase written at word `index` (words separated by spaces only) that `accept` takes, if any. */
  at(prose: NameBlock, index: number, accept?: (match: PhraseMatch<Value>, prose: NameBlock, index: number) => boolean): PhraseMatch<Value> | undefined {
    const word = prose.words[index];
    if (word === undefined) return undefined;
    const tables = this.phraseTables();
    const candidates = this.mayStartAt(word, tables) ? tables.byFirstWord.get(wordKey(word)) : undefined;
    if (!candidates) return undefined;
    for (const candidate of candidates) {
      if (!isWrittenAt(candidate.keys, prose, index)) continue;
      const match = { value: candidate.value, end: index + candidate.keys.length };
      if (!accept || accept(match, prose, index)) return match;
    }
    return undefined;
  }

  /** Some phrase starts with the word as written (a lowercase word only in lowercase). */
  mayStartWith(word: Word): boolean {
    return this.mayStartAt(word, this.phraseTables());
  }

  private phraseTables(): PhraseTables<Value> {
    return (this.tables ??= phraseTables(this.entries));
  }

  /** Some phrase starts with the word as written (a lowercase word only in lowercase): worked out once per spelling. */
  private mayStartAt(word: Word, tables: PhraseTables<Value>): boolean {
    const spelling = word.spelling;
    if ((spelling.phraseIndexesAsked & this.bit) === 0) {
      spelling.phraseIndexesAsked |= this.bit;
      if ((spelling.capitalized || tables.lowercaseFirstWords.has(spelling.text)) && tables.byFirstWord.has(wordKey(word))) spelling.phraseHeads |= this.bit;
    }
    return (spelling.phraseHeads & this.bit) !== 0;
  }
}

/** The words after the first of a phrase (`keys`, folded) follow word `index`, separated by spaces only. */
function isWrittenAt(keys: readonly string[], prose: NameBlock, index: number): boolean {
  for (let offset = 1; offset < keys.length; offset++) {
    if (prose.key(index + offset) !== keys[offset] || !prose.adjacent(index + offset)) return false;
  }
  return true;
}

// ---------------------------------------------------------------------------
// Dictionary names

/** A dictionary name found in a block: words `[first, end)` of the block. */
export interface NameMatch {
  entry: OrganizationEntry;
  /** Each word as the dictionary writes it. */
  canonical: readonly string[];
  first: number;
  end: number;
}

interface CompiledName {
  entry: OrganizationEntry;
  canonical: string[];
  keys: string[];
  /** Punctuation between consecutive words (`,` `-`), spaces removed. */
  gaps: string[];
}

function normalizeGap(gap: string): string {
  return gap === ' ' ? '' : gap.replace(/\s+/gu, '').replace(/[–—‐‑]/gu, '-');
}

function compile(entry: OrganizationEntry): CompiledName {
  const words = tokenize(entry.name);
  return {
    entry,
    canonical: words.map((word) => word.text),
    keys: words.map((word) => foldWord(word.text)),
    gaps: words.slice(1).map((word, index) => normalizeGap(entry.name.slice(words[index]!.end, word.start))),
  };
}

/**
 * `Sở <field>` and `Bộ <field>` for every field of the dictionary, so that a
 * shortened or unlisted name (`Sở giáo dục tỉnh`) still gets its field capitalized.
 */
function fieldOpenings(entries: readonly CompiledName[]): OrganizationEntry[] {
  const openings = new Map<string, OrganizationEntry>();
  for (const { canonical, keys, gaps } of entries) {
    if (canonical.length < 3 || !FIELD_HEADS.includes(canonical[0]!) || gaps[0] !== '' || gaps[1] !== '') continue;
    if (AMBIGUOUS_FIELD_OPENINGS.has(`${keys[1]} ${keys[2]}`)) continue;
    for (const head of FIELD_HEADS) {
      const name = `${head} ${canonical[1]} ${canonical[2]}`;
      openings.set(foldPhrase(name), { name });
    }
  }
  return [...openings.values()];
}

/**
 * The names that start with one word, longest first, by their second word:
 * `Sở` and `Bộ` open some forty names each, and the second word leaves one
 * or two to compare.
 */
interface NamesByFirstWord {
  bySecondWord: Map<string, CompiledName[]>;
  /** Names of this one word. */
  single: CompiledName | undefined;
}

/** Matches the names of a dictionary in prepared blocks. */
export class NameMatcher {
  private readonly byFirstWord = new Map<string, NamesByFirstWord>();

  constructor(entries: readonly OrganizationEntry[]) {
    // The project's own entries come first and replace a built-in one with the same words.
    const byKey = new Map<string, CompiledName>();
    for (const entry of entries) {
      const compiled = compile(entry);
      const key = compiled.keys.join(' ');
      if (compiled.keys.length > 0 && !byKey.has(key)) byKey.set(key, compiled);
    }
    for (const opening of fieldOpenings([...byKey.values()])) {
      const key = foldPhrase(opening.name);
      if (!byKey.has(key)) byKey.set(key, compile(opening));
    }
    for (const compiled of byKey.values()) {
      let names = this.byFirstWord.get(compiled.keys[0]!);
      if (!names) this.byFirstWord.set(compiled.keys[0]!, (names = { bySecondWord: new Map(), single: undefined }));
      const second = compiled.keys[1];
      if (second === undefined) {
        names.single = compiled;
        continue;
      }
      const list = names.bySecondWord.get(second) ?? [];
      list.push(compiled);
      names.bySecondWord.set(second, list);
    }
    for (const { bySecondWord } of this.byFirstWord.values()) {
      for (const list of bySecondWord.values()) list.sort((a, b) => b.keys.length - a.keys.length);
    }
  }

  /** The longest name written at word `index`, in any case. */
  matchAt(prose: NameBlock, index: number): NameMatch | undefined {
    const word = prose.words[index];
    const names = word !== undefined && this.mayStartWith(word) ? this.byFirstWord.get(wordKey(word)) : undefined;
    if (!names) return undefined;
    const candidates = names.bySecondWord.get(prose.key(index + 1));
    if (candidates) {
      for (const found of candidates) {
        if (matchesAt(found, prose, index)) return { entry: found.entry, canonical: found.canonical, first: index, end: index + found.keys.length };
      }
    }
    const { single } = names;
    return single && { entry: single.entry, canonical: single.canonical, first: index, end: index + 1 };
  }

  /** Some name starts with the word: kept with its spelling for the last matcher that asked, most words starting none. */
  private mayStartWith(word: Word): boolean {
    const spelling = word.spelling;
    if (spelling.nameDictionary !== this) {
      spelling.nameDictionary = this;
      spelling.startsName = this.byFirstWord.has(wordKey(word));
    }
    return spelling.startsName;
  }

  /**
   * Non-overlapping names that start with a capitalized word, leftmost
   * first: a name written all in lowercase (`ủy ban nhân dân các cấp`) is a
   * common noun for org-name-case, and looking only at capitals keeps the
   * scan to a lookup on one word in four.
   */
  capitalizedNames(prose: NameBlock): NameMatch[] {
    const matches: NameMatch[] = [];
    let next = 0;
    for (const index of prose.capitalized) {
      if (index < next) continue;
      const match = this.matchAt(prose, index);
      if (!match) continue;
      matches.push(match);
      next = match.end;
    }
    return matches;
  }
}

function matchesAt(name: CompiledName, prose: NameBlock, first: number): boolean {
  if (first + name.keys.length > prose.words.length) return false;
  for (let offset = 1; offset < name.keys.length; offset++) {
    const index = first + offset;
    if (prose.key(index) !== name.keys[offset]) return false;
    const gap = name.gaps[offset - 1]!;
    // Most names are written with spaces only: the gap is compared without being cut out of the text.
    if (gap === '' ? !prose.adjacent(index) : normalizeGap(prose.text.slice(prose.words[index - 1]!.end, prose.words[index]!.start)) !== gap) return false;
  }
  return true;
}

/** Built at first use, not at module load: a process may lint nothing, or nothing in Vietnamese. */
let builtInMatcher: NameMatcher | undefined;
/** One matcher per project dictionary: the config object (and its list) lives as long as the project. */
const projectMatchers = new WeakMap<readonly OrganizationEntry[], NameMatcher>();

/** The matcher of the built-in dictionary extended by the project's `organizations`. */
export function matcherFor(organizations: readonly OrganizationEntry[]): NameMatcher {
  if (organizations.length === 0) return (builtInMatcher ??= new NameMatcher(BUILT_IN_ORGANIZATIONS));
  let matcher = projectMatchers.get(organizations);
  if (!matcher) {
    matcher = new NameMatcher([...organizations, ...BUILT_IN_ORGANIZATIONS]);
    projectMatchers.set(organizations, matcher);
  }
  return matcher;
}

const blocksByDictionary = perModel(() => new Map<readonly OrganizationEntry[], NameBlock[]>());

/** The prose blocks prepared for the capitalization rules, once per model and project dictionary. */
export function nameBlocks(doc: PressRelease, organizations: readonly OrganizationEntry[]): NameBlock[] {
  const prepared = blocksByDictionary(doc);
  let blocks = prepared.get(organizations);
  if (!blocks) {
    const matcher = matcherFor(organizations);
    blocks = packedMap(casedBlocks(doc), (cased) => new NameBlock(cased, matcher));
    prepared.set(organizations, blocks);
  }
  return blocks;
}

/**
 * Indexes of the words of a capitalized name written in the wrong case. Words
 * in capitals (headers, `UBND`) are not a casing choice, so a name written
 * all in capitals is never wrong.
 */
export function miscasedWords(match: NameMatch, prose: NameBlock): number[] {
  const wrong: number[] = [];
  let allCaps = true;
  for (let index = match.first; index < match.end; index++) {
    const word = prose.words[index]!.text;
    if (isAllCaps(word) || (word.length === 1 && prose.capitals[index])) continue;
    allCaps = false;
    if (prose.capitals[index] !== isCapitalized(match.canonical[index - match.first]!)) wrong.push(index);
  }
  return allCaps ? [] : wrong;
}

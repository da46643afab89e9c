/**
 * Finds dictionary names (organizations) among the words of prose blocks,
 * ignoring case and tone-mark placement, and the word-level helpers the
 * capitalization rules share. Matching costs one Map lookup per word: names
 * are indexed by their first word, longest name first.
 */
import type { OrganizationEntry } from '../config/types';
import type { PressRelease } from '../model/types';
import { proseBlocks, type ProseBlock } from '../model/prose';
import { tokenize, type Word } from '../text/words';
import { AMBIGUOUS_FIELD_OPENINGS, BUILT_IN_ORGANIZATIONS, FIELD_HEADS } from './organizations';

// ---------------------------------------------------------------------------
// Words

/** Vietnamese tone marks once decomposed: grave, acute, tilde, hook above, dot below. */
const TONE_MARK = /[\u0300\u0301\u0303\u0309\u0323]/u;
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/gu;
const FOLD_CACHE_LIMIT = 50_000;
const foldCache = new Map<string, string>();

/**
 * A word's comparison key: lowercase, with the tone mark moved to the end so
 * that old and new placement agree (`Ủy` and `Uỷ`, `hòa` and `hoà`). Which
 * style a text uses is tone-style-mixed's business, not a casing question.
 */
export function foldWord(word: string): string {
  let folded = foldCache.get(word);
  if (folded === undefined) {
    const decomposed = word.toLowerCase().normalize('NFD');
    folded = decomposed.replace(TONE_MARKS, '') + (TONE_MARK.exec(decomposed)?.[0] ?? '');
    // Prose vocabulary is small; the bound only protects a long-lived editor process.
    if (foldCache.size >= FOLD_CACHE_LIMIT) foldCache.clear();
    foldCache.set(word, folded);
  }
  return folded;
}

/** Folded key of a phrase: its words folded and joined by single spaces. */
export function foldPhrase(phrase: string): string {
  return tokenize(phrase)
    .map((word) => foldWord(word.text))
    .join(' ');
}

/** The word starts with a capital letter. */
export function isCapitalized(word: string): boolean {
  const first = word[0];
  return first !== undefined && first !== first.toLowerCase();
}

/** A word written in capitals (`UBND`, `SỞ`): headers and abbreviations, not a casing choice. */
export function isAllCaps(word: string): boolean {
  return word.length > 1 && word === word.toUpperCase() && word !== word.toLowerCase();
}

/** The word with its first letter in the given case, the rest as written. */
export function withInitial(word: string, capital: boolean): string {
  const first = word[0] ?? '';
  return (capital ? first.toUpperCase() : first.toLowerCase()) + word.slice(1);
}

/** What may stand before a word that starts a clause of its own: `:`, an opening quote or bracket, a dash. */
const CLAUSE_OPENING = /[:“"‘(\[–—-]\s*$/u;

/** True when a capital at this word may be the sentence's or a quotation's rather than a name's. */
export function opensClause(text: string, words: readonly Word[], index: number): boolean {
  const word = words[index]!;
  if (word.sentenceStart) return true;
  return CLAUSE_OPENING.test(text.slice(words[index - 1]?.end ?? 0, word.start));
}

/** Only spaces (or a soft line break) between two words: they can belong to one name. */
export function adjacent(text: string, words: readonly Word[], index: number): boolean {
  return index > 0 && text.slice(words[index - 1]!.end, words[index]!.start).trim() === '';
}

// ---------------------------------------------------------------------------
// Phrases

/** A phrase found at a word: its value and the index after its last word. */
export interface PhraseMatch<Value> {
  value: Value;
  end: number;
}

/**
 * Short phrases (`thành phố`, `phó chủ tịch`, `buổi lễ`) indexed by their
 * first folded word, longest first, so that a rule finds them with one Map
 * lookup per word of a block.
 */
export class PhraseIndex<Value> {
  private readonly byFirstWord = new Map<string, Array<{ keys: string[]; value: Value }>>();

  constructor(entries: Iterable<readonly [phrase: string, value: Value]>) {
    for (const [phrase, value] of entries) {
      const keys = foldPhrase(phrase).split(' ');
      const list = this.byFirstWord.get(keys[0]!) ?? [];
      list.push({ keys, value });
      list.sort((a, b) => b.keys.length - a.keys.length);
      this.byFirstWord.set(keys[0]!, list);
    }
  }

  /** True when some phrase starts with this folded word: the cheap test before `at`. */
  opensWith(key: string): boolean {
    return this.byFirstWord.has(key);
  }

  /**
   * The longest phrase written at word `index` (words separated by spaces
   * only) that `accept` takes, if any.
   */
  at(text: string, words: readonly Word[], keys: readonly string[], index: number, accept?: (match: PhraseMatch<Value>) => boolean): PhraseMatch<Value> | undefined {
    for (const candidate of this.byFirstWord.get(keys[index]!) ?? []) {
      const end = index + candidate.keys.length;
      if (!candidate.keys.every((key, offset) => keys[index + offset] === key && (offset === 0 || adjacent(text, words, index + offset)))) continue;
      const match = { value: candidate.value, end };
      if (!accept || accept(match)) return match;
    }
    return undefined;
  }
}

// ---------------------------------------------------------------------------
// Dictionary matching

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
  return gap.replace(/\s+/gu, '').replace(/[–—‐‑]/gu, '-');
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
    const field = `${keys[1]} ${keys[2]}`;
    if (AMBIGUOUS_FIELD_OPENINGS.has(field)) continue;
    for (const head of FIELD_HEADS) {
      const name = `${head} ${canonical[1]} ${canonical[2]}`;
      openings.set(foldPhrase(name), { name });
    }
  }
  return [...openings.values()];
}

/** Matches the names of a dictionary in tokenized text. */
export class NameMatcher {
  private readonly byFirstWord = new Map<string, CompiledName[]>();

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
      const list = this.byFirstWord.get(compiled.keys[0]!) ?? [];
      list.push(compiled);
      this.byFirstWord.set(compiled.keys[0]!, list);
    }
    for (const list of this.byFirstWord.values()) list.sort((a, b) => b.keys.length - a.keys.length);
  }

  /** Non-overlapping matches, leftmost first, longest name at each position; `keys` are the words folded. */
  match(text: string, words: readonly Word[], keys: readonly string[]): NameMatch[] {
    const matches: NameMatch[] = [];
    let index = 0;
    while (index < words.length) {
      const candidates = this.byFirstWord.get(keys[index]!);
      const found = candidates?.find((candidate) => matchesAt(candidate, text, words, keys, index));
      if (found) {
        matches.push({ entry: found.entry, canonical: found.canonical, first: index, end: index + found.keys.length });
        index += found.keys.length;
      } else index++;
    }
    return matches;
  }
}

function matchesAt(name: CompiledName, text: string, words: readonly Word[], keys: readonly string[], first: number): boolean {
  if (first + name.keys.length > words.length) return false;
  for (let offset = 1; offset < name.keys.length; offset++) {
    if (keys[first + offset] !== name.keys[offset]) return false;
    if (normalizeGap(text.slice(words[first + offset - 1]!.end, words[first + offset]!.start)) !== name.gaps[offset - 1]) return false;
  }
  return true;
}

const builtInMatcher = new NameMatcher(BUILT_IN_ORGANIZATIONS);
/** One matcher per project dictionary: the config object (and its list) lives as long as the project. */
const projectMatchers = new WeakMap<readonly OrganizationEntry[], NameMatcher>();

function matcherFor(organizations: readonly OrganizationEntry[]): NameMatcher {
  if (organizations.length === 0) return builtInMatcher;
  let matcher = projectMatchers.get(organizations);
  if (!matcher) {
    matcher = new NameMatcher([...organizations, ...BUILT_IN_ORGANIZATIONS]);
    projectMatchers.set(organizations, matcher);
  }
  return matcher;
}

/** A prose block prepared for the capitalization rules: each word folded and its case, and the dictionary names in it. */
export interface NameBlock extends ProseBlock {
  /** `foldWord` of each word. */
  keys: string[];
  /** Whether each word starts with a capital. */
  capitals: boolean[];
  names: NameMatch[];
}

const namesCache = new WeakMap<PressRelease, { organizations: readonly OrganizationEntry[]; blocks: NameBlock[] }>();

/** The prose blocks with folded words and dictionary names, prepared once per model and shared by the capitalization rules. */
export function nameBlocks(doc: PressRelease, organizations: readonly OrganizationEntry[]): NameBlock[] {
  const cached = namesCache.get(doc);
  if (cached && cached.organizations === organizations) return cached.blocks;
  const matcher = matcherFor(organizations);
  const blocks = proseBlocks(doc).map((prose) => {
    const keys = prose.words.map((word) => foldWord(word.text));
    const capitals = prose.words.map((word) => isCapitalized(word.text));
    return { ...prose, keys, capitals, names: matcher.match(prose.block.plain.text, prose.words, keys) };
  });
  namesCache.set(doc, { organizations, blocks });
  return blocks;
}

/**
 * Indexes of the words of a match written in the wrong case, relative to
 * the block. Only a name whose first word is capitalized is judged: a
 * lowercase `ủy ban nhân dân các cấp` is a common noun, and words in capitals
 * (headers, `UBND`) are not a casing choice.
 */
export function miscasedWords(match: NameMatch, words: readonly Word[]): number[] {
  const written = words.slice(match.first, match.end);
  if (!isCapitalized(written[0]!.text) || written.every((word) => isAllCaps(word.text) || word.text.length === 1 && isCapitalized(word.text))) return [];
  const wrong: number[] = [];
  written.forEach((word, offset) => {
    if (isAllCaps(word.text)) return;
    if (isCapitalized(word.text) !== isCapitalized(match.canonical[offset]!)) wrong.push(match.first + offset);
  });
  return wrong;
}

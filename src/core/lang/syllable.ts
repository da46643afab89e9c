/**
 * A Vietnamese syllable model without a dictionary: a written syllable is
 * split into initial consonant + rhyme (medial, nucleus, final) + tone, the
 * tone mark's correct letter is derived from the rhyme, and the spelling is
 * checked against the structural rules of the orthography.
 *
 * Offsets are indexes into the syllable as written; every Vietnamese letter
 * is one UTF-16 unit in NFC, so they are also character offsets.
 */

/** The six tones: ngang (no mark), huyền, sắc, hỏi, ngã, nặng. */
export type Tone = 'level' | 'grave' | 'acute' | 'hook' | 'tilde' | 'dot';

/** Tone-mark placement in open oa, oe, uy, named by its example word: `hòa` (ủy, thủy, khỏe) or `hoà` (uỷ, thuỷ, khoẻ). */
export type ToneStyle = 'hòa' | 'hoà';

const TONE_MARK: Record<Tone, string> = { level: '', grave: '\u0300', acute: '\u0301', hook: '\u0309', tilde: '\u0303', dot: '\u0323' };
const VOWELS = 'aăâeêioôơuưy';
const CONSONANTS = 'bcdđghklmnpqrstvx';
/** Vowels written with a modifier (breve, circumflex, horn): when present they carry the tone mark. */
const MODIFIED_VOWELS = 'ăâêôơư';

interface Letter {
  /** Lowercase letter without its tone mark (modifiers kept: `ê`, `ư`). */
  base: string;
  tone: Tone;
  upper: boolean;
}

/** Every Vietnamese letter, lowercase and uppercase, with its base letter and tone. */
const LETTERS = new Map<string, Letter>();
/** `base + tone` → the lowercase precomposed letter. */
const COMPOSED = new Map<string, string>();
for (const base of VOWELS) {
  for (const tone of Object.keys(TONE_MARK) as Tone[]) {
    const lower = (base + TONE_MARK[tone]).normalize('NFC');
    COMPOSED.set(base + tone, lower);
    LETTERS.set(lower, { base, tone, upper: false });
    LETTERS.set(lower.toUpperCase(), { base, tone, upper: true });
  }
}
for (const base of CONSONANTS) {
  COMPOSED.set(`${base}level`, base);
  LETTERS.set(base, { base, tone: 'level', upper: false });
  LETTERS.set(base.toUpperCase(), { base, tone: 'level', upper: true });
}

/** Initial consonants, longest first so that `ngh` wins over `ng` and `n`. */
const INITIALS = ['ngh', 'ng', 'nh', 'ch', 'gh', 'gi', 'kh', 'ph', 'th', 'tr', 'qu', ...CONSONANTS];
const FINALS = new Set(['', 'c', 'ch', 'm', 'n', 'ng', 'nh', 'p', 't']);
/** Stop finals: their syllables take only the sắc or nặng tone. */
const STOP_FINALS = new Set(['c', 'ch', 'p', 't']);

/**
 * Every rhyme of standard Vietnamese (medial + nucleus + final), loanword
 * rhymes included (`oong`, `ooc`, `uyn`, `uyp`, `ec`). After `qu` the u is the
 * initial's; after `gi` the i of an iê rhyme is not written twice (`giếng`).
 */
const RHYMES = new Set(
  [
    'a ac ach ai am an ang anh ao ap at au ay',
    'ăc ăm ăn ăng ăp ăt',
    'âc âm ân âng âp ât âu ây',
    'e ec em en eng eo ep et',
    'ê êch êm ên êng ênh êp êt êu',
    'i ia ich im in inh ip it iu',
    'iêc iêm iên iêng iêp iêt iêu',
    'o oc oi om on ong op ot ooc oong',
    'ô ôc ôi ôm ôn ông ôp ôt',
    'ơ ơi ơm ơn ơp ơt',
    'u ua uc ui um un ung up ut',
    'uôc uôi uôm uôn uông uôt',
    'ư ưa ưc ưi ưm ưn ưng ưt ưu',
    'ươc ươi ươm ươn ương ươp ươt ươu',
    'y yêm yên yêng yêt yêu',
    'oa oac oach oai oam oan oang oanh oao oap oat oay',
    'oăc oăm oăn oăng oăt',
    'oe oem oen oeng oeo oet',
    'uân uâng uât uây uê uêch uênh uơ',
    'uy uya uych uyên uyêt uyn uynh uyp uyt uyu',
  ].flatMap((line) => line.split(' ')),
);

/** Open rhymes whose tone mark goes on the first vowel in the `hòa` style and on the second in the `hoà` style. */
const STYLE_RHYMES = new Set(['oa', 'oe', 'uy']);

export interface Syllable {
  /** As written. */
  readonly text: string;
  /** Lowercase letters without the tone mark, one per written letter. */
  readonly letters: string;
  readonly initial: string;
  /** Medial + nucleus + final, as letters (`oan`, `ươc`); starts at `initial.length`. */
  readonly rhyme: string;
  readonly final: string;
  /** Tone marks as written: none for the level tone, one normally, two in a typing slip (`bìển`). */
  readonly marks: ReadonlyArray<{ tone: Tone; at: number }>;
  /** The (first) tone, `level` when unmarked. */
  readonly tone: Tone;
  /** Index of the letter carrying the (first) tone mark, -1 for the level tone. */
  readonly toneAt: number;
  /** Which letters are uppercase. */
  readonly upper: readonly boolean[];
}

function isVowel(letter: string | undefined): boolean {
  return letter !== undefined && VOWELS.includes(letter);
}

function initialOf(letters: string): string {
  for (const initial of INITIALS) {
    if (!letters.startsWith(initial)) continue;
    // `gi` and `qu` are initials only before a vowel: `gìn` is g + in, `gia` is gi + a.
    if ((initial === 'gi' || initial === 'qu') && !isVowel(letters[2])) continue;
    return initial;
  }
  return '';
}

/**
 * Splits a written word into initial + rhyme + tone. Undefined when the word
 * is not shaped like one Vietnamese syllable: a foreign letter or a combining
 * mark, more than two tone marks, no vowel, more than three vowels, an
 * unknown final.
 */
export function parseSyllable(text: string): Syllable | undefined {
  let letters = '';
  const marks: Array<{ tone: Tone; at: number }> = [];
  const upper: boolean[] = [];
  for (let index = 0; index < text.length; index++) {
    const letter = LETTERS.get(text[index]!);
    if (!letter) return undefined;
    if (letter.tone !== 'level') {
      if (marks.length === 2) return undefined;
      marks.push({ tone: letter.tone, at: index });
    }
    letters += letter.base;
    upper.push(letter.upper);
  }
  const initial = initialOf(letters);
  let vowelEnd = initial.length;
  while (isVowel(letters[vowelEnd])) vowelEnd++;
  const vowelCount = vowelEnd - initial.length;
  const final = letters.slice(vowelEnd);
  if (vowelCount === 0 || vowelCount > 3 || !FINALS.has(final)) return undefined;
  const [first] = marks;
  return { text, letters, initial, rhyme: letters.slice(initial.length), final, marks, tone: first?.tone ?? 'level', toneAt: first?.at ?? -1, upper };
}

/** True when the rhyme exists in Vietnamese (after `qu` and `gi`, in their shortened spellings too). */
export function isKnownRhyme(syllable: Syllable): boolean {
  const { initial, rhyme } = syllable;
  if (RHYMES.has(rhyme)) return true;
  return (initial === 'qu' && RHYMES.has(`u${rhyme}`)) || (initial === 'gi' && RHYMES.has(`i${rhyme}`));
}

/**
 * True for a word shaped like one Vietnamese syllable with a known rhyme, in
 * any case (`Việt`, `HOÀN`), not a foreign word (`Agras`, `Global`).
 * (`isVietnameseSyllable` of legacy-encodings also holds it to the spelling
 * rules: one tone mark, the tones of stop finals, c/k, g/gh, ng/ngh.)
 */
export function isKnownSyllable(word: string): boolean {
  const syllable = parseSyllable(word);
  return syllable !== undefined && isKnownRhyme(syllable);
}

/** True for open oa, oe, uy: the only rhymes whose mark differs between the two styles. */
function isStyleRhyme(syllable: Syllable): boolean {
  return STYLE_RHYMES.has(syllable.rhyme);
}

/**
 * Indexes (in the word) of the letters that may carry the tone mark: one
 * letter, or two for open oa, oe, uy (first: `hòa` style, second: `hoà`).
 * QĐ 1989/QĐ-BGDĐT Điều 8 and the practice of both styles:
 * - a modified vowel takes the mark (`lửa`, `biển`, `thuyền`; ơ in ươ: `được`);
 * - otherwise, with a final consonant, the last vowel (`hoàng`, `huỳnh`);
 * - otherwise the first of two vowels (`của`, `bìa`, `máy`), the middle of three (`ngoài`, `khuỷu`).
 */
export function tonePlaces(syllable: Syllable): number[] {
  const start = syllable.initial.length;
  if (isStyleRhyme(syllable)) return [start, start + 1];
  const vowels = syllable.rhyme.slice(0, syllable.rhyme.length - syllable.final.length);
  let modified = -1;
  for (let index = 0; index < vowels.length; index++) if (MODIFIED_VOWELS.includes(vowels[index]!)) modified = index;
  if (modified !== -1) return [start + modified];
  if (syllable.final !== '') return [start + vowels.length - 1];
  return [start + (vowels.length === 3 ? 1 : 0)];
}

/** The style of a toned open oa, oe, uy syllable; undefined for every other syllable. */
export function toneStyleOf(syllable: Syllable): ToneStyle | undefined {
  if (syllable.marks.length !== 1 || !isStyleRhyme(syllable)) return undefined;
  return syllable.toneAt === syllable.initial.length ? 'hòa' : 'hoà';
}

/** The word with `tone` on the letter at `at` and no other mark, each letter keeping its case. */
export function withTone(syllable: Syllable, tone: Tone, at: number): string {
  let text = '';
  for (let index = 0; index < syllable.letters.length; index++) {
    const letter = COMPOSED.get(syllable.letters[index]! + (index === at ? tone : 'level'))!;
    text += syllable.upper[index] ? letter.toUpperCase() : letter;
  }
  return text;
}

/** The word respelled in the given style (for a style word). */
export function inToneStyle(syllable: Syllable, style: ToneStyle): string {
  const [first, second] = tonePlaces(syllable) as [number, number];
  return withTone(syllable, syllable.tone, style === 'hòa' ? first : second);
}

/** Vowels before which `k`, `gh`, `ngh` are written instead of `c`, `g`, `ng` (k also before y). */
const FRONT_VOWELS = 'ieê';

/**
 * The right spelling of the initial before the rhyme's first letter, when the
 * written one is wrong and the correction is certain: `ngh`/`gh` only before
 * i, e, ê (`nghành` → `ngành`), `ng`/`g` never before them (`ngiêm` →
 * `nghiêm`), `k` only before i, e, ê, y and `c` never (`kà` → `cà`).
 */
export function initialCorrection(syllable: Syllable): string | undefined {
  const { initial, rhyme } = syllable;
  const first = rhyme[0]!;
  const front = FRONT_VOWELS.includes(first);
  switch (initial) {
    // Before y neither spelling is Vietnamese (`ghy`, `gy`): no certain fix.
    case 'ngh':
      return front || first === 'y' ? undefined : 'ng';
    case 'gh':
      return front || first === 'y' ? undefined : 'g';
    case 'ng':
      return front ? 'ngh' : undefined;
    // g + i is the initial gi with its i merged (`gì`, `gìn`).
    case 'g':
      return first === 'e' || first === 'ê' ? 'gh' : undefined;
    case 'c':
      return front || first === 'y' ? 'k' : undefined;
    case 'k':
      // k + medial o/u (`koa`, `kuy`) has no single right spelling (`coa`, `cuy` are wrong too).
      if (front || first === 'y' || ((first === 'o' || first === 'u') && isVowel(rhyme[1]))) return undefined;
      return 'c';
    default:
      return undefined;
  }
}

/** A stop final (c, ch, p, t) takes only the sắc or nặng tone: `thấp`, `thập`, never `thầp`. */
export function hasStopFinalToneError(syllable: Syllable): boolean {
  return STOP_FINALS.has(syllable.final) && syllable.marks.length < 2 && syllable.tone !== 'acute' && syllable.tone !== 'dot';
}

/** The word with its initial replaced by `initial`, the first letter keeping its case (`Nghành` → `Ngành`). */
export function withInitial(syllable: Syllable, initial: string): string {
  const head = syllable.upper[0] ? initial.charAt(0).toUpperCase() + initial.slice(1) : initial;
  return head + syllable.text.slice(syllable.initial.length);
}

/**
 * Vietnamese text typed in a legacy encoding and shown as if it were
 * Unicode (mojibake), found line by line and converted back.
 *
 * - TCVN3 (ABC, `.VnTime` fonts) and VNI-Windows (`VNI-Times`) store
 *   Vietnamese letters in the bytes 0xA0–0xFF; pasted into a Unicode editor
 *   they show as Latin-1 symbols and letters: `Së Th«ng tin`, `Sôû Thoâng tin`.
 * - VIQR (RFC 1456) writes the marks as ASCII after the vowel: `Vie^.t Nam`.
 * - UTF-8 read as Windows-1252 turns each letter into two or three: `Nghá»‹`.
 *
 * A word is evidence for an encoding when, as written, it is not a
 * Vietnamese word but decodes to one; a line's run of such words (with the
 * neutral words between them) is one finding. The conversion is offered only
 * when it is certain: it round-trips to the exact text and gives well-formed
 * Vietnamese. Everything here works on strings, for the lint rules and for an
 * importer alike.
 */
import iconv from 'iconv-lite';
import { hasStopFinalToneError, initialCorrection, isKnownRhyme, parseSyllable } from './syllable';

export type LegacyEncoding = 'tcvn3' | 'vni' | 'viqr' | 'utf8-as-cp1252';

/** A run of legacy text in a string; offsets are UTF-16 indexes into it. */
export interface LegacyRun {
  start: number;
  end: number;
  encoding: LegacyEncoding;
  /** TCVN3 typed in a capitals font (`.VnTimeH`): the letters are capitals although their codes are the lowercase ones. */
  uppercase?: boolean;
  /** The Unicode text (NFC) when the conversion is certain. */
  converted?: string;
}

export interface ConvertOptions {
  /** TCVN3 only: the run was typed in a `.VnTimeH` capitals font. */
  uppercase?: boolean;
}

// ---------------------------------------------------------------------------
// Vietnamese words

const LETTER_PIECE = /[\p{L}\p{M}]+/gu;
/** Separators of words on a line; the no-break space stays inside a word (it is part of UTF-8 mojibake). */
const TOKEN_SEPARATOR = /[ \t\r\u2000-\u200A\u3000]+/u;
const TOKEN = /[^ \t\r\u2000-\u200A\u3000]+/gu;

/**
 * One syllable spelled by the rules of Vietnamese orthography (known rhyme,
 * one tone mark, sắc or nặng on a stop final, c/k, g/gh, ng/ngh before the
 * right vowels), in lowercase, Capitalized or UPPERCASE.
 */
export function isVietnameseSyllable(text: string, options: { anyCase?: boolean } = {}): boolean {
  const syllable = parseSyllable(text);
  if (!syllable || syllable.marks.length > 1 || !isKnownRhyme(syllable) || hasStopFinalToneError(syllable)) return false;
  if (initialCorrection(syllable) !== undefined) return false;
  if (options.anyCase) return true;
  const { upper } = syllable;
  return upper.slice(1).every((isUpper) => !isUpper) || upper.every((isUpper) => isUpper);
}

/** True when every run of letters in `text` is a Vietnamese syllable (and there is at least one). */
function isVietnameseWord(text: string, anyCase = false): boolean {
  let pieces = 0;
  for (const [piece] of text.matchAll(LETTER_PIECE)) {
    if (!isVietnameseSyllable(piece, { anyCase })) return false;
    pieces++;
  }
  return pieces > 0;
}

const ASCII_LETTER = /[A-Za-z]/;
const HAS_LETTER = /\p{L}/u;
const HAS_LETTER_OR_MARK = /[\p{L}\p{M}]/u;
/** An abbreviation or code (`UBND`, `COVID-19`, `5G`): not a word, says nothing about the language of the line. */
const ABBREVIATION = /^[^\p{Ll}]*$|\d/u;
/** Characters that never stand inside a Vietnamese word written in Unicode: Latin-1 symbols, the soft hyphen, C1 controls. */
const FOREIGN_SYMBOL = /[\u0080-\u009F\u00A1-\u00BF\u00D7\u00F7]/u;
const NON_ASCII_LETTER = /[^\P{L}\x00-\x7F]/u;
const CONTROL_OR_REPLACEMENT = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\uFFFD]/u;

/** A word that reads as written: Vietnamese, with no stray symbol inside. */
function readsAsVietnamese(text: string): boolean {
  return !FOREIGN_SYMBOL.test(text) && isVietnameseWord(text);
}

/**
 * Text that looks like Vietnamese in Unicode: NFC, no replacement character,
 * no stray symbol inside a word, and every word that has a non-ASCII letter is
 * a well-spelled syllable (ASCII words may be names or foreign words).
 */
function looksLikeVietnameseText(text: string): boolean {
  if (CONTROL_OR_REPLACEMENT.test(text) || text.normalize('NFC') !== text) return false;
  return text.split(TOKEN_SEPARATOR).every((token) => !NON_ASCII_LETTER.test(token) || readsAsVietnamese(token));
}

// ---------------------------------------------------------------------------
// Bytes shown as Windows-1252 / Latin-1 characters

/** Windows-1252 for the bytes 0x80–0x9F; its five undefined bytes come through as the C1 controls of the same code. */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';
const CP1252_BYTE = new Map(Array.from(CP1252_HIGH, (character, index) => [character, 0x80 + index]));

/**
 * The byte a paste showed as `character`: cp1252 for 0x80–0x9F, Latin-1
 * otherwise; a Latin-1 reading of 0x80–0x9F (C1 controls, as some tools
 * decode) is accepted too.
 */
function windowsByte(character: string): number | undefined {
  const code = character.charCodeAt(0);
  return code <= 0xff ? code : CP1252_BYTE.get(character);
}

/** The same bytes whether 0x80–0x9F were read as cp1252 or as Latin-1 C1 controls. */
function foldC1Controls(text: string): string {
  return text.replace(/[\u0080-\u009F]/gu, (control) => CP1252_HIGH[control.charCodeAt(0) - 0x80]!);
}

function windowsCharacter(byte: number): string {
  return byte >= 0x80 && byte < 0xa0 ? CP1252_HIGH[byte - 0x80]! : String.fromCharCode(byte);
}

// ---------------------------------------------------------------------------
// TCVN3

interface Tcvn3Tables {
  /** Latin-1 character → Vietnamese letter. */
  decode: Map<string, string>;
  /** Vietnamese letter → Latin-1 character. */
  encode: Map<string, string>;
}

let tcvn3: Tcvn3Tables | undefined;

/**
 * TCVN3 (TCVN 5712 VN3, the ABC fonts) from iconv-lite's 'tcvn' codec,
 * which is the full VN1 set: VN3 keeps only the bytes 0xA1–0xFF that hold
 * lowercase letters and the seven capitals Ă Â Ê Ô Ơ Ư Đ. Capitals with a
 * tone live in separate "H" fonts that reuse the lowercase codes. Built on
 * first use so that clean documents never pay for it.
 */
function tcvn3Tables(): Tcvn3Tables {
  if (!tcvn3) {
    const bytes = Uint8Array.from({ length: 0x5f }, (_, index) => 0xa1 + index);
    const letters = iconv.decode(bytes, 'tcvn');
    const decode = new Map<string, string>();
    const encode = new Map<string, string>();
    Array.from(letters).forEach((letter, index) => {
      const isVn3Letter = letter !== letter.toUpperCase() || 'ĂÂÊÔƠƯĐ'.includes(letter);
      if (!isVn3Letter) return;
      const shown = windowsCharacter(bytes[index]!);
      decode.set(shown, letter);
      encode.set(letter, shown);
    });
    tcvn3 = { decode, encode };
  }
  return tcvn3;
}

const TCVN3_CAPITALS = 'ĂÂÊÔƠƯĐ';

function decodeTcvn3(text: string): string {
  const { decode } = tcvn3Tables();
  let result = '';
  for (const character of text) result += decode.get(character) ?? character;
  return result;
}

/** Unicode → TCVN3 as a Windows paste shows it; in capitals mode every letter takes its lowercase code, as in a `.VnTimeH` font. */
function encodeTcvn3(text: string, uppercase: boolean): string | undefined {
  const { encode, decode } = tcvn3Tables();
  let result = '';
  for (const character of text) {
    const code = character.charCodeAt(0);
    if (code < 0x80) {
      result += character;
      continue;
    }
    // Characters that are not TCVN3 letters (dashes, quotes, NBSP) pass through the paste unchanged.
    const shown = uppercase ? (encode.get(character.toLowerCase()) ?? encode.get(character)) : encode.get(character);
    if (shown !== undefined) result += shown;
    else if (decode.has(character) || HAS_LETTER.test(character)) return undefined;
    else result += character;
  }
  return result;
}

/** In a capitals font Ă Â Ê Ô Ơ Ư Đ may be typed with either code; compare them as one. */
function foldTcvn3Capitals(text: string): string {
  const { encode, decode } = tcvn3Tables();
  let result = '';
  for (const character of text) {
    const capital = decode.get(character)?.toUpperCase();
    result += (capital !== undefined && TCVN3_CAPITALS.includes(capital) ? encode.get(capital) : undefined) ?? character;
  }
  return result;
}

/** A letter that TCVN3 text cannot hold: outside Latin-1, a Latin-1 letter that is not a TCVN3 code, or a combining mark. */
function isImpossibleInTcvn3(word: string): boolean {
  const { decode } = tcvn3Tables();
  for (const character of word) {
    const code = character.charCodeAt(0);
    if (code < 0xc0 || decode.has(character)) continue;
    if (code <= 0xff || HAS_LETTER_OR_MARK.test(character)) return true;
  }
  return false;
}

// ---------------------------------------------------------------------------
// VNI-Windows

const TONES = ['', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323'] as const;
/** VNI diacritic bytes, lowercase forms (capitals use the uppercase Latin-1 letter), in the order of TONES. */
const VNI_TONE = ['', 'ø', 'ù', 'û', 'õ', 'ï'];
const VNI_CIRCUMFLEX = ['â', 'à', 'á', 'å', 'ã', 'ä'];
const VNI_BREVE = ['ê', 'è', 'é', 'ú', 'ü', 'ë'];
/** i with a tone is one byte of its own. */
const VNI_I = ['i', 'ì', 'í', 'æ', 'ó', 'ò'];
/** Letters written as one byte: đ, ư, ơ (ư and ơ then take a tone byte), ỵ. */
const VNI_D = 'ñ';
const VNI_U_HORN = 'ö';
const VNI_O_HORN = 'ô';
const VNI_Y_DOT = 'î';

/** How VNI writes one lowercase Vietnamese letter. */
function vniSpelling(letter: string): string {
  if (letter === 'đ') return VNI_D;
  const marks = letter.normalize('NFD');
  const base = marks[0]!;
  const tone = TONES.findIndex((mark, index) => index > 0 && marks.includes(mark));
  const toneIndex = tone === -1 ? 0 : tone;
  if (marks.includes('\u031B')) return (base === 'u' ? VNI_U_HORN : VNI_O_HORN) + VNI_TONE[toneIndex];
  if (marks.includes('\u0302')) return base + VNI_CIRCUMFLEX[toneIndex];
  if (marks.includes('\u0306')) return base + VNI_BREVE[toneIndex];
  if (base === 'i') return VNI_I[toneIndex]!;
  if (base === 'y' && toneIndex === 5) return VNI_Y_DOT;
  return base + VNI_TONE[toneIndex];
}

const VNI_ENCODE = new Map<string, string>();
const VNI_DECODE = new Map<string, string>();
for (const base of 'aăâeêioôơuưy') {
  for (const mark of TONES) {
    const lower = (base + mark).normalize('NFC');
    for (const letter of [lower, lower.toUpperCase()]) {
      const spelling = letter === lower ? vniSpelling(lower) : vniSpelling(lower).toUpperCase();
      VNI_ENCODE.set(letter, spelling);
      if (spelling !== letter) VNI_DECODE.set(spelling, letter);
    }
  }
}
VNI_ENCODE.set('đ', VNI_D).set('Đ', VNI_D.toUpperCase());
VNI_DECODE.set(VNI_D, 'đ').set(VNI_D.toUpperCase(), 'Đ');
/** Latin-1 letters that VNI uses as diacritics or one-byte letters. */
const VNI_BYTES = new Set(Array.from(VNI_DECODE.keys(), (spelling) => spelling.at(-1)!).filter((character) => character > '\u007F'));

function decodeVni(text: string): string {
  let result = '';
  for (let index = 0; index < text.length; index++) {
    const pair = index + 1 < text.length ? VNI_DECODE.get(text.slice(index, index + 2)) : undefined;
    if (pair !== undefined) {
      result += pair;
      index++;
      continue;
    }
    result += VNI_DECODE.get(text[index]!) ?? text[index];
  }
  return result;
}

function encodeVni(text: string): string | undefined {
  let result = '';
  for (const character of text) {
    if (character.charCodeAt(0) < 0x80) result += character;
    else if (VNI_ENCODE.has(character)) result += VNI_ENCODE.get(character);
    else if (HAS_LETTER.test(character)) return undefined;
    else result += character;
  }
  return result;
}

// ---------------------------------------------------------------------------
// VIQR (RFC 1456)

const VIQR_MODIFIER: Record<string, string> = { '(': '\u0306', '^': '\u0302', '+': '\u031B' };
const VIQR_TONE: Record<string, string> = { '`': '\u0300', "'": '\u0301', '?': '\u0309', '~': '\u0303', '.': '\u0323' };
/** Which vowels take which modifier. */
const VIQR_TAKES: Record<string, string> = { '(': 'a', '^': 'aeo', '+': 'ou' };
const VIQR_VOWEL = /[aeiouy]/i;
/** `.` and `?` at the end of a word are punctuation unless the sentence goes on in lowercase. */
const VIQR_AMBIGUOUS_END = new Set(['.', '?']);
/** A lowercase word next, tested in place (sticky) so that a long line is never copied. */
const LOWERCASE_NEXT = /\s+\p{Ll}/uy;
/**
 * A vowel without a tone mark followed by `.` or `?` at the end of a word,
 * and not by a lowercase word: `vi.` may be `vị` or the end of a sentence.
 * RFC 1456 asks writers to escape the punctuation (`vi\.`); few do, so such a
 * run is found but not converted.
 */
const VIQR_UNCERTAIN_END = /[aeiouyAEIOUY][\^(+]?[.?](?![A-Za-z])(?!\s+\p{Ll})/u;

function decodeViqr(text: string): string {
  let result = '';
  let wordStart = true;
  for (let index = 0; index < text.length; index++) {
    const character = text[index]!;
    if (character === '\\' && (text[index + 1]! in VIQR_TONE || text[index + 1]! in VIQR_MODIFIER)) {
      result += text[++index];
      continue;
    }
    if (wordStart && (character === 'd' || character === 'D') && /[dD]/.test(text[index + 1] ?? '') && !(character === 'd' && text[index + 1] === 'D')) {
      result += character === 'd' ? 'đ' : 'Đ';
      index++;
      wordStart = false;
      continue;
    }
    wordStart = !ASCII_LETTER.test(character);
    if (!VIQR_VOWEL.test(character)) {
      result += character;
      continue;
    }
    let letter = character;
    let next = index + 1;
    const modifier = text[next]!;
    if (modifier in VIQR_MODIFIER && VIQR_TAKES[modifier]!.includes(character.toLowerCase())) {
      letter += VIQR_MODIFIER[modifier];
      next++;
    }
    const tone = text[next]!;
    if (tone in VIQR_TONE && !(VIQR_AMBIGUOUS_END.has(tone) && isWordEnd(text, next + 1) && !continuesInLowercase(text, next + 1))) {
      letter += VIQR_TONE[tone];
      next++;
    }
    result += letter.normalize('NFC');
    index = next - 1;
  }
  return result;
}

function continuesInLowercase(text: string, index: number): boolean {
  LOWERCASE_NEXT.lastIndex = index;
  return LOWERCASE_NEXT.test(text);
}

function isWordEnd(text: string, index: number): boolean {
  return index >= text.length || !ASCII_LETTER.test(text[index]!);
}

const VIQR_SPELLING = new Map<string, string>();
for (const [modifier, mark] of Object.entries({ '': '', ...VIQR_MODIFIER })) {
  for (const vowel of modifier === '' ? 'aeiouy' : VIQR_TAKES[modifier]!) {
    for (const [tone, toneMark] of Object.entries({ '': '', ...VIQR_TONE })) {
      const letter = (vowel + mark + toneMark).normalize('NFC');
      VIQR_SPELLING.set(letter, vowel + modifier + tone);
      VIQR_SPELLING.set(letter.toUpperCase(), vowel.toUpperCase() + modifier + tone);
    }
  }
}
VIQR_SPELLING.set('đ', 'dd').set('Đ', 'DD');

function encodeViqr(text: string): string | undefined {
  let result = '';
  for (const character of text) {
    const spelling = VIQR_SPELLING.get(character);
    if (spelling !== undefined) result += spelling;
    else if (character.charCodeAt(0) < 0x80) result += character;
    else return undefined;
  }
  return result;
}

/** `DD` and `Dd` both spell Đ. */
function foldViqr(text: string): string {
  return text.replace(/Dd/g, 'DD');
}

// ---------------------------------------------------------------------------
// UTF-8 read as Windows-1252

const UTF8 = new TextDecoder('utf-8', { fatal: true });
const UTF8_ENCODER = new TextEncoder();

function decodeUtf8AsCp1252(text: string): string | undefined {
  const bytes = new Uint8Array(text.length);
  for (let index = 0; index < text.length; index++) {
    const byte = windowsByte(text[index]!);
    if (byte === undefined) return undefined;
    bytes[index] = byte;
  }
  try {
    return UTF8.decode(bytes);
  } catch {
    return undefined;
  }
}

function encodeUtf8AsCp1252(text: string): string {
  return Array.from(UTF8_ENCODER.encode(text), windowsCharacter).join('');
}

// ---------------------------------------------------------------------------
// Per-encoding detection

/** What a word says about one encoding. */
type Verdict =
  /** Not Vietnamese as written, Vietnamese once decoded. */
  | 'evidence'
  /** The same, and unmistakable on its own (a symbol inside a word, two legacy marks, a UTF-8 sequence). */
  | 'strong'
  /** Mojibake of this encoding that does not decode (bytes lost in the paste). */
  | 'broken'
  /** Reads as Vietnamese both as written and decoded (`mét`/`một`): converted inside a run, never a reason for one. */
  | 'ambiguous'
  /** Unchanged by decoding: punctuation, numbers, ASCII Vietnamese, abbreviations. */
  | 'neutral'
  /** Unchanged and not Vietnamese: a foreign word (two in a row end a run). */
  | 'foreign'
  /** Cannot be this encoding, or decodes to nonsense: ends a run. */
  | 'impossible';

interface Codec {
  encoding: LegacyEncoding;
  /** A cheap test on a line: might it hold this encoding at all? */
  hint: RegExp;
  /**
   * The hint matches only where the text holds an unusual character (one
   * outside ASCII that is not a precomposed Vietnamese letter, see
   * `ProseWords.unusual`): a text known to hold none is not tested.
   */
  hintNeedsUnusual?: boolean;
  /** A word that cannot be text of this encoding. */
  isImpossible(word: string): boolean;
  decode(text: string): string | undefined;
  /** Back to the legacy form, for the round trip; undefined when a character has no legacy form. */
  encode(text: string, options: ConvertOptions): string | undefined;
  /** Legacy forms that are the same text (capital codes in a capitals font, `Dd` for `DD`). */
  fold?(text: string): string;
  /** Words whose decoding is trusted without the syllable case rules (TCVN3 capitals fonts mix codes). */
  anyCase?: boolean;
  /** An evidence word that is enough on its own. */
  isStrong(word: string): boolean;
  /** UTF-8: a word with a partial sequence. */
  isBroken?(word: string): boolean;
  /** A run whose reading is ambiguous (VIQR punctuation): found, but not converted. */
  isUncertain?(text: string): boolean;
}

/** Latin-1 characters that are Vietnamese letters in Unicode too (à, ê, Ô …). */
const VIETNAMESE_LATIN1 = /[àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ]/u;
/** Vietnamese letters outside Latin-1 (ă, đ, ơ, ư, ạ …) and combining marks: a word with one is already Unicode. */
const UNICODE_VIETNAMESE = /[\u0100-\u01B0\u1EA0-\u1EF9\u0300-\u036F]/u;

/** Inside a word, a Latin-1 symbol or a capital after a lowercase letter: `Th«ng`, `ng\u00ADêi`, `TruyÒn`. */
const TCVN3_INSIDE_WORD = /\p{L}([^\p{L}\s])(?=\p{L})|\p{Ll}(\p{Lu})/gu;

/** A TCVN3 code no Latin text has inside a word, or two codes that are not Unicode Vietnamese letters. */
function isStrongTcvn3(word: string): boolean {
  const { decode } = tcvn3Tables();
  for (const match of word.matchAll(TCVN3_INSIDE_WORD)) if (decode.has(match[1] ?? match[2]!)) return true;
  let markers = 0;
  for (const character of word) if (decode.has(character) && !VIETNAMESE_LATIN1.test(character)) markers++;
  return markers >= 2;
}

/** Two VNI bytes, one of them not a Unicode Vietnamese letter: `ñònh`, `ngöôøi`. */
function isStrongVni(word: string): boolean {
  let bytes = 0;
  let foreign = false;
  for (const character of word) {
    if (!VNI_BYTES.has(character)) continue;
    bytes++;
    foreign ||= !VIETNAMESE_LATIN1.test(character);
  }
  return bytes >= 2 && foreign;
}

const CP1252_CONTINUATION = '[\\u0080-\\u00BF\\u0152\\u0153\\u0160\\u0161\\u0178\\u017D\\u017E\\u0192\\u02C6\\u02DC\\u2013\\u2014\\u2018-\\u201A\\u201C-\\u201E\\u2020-\\u2022\\u2026\\u2030\\u2039\\u203A\\u20AC\\u2122]';
const UTF8_SEQUENCE = new RegExp(`[\\u00C2-\\u00DF]${CP1252_CONTINUATION}|[\\u00E0-\\u00EF]${CP1252_CONTINUATION}{2}`, 'u');
const UTF8_SEQUENCES = new RegExp(UTF8_SEQUENCE.source, 'gu');
/** A Unicode capital that ends a word before a quote, a dash or a no-break space (`NGÃ”`): not a sequence on its own. */
const UTF8_WEAK_SEQUENCE = /^[ÂÃÈÉÊÌÍ][\u00A0\u2013\u2014\u2018-\u201E\u2026]$/u;
/** What UTF-8 mojibake of Vietnamese text decodes to: letters, marks, punctuation, symbols of Latin-1. */
const UTF8_PLAUSIBLE = /^[\u00A0-\u00FF\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01A0\u01A1\u01AF\u01B0\u0300-\u0323\u1EA0-\u1EF9\u2000-\u206F\u20AC\u2122]$/u;

function isStrongUtf8(word: string): boolean {
  for (const [sequence] of word.matchAll(UTF8_SEQUENCES)) {
    const decoded = decodeUtf8AsCp1252(sequence);
    if (decoded !== undefined && UTF8_PLAUSIBLE.test(decoded) && !UTF8_WEAK_SEQUENCE.test(sequence)) return true;
  }
  return false;
}

/** A partial sequence: a lead byte and a continuation byte, or the `á»`/`áº` that starts every Vietnamese letter of U+1EA0–U+1EF9. */
const UTF8_PARTIAL = new RegExp(`[\\u00C2-\\u00DF]${CP1252_CONTINUATION}|á[º»]`, 'u');
/** Characters Windows-1252 can show: anything else means the word is not a cp1252 reading of bytes. */
const NOT_CP1252 = /[^\u0000-\u00FF\u0152\u0153\u0160\u0161\u0178\u017D\u017E\u0192\u02C6\u02DC\u2013\u2014\u2018-\u201A\u201C-\u201E\u2020-\u2022\u2026\u2030\u2039\u203A\u20AC\u2122]/u;
/** Web addresses, e-mail and paths: their dots and marks are not VIQR. */
const ADDRESS = /[@\\/]|:\/\/|^www\./i;
const NON_ASCII = /[^\u0000-\u007F]/u;

function isStrongViqr(word: string): boolean {
  return /[aeiouy][\^(+]|[aeiouy][\^(+]?[`'?~.].*[aeiouy][\^(+]?[`'?~.]/i.test(word);
}

const CODECS: readonly Codec[] = [
  {
    encoding: 'utf8-as-cp1252',
    // Continuation bytes show as Latin-1 symbols or Windows-1252 signs.
    hint: UTF8_SEQUENCE,
    hintNeedsUnusual: true,
    isImpossible: (word) => NOT_CP1252.test(word),
    decode: decodeUtf8AsCp1252,
    encode: encodeUtf8AsCp1252,
    fold: foldC1Controls,
    isStrong: isStrongUtf8,
    isBroken: (word) => UTF8_PARTIAL.test(word),
  },
  {
    encoding: 'tcvn3',
    // Latin-1 characters that Vietnamese Unicode never uses.
    hint: /[\u00A1-\u00BF\u00C4-\u00C7\u00CB\u00CE-\u00D1\u00D6-\u00D8\u00DB\u00DC\u00DE\u00DF\u00E4-\u00E7\u00EB\u00EE-\u00F1\u00F6-\u00F8\u00FB\u00FC\u00FE]/,
    hintNeedsUnusual: true,
    isImpossible: isImpossibleInTcvn3,
    decode: decodeTcvn3,
    encode: (text, options) => encodeTcvn3(text, options.uppercase ?? false),
    anyCase: true,
    isStrong: isStrongTcvn3,
  },
  {
    encoding: 'vni',
    // A VNI diacritic byte after a vowel it combines with, or a one-byte VNI letter
    // (written diacritic first: the rare character is what the scan looks for).
    hint: /[âÂêÊàÀáÁãÃèÈéÉúÚùÙõÕøØûÛïÏäÄåÅëËüÜ](?<=[aeAE].)|[âÂùÙõÕøØûÛïÏäÄåÅ](?<=[oO].)|[ùÙõÕøØûÛïÏ](?<=[uyUYôÔöÖ].)|[ñÑöÖæÆîÎ]/,
    isImpossible: (word) => UNICODE_VIETNAMESE.test(word),
    decode: decodeVni,
    encode: encodeVni,
    isStrong: isStrongVni,
  },
  {
    encoding: 'viqr',
    // A mark after a vowel (`'`, `?`, `.` only inside a word), or `dd` opening a word; mark first, as for VNI.
    hint: /[\^(+`~](?<=[aeiouyAEIOUY].)|['?.](?<=[aeiouyAEIOUY].)(?=[A-Za-z])|(?<![A-Za-z])(?:dd|D[Dd])[aeiouyAEIOUY]/,
    isImpossible: (word) => NON_ASCII.test(word) || ADDRESS.test(word),
    decode: decodeViqr,
    encode: encodeViqr,
    fold: foldViqr,
    isStrong: isStrongViqr,
    isUncertain: (text) => VIQR_UNCERTAIN_END.test(text),
  },
];

interface Token {
  start: number;
  end: number;
  text: string;
}

/** Letters only one by one (`ë`, `Ñ/ñ`), or a digit (`×2`): too little to tell an encoding from a symbol. */
const SHORT_OR_CODE = /^(?:[^\p{L}]|\p{L}(?!\p{L}))*$|\p{N}/u;

function verdictOf(codec: Codec, word: string): Verdict {
  if (codec.isImpossible(word)) return 'impossible';
  const decoded = codec.decode(word);
  if (decoded === undefined) return codec.isBroken?.(word) ? 'broken' : 'neutral';
  if (decoded === word) {
    if (!HAS_LETTER.test(word) || ABBREVIATION.test(word) || isVietnameseWord(word)) return 'neutral';
    return 'foreign';
  }
  // A sign written as legacy bytes (`â€“` for –) goes with the words around it.
  if (!HAS_LETTER.test(decoded)) return CONTROL_OR_REPLACEMENT.test(decoded) ? 'impossible' : 'ambiguous';
  if (!isVietnameseWord(decoded.normalize('NFC'), codec.anyCase)) return 'impossible';
  // Also ambiguous: a word that reads as Vietnamese, single letters (`ë` is `ở`, but `×` is a sign), a code with digits (`×2`).
  if (readsAsVietnamese(word) || SHORT_OR_CODE.test(decoded)) return 'ambiguous';
  return codec.isStrong(word) ? 'strong' : 'evidence';
}

interface Candidate extends LegacyRun {
  weight: number;
}

/** Runs of one encoding on one line: evidence words with what lies between them, cut at impossible words and at two foreign words in a row. */
function candidatesOnLine(codec: Codec, line: string, offset: number, tokens: readonly Token[]): Candidate[] {
  const verdicts = tokens.map((token) => verdictOf(codec, token.text));
  const wholeLineFits = !verdicts.includes('impossible');
  const candidates: Candidate[] = [];
  let segmentStart = 0;
  for (let index = 0; index <= tokens.length; index++) {
    const breaks =
      index === tokens.length ||
      verdicts[index] === 'impossible' ||
      (verdicts[index] === 'foreign' && verdicts[index + 1] === 'foreign');
    if (!breaks) continue;
    const candidate = candidateInSegment(codec, line, offset, tokens, verdicts, segmentStart, index, wholeLineFits);
    if (candidate) candidates.push(candidate);
    segmentStart = index + 1;
  }
  return candidates;
}

function candidateInSegment(
  codec: Codec,
  line: string,
  offset: number,
  tokens: readonly Token[],
  verdicts: readonly Verdict[],
  from: number,
  to: number,
  wholeLineFits: boolean,
): Candidate | undefined {
  let first = -1;
  let last = -1;
  let evidence = 0;
  let strong = 0;
  for (let index = from; index < to; index++) {
    const verdict = verdicts[index];
    if (verdict !== 'evidence' && verdict !== 'strong' && verdict !== 'broken') continue;
    if (first === -1) first = index;
    last = index;
    if (verdict === 'strong') strong++;
    if (verdict !== 'broken') evidence++;
  }
  if (first === -1 || (evidence < 2 && strong === 0)) return undefined;
  let foreign = 0;
  for (let index = first; index <= last; index++) if (verdicts[index] === 'foreign') foreign++;
  if (foreign > evidence) return undefined;
  // With enough evidence, or when nothing on the line is Unicode text, the
  // stretch is legacy text: take the ambiguous words at its edges too. One
  // word in a Unicode sentence (`có 200 ng\u00ADêi`) stays one word.
  if (evidence >= 2 || wholeLineFits) {
    while (first > from && (verdicts[first - 1] === 'ambiguous' || verdicts[first - 1] === 'neutral')) first--;
    while (last < to - 1 && (verdicts[last + 1] === 'ambiguous' || verdicts[last + 1] === 'neutral')) last++;
    while (verdicts[first] === 'neutral') first++;
    while (verdicts[last] === 'neutral') last--;
  }
  const { start, end } = trimRun(codec, line, tokens[first]!.start, tokens[last]!.end);
  const run: Candidate = { start: offset + start, end: offset + end, encoding: codec.encoding, weight: evidence + strong };
  const text = line.slice(start, end);
  if (codec.encoding === 'tcvn3' && isCapitalsFont(text)) run.uppercase = true;
  const converted = convert(codec, text, { uppercase: run.uppercase ?? false });
  if (converted !== undefined) run.converted = converted;
  return run;
}

const EDGE_PUNCTUATION = /^[\p{P}\p{S}]$/u;
const ASCII_PUNCTUATION = /^[!-/:-@[-`{-~]$/;

/**
 * Drops punctuation at the ends of a run that decoding leaves as it is
 * (`(Së`, `th«ng,`), so that the range is the words. When the run does not
 * decode (UTF-8 with lost bytes) only ASCII punctuation, never part of a
 * sequence, is dropped.
 */
function trimRun(codec: Codec, line: string, start: number, end: number): { start: number; end: number } {
  const decodable = codec.decode(line.slice(start, end)) !== undefined;
  const keepsAtEnd = (from: number, to: number): boolean =>
    decodable ? codec.decode(line.slice(from, to)) === `${codec.decode(line.slice(from, to - 1))}${line[to - 1]}` : ASCII_PUNCTUATION.test(line[to - 1]!);
  const keepsAtStart = (from: number, to: number): boolean =>
    decodable ? codec.decode(line.slice(from, to)) === `${line[from]}${codec.decode(line.slice(from + 1, to))}` : ASCII_PUNCTUATION.test(line[from]!);
  while (end - start > 1 && EDGE_PUNCTUATION.test(line[end - 1]!) && keepsAtEnd(start, end)) end--;
  while (end - start > 1 && EDGE_PUNCTUATION.test(line[start]!) && keepsAtStart(start, end)) start++;
  return { start, end };
}

/**
 * A TCVN3 run typed in a `.VnTimeH` capitals font: every ASCII letter of the
 * run is a capital, and a decoded lowercase letter sits before a capital in
 * the same word (`ñY BAN` → `ủY`), which no Vietnamese spelling does.
 */
function isCapitalsFont(run: string): boolean {
  if (/[a-z]/.test(run) || (run.match(/[A-Z]/g)?.length ?? 0) < 2) return false;
  return /\p{Ll}\p{Lu}/u.test(decodeTcvn3(run));
}

function convert(codec: Codec, text: string, options: ConvertOptions): string | undefined {
  const decoded = codec.isUncertain?.(text) ? undefined : codec.decode(text);
  if (decoded === undefined) return undefined;
  const cased = options.uppercase ? decoded.toUpperCase() : decoded;
  const backToLegacy = codec.encode(cased, options);
  const fold = codec.fold ?? ((value: string) => value);
  const sameText = options.uppercase ? (value: string) => foldTcvn3Capitals(fold(value)) : fold;
  if (backToLegacy === undefined || sameText(backToLegacy) !== sameText(text)) return undefined;
  const converted = cased.normalize('NFC');
  return looksLikeVietnameseText(converted) ? converted : undefined;
}

const CODEC_BY_ENCODING = new Map(CODECS.map((codec) => [codec.encoding, codec]));

/**
 * Converts a run of legacy text to Unicode (NFC). Undefined when the
 * conversion is not certain: it does not round-trip to exactly `text`, or
 * the result is not well-formed Vietnamese.
 */
export function convertLegacy(text: string, encoding: LegacyEncoding, options: ConvertOptions = {}): string | undefined {
  return convert(CODEC_BY_ENCODING.get(encoding)!, text, options);
}

/** Unicode to a legacy encoding as a Windows paste would show it (for tests and round trips); undefined when a letter has no legacy form. */
export function toLegacy(text: string, encoding: LegacyEncoding, options: ConvertOptions = {}): string | undefined {
  return CODEC_BY_ENCODING.get(encoding)!.encode(text.normalize('NFC'), options);
}

/**
 * Every run of legacy-encoded Vietnamese in `text`, line by line, in order;
 * runs never overlap. A run carries `converted` when the fix is certain.
 * Clean text costs one regular-expression test per encoding, and none for
 * the encodings whose hint needs an unusual character when the caller knows
 * that `text` holds none (`unusual` false).
 */
export function detectLegacyRuns(text: string, unusual = true): LegacyRun[] {
  const codecs = CODECS.filter((codec) => (unusual || !codec.hintNeedsUnusual) && codec.hint.test(text));
  if (codecs.length === 0) return [];
  const runs: LegacyRun[] = [];
  let lineStart = 0;
  for (const line of text.split('\n')) {
    runs.push(...runsOnLine(codecs, line, lineStart));
    lineStart += line.length + 1;
  }
  return runs;
}

function runsOnLine(codecs: readonly Codec[], line: string, offset: number): LegacyRun[] {
  let tokens: Token[] | undefined;
  const candidates: Candidate[] = [];
  for (const codec of codecs) {
    if (!codec.hint.test(line)) continue;
    tokens ??= Array.from(line.matchAll(TOKEN), (match) => ({ start: match.index, end: match.index + match[0].length, text: match[0] }));
    candidates.push(...candidatesOnLine(codec, line, offset, tokens));
  }
  // Where two encodings claim the same words, the one with more evidence wins (earlier codecs on a tie).
  const chosen: LegacyRun[] = [];
  for (const candidate of [...candidates].sort((a, b) => b.weight - a.weight)) {
    if (chosen.some((run) => run.start < candidate.end && candidate.start < run.end)) continue;
    const { weight: _weight, ...run } = candidate;
    chosen.push(run);
  }
  return chosen.sort((a, b) => a.start - b.start);
}

/**
 * Abbreviations in Vietnamese press text: what counts as one, which ones
 * articles use without spelling them out, and how variants of one
 * abbreviation compare (shared/research/vn-conventions.md §4.4, §7.6;
 * real-articles-patterns.md §9).
 *
 * An abbreviation is a word of capitals (Vietnamese ones included: Đ, Ư),
 * possibly with digits or `&` inside and `-` or `.` between parts (`CĐS`,
 * `KH&CN`, `KT-XH`, `COVID-19`, `TP.HCM`), with at most one lowercase letter
 * that completes a Vietnamese initial (`TTr` tờ trình, `ThS` thạc sĩ). Roman
 * numerals (`XV`, `IV`) and ordinary words set in capitals (`HOÀN TOÀN BỊA
 * ĐẶT`, `THÔNG CÁO BÁO CHÍ`) are not abbreviations; neither is anything in a
 * document number (`123/QĐ-UBND`, `30/2020/NĐ-CP`, `QĐ-TTg`).
 */

import type { Block } from '../model/types';
import { perModel, type ProseBlock } from '../model/prose';
import { isCapitalAt, type Word } from '../text/words';
import { capitalizedWords } from './capitalized-words';
import { isKnownSyllable } from './syllable';

/**
 * Used in press text without a definition: local-government and Party
 * bodies everyone knows, school levels, international organizations and
 * acronyms, national programmes, state enterprises and news agencies,
 * academic degrees and honorary titles, currencies and capital-letter units,
 * chemical formulas and virus strains, standards.
 * The research keeps MTTQ, TT&TT, CĐS, KT-XH, CNTT, KH&CN, VHTT&DL, BCH and
 * BTV out: they must be spelled out at first use.
 */
export const BUILT_IN_ABBREVIATIONS: ReadonlySet<string> = new Set([
  // Government and Party bodies, places
  'UBND', 'HĐND', 'ĐBQH', 'TP', 'TX', 'TP.HCM', 'TPHCM', 'HCM', 'CHDCND', 'CHXHCN',
  // Schools
  'THPT', 'THCS',
  // International organizations, events and economic terms
  'ASEAN', 'APEC', 'WHO', 'UN', 'UNESCO', 'UNICEF', 'UNDP', 'WTO', 'EU', 'SEA', 'GDP', 'GRDP', 'FDI', 'ODA', 'PCI', 'PAPI',
  // Development partners and agencies that the press names by their initials
  'JICA', 'KOICA', 'GIZ', 'USAID', 'ADB', 'IMF', 'FAO', 'ILO', 'WFP', 'UNFPA', 'OECD', 'JETRO', 'KOTRA',
  // Health and technology acronyms read as words
  'COVID', 'COVID-19', 'PCR', 'HIV', 'AIDS', 'HPV', 'SARS', 'ADN', 'DNA', 'ARN', 'RNA', 'CT', 'MRI', 'ICU', 'ECMO', 'ATM', 'GPS', 'QR', 'SMS', 'OTP', 'USB', 'LED', 'PDF', 'ID', 'TV', 'CEO', 'MC',
  // National programmes, state enterprises, news agencies and photo credits
  'OCOP', 'VNPT', 'EVN', 'TTXVN', 'VTV', 'VOV', 'VTC', 'VGP',
  // Degrees and honorary titles before names
  'GS', 'PGS', 'TS', 'ThS', 'BS', 'CKI', 'CKII', 'BSCKI', 'BSCKII', 'NSND', 'NSƯT', 'NGND', 'NGƯT',
  // Company legal forms, part of a company's registered name (`Công ty TNHH MTV …`)
  'TNHH', 'MTV',
  // Currencies and units written in capitals
  'VND', 'USD', 'MW', 'GW', 'GB', 'MB',
  // Chemical formulas, air-quality measures and virus strains of environment and health news
  'CO2', 'CH4', 'NH3', 'SO2', 'NO2', 'NOx', 'H2S', 'N2O', 'PM2.5', 'PM10', 'H5N1', 'H5N6', 'H7N9', 'H1N1', 'H3N2',
  // The number column of a table (số thứ tự), as every administrative table heads it
  'STT',
  // Standards and publication numbers, written with their code (`ISO 9001:2015`, `TCVN ISO 9001:2015`, `QCVN 01:2021/BXD`, `ISBN 978-…`)
  'ISO', 'IEC', 'TCVN', 'QCVN', 'ISBN', 'ISSN',
]);

/** Allowed in a headline only (research §4.4: "TW (in titles only)"); in the body they are spelled out first. */
export const HEADLINE_ABBREVIATIONS: ReadonlySet<string> = new Set(['TW']);

/** Document-type symbols of Nghị định 30/2020, Phụ lục III, and of legal documents: `QĐ-UBND`, `NĐ-CP`, `TT-BTTTT`. */
const DOCUMENT_TYPE_SYMBOLS: ReadonlySet<string> = new Set([
  'NQ', 'QĐ', 'CT', 'QC', 'QyĐ', 'TC', 'TCBC', 'TB', 'HD', 'CTr', 'KH', 'PA', 'ĐA', 'DA', 'BC', 'BB', 'TTr', 'HĐ', 'CĐ',
  'BGN', 'BTT', 'GUQ', 'GM', 'GGT', 'GNP', 'PG', 'PC', 'PB', 'SY', 'TrS', 'SL', 'NĐ', 'TT', 'TTLT', 'VBHN',
]);

/**
 * One part of an abbreviation: a capital, then capitals, digits and `&`, with
 * at most one lowercase letter completing an initial (`Th`, `Ch`, `Kh`,
 * `Nh`, `Ph`, `Tr`, `Qy`), and at least two capitals in all.
 */
const ABBREVIATION_PART =
  /^(?=(?:[^\p{Lu}]*\p{Lu}){2})\p{Lu}[\p{Lu}\d&]*(?:(?:(?<=[CKNPT])h|(?<=[CT])r|(?<=Q)y)[\p{Lu}\d&]*)?$/u;
const DIGITS = /^\d+$/u;
/** A lot, room or item code: a letter or three and a zero-padded number (`LK03-01`, `A05`), not initials to spell out. */
const NUMBERED_CODE = /^\p{Lu}{1,3}0\d+$/u;
const PART_SEPARATOR = /[-.]/u;
/** Roman numerals up to 89 (`II`, `IV`, `XV`, `XIII`): session and congress numbers. */
const ROMAN_NUMERAL = /^(?:XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/u;
const KEY_SEPARATORS = /[&.\-\s]/gu;
const LEADING_DIGIT = /^\d/u;

/** A number and symbol of a document (`123/QĐ-UBND`, `30/2020/NĐ-CP`) or a bare symbol (`QĐ-TTg`, `TT-BTTTT`). */
function isDocumentNumber(word: string): boolean {
  if (word.includes('/') || LEADING_DIGIT.test(word)) return true;
  const hyphen = word.indexOf('-');
  return hyphen > 0 && DOCUMENT_TYPE_SYMBOLS.has(word.slice(0, hyphen));
}

const [LOWER_H, LOWER_R, LOWER_Y] = [0x68, 0x72, 0x79];

/** A capital followed by a capital, or by the lowercase letter of an initial (`ThS`). */
function mayBeAbbreviation(word: string): boolean {
  const second = word.charCodeAt(1);
  return isCapitalAt(word, 1) || ((second === LOWER_H || second === LOWER_R || second === LOWER_Y) && isCapitalAt(word, 2));
}

/** A capital after the first letter: `UBND`, `VNeID`, `SARS-CoV-2`. */
function hasSecondCapital(word: string): boolean {
  for (let index = 1; index < word.length; index++) if (isCapitalAt(word, index)) return true;
  return false;
}

const ABBREVIATION = 1;
const CAPITALS = 2;
const CLASS_CACHE_LIMIT = 50_000;
/** Words asked about as strings (`isAbbreviation`), classified once; the words of prose keep their flags with their spelling. */
const classCache = new Map<string, number>();

/** `ABBREVIATION` and `CAPITALS` flags of a word that opens with a capital. */
function classOf(word: string): number {
  let flags = classCache.get(word);
  if (flags === undefined) {
    flags = classify(word);
    // The bound only protects a long-lived editor process.
    if (classCache.size >= CLASS_CACHE_LIMIT) classCache.clear();
    classCache.set(word, flags);
  }
  return flags;
}

function classify(word: string): number {
  return (
    (mayBeAbbreviation(word) && isAbbreviationUncached(word) ? ABBREVIATION : 0) |
    (hasSecondCapital(word) && hasAbbreviationCapitalsUncached(word) ? CAPITALS : 0)
  );
}

/** True when a tokenized word is an abbreviation in the sense of this module (see the file comment). */
export function isAbbreviation(word: string): boolean {
  return isCapitalAt(word, 0) && (classOf(word) & ABBREVIATION) !== 0;
}

function isAbbreviationUncached(word: string): boolean {
  if (isDocumentNumber(word)) return false;
  let lettered = false;
  for (const part of word.split(PART_SEPARATOR)) {
    if (DIGITS.test(part)) continue;
    if (!ABBREVIATION_PART.test(part) || ROMAN_NUMERAL.test(part) || isKnownSyllable(part) || NUMBERED_CODE.test(part)) return false;
    lettered = true;
  }
  return lettered;
}

/**
 * True for a word with two capitals that may be a variant of an abbreviation
 * (`TT&TT`, `STTTT`, `TP.HCM`, `VNeID`, `SARS-CoV-2`): wider than
 * `isAbbreviation`, which must be sure before asking for a definition.
 */
export function hasAbbreviationCapitals(word: string): boolean {
  return isCapitalAt(word, 0) && (classOf(word) & CAPITALS) !== 0;
}

function hasAbbreviationCapitalsUncached(word: string): boolean {
  if (isDocumentNumber(word)) return false;
  return word.split(PART_SEPARATOR).every((part) => !ROMAN_NUMERAL.test(part) && !isKnownSyllable(part));
}

/** A block of prose with its abbreviations and its words with the capitals of one. */
export interface AbbreviationBlock {
  prose: ProseBlock;
  block: Block;
  words: readonly Word[];
  /** Indexes of the words that are abbreviations (`isAbbreviation`), in text order. */
  abbreviations: readonly number[];
  /** Indexes of the words with the capitals of an abbreviation (`hasAbbreviationCapitals`), in text order. */
  capitals: readonly number[];
}

const NONE: readonly number[] = [];

/**
 * The blocks holding an abbreviation or a word with its capitals, found once
 * per model for both abbreviation rules: each capitalized word costs one
 * lookup of its spelling, and most blocks hold none.
 */
export const abbreviationBlocks = perModel((doc): readonly AbbreviationBlock[] => {
  const found: AbbreviationBlock[] = [];
  for (const { prose, block, words, capitalized } of capitalizedWords(doc)) {
    let abbreviations: number[] | undefined;
    let capitals: number[] | undefined;
    for (const index of capitalized) {
      const spelling = words[index]!.spelling;
      const flags = (spelling.abbreviationFlags ??= classify(spelling.text));
      if ((flags & ABBREVIATION) !== 0) (abbreviations ??= []).push(index);
      if ((flags & CAPITALS) !== 0) (capitals ??= []).push(index);
    }
    if (abbreviations || capitals) found.push({ prose, block, words, abbreviations: abbreviations ?? NONE, capitals: capitals ?? NONE });
  }
  return found;
});

/** Letters and digits of an abbreviation, in capitals: `TT&TT` → `TTTT`, `TP.HCM` → `TPHCM`, `Covid-19` → `COVID19`. */
export function abbreviationKey(text: string): string {
  return text.replace(KEY_SEPARATORS, '').toUpperCase();
}

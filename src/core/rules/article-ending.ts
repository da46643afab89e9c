/**
 * How a news article ends: the text the end mark `./.` closes, the marks
 * written around it and the signature lines after it. The model finds the
 * plain case (`doc.endMark`, `doc.signature`: the last block only); the
 * end-mark and signature rules also need the endings writers produce in
 * practice — `./.` alone on the next paragraph, the byline on the line right
 * under the last sentence, `./.` glued to the byline, a byline and a source
 * line — and must agree on one reading of them, so they share this one.
 */
import type { Block, EndMark, PressRelease, Span } from '../model/types';
import type { TextEdit } from '../types';
import { parseSignatureLine, type SignatureMatch } from '../model/signature';
import { isAside } from '../model/build';
import { perModel } from '../model/prose';
import { escapeRegExp, lastWord } from './helpers';
import { AUTHORITIES } from '../press-release/signer-authority';
import { plainSpan } from './source-span';
import { countLetterWords } from '../text/white-space';

export const END_MARK = './.';

/**
 * `Nguồn Báo Đồng Tháp`, `(Nguồn Internet)`: a source line without its colon.
 * Only an outlet-like rest (capitalized, or a vague web source) and no
 * sentence punctuation, so that `Nguồn vốn …, …` stays body text.
 */
const SOURCE_WITHOUT_COLON = /^(\(?\s*(?:[Nn]guồn|NGUỒN)(?:\s+tin)?)\s+(?=\p{Lu}|internet|sưu\s+tầm)[^,;!?]*$/u;
const MAX_SOURCE_WORDS = 12;
/** A parenthesized source or byline closing the last paragraph after its last sentence: `…tới./. (Nguồn: Báo Đồng Tháp)`. */
const INLINE_SIGNATURE = /(?<=[.!?…”])\s*(\([^()\n]+\))$/u;
/** The last characters of a finished sentence (`./.` included), after which a byline may follow. */
const SENTENCE_END_MARKS = '.!?…”';
/** The last characters of a sentence or clause: a line ending with one is text, not a trailer line. */
const CLAUSE_END_MARKS = '.!?…:;,';
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** A web address as written out in the text (`https://…`, `www.…`), not inside brackets. */
const WEB_ADDRESS = /^(?:https?:\/\/|www\.)/iu;

/** Where a signature line is written. */
export type SignaturePlacement =
  /** A paragraph of its own: the standard form. */
  | 'paragraph'
  /** The last line of the last paragraph, after a single line break: published glued to the last sentence. */
  | 'next-line'
  /** A parenthesized source at the end of the last sentence: accepted house style. */
  | 'inline';

export interface SignatureLine extends Span {
  /** The line as read, without a `./.` glued to it. */
  text: string;
  match: SignatureMatch;
  block: Block;
  /** Index of `text` in `block.plain.text`. */
  plainStart: number;
  placement: SignaturePlacement;
  /** A `./.` written at the end of the line. */
  endMark?: EndMark;
  /** Source offset right after `Nguồn` when the colon is missing there. */
  missingColonAt?: number;
}

/** The end of the article text: the last visible character of the last prose block before the signature. */
export interface ClosingText {
  block: Block;
  /** The block's plain text up to that character. */
  text: string;
  /** Index in `block.plain.text` just after it. */
  plainEnd: number;
  /** Source offset just after it. */
  end: number;
  /** Source span of its last word. */
  lastWord: Span;
}

export interface ArticleEnding {
  closing?: ClosingText;
  /** The `./.` that ends the closing text, attached or not. */
  closingMark?: EndMark;
  /** Signature-like lines after the closing text, in order; usually one. */
  signatures: SignatureLine[];
  /** Short lines after a `./.`-closed paragraph that read as no known signature form. */
  unrecognizedLines: Block[];
  /**
   * A formal signature block typed at the end (`TM. BAN THƯỜNG VỤ TỈNH
   * ĐOÀN` / `BÍ THƯ` / the name): a press release prints it from `signer`.
   * Its lines are not signature lines, nor the end of the text.
   */
  typedSignatureBlock?: Span;
}

/** The first line of a typed signature block: an authority of Nghị định 30 (`TM.`, `KT.`), then a title in capitals. */
const AUTHORITY_LINE = new RegExp(String.raw`^(?:${AUTHORITIES.map(escapeRegExp).join('|')})[ \u00A0]*\p{Lu}[\p{Lu}\p{M} ,.\-–]*$`, 'u');

/** A paragraph opening with an authority line, its other lines in capitals too; read past its first line only when that one is such a line. */
function isTypedAuthorityBlock(block: Block): boolean {
  if (block.node.type !== 'paragraph') return false;
  const text = block.plain.text.trim();
  const firstLineEnd = text.indexOf('\n');
  if (!AUTHORITY_LINE.test(firstLineEnd === -1 ? text : text.slice(0, firstLineEnd).trimEnd())) return false;
  return firstLineEnd === -1 || text.slice(firstLineEnd + 1) === text.slice(firstLineEnd + 1).toUpperCase();
}

/** The ending of a document, read once per model and shared by the rules. */
export const articleEnding = perModel(readEnding);

function readEnding(doc: PressRelease): ArticleEnding {
  const latestFirst: SignatureLine[] = [];
  let index = doc.blocks.length - 1;
  // Signature lines are the paragraphs at the very end (comments, footnote texts and stray marks aside).
  for (; index >= 0; index--) {
    const block = doc.blocks[index]!;
    if (isAside(block) || isStrayEndMark(block)) continue;
    const line = block.role === 'body' || block.role === 'signature' ? signatureLine(doc, block, 0, 'paragraph') : undefined;
    if (!line) break;
    latestFirst.push(line);
  }
  let signatures = latestFirst.reverse();
  let typedSignatureBlock: Span | undefined;
  // A signature block typed by hand, in the last block before them or the one before it, holds the lines read as bylines after it (the signer's name).
  const typed = [index, index - 1].find((candidate) => candidate >= 0 && isTypedAuthorityBlock(doc.blocks[candidate]!));
  if (typed !== undefined) {
    typedSignatureBlock = { start: doc.blocks[typed]!.start, end: signatures[signatures.length - 1]?.block.end ?? doc.blocks[index]!.end };
    signatures = [];
    index = typed - 1;
  }
  // The article text ends in the last prose block before them; photos and captions may sit between.
  const proseLatestFirst: Block[] = [];
  for (; index >= 0; index--) {
    const block = doc.blocks[index]!;
    if (!isProse(block)) continue;
    proseLatestFirst.push(block);
    if (!isTrailerLine(block)) break;
  }
  const { closingBlock, unrecognizedLines } = splitTrailer(proseLatestFirst);
  const typedBlock = typedSignatureBlock ? { typedSignatureBlock } : {};
  if (!closingBlock) return { signatures, unrecognizedLines, ...typedBlock };

  let plainEnd = closingBlock.plain.text.trimEnd().length;
  if (closingBlock.node.type === 'paragraph') {
    const inside = signatureInsideParagraph(doc, closingBlock, plainEnd, signatures.length > 0);
    if (inside) {
      signatures.unshift(inside.line);
      plainEnd = inside.textEnd;
    }
  }
  const text = closingBlock.plain.text.slice(0, plainEnd);
  const lastWordSpan = plainSpan(doc, closingBlock, plainEnd - lastWord(text).length, plainEnd);
  const closing: ClosingText = { block: closingBlock, text, plainEnd, end: lastWordSpan.end, lastWord: lastWordSpan };
  const ending: ArticleEnding = { closing, signatures, unrecognizedLines, ...typedBlock };
  if (text.endsWith(END_MARK)) {
    const limit = signatures[0]?.block === closingBlock ? signatures[0].start : closingBlock.end;
    const mark = lastMarkWithin(doc, closingBlock.start, limit);
    if (mark) ending.closingMark = mark;
  }
  return ending;
}

/**
 * Short lines after a paragraph closed by `./.`: the writer marked where the
 * text ends, so what follows is a byline in no known form (`Ban biên tập`,
 * `Sưu tầm`), not the last paragraph. `proseLatestFirst` holds trailer lines
 * from the end, then the first block that is not one.
 */
function splitTrailer(proseLatestFirst: Block[]): { closingBlock?: Block; unrecognizedLines: Block[] } {
  const earliest = proseLatestFirst[proseLatestFirst.length - 1];
  if (earliest && proseLatestFirst.length > 1 && earliest.plain.text.trimEnd().endsWith(END_MARK)) {
    return { closingBlock: earliest, unrecognizedLines: proseLatestFirst.slice(0, -1).reverse() };
  }
  const latest = proseLatestFirst[0];
  return latest ? { closingBlock: latest, unrecognizedLines: [] } : { unrecognizedLines: [] };
}

function isTrailerLine(block: Block): boolean {
  const text = block.plain.text.trim();
  // Cheapest tests first: most blocks are paragraphs of finished sentences.
  return block.node.type === 'paragraph' && !endsWithOneOf(text, CLAUSE_END_MARKS) && !text.includes('\n') && countLetterWords(text) <= MAX_SOURCE_WORDS;
}

/** True when the text's last character is one of `marks` (characters of the Basic Multilingual Plane). */
function endsWithOneOf(text: string, marks: string): boolean {
  return text.length > 0 && marks.includes(text[text.length - 1]!);
}

/**
 * A byline on the last line of the paragraph, or a parenthesized source after
 * its last sentence. A byline line only after a finished sentence and when no
 * byline paragraph follows: a paragraph listing names line by line does not
 * end with a byline.
 */
function signatureInsideParagraph(
  doc: PressRelease,
  block: Block,
  plainEnd: number,
  bylineFollows: boolean,
): { line: SignatureLine; textEnd: number } | undefined {
  const text = block.plain.text.slice(0, plainEnd);
  const lastBreak = text.lastIndexOf('\n');
  if (lastBreak !== -1) {
    const before = text.slice(0, lastBreak).trimEnd();
    const line = !bylineFollows && endsWithOneOf(before, SENTENCE_END_MARKS) ? signatureLine(doc, block, lastBreak + 1, 'next-line') : undefined;
    return line && { line, textEnd: before.length };
  }
  // Only a text ending with `)` can: the pattern is not run on the others.
  const inline = text.endsWith(')') ? INLINE_SIGNATURE.exec(text) : null;
  if (!inline) return undefined;
  const parenthesisStart = text.length - inline[1]!.length;
  const line = signatureLine(doc, block, parenthesisStart, 'inline');
  return line && { line, textEnd: text.slice(0, parenthesisStart).trimEnd().length };
}

/** Reads the rest of a block's plain text from `plainStart` as a signature line, if it is one. */
function signatureLine(doc: PressRelease, block: Block, plainStart: number, placement: SignaturePlacement): SignatureLine | undefined {
  if (block.node.type !== 'paragraph') return undefined;
  const rest = block.plain.text.slice(plainStart);
  const start = plainStart + (rest.length - rest.trimStart().length);
  let text = rest.trim();
  if (!text || text.includes('\n')) return undefined;
  const gluedMark = text.endsWith(END_MARK);
  if (gluedMark) text = text.slice(0, -END_MARK.length).trimEnd();
  const colonless = SOURCE_WITHOUT_COLON.exec(text);
  const sourceLabel = colonless && countLetterWords(text.slice(colonless[1]!.length)) <= MAX_SOURCE_WORDS ? colonless[1]! : undefined;
  const match = parseSignatureLine(sourceLabel ? `${sourceLabel}:${text.slice(sourceLabel.length)}` : text);
  if (!match) return undefined;
  // Plain fields rather than a spread: spreading objects of varying shapes is slow.
  const span = plainSpan(doc, block, start, start + text.length);
  const line: SignatureLine = { start: span.start, end: span.end, text, match, block, plainStart: start, placement };
  if (gluedMark) {
    const mark = lastMarkWithin(doc, line.end, block.end);
    if (mark) line.endMark = mark;
  }
  if (sourceLabel) line.missingColonAt = block.plain.toSource(start + sourceLabel.length);
  return line;
}

/** Source span of `part` (the author, the unit, …) in a signature line, searched from `from`; the whole line when not found. */
export function signaturePartSpan(doc: PressRelease, line: SignatureLine, part: string, from = 0): Span {
  const at = line.text.indexOf(part, from);
  if (at === -1) return { start: line.start, end: line.end };
  return plainSpan(doc, line.block, line.plainStart + at, line.plainStart + at + part.length);
}

function lastMarkWithin(doc: PressRelease, start: number, end: number): EndMark | undefined {
  for (let index = doc.endMarks.length - 1; index >= 0; index--) {
    const mark = doc.endMarks[index]!;
    if (mark.start >= start && mark.end <= end) return { start: mark.start, end: mark.end, attached: !/\s/u.test(doc.source[mark.start - 1] ?? ' ') };
  }
  return undefined;
}

/** A paragraph that holds nothing but `./.`. */
export function isStrayEndMark(block: Block): boolean {
  return block.node.type === 'paragraph' && block.plain.text.trim() === END_MARK;
}

/** Body text the end mark may close: a paragraph, or a list or quotation ending the article. */
function isProse(block: Block): boolean {
  const proseRole = block.role === 'lead' || block.role === 'body' || (block.role === 'other' && (block.node.type === 'list' || block.node.type === 'blockquote'));
  return proseRole && LETTER_OR_DIGIT.test(block.plain.text);
}

/** The text ends with a bare web address, which would take a glued `./.` into the link. */
export function endsWithWebAddress(text: string): boolean {
  return WEB_ADDRESS.test(lastWord(text));
}

/**
 * The edit that closes the article text with `./.`: it replaces a final
 * period (`tới.`, `”.`) or follows a final word, number or bracket. None
 * after `?`, `!`, `…`, `”` or `:` — whether the mark replaces or follows
 * that punctuation is the writer's call — nor when markup closes the
 * paragraph (`**…tới.**`), where the mark would land inside the markup.
 * None either after a bare web address, which would take the mark into the
 * link, or when a table follows: the text goes on there.
 */
export function closingEdit(doc: PressRelease, closing: ClosingText): TextEdit | undefined {
  const { text, plainEnd, end } = closing;
  if (!closing.block.plain.isExact(plainEnd - 1, plainEnd) || !/^\s|^$/u.test(doc.source.slice(end, end + 1))) return undefined;
  if (endsWithWebAddress(text) || doc.blocks.some((block) => block.node.type === 'table' && block.start > closing.block.start)) return undefined;
  if (text.endsWith('.') && !text.endsWith('..')) return { start: end - 1, end, text: END_MARK };
  if (/[\p{L}\p{N})\]%]$/u.test(text)) return { start: end, end, text: END_MARK };
  return undefined;
}

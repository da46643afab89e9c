/**
 * Turns a draft into a GovPress release: infers the parts from the draft's
 * shape and wording with the parsers the linter's model uses (dateline,
 * signature, credit), writes the Markdown and reports what it found. No
 * text of the draft is dropped but page chrome, which the report lists:
 * what cannot be placed stays as body text.
 */
import type { Emphasis, List, ListItem, Paragraph, PhrasingContent, Root, RootContent, Strong } from 'mdast';
import { toMarkdown } from 'mdast-util-to-markdown';
import { stringify } from 'yaml';
import { detectLegacyRuns, type LegacyEncoding } from '../lang/legacy-encodings';
import { buildModel, isEnglishEndMark, RELEASE_LINE } from '../model/build';
import { findDateline } from '../model/dateline';
import { findCredit, looksLikeFileName, parseSignatureLine } from '../model/signature';
import { DEFAULT_PROFILE } from '../profiles/index';
import type { Profile } from '../profiles/types';
import { chromeLine, isoFromParts } from './chrome';
import { readDocumentHeader, readSigner, type DocumentHeader, type Signer } from './document-header';
import { countWords, isAllBold, isAllItalic, plainText } from './inlines';
import { legacyNotes, note } from './notes';
import { describeImport } from './report';
import type { Draft, DraftBlock, ImageAsset, ImageFile, ImportNote, ImportOptions, ImportResult, Inline } from './types';

const END_MARK = './.';
const MAX_TITLE_WORDS = 60;
/** As the model's plain caption line: longer text is body. */
const MAX_CAPTION_WORDS = 30;
/** Ends a sentence, closing quotes or brackets included: such a line is not a headline nor a bare caption. */
const ENDS_SENTENCE = /[.!?…:;][”"’'»)\]]*$/u;
/** The sections an English release closes with, typed as a line of their own: `Media contact:`, `About the Ministry of …`. */
const EN_SECTION = /^(?:(?:media|press)\s+(?:contacts?|[ie]nquir(?:y|ies))|contacts?|about\s+[^.!?:;]{2,80})\s*:?$/iu;
/** `Phone: +84 …`, `Email: …`, `Địa chỉ: …`: a field of a contact or a form, not a caption. */
const LABELLED_FIELD = /^[^:]{2,20}:\s*\S/u;
/** A CMS prints `null` where a missing breadcrumb label goes: `null Sở … ký kết …`. */
const NULL_PREFIX = /^null\s+/u;
const PROFILE_LINES: ReadonlyArray<{ pattern: RegExp; profile: Profile['id'] }> = [
  { pattern: /^thông\s+cáo\s+báo\s+chí$/iu, profile: 'vn-press-release' },
  // As the model reads it: `FOR IMMEDIATE RELEASE`, or an embargo (`EMBARGOED UNTIL …`).
  { pattern: RELEASE_LINE, profile: 'en-press-release' },
];
const PLACEHOLDER_EXTENSION = 'jpg';

/** A block of the draft with its text cleaned and trimmed (empty for an image). */
interface Piece {
  block: DraftBlock;
  text: string;
}

type Item =
  | { kind: 'title'; text: string }
  | { kind: 'paragraph'; inlines: Inline[] }
  | { kind: 'heading'; level: number; inlines: Inline[] }
  | { kind: 'list-item'; ordered: boolean; inlines: Inline[] }
  | { kind: 'figure'; src: string; alt: string; asset?: ImageAsset; caption?: string; placeholder?: boolean }
  | { kind: 'signature'; text: string };

export function importDraft(draft: Draft, options: ImportOptions = {}): ImportResult {
  const notes = [...draft.notes];
  const chrome = [...draft.chrome];
  const cleaned = cleanBlocks(draft.blocks, notes);
  const page = stripChromeLines(cleaned, chrome);
  const profileLine = page.pieces.find((piece) => profileOfLine(piece.text) !== undefined);
  const profile = options.profile ?? profileOfLine(profileLine?.text ?? '') ?? DEFAULT_PROFILE;
  if (!options.profile && profileLine) notes.push(note('profile-from-wording', { profile, line: profileLine.text }));
  const placed = placeTitle(page.pieces, chrome, profileLine);
  const formal = profile === 'vn-press-release' ? takeFormalParts(placed, notes) : undefined;
  const { title, pieces, beforeTitle } = placed;
  if (beforeTitle > 0) notes.push(note('text-before-title', { count: beforeTitle }));

  const items = arrange(pieces, title, beforeTitle, profile === 'en-press-release');
  const { images, missingPhotos } = nameFigures(items, options.imageFolder ?? 'images', options.imageStem ?? 'anh');
  const lead = items.find((item): item is Extract<Item, { kind: 'paragraph' }> => item.kind === 'paragraph');
  const signature = items.find((item) => item.kind === 'signature');
  const byline = signature ? parseSignatureLine(signature.text) : undefined;
  const date = formal?.header.date ?? page.published ?? draft.published ?? (lead && leadDate(plainText(lead.inlines))) ?? draft.modified;

  const frontMatter: Record<string, unknown> = { profile };
  if (title !== undefined) frontMatter['title'] = title;
  if (date) frontMatter['date'] = date;
  const category = page.category ?? draft.category;
  if (category) frontMatter['category'] = category;
  if (byline?.author) frontMatter['author'] = byline.author;
  // A source line (`Nguồn: …`, `(Theo …)`) names the outlet the article comes from, not the writer's unit.
  const cited = byline?.form === 'source' || byline?.form === 'according-to';
  if (byline?.unit) frontMatter[cited ? 'source' : 'unit'] = byline.unit;
  for (const key of ['agency', 'parentAgency', 'number', 'place'] as const) {
    const value = formal?.header[key];
    if (value) frontMatter[key] = value;
  }
  if (formal?.signer) frontMatter['signer'] = formal.signer;

  const markdown = `---\n${stringify(frontMatter, { lineWidth: 0 })}---\n\n${toMarkdown(toMdast(items), { emphasis: '*', strong: '*', bullet: '-', listItemIndent: 'one' })}`;
  const report = describeImport(buildModel(markdown), { format: draft.format, profile, notes, chrome, missingPhotos });
  return { markdown, report, images, missingPhotos };
}

// ---------------------------------------------------------------------------
// Text

/**
 * Legacy-encoded passages converted (when certain), NFC, spaces collapsed,
 * blocks trimmed, empty blocks dropped.
 */
function cleanBlocks(blocks: readonly DraftBlock[], notes: ImportNote[]): Piece[] {
  const converted = new Map<LegacyEncoding, number>();
  let unconverted = 0;
  let decomposed = 0;
  const clean = (text: string): string => {
    let result = text;
    for (const run of detectLegacyRuns(text).reverse()) {
      if (run.converted === undefined) unconverted++;
      else {
        result = result.slice(0, run.start) + run.converted + result.slice(run.end);
        converted.set(run.encoding, (converted.get(run.encoding) ?? 0) + 1);
      }
    }
    if (result.normalize('NFC') !== result) {
      decomposed++;
      result = result.normalize('NFC');
    }
    return result.replace(/\s+/gu, ' ');
  };

  const pieces: Piece[] = [];
  for (const block of blocks) {
    if (block.kind === 'image') {
      pieces.push({ block: { ...block, alt: clean(block.alt).trim() }, text: '' });
      continue;
    }
    const inlines = trimInlines(block.inlines.map((inline) => ({ ...inline, text: clean(inline.text) })));
    const text = plainText(inlines);
    if (text !== '') pieces.push({ block: { ...block, inlines }, text });
  }
  notes.push(...legacyNotes(converted, unconverted));
  if (decomposed > 0) notes.push(note('nfc-normalized', { count: decomposed }));
  return pieces;
}

/** Trims the block's ends, merges neighbours with the same formatting, and keeps one space where two pieces meet with a space each. */
function trimInlines(inlines: readonly Inline[]): Inline[] {
  const merged: Inline[] = [];
  for (const inline of inlines) {
    const last = merged[merged.length - 1];
    const text = last?.text.endsWith(' ') ? inline.text.replace(/^ /, '') : inline.text;
    if (text === '') continue;
    if (last && last.bold === inline.bold && last.italic === inline.italic) last.text += text;
    else merged.push({ ...inline, text });
  }
  while (merged[0]?.text.trim() === '') merged.shift();
  while (merged[merged.length - 1]?.text.trim() === '') merged.pop();
  if (merged.length > 0) {
    merged[0]!.text = merged[0]!.text.trimStart();
    merged[merged.length - 1]!.text = merged[merged.length - 1]!.text.trimEnd();
  }
  return merged;
}

// ---------------------------------------------------------------------------
// Chrome, title, profile

interface Page {
  pieces: Piece[];
  category?: string;
  /** The date line of the page (`14/10/2018 - 20:20`). */
  published?: string;
}

function stripChromeLines(pieces: readonly Piece[], chrome: string[]): Page {
  const page: Page = { pieces: [] };
  let inRelatedNews = false;
  for (const piece of pieces) {
    if (inRelatedNews) {
      if (piece.text) chrome.push(piece.text);
      continue;
    }
    const line = piece.block.kind === 'image' ? undefined : chromeLine(piece.text);
    if (!line) {
      page.pieces.push(piece);
      continue;
    }
    chrome.push(piece.text);
    if (line.kind === 'related') inRelatedNews = true;
    if (line.kind === 'category' && line.category) page.category ??= line.category;
    if (line.kind === 'meta' && line.date) page.published ??= line.date;
  }
  return page;
}

function isTitleLike(piece: Piece): boolean {
  return countWords(piece.text) <= MAX_TITLE_WORDS && !ENDS_SENTENCE.test(piece.text);
}

/**
 * The headline: among the lines before the first body paragraph, a heading
 * (level 1 first), else the longest bold line, else the first line — not
 * the line naming the kind of document. The other copies of it that page
 * chrome repeats are removed; lines before it stay where they are.
 */
function placeTitle(pieces: readonly Piece[], chrome: string[], profileLine: Piece | undefined): { title?: string; pieces: Piece[]; beforeTitle: number } {
  const leading: number[] = [];
  // A picture above the headline (a site's banner or logo) does not end the search, but after one only a heading or a bold line is a headline: a plain line there is its caption.
  let afterImage = false;
  for (const [index, piece] of pieces.entries()) {
    const { block } = piece;
    if (block.kind === 'image') {
      afterImage = true;
      continue;
    }
    if (block.kind !== 'list-item' && !isTitleLike(piece)) break;
    const emphasized = block.kind === 'heading' || (block.kind === 'paragraph' && isAllBold(block.inlines) && !block.role);
    if ((block.kind === 'heading' || block.kind === 'paragraph') && piece !== profileLine && (!afterImage || emphasized)) leading.push(index);
  }
  const headings = leading.filter((index) => pieces[index]!.block.kind === 'heading');
  const bold = leading.filter((index) => {
    const { block } = pieces[index]!;
    return block.kind === 'paragraph' && isAllBold(block.inlines);
  });
  const longestBold = bold.sort((a, b) => countWords(pieces[b]!.text) - countWords(pieces[a]!.text))[0];
  const isLevelOne = (index: number): boolean => {
    const { block } = pieces[index]!;
    return block.kind === 'heading' && block.level === 1;
  };
  const chosen = headings.find(isLevelOne) ?? headings[0] ?? longestBold ?? leading[0];
  if (chosen === undefined) return { pieces: [...pieces], beforeTitle: 0 };

  const written = pieces[chosen]!.text;
  const title = written.replace(NULL_PREFIX, '');
  if (title !== written) chrome.push(written.slice(0, written.length - title.length).trim());
  const rest: Piece[] = [];
  pieces.forEach((piece, index) => {
    if (index === chosen) return;
    if (piece.text !== '' && piece.text.replace(NULL_PREFIX, '') === title) chrome.push(piece.text);
    else rest.push(piece);
  });
  const beforeTitle = rest.filter((piece) => pieces.indexOf(piece) < chosen).length;
  return { title, pieces: rest, beforeTitle };
}

/**
 * A formal thông cáo's header above the title and signature block at the
 * end, taken out of the body into front matter (the profile writes them
 * from there) when recognized; the note lists the lines moved.
 */
function takeFormalParts(placed: { pieces: Piece[]; beforeTitle: number }, notes: ImportNote[]): { header: DocumentHeader; signer?: Signer } {
  const header = readDocumentHeader(placed.pieces.slice(0, placed.beforeTitle).map((piece) => piece.text));
  const moved = header.used.map((index) => placed.pieces[index]!);
  const last = placed.pieces.map((piece) => piece.text.endsWith(END_MARK)).lastIndexOf(true);
  const closing = last === -1 ? [] : placed.pieces.slice(last + 1);
  const signature = closing.every((piece) => piece.block.kind === 'paragraph') ? readSigner(closing.map((piece) => piece.text), (text) => parseSignatureLine(text)?.author === text) : undefined;
  if (signature) moved.push(...closing.slice(-signature.count));
  if (moved.length === 0) return { header };
  placed.pieces = placed.pieces.filter((piece) => !moved.includes(piece));
  placed.beforeTitle -= header.used.length;
  notes.push(note('header-to-front-matter', { count: moved.length, lines: moved.map((piece) => `"${piece.text}"`).join(', ') }));
  return signature ? { header, signer: signature.signer } : { header };
}

/** The profile a line names: `THÔNG CÁO BÁO CHÍ` heads a formal press release, `FOR IMMEDIATE RELEASE` an English one. */
function profileOfLine(text: string): Profile['id'] | undefined {
  return PROFILE_LINES.find(({ pattern }) => pattern.test(text))?.profile;
}

// ---------------------------------------------------------------------------
// Parts

/**
 * Places the parts in draft order: the title after any lines before it,
 * figures (an image with the caption line after it; a caption line with no
 * image before it becomes a figure whose photo is to be inserted), the end
 * mark on a line of its own joined to the paragraph it closes, and the
 * signature as the last line.
 */
function arrange(pieces: readonly Piece[], title: string | undefined, beforeTitle: number, english: boolean): Item[] {
  const body = joinLoneEndMark(pieces);
  const signatureIndex = findSignatureIndex(body);
  const items: Item[] = [];
  let leadPlaced = false;
  // After the end mark come the contact and the boilerplate: none of their short lines is a caption.
  let ended = false;
  for (let index = 0; index < body.length; index++) {
    if (index === beforeTitle && title !== undefined) items.push({ kind: 'title', text: title });
    const piece = body[index]!;
    const { block } = piece;
    if (index === signatureIndex) {
      items.push({ kind: 'signature', text: piece.text });
      continue;
    }
    if (block.kind === 'image') {
      const figure: Extract<Item, { kind: 'figure' }> = { kind: 'figure', src: block.src, alt: block.alt, ...(block.asset ? { asset: block.asset } : {}) };
      const next = body[index + 1];
      if (next && index + 1 !== signatureIndex && isCaptionAfterPhoto(next)) {
        index++;
        figure.caption = withCredit(next.text, body[index + 1], index + 1 === signatureIndex);
        if (figure.caption !== next.text) index++;
      }
      items.push(figure);
      continue;
    }
    if (block.kind === 'heading' && isTitleLike(piece)) items.push({ kind: 'heading', level: block.level, inlines: block.inlines });
    else if (english && block.kind === 'paragraph' && EN_SECTION.test(piece.text)) items.push({ kind: 'heading', level: 2, inlines: block.inlines });
    else if (block.kind === 'list-item') items.push({ kind: 'list-item', ordered: block.ordered, inlines: block.inlines });
    else if (leadPlaced && !ended && isLoneCaption(piece)) {
      const caption = withCredit(piece.text, body[index + 1], index + 1 === signatureIndex);
      if (caption !== piece.text) index++;
      items.push({ kind: 'figure', src: '', alt: '', caption, placeholder: true });
    } else {
      leadPlaced ||= index >= beforeTitle;
      ended ||= piece.text.endsWith(END_MARK) || isEnglishEndMark(piece.text);
      // A heading that reads as sentences is a sapo set in a heading tag (`<h2 class="sapo">`): a bold paragraph.
      const inlines = block.kind === 'heading' ? block.inlines.map((inline) => ({ ...inline, bold: true })) : block.inlines;
      items.push({ kind: 'paragraph', inlines });
    }
  }
  if (title !== undefined && beforeTitle >= body.length) items.push({ kind: 'title', text: title });
  return items;
}

/** `./.` alone on the last lines belongs to the paragraph before it. */
function joinLoneEndMark(pieces: readonly Piece[]): Piece[] {
  const joined: Piece[] = [];
  for (const piece of pieces) {
    const previous = joined[joined.length - 1];
    if (piece.text === END_MARK && previous?.block.kind === 'paragraph') {
      const inlines = [...previous.block.inlines];
      const last = inlines[inlines.length - 1]!;
      inlines[inlines.length - 1] = { ...last, text: last.text + END_MARK };
      joined[joined.length - 1] = { block: { ...previous.block, inlines }, text: previous.text + END_MARK };
    } else joined.push(piece);
  }
  return joined;
}

/** The last block, when it reads as a byline, signature or source line (as the model's signature). */
function findSignatureIndex(pieces: readonly Piece[]): number | undefined {
  const index = pieces.length - 1;
  const last = pieces[index];
  if (!last || last.block.kind !== 'paragraph' || last.text.endsWith(END_MARK)) return undefined;
  return parseSignatureLine(last.text) ? index : undefined;
}

/** A short line that reads as a caption: a phrase, or a sentence that a credit closes (as the model's plain caption). */
function readsAsCaption(piece: Piece): boolean {
  if (piece.block.kind !== 'paragraph' || countWords(piece.text) > MAX_CAPTION_WORDS || piece.text.includes(END_MARK)) return false;
  if (parseSignatureLine(piece.text) !== undefined) return false;
  return !ENDS_SENTENCE.test(piece.text) || findCredit(piece.text) !== undefined;
}

/** The line after a photo: marked as a caption, italic, or reading as one; never a table's cell. */
function isCaptionAfterPhoto(piece: Piece): boolean {
  if (piece.block.kind !== 'paragraph') return false;
  if (piece.block.role) return piece.block.role === 'caption';
  return (isAllItalic(piece.block.inlines) && countWords(piece.text) <= MAX_CAPTION_WORDS) || readsAsCaption(piece);
}

/**
 * A caption line with no photo before it (the photo stayed on the page the
 * text was copied from): marked as a caption, or reading as one and not bold
 * (a short bold line is a subheading) nor a table's cell, nor a field of a
 * contact (`Phone: …`).
 */
function isLoneCaption(piece: Piece): boolean {
  if (piece.block.kind !== 'paragraph') return false;
  if (piece.block.role) return piece.block.role === 'caption';
  if (LABELLED_FIELD.test(piece.text) && findCredit(piece.text) === undefined) return false;
  return !isAllBold(piece.block.inlines) && countWords(piece.text) >= 2 && readsAsCaption(piece);
}

/** A caption followed by a line that is only a photo credit (`Ảnh: Khánh Linh`): one caption. */
function withCredit(caption: string, next: Piece | undefined, nextIsSignature: boolean): string {
  if (!next || next.block.kind !== 'paragraph' || nextIsSignature || findCredit(next.text)?.start !== 0) return caption;
  return `${caption}${ENDS_SENTENCE.test(caption) ? ' ' : '. '}${next.text}`;
}

/** The lead's event date as the publication date, when it gives the year. */
function leadDate(lead: string): string | undefined {
  const date = findDateline(lead)?.date;
  return date?.year === undefined ? undefined : isoFromParts(date.year, date.month, date.day);
}

/** File names of the figures: the draft's own pictures and the photos caption lines call for, numbered in order. */
function nameFigures(items: Item[], folder: string, stem: string): { images: ImageFile[]; missingPhotos: string[] } {
  const images: ImageFile[] = [];
  const missingPhotos: string[] = [];
  let number = 0;
  for (const item of items) {
    if (item.kind !== 'figure' || !(item.asset || item.placeholder)) continue;
    number++;
    item.src = `${folder}/${stem}-${number}.${item.asset?.extension ?? PLACEHOLDER_EXTENSION}`;
    if (item.asset) images.push({ path: item.src, data: item.asset.data });
    else missingPhotos.push(item.src);
  }
  return { images, missingPhotos };
}

// ---------------------------------------------------------------------------
// Markdown

function toMdast(items: readonly Item[]): Root {
  const children: RootContent[] = [];
  for (const item of items) {
    switch (item.kind) {
      case 'title':
        children.push({ type: 'heading', depth: 1, children: [{ type: 'text', value: item.text }] });
        break;
      case 'heading':
        // The H1 is the headline; the draft's other headings are its sections.
        children.push({ type: 'heading', depth: Math.min(Math.max(item.level, 2), 6) as 2 | 3 | 4 | 5 | 6, children: phrasing(item.inlines) });
        break;
      case 'paragraph':
        children.push({ type: 'paragraph', children: phrasing(item.inlines) });
        break;
      case 'list-item': {
        const listItem: ListItem = { type: 'listItem', spread: false, children: [{ type: 'paragraph', children: phrasing(item.inlines) }] };
        const last = children[children.length - 1];
        if (last?.type === 'list' && last.ordered === item.ordered) last.children.push(listItem);
        else children.push({ type: 'list', ordered: item.ordered, spread: false, children: [listItem] } satisfies List);
        break;
      }
      case 'figure':
        children.push(figureParagraph(item));
        break;
      case 'signature':
        children.push({ type: 'paragraph', children: [{ type: 'text', value: item.text }] });
        break;
    }
  }
  return { type: 'root', children };
}

/** The image with its caption as an emphasis line right under it; the alt text is the draft's (unless a file name), else the caption without its credit. */
function figureParagraph(figure: Extract<Item, { kind: 'figure' }>): Paragraph {
  const credit = figure.caption === undefined ? undefined : findCredit(figure.caption);
  const described = figure.caption === undefined ? '' : figure.caption.slice(0, credit?.start ?? figure.caption.length).replace(/[\s.,;:–-]+$/u, '');
  const alt = figure.alt && !looksLikeFileName(figure.alt) ? figure.alt : described;
  const children: PhrasingContent[] = [{ type: 'image', url: figure.src, alt }];
  if (figure.caption !== undefined) children.push({ type: 'text', value: '\n' }, { type: 'emphasis', children: [{ type: 'text', value: figure.caption }] });
  return { type: 'paragraph', children };
}

/** Bold and italic runs, with their edge spaces moved outside the markers (`** a**` is not bold in Markdown). */
function phrasing(inlines: readonly Inline[]): PhrasingContent[] {
  const nodes: PhrasingContent[] = [];
  for (const inline of inlines) {
    const [, before = '', core = '', after = ''] = /^(\s*)([\s\S]*?)(\s*)$/u.exec(inline.text)!;
    if (before) nodes.push({ type: 'text', value: before });
    if (core) {
      let node: PhrasingContent = { type: 'text', value: core };
      if (inline.bold) node = { type: 'strong', children: [node] } satisfies Strong;
      if (inline.italic) node = { type: 'emphasis', children: [node] } satisfies Emphasis;
      nodes.push(node);
    }
    if (after) nodes.push({ type: 'text', value: after });
  }
  return nodes;
}

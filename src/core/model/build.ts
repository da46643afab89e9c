import type { Root, RootContent, Paragraph, Heading, Image, PhrasingContent } from 'mdast';
import { parseMarkdown } from '../parse';
import { LineIndex } from '../text/line-index';
import { PlainText } from '../text/plain-text';
import { countWords } from '../text/white-space';
import { readFrontMatter } from './front-matter';
import { findLeadTime, isPlaceDateLine } from './dateline';
import { findParticipantLists, type ParticipantListMatch } from './participants';
import { findCredit, parseSignatureLine } from './signature';
import { parseApDateline } from '../press-release/ap-dateline';
import type {
  Block,
  BlockRole,
  Caption,
  Dateline,
  EndMark,
  EnglishParts,
  Figure,
  Located,
  ParticipantEntry,
  ParticipantList,
  Person,
  PressRelease,
  Signature,
  Span,
} from './types';

const END_MARK = './.';
/** A caption written as a plain line is short; longer text after a photo is body. */
const MAX_PLAIN_CAPTION_WORDS = 30;
/** `FOR IMMEDIATE RELEASE`, `HOLD FOR RELEASE …`, or an embargo: `EMBARGOED UNTIL …`, `EMBARGOED: …`, `UNDER EMBARGO …`; the draft importer reads them too. */
export const RELEASE_LINE = /^\s*(?:(?:hold\s+)?for\s+(?:immediate\s+)?release\b|embargoed\b(?:\s+for\s+release)?\s*(?:until\b|till\b|to\b|:)|under\s+embargo\b)/i;
const EN_END_MARKS = new Set(['###', '-30-', '# # #']);
const EN_END_MARK_MAX_LENGTH = Math.max(...[...EN_END_MARKS].map((mark) => mark.length));
const NOT_WHITE_SPACE = /\S/;

/** Parses a document and builds its model: the one parse and one model of a document version. */
export function buildModel(source: string): PressRelease {
  return buildModelFromTree(parseMarkdown(source), source);
}

/** Builds the model from an existing tree (the remark preset reuses remark's own parse). */
export function buildModelFromTree(tree: Root, source: string): PressRelease {
  const frontMatter = readFrontMatter(tree, source);
  const profileValue = frontMatter?.data['profile'];
  const blocks = classifyBlocks(tree, source, frontMatter?.unclosed ? frontMatter.span.end : 0);

  const title = findTitle(blocks, source);
  const english = findEnglishParts(blocks, source);
  const signature = findSignature(blocks);
  const figures = findFigures(blocks, source);
  const lead = findLead(blocks, english);
  const paragraphs = blocks.filter((block) => block.role === 'lead' || block.role === 'body');

  const leadTime = lead ? locateLeadTime(lead, source) : {};
  // Every field in one literal, in one order, absent ones undefined: each model has the same shape, which the
  // rules' compiled code reading its fields checks once (fields added later gave models of several shapes).
  const fields: Omit<PressRelease, 'wordCount'> = {
    source,
    lines: new LineIndex(source),
    tree,
    frontMatter,
    profileName: typeof profileValue === 'string' ? profileValue : undefined,
    title,
    lead,
    dateline: leadTime.dateline,
    vagueTime: leadTime.vagueTime,
    participants: findParticipants(blocks),
    figures,
    blocks,
    paragraphs,
    endMarks: [],
    endMark: undefined,
    signature,
    english,
  };
  const model = Object.defineProperty(fields, 'wordCount', WORD_COUNT_PROPERTY) as PressRelease;
  locateEndMarks(model);
  return model;
}

/** The lead's dateline, or else its vague time opener, with their source spans. */
function locateLeadTime(lead: Block, source: string): { dateline?: Dateline; vagueTime?: Located } {
  const { dateline: match, vagueTime: vague } = findLeadTime(lead.plain.text);
  if (match) {
    const { start, end } = lead.plain.span(match.start, match.end);
    const { date, style, placement, endDate, partOfDay, weekday } = match;
    const dateline: Dateline = { start, end, text: source.slice(start, end), date, style, placement };
    if (endDate) dateline.endDate = endDate;
    if (partOfDay) dateline.partOfDay = partOfDay;
    if (weekday) dateline.weekday = weekday;
    return { dateline };
  }
  if (!vague) return {};
  const { start, end } = lead.plain.span(vague.start, vague.end);
  return { vagueTime: { start, end, text: source.slice(start, end) } };
}

const wordCounts = new WeakMap<PressRelease, number>();

/**
 * Only the status bar shows the word count, and no rule: it is counted when
 * first read. One getter shared by every model, defined after the literal: a
 * getter written in the literal puts each model in slow dictionary mode, and
 * every rule reads the model's fields.
 */
const WORD_COUNT_PROPERTY: PropertyDescriptor = {
  get(this: PressRelease): number {
    let count = wordCounts.get(this);
    if (count === undefined) {
      count = countWords(this.title?.text ?? '') + this.paragraphs.reduce((sum, block) => sum + countWords(block.plain.text), 0);
      wordCounts.set(this, count);
    }
    return count;
  },
  enumerable: true,
  configurable: true,
};

function spanOf(node: { position?: { start: { offset?: number }; end: { offset?: number } } }): Span {
  return { start: node.position?.start.offset ?? 0, end: node.position?.end.offset ?? 0 };
}

/** Gives every top-level block of the body a first role; later passes refine captions, lead and signature. */
function classifyBlocks(tree: Root, source: string, bodyStart: number): Block[] {
  const blocks: Block[] = [];
  for (const node of tree.children) {
    if (node.type === 'yaml' || node.type === 'definition') continue;
    const { start, end } = spanOf(node);
    if (end <= bodyStart) continue;
    blocks.push({ start, end, node, role: initialRole(node), plain: PlainText.fromNode(node, source) });
  }
  return blocks;
}

function initialRole(node: RootContent): BlockRole {
  if (node.type === 'heading') return 'heading';
  if (node.type === 'paragraph') return isImageParagraph(node) ? 'figure' : 'body';
  return 'other';
}

function isMeaningful(child: PhrasingContent): boolean {
  return !(child.type === 'text' && !NOT_WHITE_SPACE.test(child.value));
}

/** The paragraph's only child that is not blank text, if it has exactly one. */
function soleMeaningfulChild(paragraph: Paragraph): PhrasingContent | undefined {
  let sole: PhrasingContent | undefined;
  for (const child of paragraph.children) {
    if (!isMeaningful(child)) continue;
    if (sole) return undefined;
    sole = child;
  }
  return sole;
}

/** A paragraph that starts with an image (possibly followed by its caption line). */
function isImageParagraph(paragraph: Paragraph): boolean {
  const first = paragraph.children.find(isMeaningful);
  return first?.type === 'image' || (first?.type === 'link' && first.children.length === 1 && first.children[0]?.type === 'image');
}

function findTitle(blocks: Block[], source: string): (Located & { node: Heading }) | undefined {
  const block = blocks.find((candidate) => candidate.node.type === 'heading' && candidate.node.depth === 1);
  if (!block) return undefined;
  const heading = block.node as Heading;
  const text = block.plain.text.trim();
  const first = heading.children[0];
  const last = heading.children[heading.children.length - 1];
  const start = first ? spanOf(first).start : block.start;
  const end = last ? spanOf(last).end : block.end;
  return { start, end, text: text || source.slice(start, end).trim(), node: heading };
}

function isEmphasisOnly(paragraph: Paragraph): boolean {
  return soleMeaningfulChild(paragraph)?.type === 'emphasis';
}

/** Any line ending: CRLF, a lone CR or LF. */
const LINE_ENDING = /[\r\n]/u;

function isSingleLine(block: Block, source: string): boolean {
  return !LINE_ENDING.test(source.slice(block.start, block.end).trim());
}

/**
 * A figure is an image with its caption: the title attribute, or the
 * emphasis-only (or short plain) line right after it, in the same paragraph
 * or the next one. A credit `Ảnh: Name` is recognized in the caption.
 */
function findFigures(blocks: Block[], source: string): Figure[] {
  const figures: Figure[] = [];
  blocks.forEach((block, index) => {
    if (block.role !== 'figure') return;
    const paragraph = block.node as Paragraph;
    const images = collectImages(paragraph);
    const trailing = captionAfterImages(block);
    if (trailing === 'body') block.role = 'body';
    const next = blocks[index + 1];
    images.forEach((image, imageIndex) => {
      // Plain fields rather than spreads here and below: objects of varying shapes make a spread slow.
      const { start, end } = spanOf(image);
      const figure: Figure = {
        start,
        end,
        image: { start, end, text: source.slice(start, end), url: image.url, alt: image.alt ?? '', node: image },
      };
      if (image.title) figure.image.title = image.title;
      const isLastImage = imageIndex === images.length - 1;
      let caption: Caption | undefined;
      /** The block of a caption line (a title attribute has none). */
      let captionBlock: Block | undefined;
      // A caption line is what readers of the Markdown see: it wins over a title attribute, which would leave the line unshown.
      if (isLastImage && trailing && trailing !== 'body') {
        caption = trailing;
        captionBlock = block;
      } else if (image.title && image.title.trim()) caption = titleCaption(image, source);
      else if (isLastImage && !trailing && next && next.role === 'body' && next.node.type === 'paragraph' && isSingleLine(next, source)) {
        const emphasisOnly = isEmphasisOnly(next.node as Paragraph);
        const text = next.plain.text.trim();
        if (emphasisOnly || looksLikePlainCaption(text)) {
          next.role = 'caption';
          caption = { start: next.start, end: next.end, text, source: emphasisOnly ? 'emphasis' : 'line' };
          captionBlock = next;
        }
      }
      if (caption) {
        figure.caption = caption;
        figure.end = Math.max(figure.end, caption.end);
        const credit = findCredit(caption.text);
        if (credit) {
          const creditText = caption.text.slice(credit.start, credit.end);
          // A title attribute is written as-is; a caption line maps through its block's plain text.
          const span = captionBlock
            ? locateInBlock(captionBlock, creditText)
            : { start: caption.start + credit.start, end: caption.start + credit.end };
          figure.credit = { start: span.start, end: span.end, text: creditText, name: credit.name };
        }
      }
      figures.push(figure);
    });
  });
  return figures;
}

/**
 * A plain line after a photo is its caption when it reads like one: short, and
 * a phrase rather than a finished sentence (unless a credit closes it).
 */
function looksLikePlainCaption(text: string): boolean {
  if (countWords(text) > MAX_PLAIN_CAPTION_WORDS || text.includes(END_MARK)) return false;
  if (parseSignatureLine(text) !== undefined) return false;
  return !/[.!?…:;]$/u.test(text) || findCredit(text) !== undefined;
}

function collectImages(paragraph: Paragraph): Image[] {
  const images: Image[] = [];
  for (const child of paragraph.children) {
    if (child.type === 'image') images.push(child);
    else if (child.type === 'link') for (const inner of child.children) if (inner.type === 'image') images.push(inner);
  }
  return images;
}

function titleCaption(image: Image, source: string): Caption {
  const span = spanOf(image);
  const raw = source.slice(span.start, span.end);
  const title = image.title ?? '';
  const at = raw.lastIndexOf(title);
  const start = at === -1 ? span.start : span.start + at;
  return { start, end: at === -1 ? span.end : start + title.length, text: title.trim(), source: 'title' };
}

/**
 * The caption written on the line right after the image, inside the same
 * paragraph: an emphasis-only line (even a blank one, which caption-format
 * reports), or a plain line that reads like a caption. Other text there is
 * body text that lacks a blank line, and the block is then a body paragraph.
 */
function captionAfterImages(block: Block): Caption | 'body' | undefined {
  const children = (block.node as Paragraph).children;
  const isImage = (child: PhrasingContent): boolean => child.type === 'image' || (child.type === 'link' && child.children.some((inner) => inner.type === 'image'));
  const isText = (child: PhrasingContent): boolean => child.type !== 'break' && isMeaningful(child);
  let lastImage = -1;
  children.forEach((child, index) => {
    if (isImage(child)) lastImage = index;
  });
  // Text between two photos is no caption: the block is a paragraph, shown as written.
  if (children.slice(0, lastImage).some((child) => !isImage(child) && isText(child))) return 'body';
  const rest = children.slice(lastImage + 1).filter(isText);
  if (rest.length === 0) return undefined;
  const emphasisOnly = rest.length === 1 && rest[0]!.type === 'emphasis';
  const start = spanOf(rest[0]!).start;
  const end = spanOf(rest[rest.length - 1]!).end;
  const text = plainSlice(block, start, end);
  if (!emphasisOnly && (!text || !looksLikePlainCaption(text))) return 'body';
  return { start, end, text, source: emphasisOnly ? 'emphasis' : 'line' };
}

/** The trimmed plain text of a block between two source offsets. */
function plainSlice(block: Block, start: number, end: number): string {
  const from = firstPlainIndexFrom(block, 0, start);
  return block.plain.text.slice(from, firstPlainIndexFrom(block, from, end)).trim();
}

/**
 * The first plain index at or after `from` whose source offset is at least
 * `offset` (or the text's length), by binary search: source offsets never
 * decrease along the plain text, which follows the source.
 */
function firstPlainIndexFrom(block: Block, from: number, offset: number): number {
  const { plain } = block;
  let low = from;
  let high = plain.text.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (plain.toSource(mid) < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The source span of `text` inside a block's plain text, through its map (markup inside does not shift it). */
function locateInBlock(block: Block, text: string): Span {
  const at = block.plain.text.indexOf(text);
  return at === -1 ? { start: block.start, end: block.end } : block.plain.span(at, at + text.length);
}

/** An HTML comment or a footnote's text: either may follow the byline or the end mark without being the article's text. */
export function isAside(block: Block): boolean {
  return block.node.type === 'html' || block.node.type === 'footnoteDefinition';
}

/** The last block, asides aside, when it reads as a byline, signature or source line. */
function findSignature(blocks: Block[]): Signature | undefined {
  let index = blocks.length - 1;
  while (index >= 0 && isAside(blocks[index]!)) index--;
  const candidate = blocks[index];
  if (!candidate || candidate.node.type !== 'paragraph' || candidate.role !== 'body') return undefined;
  const text = candidate.plain.text.trim();
  if (!text || text.includes('\n') || text.endsWith(END_MARK)) return undefined;
  const match = parseSignatureLine(text);
  if (!match) return undefined;
  candidate.role = 'signature';
  const { start, end } = locateInBlock(candidate, text);
  const signature: Signature = { start, end, text, form: match.form };
  if (match.author) signature.author = match.author;
  if (match.unit) signature.unit = match.unit;
  return signature;
}

function findLead(blocks: Block[], english: EnglishParts): (Block & { node: Paragraph; bold: boolean }) | undefined {
  const first = blocks.findIndex(
    (block) => block.role === 'body' && block.node.type === 'paragraph' && block.start !== english.releaseLine?.start && !isPlaceDateLine(block.plain.text),
  );
  if (first === -1) return undefined;
  const lead = isDeck(blocks[first]!, blocks[first + 1]) ? blocks[first + 1]! : blocks[first]!;
  lead.role = 'lead';
  const bold = soleMeaningfulChild(lead.node as Paragraph)?.type === 'strong';
  return Object.assign(lead, { node: lead.node as Paragraph, bold });
}

/**
 * A deck under an English headline: a paragraph all in italics or bold
 * (`*Forum to showcase 42 projects*`) above the one that opens with the AP
 * dateline, which is the lead. (A Vietnamese lead in bold has no AP dateline after it.)
 */
function isDeck(block: Block, next: Block | undefined): boolean {
  const emphasis = soleMeaningfulChild(block.node as Paragraph)?.type;
  return (emphasis === 'emphasis' || emphasis === 'strong') && next?.role === 'body' && next.node.type === 'paragraph' && parseApDateline(next.plain.text) !== undefined;
}

/** A paragraph that introduces what follows it: `Tham dự hội nghị có các đồng chí:`. */
const INTRODUCES_NEXT = /:\s*$/u;

function findParticipants(blocks: Block[]): ParticipantList[] {
  const lists: ParticipantList[] = [];
  blocks.forEach((block, blockIndex) => {
    if (block.role !== 'body' && block.role !== 'lead') return;
    const text = block.plain.text;
    for (const match of findParticipantLists(text)) lists.push(locatedList(match, block, block, blockIndex, 0));
    // `… có các đồng chí:` then a Markdown list, one person per item: read as one sentence, the items joined by `;`.
    const next = blocks[blockIndex + 1];
    if (next?.node.type !== 'list' || !INTRODUCES_NEXT.test(text)) return;
    const itemsOffset = text.length + 1;
    for (const match of findParticipantLists(`${text} ${itemsAsClauses(next.plain.text)}`)) {
      if (match.intro.end > itemsOffset || match.entries[0]!.start < itemsOffset) continue;
      lists.push(locatedList(match, block, next, blockIndex + 1, itemsOffset));
    }
  });
  return lists;
}

/** An item's last line ending: its closing `.`, `,` or `;` (or the line break itself) becomes `;`, so the items read as clauses of one sentence; offsets are kept. */
const ITEM_END = /[.,;]?\n/gu;

function itemsAsClauses(items: string): string {
  return items.replace(ITEM_END, (end) => (end.length === 2 ? '; ' : ';'));
}

/**
 * A participants list found by `findParticipantLists`, with source spans:
 * its intro in `introBlock`, its entries in `entriesBlock` at plain offsets
 * shifted by `entriesOffset` (the same block, or the list after the intro).
 */
function locatedList(match: ParticipantListMatch, introBlock: Block, entriesBlock: Block, blockIndex: number, entriesOffset: number): ParticipantList {
  // Plain fields rather than spreads: objects of varying shapes make a spread slow.
  const locate = (piece: { start: number; end: number; text: string }): Located => {
    const { start, end } = entriesBlock.plain.span(piece.start - entriesOffset, piece.end - entriesOffset);
    return { start, end, text: piece.text };
  };
  const intro = introBlock.plain.span(match.intro.start, match.intro.end);
  const end = match.end - entriesOffset;
  return {
    start: intro.start,
    end: entriesBlock.plain.span(end - 1, end).end,
    blockIndex,
    intro: { start: intro.start, end: intro.end, text: match.intro.text },
    entries: match.entries.map((entry): ParticipantEntry => {
      const { start: entryStart, end: entryEnd } = entriesBlock.plain.span(entry.start - entriesOffset, entry.end - entriesOffset);
      if (entry.kind === 'group') return { kind: 'group', start: entryStart, end: entryEnd, text: entry.text };
      const person: Person = {
        kind: 'person',
        start: entryStart,
        end: entryEnd,
        name: locate(entry.name),
        titles: entry.titles.map(locate),
        separator: entry.separator,
      };
      if (entry.honorific) person.honorific = locate(entry.honorific);
      if (entry.separatorText) person.separatorText = locate(entry.separatorText);
      return person;
    }),
  };
}

/** Finds every `./.` in the body and the one that should close the last body paragraph. */
function locateEndMarks(model: PressRelease): void {
  const { source } = model;
  const marks: EndMark[] = [];
  for (const block of model.blocks) {
    if (block.node.type === 'code' || block.node.type === 'html') continue;
    const raw = source.slice(block.start, block.end);
    for (let at = raw.indexOf(END_MARK); at !== -1; at = raw.indexOf(END_MARK, at + END_MARK.length)) {
      marks.push({ start: block.start + at, end: block.start + at + END_MARK.length, attached: false });
    }
  }
  model.endMarks = marks;
  const last = lastBodyBlock(model);
  if (!last) return;
  const text = last.plain.text.trimEnd();
  if (!text.endsWith(END_MARK)) return;
  // Through the plain-text map, so `**…tới./.**` and a list's last item count too.
  const closingStart = last.plain.toSource(text.length - END_MARK.length);
  const closing = marks.find((mark) => mark.start === closingStart);
  if (closing) {
    closing.attached = !/\s/u.test(text[text.length - END_MARK.length - 1] ?? ' ');
    model.endMark = closing;
  }
}

/** The block the end mark should close: the last body paragraph, list or quote (photos and the signature after it do not count). */
function lastBodyBlock(model: PressRelease): Block | undefined {
  for (let index = model.blocks.length - 1; index >= 0; index--) {
    const block = model.blocks[index]!;
    if (block.role === 'body' || block.role === 'lead') return block;
    if (block.role === 'other' && (block.node.type === 'list' || block.node.type === 'blockquote')) return block;
  }
  return undefined;
}

function findEnglishParts(blocks: Block[], source: string): EnglishParts {
  const parts: EnglishParts = {};
  const located = (block: Block): Located => ({ start: block.start, end: block.end, text: source.slice(block.start, block.end) });
  blocks.forEach((block, index) => {
    const text = block.plain.text.trim();
    if (!parts.releaseLine && block.node.type === 'paragraph' && RELEASE_LINE.test(text)) {
      parts.releaseLine = located(block);
      block.role = 'other';
    }
    if (isEnglishEndMark(source.slice(block.start, block.end).trim()) || isEnglishEndMark(text)) {
      parts.endMark = located(block);
      block.role = 'other';
    }
    if (block.node.type === 'heading' && block.node.depth >= 2) {
      const next = blocks[index + 1];
      if (/^about\b/i.test(text) && next) parts.boilerplate = { start: block.start, end: next.end, text: next.plain.text };
      // `Media contact`, and the US and UK `Media inquiries` / `Press enquiries`.
      if (/\b(?:contacts?|[ie]nquir(?:y|ies))\b/i.test(text) && next) parts.mediaContact = { start: block.start, end: next.end, text: next.plain.text };
    }
  });
  return parts;
}

/** `###`, `-30-` or `# # #` (the draft importer asks too); the length comes first, so that no block's whole text is hashed for the lookup. */
export function isEnglishEndMark(text: string): boolean {
  return text.length <= EN_END_MARK_MAX_LENGTH && EN_END_MARKS.has(text);
}

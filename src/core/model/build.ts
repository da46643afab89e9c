import type { Root, RootContent, Paragraph, Heading, Image, PhrasingContent } from 'mdast';
import { parseMarkdown } from '../parse';
import { LineIndex } from '../text/line-index';
import { PlainText } from '../text/plain-text';
import { readFrontMatter } from './front-matter';
import { findDateline, findVagueTime } from './dateline';
import { findParticipantLists } from './participants';
import { findCredit, parseSignatureLine } from './signature';
import type {
  Block,
  BlockRole,
  Caption,
  EndMark,
  EnglishParts,
  Figure,
  Located,
  ParticipantList,
  PressRelease,
  Signature,
  Span,
} from './types';

const END_MARK = './.';
/** A caption written as a plain line is short; longer text after a photo is body. */
const MAX_PLAIN_CAPTION_WORDS = 30;
const RELEASE_LINE = /^\s*for\s+(?:immediate\s+)?release\b/i;
const EN_END_MARKS = new Set(['###', '-30-', '# # #']);

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

  const model: PressRelease = {
    source,
    lines: new LineIndex(source),
    tree,
    participants: findParticipants(blocks),
    figures,
    blocks,
    paragraphs,
    endMarks: [],
    english,
    wordCount: countWords(title?.text ?? '') + paragraphs.reduce((sum, block) => sum + countWords(block.plain.text), 0),
  };
  if (frontMatter) model.frontMatter = frontMatter;
  if (typeof profileValue === 'string') model.profileName = profileValue;
  if (title) model.title = title;
  if (signature) model.signature = signature;
  if (lead) {
    model.lead = lead;
    const dateline = findDateline(lead.plain.text);
    if (dateline) {
      const span = lead.plain.span(dateline.start, dateline.end);
      model.dateline = {
        ...span,
        text: source.slice(span.start, span.end),
        date: dateline.date,
        style: dateline.style,
        placement: dateline.placement,
        ...(dateline.endDate ? { endDate: dateline.endDate } : {}),
        ...(dateline.partOfDay ? { partOfDay: dateline.partOfDay } : {}),
        ...(dateline.weekday ? { weekday: dateline.weekday } : {}),
      };
    } else {
      const vague = findVagueTime(lead.plain.text);
      if (vague) {
        const span = lead.plain.span(vague.start, vague.end);
        model.vagueTime = { ...span, text: source.slice(span.start, span.end) };
      }
    }
  }
  locateEndMarks(model);
  return model;
}

function spanOf(node: { position?: { start: { offset?: number }; end: { offset?: number } } }): Span {
  return { start: node.position?.start.offset ?? 0, end: node.position?.end.offset ?? 0 };
}

/** Gives every top-level block of the body a first role; later passes refine captions, lead and signature. */
function classifyBlocks(tree: Root, source: string, bodyStart: number): Block[] {
  const blocks: Block[] = [];
  for (const node of tree.children) {
    if (node.type === 'yaml' || node.type === 'definition') continue;
    const span = spanOf(node);
    if (span.end <= bodyStart) continue;
    blocks.push({ ...span, node, role: initialRole(node), plain: PlainText.fromNode(node, source) });
  }
  return blocks;
}

function initialRole(node: RootContent): BlockRole {
  if (node.type === 'heading') return 'heading';
  if (node.type === 'paragraph') return isImageParagraph(node) ? 'figure' : 'body';
  return 'other';
}

function meaningfulChildren(paragraph: Paragraph): PhrasingContent[] {
  return paragraph.children.filter((child) => !(child.type === 'text' && child.value.trim() === ''));
}

/** A paragraph that starts with an image (possibly followed by its caption line). */
function isImageParagraph(paragraph: Paragraph): boolean {
  const first = meaningfulChildren(paragraph)[0];
  return first?.type === 'image' || (first?.type === 'link' && first.children.length === 1 && first.children[0]?.type === 'image');
}

function findTitle(blocks: Block[], source: string): (Located & { node: Heading }) | undefined {
  const block = blocks.find((candidate) => candidate.node.type === 'heading' && candidate.node.depth === 1);
  if (!block) return undefined;
  const heading = block.node as Heading;
  const text = block.plain.text.trim();
  const first = heading.children[0];
  const last = heading.children[heading.children.length - 1];
  const contentSpan = first && last ? { start: spanOf(first).start, end: spanOf(last).end } : { start: block.start, end: block.end };
  return { ...contentSpan, text: text || source.slice(contentSpan.start, contentSpan.end).trim(), node: heading };
}

function isEmphasisOnly(paragraph: Paragraph): boolean {
  const children = meaningfulChildren(paragraph);
  return children.length === 1 && children[0]!.type === 'emphasis';
}

function isSingleLine(block: Block, source: string): boolean {
  return !source.slice(block.start, block.end).trim().includes('\n');
}

function countWords(text: string): number {
  const words = text.trim().split(/\s+/u);
  return words[0] === '' ? 0 : words.length;
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
      const imageSpan = spanOf(image);
      const figure: Figure = {
        start: imageSpan.start,
        end: imageSpan.end,
        image: {
          ...imageSpan,
          text: source.slice(imageSpan.start, imageSpan.end),
          url: image.url,
          alt: image.alt ?? '',
          node: image,
          ...(image.title ? { title: image.title } : {}),
        },
      };
      const isLastImage = imageIndex === images.length - 1;
      let caption: (Caption & { block?: Block }) | undefined;
      if (image.title && image.title.trim()) caption = titleCaption(image, source);
      else if (isLastImage && trailing && trailing !== 'body') caption = { ...trailing, block };
      else if (isLastImage && !trailing && next && next.role === 'body' && next.node.type === 'paragraph' && isSingleLine(next, source)) {
        const nextParagraph = next.node as Paragraph;
        if (isEmphasisOnly(nextParagraph) || looksLikePlainCaption(next.plain.text.trim())) {
          next.role = 'caption';
          caption = {
            start: next.start,
            end: next.end,
            text: next.plain.text.trim(),
            source: isEmphasisOnly(nextParagraph) ? 'emphasis' : 'line',
            block: next,
          };
        }
      }
      if (caption) {
        const { block: captionBlock, ...located } = caption;
        figure.caption = located;
        figure.end = Math.max(figure.end, caption.end);
        const credit = findCredit(caption.text);
        if (credit) {
          const creditText = caption.text.slice(credit.start, credit.end);
          // A title attribute is written as-is; a caption line maps through its block's plain text.
          const span = captionBlock
            ? locateInBlock(captionBlock, creditText)
            : { start: caption.start + credit.start, end: caption.start + credit.end };
          figure.credit = { ...span, text: creditText, name: credit.name };
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
  const paragraph = block.node as Paragraph;
  const children = paragraph.children;
  let lastImage = -1;
  children.forEach((child, index) => {
    if (child.type === 'image' || (child.type === 'link' && child.children.some((inner) => inner.type === 'image'))) lastImage = index;
  });
  const rest = children.slice(lastImage + 1).filter((child) => child.type !== 'break' && !(child.type === 'text' && child.value.trim() === ''));
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
  const { plain } = block;
  let from = 0;
  while (from < plain.text.length && plain.toSource(from) < start) from++;
  let to = from;
  while (to < plain.text.length && plain.toSource(to) < end) to++;
  return plain.text.slice(from, to).trim();
}

/** The source span of `text` inside a block's plain text, through its map (markup inside does not shift it). */
function locateInBlock(block: Block, text: string): Span {
  const at = block.plain.text.indexOf(text);
  return at === -1 ? { start: block.start, end: block.end } : block.plain.span(at, at + text.length);
}

/** The last block, when it reads as a byline, signature or source line. */
function findSignature(blocks: Block[]): Signature | undefined {
  const candidate = [...blocks].reverse().find((block) => !(block.node.type === 'html'));
  if (!candidate || candidate.node.type !== 'paragraph' || candidate.role !== 'body') return undefined;
  const text = candidate.plain.text.trim();
  if (!text || text.includes('\n') || text.endsWith(END_MARK)) return undefined;
  const match = parseSignatureLine(text);
  if (!match) return undefined;
  candidate.role = 'signature';
  const signature: Signature = { ...locateInBlock(candidate, text), text, form: match.form };
  if (match.author) signature.author = match.author;
  if (match.unit) signature.unit = match.unit;
  return signature;
}

function findLead(blocks: Block[], english: EnglishParts): (Block & { node: Paragraph; bold: boolean }) | undefined {
  const lead = blocks.find(
    (block) => block.role === 'body' && block.node.type === 'paragraph' && block.start !== english.releaseLine?.start,
  );
  if (!lead) return undefined;
  lead.role = 'lead';
  const children = meaningfulChildren(lead.node as Paragraph);
  const bold = children.length === 1 && children[0]!.type === 'strong';
  return Object.assign(lead, { node: lead.node as Paragraph, bold });
}

function findParticipants(blocks: Block[]): ParticipantList[] {
  const lists: ParticipantList[] = [];
  blocks.forEach((block, blockIndex) => {
    if (block.role !== 'body' && block.role !== 'lead') return;
    for (const match of findParticipantLists(block.plain.text)) {
      const locate = (piece: { start: number; end: number; text: string }): Located => ({ ...block.plain.span(piece.start, piece.end), text: piece.text });
      lists.push({
        ...block.plain.span(match.start, match.end),
        blockIndex,
        intro: locate(match.intro),
        entries: match.entries.map((entry) => {
          const span = block.plain.span(entry.start, entry.end);
          if (entry.kind === 'group') return { kind: 'group', ...span, text: entry.text };
          return {
            kind: 'person',
            ...span,
            name: locate(entry.name),
            titles: entry.titles.map(locate),
            separator: entry.separator,
            ...(entry.honorific ? { honorific: locate(entry.honorific) } : {}),
            ...(entry.separatorText ? { separatorText: locate(entry.separatorText) } : {}),
          };
        }),
      });
    }
  });
  return lists;
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
    const rawLine = source.slice(block.start, block.end).trim();
    if (EN_END_MARKS.has(rawLine) || EN_END_MARKS.has(text)) {
      parts.endMark = located(block);
      block.role = 'other';
    }
    if (block.node.type === 'heading' && block.node.depth >= 2) {
      const next = blocks[index + 1];
      if (/^about\b/i.test(text) && next) parts.boilerplate = { start: block.start, end: next.end, text: next.plain.text };
      if (/\bcontacts?\b/i.test(text) && next) parts.mediaContact = { start: block.start, end: next.end, text: next.plain.text };
    }
  });
  return parts;
}

/**
 * The rendered article cut into its top-level blocks, and the difference
 * between two renderings: a keystroke changes one block, so the preview
 * sends that block's HTML and only renumbers the others. No `vscode` import:
 * the benchmark measures this code outside VS Code.
 */
import type { RenderedRelease } from '../../core/render/html';

/** One top-level element of the article. */
export interface ArticleBlock {
  /** `gp-block-N`, or `gp-extra-N` for an element the renderer gives no id (the footnotes). */
  id: string;
  /** 1-based source line; 0 for extra elements. */
  line: number;
  html: string;
  /**
   * The HTML without its id and line: equal content means the same element
   * can stay on screen, even when an edit above renumbered it.
   */
  content: string;
}

export interface ArticleParts {
  /** The `<article …>` start tag: its classes name the profile and style. */
  openTag: string;
  blocks: ArticleBlock[];
}

/** An entry of an update, in the new order: an element kept (and renumbered) or a new one. */
export type BlockPatch = { id: string; line: number; keep: string } | { id: string; line: number; html: string };

const VOID_ELEMENTS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const BLOCK_ID = / id="(gp-block-\d+)"/;
const BLOCK_ATTRIBUTES = / (?:id|data-line)="[^"]*"/g;

/**
 * Cuts the renderer's article into its top-level elements. The HTML comes
 * from hast-util-to-html after sanitizing, so text never holds a raw `<`
 * and attribute values never hold a raw `"`: counting tags is exact.
 */
export function splitArticle(rendered: Pick<RenderedRelease, 'html' | 'blocks'>): ArticleParts {
  const { html } = rendered;
  const openEnd = tagEnd(html, 0);
  const closeStart = html.lastIndexOf('</article>');
  const openTag = html.slice(0, openEnd + 1);
  const lines = new Map(rendered.blocks.map((block) => [block.id, block.line]));
  const blocks: ArticleBlock[] = [];
  let extras = 0;
  for (const element of topLevelElements(html.slice(openEnd + 1, closeStart))) {
    const startTag = element.slice(0, tagEnd(element, 0) + 1);
    const id = BLOCK_ID.exec(startTag)?.[1];
    const content = startTag.replace(BLOCK_ATTRIBUTES, '') + element.slice(startTag.length);
    if (id !== undefined) blocks.push({ id, line: lines.get(id) ?? 0, html: element, content });
    else blocks.push({ id: `gp-extra-${extras++}`, line: 0, html: element, content });
  }
  return { openTag, blocks };
}

/** The index of the `>` closing the tag that starts at `start`, skipping quoted attribute values. */
function tagEnd(html: string, start: number): number {
  let quote: string | undefined;
  for (let index = start + 1; index < html.length; index++) {
    const char = html[index];
    if (quote !== undefined) {
      if (char === quote) quote = undefined;
    } else if (char === '"' || char === "'") {
      quote = char;
    } else if (char === '>') {
      return index;
    }
  }
  return html.length - 1;
}

/** The top-level elements of a fragment, as HTML strings; text between them (newlines) is dropped. */
function topLevelElements(fragment: string): string[] {
  const elements: string[] = [];
  let depth = 0;
  let elementStart = 0;
  let index = fragment.indexOf('<');
  while (index !== -1) {
    const end = tagEnd(fragment, index);
    const closing = fragment[index + 1] === '/';
    const name = /^<\/?([a-zA-Z][a-zA-Z0-9-]*)/.exec(fragment.slice(index, end + 1))?.[1]?.toLowerCase() ?? '';
    if (closing) {
      depth--;
      if (depth === 0) elements.push(fragment.slice(elementStart, end + 1));
    } else {
      if (depth === 0) elementStart = index;
      if (VOID_ELEMENTS.has(name) || fragment[end - 1] === '/') {
        if (depth === 0) elements.push(fragment.slice(index, end + 1));
      } else {
        depth++;
      }
    }
    index = fragment.indexOf('<', end + 1);
  }
  return elements;
}

/**
 * What to send so that the preview, showing `previous`, shows `next`: every
 * block of `next` in order, either kept from `previous` (same content, maybe
 * a new id and line) or with its HTML. Repeated content is matched in order.
 */
export function diffBlocks(previous: readonly ArticleBlock[], next: readonly ArticleBlock[]): BlockPatch[] {
  const available = new Map<string, string[]>();
  for (const block of previous) {
    const ids = available.get(block.content);
    if (ids) ids.push(block.id);
    else available.set(block.content, [block.id]);
  }
  return next.map((block) => {
    const keep = available.get(block.content)?.shift();
    return keep === undefined ? { id: block.id, line: block.line, html: block.html } : { id: block.id, line: block.line, keep };
  });
}

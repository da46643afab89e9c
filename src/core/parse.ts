import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import type { Root } from 'mdast';
import type { Node } from 'unist';

/** Frozen processors: building one per document would cost more than some rules. */
const commonmark = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).freeze();
const gfm = commonmark().use(remarkGfm).freeze();

/**
 * What every GFM construct starts with: tables (`|`), strikethrough (`~`),
 * footnotes (`[^`), autolink literals (`@`, `://`, and case-insensitively
 * `www.`, `mailto:`, `xmpp:`), task list items (`- [ ]` at the start of a
 * line). Plain substring searches come first: one regular expression with all
 * of them, tried at every character, costs as much as a good part of a rule.
 */
const GFM_MARKS = ['|', '~', '@', '[^', '://'];
const GFM_WORDS = /www\.|mailto:|xmpp:/i;
const TASK_BOXES = ['[ ]', '[x]', '[X]'];
const TASK_LIST_ITEM = /^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+\[[ xX]\]/m;

/**
 * Parses Markdown with YAML front matter and GFM into an mdast tree with
 * positions. GFM's extensions double micromark's work on every character,
 * so a document in which none of them can start is parsed without them: the
 * tree is the same (a test checks it on the benchmark corpus).
 */
export function parseMarkdown(source: string): Root {
  return withSourceOffsets((needsGfm(source) ? gfm : commonmark).parse(source), source);
}

/** True when a GFM construct may start somewhere in the source. */
export function needsGfm(source: string): boolean {
  const includes = (mark: string): boolean => source.includes(mark);
  return GFM_MARKS.some(includes) || GFM_WORDS.test(source) || (TASK_BOXES.some(includes) && TASK_LIST_ITEM.test(source));
}

/** The full CommonMark + GFM parse, whatever the source holds (for tests of the shortcut). */
export function parseWithGfm(source: string): Root {
  return withSourceOffsets(gfm.parse(source), source);
}

const BYTE_ORDER_MARK = '\uFEFF';

/**
 * micromark skips a leading byte order mark and counts positions without it,
 * while the model and every rule index the source as given: shift the tree
 * by that one code unit, or every offset (and so every fix) is one too early.
 */
function withSourceOffsets(tree: Root, source: string): Root {
  if (!source.startsWith(BYTE_ORDER_MARK)) return tree;
  const shift = (node: Node): void => {
    const { position } = node;
    if (position) {
      for (const point of [position.start, position.end]) {
        if (point.offset !== undefined) point.offset += BYTE_ORDER_MARK.length;
        if (point.line === 1) point.column += BYTE_ORDER_MARK.length;
      }
    }
    if ('children' in node && Array.isArray(node.children)) for (const child of node.children as Node[]) shift(child);
  };
  shift(tree);
  return tree;
}

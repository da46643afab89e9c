import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import { gfmAutolinkLiteral } from 'micromark-extension-gfm-autolink-literal';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import { gfmAutolinkLiteralFromMarkdown } from 'mdast-util-gfm-autolink-literal';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import type { Root } from 'mdast';
import type { Node } from 'unist';

type SyntaxExtension = ReturnType<typeof gfmTable>;
type TreeExtension = ReturnType<typeof gfmTableFromMarkdown>;

/** Frozen processors: building one per document would cost more than some rules. */
const commonmark = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).freeze();

/**
 * GFM's extensions, each with the marks without which none of its
 * constructs can start: tables (`|`), strikethrough (`~`), footnotes (`[^`),
 * task list items (`[ ]`, `[x]`, `[X]`), literal links
 * (`://`, or `www.` in any case) and literal e-mail addresses (`@`; also
 * `mailto:` and `xmpp:` links). Each extension costs micromark work on
 * every character it may start at: the e-mail one alone (tried at every
 * ASCII letter) more than doubles the parse. So a document is parsed with
 * only the extensions that can find something in it, in the order
 * `remark-gfm` adds them; the tree is the one a full GFM parse gives (tests
 * compare them). The front matter is left out of the search: micromark
 * reads it as one raw block.
 */
const TABLE = 1;
const STRIKETHROUGH = 2;
const FOOTNOTE = 4;
const TASK_LIST_ITEM = 8;
const LINK_LITERAL = 16;
const EMAIL_LITERAL = 32;

const TASK_BOXES = ['[ ]', '[x]', '[X]'];
const WWW = /www\./i;

/** The GFM extensions a document needs: a set of the flags above. */
export function gfmExtensionsNeeded(source: string): number {
  const markdown = source.slice(frontMatterEnd(source));
  const includes = (mark: string): boolean => markdown.includes(mark);
  let needed = 0;
  if (includes('|')) needed |= TABLE;
  if (includes('~')) needed |= STRIKETHROUGH;
  if (includes('[^')) needed |= FOOTNOTE;
  if (TASK_BOXES.some(includes)) needed |= TASK_LIST_ITEM;
  if (includes('@')) needed |= EMAIL_LITERAL | LINK_LITERAL;
  else if (includes('://') || WWW.test(markdown)) needed |= LINK_LITERAL;
  return needed;
}

/** The opening `---` line of front matter, with any CommonMark line ending: a lone CR (classic Mac files) ends it too. */
export const FRONT_MATTER_OPENING = /^\uFEFF?---[ \t]*(?:\r\n?|\n)/;
const CLOSING_FENCE = /(?:\r\n?|\n)---[ \t]*(?:\r\n?|\n|$)/g;

/**
 * Where YAML front matter ends, as remark-frontmatter reads it: `---` on
 * the first line, up to the next line that is `---` (spaces and tabs may
 * follow either); 0 when there is none.
 */
function frontMatterEnd(source: string): number {
  const opening = FRONT_MATTER_OPENING.exec(source);
  if (!opening) return 0;
  // From the opening line's last line-ending character: the closing fence may be the next line.
  CLOSING_FENCE.lastIndex = opening[0].length - 1;
  const closing = CLOSING_FENCE.exec(source);
  return closing ? closing.index + closing[0].length : 0;
}

/** The literal-link constructs without the e-mail one, for documents without `@`. */
function linkLiteralsOnly(): SyntaxExtension {
  const text: NonNullable<SyntaxExtension['text']> = {};
  for (const [code, constructs] of Object.entries(gfmAutolinkLiteral().text ?? {})) {
    const kept = [constructs ?? []].flat().filter((construct) => construct.name !== 'emailAutolink');
    if (kept.length > 0) text[Number(code)] = kept;
  }
  return { text };
}

/** One processor per set of extensions met, made on first use. */
const processors = new Map<number, typeof commonmark>([[0, commonmark]]);

function processorFor(needed: number): typeof commonmark {
  let processor = processors.get(needed);
  if (processor === undefined) {
    const syntax: SyntaxExtension[] = [];
    const tree: TreeExtension[] = [];
    if (needed & LINK_LITERAL) {
      syntax.push(needed & EMAIL_LITERAL ? gfmAutolinkLiteral() : linkLiteralsOnly());
      tree.push(gfmAutolinkLiteralFromMarkdown());
    }
    if (needed & FOOTNOTE) syntax.push(gfmFootnote()), tree.push(gfmFootnoteFromMarkdown());
    if (needed & STRIKETHROUGH) syntax.push(gfmStrikethrough()), tree.push(gfmStrikethroughFromMarkdown());
    if (needed & TABLE) syntax.push(gfmTable()), tree.push(gfmTableFromMarkdown());
    if (needed & TASK_LIST_ITEM) syntax.push(gfmTaskListItem()), tree.push(gfmTaskListItemFromMarkdown());
    processor = commonmark()
      .use(function addGfmExtensions() {
        const data = this.data();
        data.micromarkExtensions = [...(data.micromarkExtensions ?? []), ...syntax];
        data.fromMarkdownExtensions = [...(data.fromMarkdownExtensions ?? []), ...tree];
      })
      .freeze();
    processors.set(needed, processor);
  }
  return processor;
}

/** Parses Markdown with YAML front matter and GFM into an mdast tree with positions. */
export function parseMarkdown(source: string): Root {
  return withSourceOffsets(processorFor(gfmExtensionsNeeded(source)).parse(source), source);
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

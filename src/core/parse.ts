import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import type { Root } from 'mdast';

/** Frozen processors: building one per document would cost more than some rules. */
const commonmark = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).freeze();
const gfm = commonmark().use(remarkGfm).freeze();

/**
 * What every GFM construct starts with: tables (`|`), strikethrough (`~`),
 * footnotes (`[^`), task list items (`- [ ]`), autolink literals (`www.`,
 * `://`, `@`, `mailto:`, `xmpp:`).
 */
const GFM_TRIGGER = /[|~@]|\[\^|www\.|:\/\/|mailto:|xmpp:|^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+\[[ xX]\]/im;

/**
 * Parses Markdown with YAML front matter and GFM into an mdast tree with
 * positions. GFM's extensions double micromark's work on every character,
 * so a document in which none of them can start is parsed without them: the
 * tree is the same (a test checks it on the benchmark corpus).
 */
export function parseMarkdown(source: string): Root {
  return (needsGfm(source) ? gfm : commonmark).parse(source);
}

/** True when a GFM construct may start somewhere in the source. */
export function needsGfm(source: string): boolean {
  return GFM_TRIGGER.test(source);
}

/** The full CommonMark + GFM parse, whatever the source holds (for tests of the shortcut). */
export function parseWithGfm(source: string): Root {
  return gfm.parse(source);
}

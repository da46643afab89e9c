import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import type { Root } from 'mdast';

/** One frozen processor: building it per document would cost more than some rules. */
const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).freeze();

/** Parses Markdown with YAML front matter and GFM into an mdast tree with positions. */
export function parseMarkdown(source: string): Root {
  return processor.parse(source);
}

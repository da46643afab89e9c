/**
 * HTML (a portal article page, the clipboard's HTML, Word through mammoth)
 * as a draft: headings, paragraphs with bold and italics, list items,
 * images and caption hints, in document order. Page chrome that HTML marks
 * as such (menus, breadcrumbs, share and related-news boxes, the site's
 * header and footer) is removed and kept aside as text for the report;
 * the chrome that only its wording shows is the structuring's job.
 */
import { fromHtml } from 'hast-util-from-html';
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { paragraphsFromLines, plainText } from './inlines';
import { note } from './notes';
import type { Draft, DraftBlock, ImageAsset, ImportNote, Inline } from './types';

/** Elements whose content is not shown as text. */
const HIDDEN = new Set(['head', 'script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'canvas', 'video', 'audio', 'map', 'button', 'select', 'input', 'textarea']);
const CHROME_ELEMENTS = new Set(['nav', 'aside', 'form']);
/** A site's `<header>`/`<footer>`; inside an article they hold its title or byline. */
const PAGE_PARTS = new Set(['header', 'footer']);
const ARTICLE_ELEMENTS = new Set(['article', 'main']);
const BLOCK_ELEMENTS = new Set([
  'address', 'article', 'blockquote', 'caption', 'center', 'dd', 'details', 'dialog', 'div', 'dl', 'dt', 'fieldset', 'figcaption',
  'figure', 'hgroup', 'hr', 'li', 'main', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
  ...PAGE_PARTS,
]);
const HEADING_LEVEL: Record<string, number> = { h1: 1, h2: 2, h3: 3, h4: 4, h5: 5, h6: 6 };
/** Class or id names of chrome boxes: `breadcrumb`, `social-share`, `tin-lien-quan`, `box-comment`. */
const CHROME_NAME = /(?:^|[-_\s])(?:breadcrumbs?|menu|navbar|navigation|share|sharing|social|related|comments?|sidebar|banner|logo|branding|masthead|advert|ads|pagination|toolbar|tools|tags|lien-?quan|tin-?khac)(?:$|[-_\s])/i;
const PAGE_PART_NAME = /^(?:(?:site|page|top|main)[-_]?)?(?:header|footer)(?:[-_]?(?:top|bottom|wrap(?:per)?))?$/i;
/** Class names of the article's category label or breadcrumb: `cat`, `category`, `chuyen-muc`, `breadcrumb`. */
const CATEGORY_NAME = /(?:^|[-_])(?:cat|category|categories|chuyen-?muc|breadcrumbs?)$/i;
const MAX_CATEGORY_WORDS = 6;
/** A breadcrumb is a few short items; more text is a box of the page, whatever its class. */
const MAX_BREADCRUMB_WORDS = 20;
/** Class names of photo captions in portal CMSs: `caption`, `PhotoCMS_Caption`, `chu-thich`, `image-desc`. */
const CAPTION_NAME = /(?:^|[-_\s])(?:caption|chu-?thich|image-?desc|photo-?desc)(?:$|[-_\s])/i;
const BOLD_STYLE = /font-weight\s*:\s*(?:bold|[6-9]00)/i;
const ITALIC_STYLE = /font-style\s*:\s*italic/i;
const DATA_IMAGE = /^data:image\/([a-z+.-]+);base64,([a-z0-9+/=\s]+)$/i;
const ISO_DATE = /^(\d{4}-\d{2}-\d{2})/;
/** Meta tags that date an article page. */
const DATE_META = new Set(['article:published_time', 'pubdate', 'publishdate', 'date', 'dc.date', 'dcterms.created']);

interface Container {
  kind: 'paragraph' | 'heading' | 'list-item';
  level: number;
  ordered: boolean;
  role: 'caption' | 'table-cell' | undefined;
}

interface Style {
  bold: boolean;
  italic: boolean;
  preformatted: boolean;
  inArticle: boolean;
}

/** Reads an HTML page or fragment. */
export function readHtml(html: string): Draft {
  const tree = fromHtml(html);
  const reader = new HtmlReader();
  reader.walk(tree.children, { bold: false, italic: false, preformatted: false, inArticle: false });
  reader.flush();
  const draft: Draft = { format: 'html', blocks: reader.blocks, chrome: reader.chrome, notes: reader.notes() };
  if (reader.category) draft.category = reader.category;
  const published = publishedDate(tree);
  if (published) draft.published = published;
  return draft;
}

class HtmlReader {
  readonly blocks: DraftBlock[] = [];
  readonly chrome: string[] = [];
  /** The first category label or breadcrumb's last item. */
  category: string | undefined;
  private flattenedTables = 0;
  private inlines: Inline[] = [];
  private container: Container = { kind: 'paragraph', level: 0, ordered: false, role: undefined };

  walk(nodes: readonly (RootContent | ElementContent)[], style: Style): void {
    for (const node of nodes) {
      if (node.type === 'text') this.addText(node.value, style);
      else if (node.type === 'element') this.element(node, style);
    }
  }

  notes(): ImportNote[] {
    return this.flattenedTables === 0 ? [] : [note('table-flattened', { count: this.flattenedTables })];
  }

  private element(element: Element, style: Style): void {
    const name = element.tagName;
    if (HIDDEN.has(name)) return;
    const isCategory = namesOf(element).some((value) => CATEGORY_NAME.test(value)) && textOf(element).split(' ').length <= MAX_BREADCRUMB_WORDS;
    if (this.isChrome(element, style) || isCategory) {
      const text = textOf(element);
      if (text) this.chrome.push(text);
      const category = isCategory ? lastItemText(element) : undefined;
      if (category !== undefined && category.split(' ').length <= MAX_CATEGORY_WORDS) this.category ??= category;
      return;
    }
    if (name === 'br') return this.addText('\n', { ...style, preformatted: true });
    if (name === 'img') return this.image(element);
    // A table of data, not a photo with its caption row: flattened, its cells never taken for captions.
    const isDataTable = name === 'table' && rowsWithText(element) > 1 && !isLayoutTable(element);
    if (isDataTable) this.flattenedTables++;

    const inner: Style = {
      bold: style.bold || name === 'strong' || name === 'b' || BOLD_STYLE.test(styleOf(element)),
      italic: style.italic || name === 'em' || name === 'i' || ITALIC_STYLE.test(styleOf(element)),
      preformatted: style.preformatted || name === 'pre',
      inArticle: style.inArticle || ARTICLE_ELEMENTS.has(name),
    };
    const level = HEADING_LEVEL[name];
    const isCaption = name === 'figcaption' || namesOf(element).some((value) => CAPTION_NAME.test(value));
    if (level === undefined && name !== 'li' && !isCaption && !BLOCK_ELEMENTS.has(name)) return this.walk(element.children, inner);

    this.flush();
    const outer = this.container;
    if (level !== undefined) this.container = { ...outer, kind: 'heading', level };
    else if (name === 'li') this.container = { ...outer, kind: 'list-item', ordered: outer.ordered };
    else if (name === 'ol' || name === 'ul') this.container = { ...outer, ordered: name === 'ol' };
    if (isCaption) this.container = { ...this.container, role: 'caption' };
    if (isDataTable) this.container = { ...this.container, role: 'table-cell' };
    this.walk(element.children, inner);
    this.flush();
    this.container = outer;
  }

  private isChrome(element: Element, style: Style): boolean {
    if (CHROME_ELEMENTS.has(element.tagName)) return true;
    if (PAGE_PARTS.has(element.tagName) && !style.inArticle) return true;
    return namesOf(element).some((value) => CHROME_NAME.test(value) || (!style.inArticle && PAGE_PART_NAME.test(value)));
  }

  private addText(value: string, style: Style): void {
    const text = style.preformatted ? value : value.replace(/[ \t\n\r\f]+/g, ' ');
    if (text) this.inlines.push({ text, bold: style.bold, italic: style.italic });
  }

  private image(element: Element): void {
    this.flush();
    const src = String(element.properties['src'] ?? '');
    const alt = String(element.properties['alt'] ?? '').trim();
    const asset = dataImage(src);
    this.blocks.push(asset ? { kind: 'image', src: '', alt, asset } : { kind: 'image', src, alt });
  }

  /** Ends the current block: a paragraph splits at its line breaks, a heading or list item stays one line. */
  flush(): void {
    const inlines = this.inlines;
    this.inlines = [];
    if (plainText(inlines).trim() === '') return;
    const { kind, level, ordered, role } = this.container;
    if (kind === 'paragraph') {
      for (const paragraph of paragraphsFromLines(inlines)) this.blocks.push(role ? { kind, inlines: paragraph, role } : { kind, inlines: paragraph });
      return;
    }
    const oneLine = inlines.map((inline) => ({ ...inline, text: inline.text.replace(/\s*\n\s*/g, ' ') }));
    this.blocks.push(kind === 'heading' ? { kind, level, inlines: oneLine } : { kind, ordered, inlines: oneLine });
  }
}

/** Class names and id of an element. */
function namesOf(element: Element): string[] {
  const { className, id } = element.properties;
  const names = Array.isArray(className) ? className.map(String) : [];
  return typeof id === 'string' ? [...names, id] : names;
}

function styleOf(element: Element): string {
  return String(element.properties['style'] ?? '');
}

/** The text of an element as a reader sees it: blocks apart, spaces collapsed. */
function textOf(element: Element): string {
  const pieces: string[] = [];
  const visit = (nodes: readonly ElementContent[]): void => {
    for (const node of nodes) {
      if (node.type === 'text') pieces.push(node.value);
      else if (node.type === 'element' && !HIDDEN.has(node.tagName)) {
        const isBlock = BLOCK_ELEMENTS.has(node.tagName) || node.tagName in HEADING_LEVEL || node.tagName === 'br';
        if (isBlock) pieces.push(' ');
        visit(node.children);
        if (isBlock) pieces.push(' ');
      }
    }
  };
  visit(element.children);
  return pieces.join('').replace(/\s+/gu, ' ').trim();
}

/** Elements that a table of data never holds, but a page laid out with a table (or a grid of photos) does. */
const LAYOUT_CONTENT = new Set(['table', 'img', 'ul', 'ol', ...Object.keys(HEADING_LEVEL)]);
/** Words of a cell beyond which it holds running text, not a datum. */
const MAX_DATA_CELL_WORDS = 40;

/** A table used to lay out a page or its photos: its cells are read as the page's blocks, not flattened as data. */
function isLayoutTable(table: Element): boolean {
  const visit = (nodes: readonly ElementContent[]): boolean =>
    nodes.some((node) => {
      if (node.type !== 'element') return false;
      if (LAYOUT_CONTENT.has(node.tagName)) return true;
      if ((node.tagName === 'td' || node.tagName === 'th') && textOf(node).split(' ').length > MAX_DATA_CELL_WORDS) return true;
      return visit(node.children);
    });
  return visit(table.children);
}

/** The text of an element's last child element with text (a breadcrumb's last item), else its own text; undefined when it has none. */
function lastItemText(element: Element): string | undefined {
  const items = element.children.filter((child): child is Element => child.type === 'element').map(textOf).filter(Boolean);
  const text = items[items.length - 1] ?? textOf(element);
  return text || undefined;
}

/** Rows of a table that hold text: a photo with its caption row is one, a data table more. */
function rowsWithText(table: Element): number {
  let rows = 0;
  const visit = (nodes: readonly ElementContent[]): void => {
    for (const node of nodes) {
      if (node.type !== 'element') continue;
      if (node.tagName === 'tr') {
        if (textOf(node)) rows++;
      } else if (node.tagName !== 'table') visit(node.children);
    }
  };
  visit(table.children);
  return rows;
}

/** A picture embedded in the page (`data:image/png;base64,…`, as the clipboard's HTML has it). */
function dataImage(src: string): ImageAsset | undefined {
  const match = DATA_IMAGE.exec(src);
  if (!match) return undefined;
  const binary = atob(match[2]!.replace(/\s+/g, ''));
  const data = Uint8Array.from(binary, (character) => character.charCodeAt(0));
  const subtype = match[1]!.toLowerCase();
  return { data, extension: subtype === 'jpeg' ? 'jpg' : subtype.replace(/\+.*$/, '') };
}

/** The page's publication date from its meta tags, ISO. */
function publishedDate(tree: Root): string | undefined {
  let found: string | undefined;
  const visit = (nodes: readonly (RootContent | ElementContent)[]): void => {
    for (const node of nodes) {
      if (found || node.type !== 'element') continue;
      if (node.tagName === 'meta') {
        const key = String(node.properties['property'] ?? node.properties['name'] ?? '').toLowerCase();
        const date = ISO_DATE.exec(String(node.properties['content'] ?? ''));
        if (DATE_META.has(key) && date) found = date[1];
      }
      visit(node.children);
    }
  };
  visit(tree.children);
  return found;
}

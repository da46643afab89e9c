/**
 * Renders a release model to sanitized HTML. The Markdown is converted once
 * with mdast-util-to-hast (remark-rehype's engine) without
 * `allowDangerousHtml`, so raw HTML in the source is dropped, never parsed;
 * the renderer adds the parts generated from the front matter; the whole
 * tree then goes through hast-util-sanitize (rehype-sanitize's engine) and
 * hast-util-to-html (rehype-stringify's).
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import { toHast } from 'mdast-util-to-hast';
import { sanitize } from 'hast-util-sanitize';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import type { PressRelease } from '../model/types';
import type { Lang } from '../types';
import { localize } from '../i18n/localize';
import {
  FORMAL_TYPE_NAME,
  MISSING_IMAGE_NOTE,
  MOTTO,
  NATIONAL_TITLE,
  RECIPIENTS_LABEL,
  layoutRelease,
  type BodyItem,
  type ContactBlock,
  type Layout,
  type LayoutOptions,
  type RenderStyle,
} from './layout';
import { renderSchema, safeImageSource } from './sanitize-schema';

export interface RenderOptions extends LayoutOptions {
  /**
   * Maps an image URL as written in the Markdown to the `src` to use (a
   * webview URI, a data URI…); `undefined` means the image cannot be shown
   * and a note stands in its place. Without it, URLs are used as written.
   * Either way only relative, http(s) and raster `data:` sources survive.
   */
  resolveImage?: (url: string) => string | undefined;
  /** Language of the notes the renderer writes itself (a missing image); default the document's. */
  lang?: Lang;
}

/** What a top-level rendered block is; generated blocks point at their front matter key. */
export type RenderedBlockKind =
  | BodyItem['kind']
  | 'publication-date'
  | 'header'
  | 'doc-title'
  | 'signer'
  | 'closing';

export interface RenderedBlock {
  /** The element's `id`: `gp-block-<index>`. */
  id: string;
  /** 1-based source line, also written as the element's `data-line`. */
  line: number;
  kind: RenderedBlockKind;
}

export interface RenderedRelease {
  /** One sanitized `<article>` element; the stylesheet of `style` lays it out. */
  html: string;
  /** The headline as plain text (for a page or panel title). */
  title: string;
  profile: Layout['profile'];
  style: RenderStyle;
  /** Language of the document text. */
  language: Layout['language'];
  figureCount: number;
  /** The top-level blocks in document order, for scroll sync. */
  blocks: RenderedBlock[];
  /** Image URLs (as written) that could not be shown. */
  missingImages: string[];
}

export interface DocumentOptions extends RenderOptions {
  /** The stylesheet text (see `stylesheetFiles`), inlined in a `<style>` element. */
  css: string;
  /** CSP sources images may load from; default `data:` only. */
  imageSources?: readonly string[];
}

/** Renders the release as a sanitized `<article>` fragment with its block list. */
export function renderRelease(model: PressRelease, options: RenderOptions = {}): RenderedRelease {
  const layout = layoutRelease(model, options);
  const { article, blocks, missingImages } = buildArticle(model, layout, options);
  return {
    html: toHtml(article),
    title: layout.title,
    profile: layout.profile,
    style: layout.style,
    language: layout.language,
    figureCount: layout.items.filter((item) => item.kind === 'figure').length,
    blocks,
    missingImages,
  };
}

/**
 * A standalone HTML page: the rendered article, its stylesheet inlined, and
 * a Content-Security-Policy that allows no script, no connection and no
 * resource but the stylesheet and images from `imageSources`.
 */
export function renderDocument(model: PressRelease, options: DocumentOptions): string {
  const layout = layoutRelease(model, options);
  const { article } = buildArticle(model, layout, options);
  const imageSources = (options.imageSources ?? ['data:']).join(' ');
  const policy = `default-src 'none'; img-src ${imageSources}; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'`;
  const page: Root = {
    type: 'root',
    children: [
      { type: 'doctype' },
      h('html', { lang: layout.language }, [
        h('head', [
          h('meta', { charSet: 'utf-8' }),
          h('meta', { httpEquiv: 'Content-Security-Policy', content: policy }),
          h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
          h('title', layout.title),
          // The stylesheet is the package's own file; `</style` cannot end the element early.
          h('style', options.css.replace(/<\/style/gi, '<\\/style')),
        ]),
        h('body', { className: ['gp-page'] }, [article]),
      ]),
    ],
  };
  return `${toHtml(page)}\n`;
}

/**
 * Clean semantic HTML for pasting into a portal's editor: the article's body
 * without its headline and date (the portal has fields for them), with no
 * class, id, style or script, and the lead in bold.
 */
export function renderPortalHtml(model: PressRelease, options: Omit<RenderOptions, 'style'> = {}): string {
  const { publicationDate: _shownByThePortal, ...layout } = layoutRelease(model, { ...options, style: 'portal' });
  const { article } = buildArticle(model, { ...layout, items: layout.items.filter((item) => item.kind !== 'title') }, options);
  return `${toHtml(article.children.map(stripPresentation).flat())}\n`;
}

/** Drops classes, ids and data attributes, and unwraps the spans and divs that only carried classes. */
function stripPresentation(node: ElementContent): ElementContent[] {
  if (node.type !== 'element') return [node];
  const children = node.children.flatMap(stripPresentation);
  if (node.tagName === 'span' || node.tagName === 'div') return children;
  const properties = Object.fromEntries(Object.entries(node.properties).filter(([key]) => key !== 'className' && key !== 'id' && !key.startsWith('data')));
  return [{ ...node, properties, children }];
}

interface Built {
  article: Element;
  blocks: RenderedBlock[];
  missingImages: string[];
}

function buildArticle(model: PressRelease, layout: Layout, options: RenderOptions): Built {
  const converted = new ConvertedMarkdown(model.tree, layout.language);
  const blocks: RenderedBlock[] = [];
  const children: ElementContent[] = [];
  const add = (kind: RenderedBlockKind, line: number, element: Element): void => {
    const id = `gp-block-${blocks.length}`;
    element.properties = { ...element.properties, id, dataLine: line };
    blocks.push({ id, line, kind });
    children.push(element);
  };

  if (layout.header) add('header', layout.header.line, formalHeader(layout.header));
  // Notes belong to the text: after its last block, before the byline, contact, end mark and signature block.
  let notesAt = layout.items.length;
  while (notesAt > 0 && CLOSING_KINDS.has(layout.items[notesAt - 1]!.kind)) notesAt--;
  layout.items.forEach((item, index) => {
    if (index === notesAt && converted.footnotes) children.push(converted.footnotes);
    const element = bodyElement(item, layout, converted);
    if (element) add(item.kind === 'title' && layout.formal ? 'doc-title' : item.kind, item.line, element);
    if (item.kind === 'title' && layout.publicationDate) {
      const date = layout.publicationDate;
      add('publication-date', date.line, h('p', { className: ['gp-date'] }, [h('time', { dateTime: date.iso }, date.text)]));
    }
  });
  if (notesAt === layout.items.length && converted.footnotes) children.push(converted.footnotes);
  if (layout.formal && (layout.signer || layout.recipients)) {
    add('closing', layout.signer?.line ?? layout.recipients!.line, closingTable(layout));
  } else if (layout.signer) {
    add('signer', layout.signer.line, signerElement(layout));
  }
  if (layout.contact) add('contact', layout.contact.line, contactElement(layout.contact));

  const className = ['gp-doc', layout.formal ? 'gp-formal' : 'gp-article', `gp-profile-${layout.profile}`];
  const unsafe: Root = { type: 'root', children: [h('article', { className, lang: layout.language }, children)] };
  const missingImages = resolveImages(unsafe, options, options.lang ?? layout.language);
  const article = (sanitize(unsafe, renderSchema) as Root).children[0] as Element;
  return { article, blocks, missingImages };
}

/** Body items that close a document rather than carry its text. */
const CLOSING_KINDS: ReadonlySet<BodyItem['kind']> = new Set(['signature', 'contact', 'end-mark']);

/** The footnote section's labels in a Vietnamese document (the defaults are English). */
const VIETNAMESE_FOOTNOTES = {
  footnoteLabel: 'Chú thích',
  footnoteBackLabel: (referenceIndex: number) => `Quay lại chú thích ${referenceIndex + 1}`,
};

/** The Markdown converted once, its top-level elements found by their source offset. */
class ConvertedMarkdown {
  private readonly byOffset = new Map<number, Element>();
  readonly footnotes: Element | undefined;

  constructor(tree: MdastRoot, language: Layout['language']) {
    const root = toHast(tree, language === 'vi' ? VIETNAMESE_FOOTNOTES : {}) as Root;
    for (const child of root.children) {
      if (child.type !== 'element') continue;
      const offset = child.position?.start.offset;
      if (offset !== undefined) this.byOffset.set(offset, child);
      else if (child.tagName === 'section') this.footnotes = child;
    }
  }

  /** The element made from a top-level mdast block; undefined for blocks that render to nothing (raw HTML, definitions). */
  of(node: { position?: { start: { offset?: number } } }): Element | undefined {
    const offset = node.position?.start.offset;
    return offset === undefined ? undefined : this.byOffset.get(offset);
  }
}

function withClass(element: Element, className: string): Element {
  const existing = element.properties['className'];
  const classes = Array.isArray(existing) ? existing.map(String) : [];
  return { ...element, properties: { ...element.properties, className: [...classes, className] } };
}

function bodyElement(item: BodyItem, layout: Layout, converted: ConvertedMarkdown): Element | undefined {
  switch (item.kind) {
    case 'title': {
      const content = item.node ? (converted.of(item.node)?.children ?? []) : [{ type: 'text' as const, value: item.text }];
      if (!layout.formal) return h('h1', { className: ['gp-title'] }, content);
      return h('div', { className: ['gp-doc-title'] }, [h('p', { className: ['gp-type-name'] }, FORMAL_TYPE_NAME), h('h1', { className: ['gp-summary'] }, content)]);
    }
    case 'lead': {
      const element = converted.of(item.node);
      if (!element) return undefined;
      // A Vietnamese portal prints the lead (sapo) in bold; the formal and AP layouts do not.
      const boldLead = !layout.formal && layout.language === 'vi' && !item.bold;
      return withClass(boldLead ? { ...element, children: [h('strong', element.children)] } : element, 'gp-lead');
    }
    case 'figure':
      return figureElement(item);
    case 'signature':
    case 'release-line': {
      const element = converted.of(item.node);
      return element && withClass(element, `gp-${item.kind}`);
    }
    case 'end-mark':
      return h('p', { className: ['gp-end-mark'] }, item.text);
    case 'contact':
      return contactElement(item.contact);
    case 'block':
      return converted.of(item.node);
  }
}

function figureElement(item: BodyItem & { kind: 'figure' }): Element {
  const caption: ElementContent[] = [];
  if (item.caption) caption.push({ type: 'text', value: item.caption });
  if (item.credit) caption.push(...(item.caption ? [{ type: 'text' as const, value: ' ' }] : []), h('span', { className: ['gp-credit'] }, item.credit));
  return h('figure', { className: ['gp-figure'] }, [
    h('img', { src: item.url, alt: item.alt, ...(item.title ? { title: item.title } : {}) }),
    ...(caption.length > 0 ? [h('figcaption', { className: ['gp-caption'] }, caption)] : []),
  ]);
}

function formalHeader(header: NonNullable<Layout['header']>): Element {
  const line = (className: string, text: string | undefined): Element[] => (text ? [h('p', { className: [className] }, text)] : []);
  return h('header', { className: ['gp-header'] }, [
    h('table', { className: ['gp-header-table'] }, [
      h('tbody', [
        h('tr', [
          h('td', { className: ['gp-header-agency'] }, [...line('gp-parent-agency', header.parentAgency), ...line('gp-agency', header.agency)]),
          h('td', { className: ['gp-header-nation'] }, [
            h('p', { className: ['gp-national-title'] }, NATIONAL_TITLE),
            h('p', { className: ['gp-motto'] }, [h('span', MOTTO)]),
          ]),
        ]),
        h('tr', [
          h('td', { className: ['gp-header-agency'] }, [h('p', { className: ['gp-number'] }, header.number)]),
          h('td', { className: ['gp-header-nation'] }, [h('p', { className: ['gp-place-date'] }, header.placeDate)]),
        ]),
      ]),
    ]),
  ]);
}

function signerElement(layout: Layout): Element {
  const signer = layout.signer!;
  return h('div', { className: ['gp-signer'] }, [
    ...signer.titleLines.map((text) => h('p', { className: ['gp-signer-title'] }, text)),
    // Room for the handwritten signature and the seal on paper.
    ...(layout.formal ? [h('p', { className: ['gp-signature-space'] })] : []),
    ...(signer.name ? [h('p', { className: ['gp-signer-name'] }, signer.name)] : []),
  ]);
}

/** Recipients on the left and the signature block on the right, as in Mẫu 1.4. */
function closingTable(layout: Layout): Element {
  const recipients = layout.recipients
    ? [h('p', { className: ['gp-recipients-label'] }, RECIPIENTS_LABEL), ...layout.recipients.entries.map((entry) => h('p', { className: ['gp-recipient'] }, entry))]
    : [];
  return h('table', { className: ['gp-closing'] }, [
    h('tbody', [h('tr', [h('td', { className: ['gp-recipients'] }, recipients), h('td', { className: ['gp-closing-signer'] }, layout.signer ? [signerElement(layout)] : [])])]),
  ]);
}

function contactElement(contact: ContactBlock): Element {
  return h('footer', { className: ['gp-contact'] }, [
    ...(contact.heading ? [h('h2', contact.heading)] : []),
    ...contact.lines.map((text) => h('p', text)),
  ]);
}

/**
 * Gives every image its `src` through the resolver and the safety check; an
 * image that cannot be shown becomes a note naming it. Returns those URLs.
 */
function resolveImages(tree: Root, options: RenderOptions, lang: Lang): string[] {
  const missing: string[] = [];
  const visit = (parent: Root | Element): void => {
    parent.children = parent.children.map((child): RootContent => {
      if (child.type !== 'element') return child;
      if (child.tagName !== 'img') {
        visit(child);
        return child;
      }
      const url = String(child.properties['src'] ?? '');
      const resolved = options.resolveImage ? options.resolveImage(url) : url;
      const src = resolved === undefined ? undefined : safeImageSource(resolved);
      if (src !== undefined) return { ...child, properties: { ...child.properties, src } };
      missing.push(url);
      return h('span', { className: ['gp-missing-image'] }, localize(MISSING_IMAGE_NOTE, lang, { url }));
    }) as typeof parent.children;
  };
  visit(tree);
  return missing;
}

/**
 * What survives sanitizing a rendered release: GitHub's allow-list
 * (hast-util-sanitize's default) plus the elements and attributes the
 * renderer itself writes. Nothing executable is allowed: no script, style,
 * iframe, object, svg or form elements, no `on*` or `style` attributes, and
 * URLs only with harmless protocols.
 */
import { defaultSchema, type Schema } from 'hast-util-sanitize';

/** An image written as a data URI: only raster types, base64-encoded. */
const IMAGE_DATA_URI = /^data:image\/(?:png|jpeg|gif|webp);base64,[a-z0-9+/=\s]*$/i;
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
const IMAGE_PROTOCOLS = new Set(['http', 'https']);

/**
 * The `src` of an image when it is safe to show: a relative path, an
 * http(s) URL, or a raster data URI. The sanitizer checks protocols too, but
 * it would let any `data:` through once data URIs are allowed at all.
 */
export function safeImageSource(src: string): string | undefined {
  const trimmed = src.trim();
  const scheme = SCHEME.exec(trimmed)?.[1]?.toLowerCase();
  if (scheme === undefined) return trimmed;
  if (scheme === 'data') return IMAGE_DATA_URI.test(trimmed) ? trimmed : undefined;
  return IMAGE_PROTOCOLS.has(scheme) ? trimmed : undefined;
}

const defaults = defaultSchema.attributes ?? {};

export const renderSchema: Schema = {
  ...defaultSchema,
  tagNames: [...(defaultSchema.tagNames ?? []), 'article', 'header', 'footer', 'figure', 'figcaption', 'time'],
  attributes: {
    ...defaults,
    // The renderer's own classes are all `gp-…`; ids and lines mark top-level blocks for scroll sync.
    '*': [...(defaults['*'] ?? []), ['className', /^gp-[a-z0-9-]+$/], 'dataLine'],
  },
  protocols: { ...defaultSchema.protocols, src: ['http', 'https', 'data'] },
  // Markdown without raw HTML cannot set an id or a name, and mdast-util-to-hast already
  // prefixes its footnote ids: clobbering again would break footnote links.
  clobber: [],
};

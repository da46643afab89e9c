/**
 * Hostile input is inert: no script, event handler, executable URL, frame,
 * style sheet or SVG survives rendering, in any style or output. The
 * browser half of this check (the exported page runs nothing in Chromium)
 * is in render-browser.test.ts.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Element } from 'hast';
import { buildModel } from '../../src/core/model/build';
import { renderDocument, renderPortalHtml, renderRelease } from '../../src/core/render/html';
import { RENDER_STYLES } from '../../src/core/render/layout';
import { HOSTILE_RELEASE, allElements, parseHtml, textOf } from './render-support';

const FORBIDDEN_ELEMENTS = new Set(['script', 'iframe', 'frame', 'object', 'embed', 'style', 'link', 'meta', 'base', 'svg', 'math', 'form', 'input', 'button', 'noscript', 'template', 'details']);
const RAW_TAG = /<(?:script|iframe|svg|style|object|embed|math|form|meta|base|link)\b/i;
const URL_PROPERTIES = ['href', 'src', 'action', 'formAction', 'data', 'xLinkHref', 'poster', 'cite', 'longDesc', 'srcSet'];

/** Every way a page could run script or load a resource, in the elements of one rendered tree. */
function unsafeParts(elements: Element[]): string[] {
  const problems: string[] = [];
  for (const element of elements) {
    if (FORBIDDEN_ELEMENTS.has(element.tagName)) problems.push(`<${element.tagName}>`);
    for (const [name, value] of Object.entries(element.properties)) {
      if (/^on/i.test(name)) problems.push(`${element.tagName}.${name}`);
      if (name === 'style') problems.push(`${element.tagName}.style`);
      if (URL_PROPERTIES.includes(name)) {
        const url = String(value).replace(/[\s\u0000-\u001f]+/g, '').toLowerCase();
        if (/^(?:javascript|vbscript|livescript):/.test(url) || (url.startsWith('data:') && !/^data:image\/(?:png|jpeg|gif|webp);/.test(url))) {
          problems.push(`${element.tagName}.${name}=${url.slice(0, 40)}`);
        }
      }
    }
  }
  return problems;
}

describe('render safety: hostile Markdown and front matter', () => {
  const model = buildModel(HOSTILE_RELEASE);

  for (const style of RENDER_STYLES) {
    it(`leaves nothing executable in the ${style} style`, () => {
      const html = renderRelease(model, { style }).html;
      assert.deepEqual(unsafeParts(allElements(parseHtml(html))), []);
      // Markup from the source survives only as escaped text (`&#x3C;script>`), never as a tag.
      assert.doesNotMatch(html, RAW_TAG);
    });
  }

  it('leaves nothing executable in the portal HTML', () => {
    const html = renderPortalHtml(model);
    assert.deepEqual(unsafeParts(allElements(parseHtml(html))), []);
    assert.doesNotMatch(html, RAW_TAG);
  });

  it('leaves nothing executable in the standalone page but its own stylesheet', () => {
    const page = renderDocument(model, { css: '.gp-doc { color: black; }' });
    const elements = allElements(parseHtml(page, false));
    assert.deepEqual(
      unsafeParts(elements).filter((problem) => problem !== '<style>' && problem !== '<meta>'),
      [],
    );
    const styles = elements.filter((element) => element.tagName === 'style');
    assert.deepEqual(styles.map((style) => textOf(style)), ['.gp-doc { color: black; }']);
    assert.equal(elements.filter((element) => element.tagName === 'meta').length, 3, 'charset, policy and viewport only');
  });

  it('shows front matter markup as text, never as markup', () => {
    const html = renderRelease(model).html;
    const text = textOf(parseHtml(html));
    assert.ok(text.includes(`"><IMG SRC=X ONERROR="WINDOW.__PWNED='AGENCY'">`), 'the agency, in capitals, as text');
    assert.ok(text.includes(`Số: <svg onload="alert('number')"></svg>`));
    assert.ok(text.includes(`- <script>alert('recipient')</script>;`));
  });

  it('keeps the harmless content: headline text, paragraphs, the end mark', () => {
    const text = textOf(parseHtml(renderRelease(model).html));
    assert.ok(text.includes('Đoạn mở đầu'));
    assert.ok(text.includes('chữ đậm'));
    assert.ok(text.includes('Kết thúc./.'));
  });

  it('never lets `</style>` in the stylesheet text close the style element early', () => {
    const page = renderDocument(model, { css: 'p{}</style><script>window.__pwned = "css"</script>' });
    assert.equal(allElements(parseHtml(page, false)).filter((element) => element.tagName === 'script').length, 0);
  });
});

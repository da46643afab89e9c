/** Helpers shared by the renderer's tests: documents, and reading rendered HTML as a tree. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { buildModel } from '../../src/core/model/build';
import type { PressRelease } from '../../src/core/model/types';

export const repositoryRoot = join(__dirname, '..', '..');
/** The portal article as published, from shared/ beside the repository. */
export const SEED_SAMPLE = join(repositoryRoot, '..', 'shared', 'samples', 'seed-as-published.md');

export function modelOf(path: string): PressRelease {
  return buildModel(readFileSync(path.startsWith('/') ? path : join(repositoryRoot, path), 'utf8'));
}

/** Parses HTML the way a browser does (parse5 underneath). */
export function parseHtml(html: string, fragment = true): Root {
  return fromHtml(html, { fragment });
}

/** Every element under `node`, in document order. */
export function allElements(node: Root | Element): Element[] {
  const found: Element[] = [];
  const visit = (child: RootContent | Root): void => {
    if (child.type === 'element') found.push(child);
    if ('children' in child) child.children.forEach(visit);
  };
  node.children.forEach(visit);
  return found;
}

export function classesOf(element: Element): string[] {
  const value = element.properties['className'];
  return Array.isArray(value) ? value.map(String) : [];
}

export function byClass(node: Root | Element, className: string): Element[] {
  return allElements(node).filter((element) => classesOf(element).includes(className));
}

export function byTag(node: Root | Element, tagName: string): Element[] {
  return allElements(node).filter((element) => element.tagName === tagName);
}

/** The one element with a class; fails when there is none or several. */
export function single(node: Root | Element, className: string): Element {
  const found = byClass(node, className);
  if (found.length !== 1) throw new Error(`expected one .${className}, found ${found.length}`);
  return found[0]!;
}

/** The text of a node, as `textContent` gives it. */
export function textOf(node: Root | RootContent): string {
  if (node.type === 'text') return node.value;
  if ('children' in node) return node.children.map((child) => textOf(child)).join('');
  return '';
}

/** The element children of a node (whitespace text between them left out). */
export function childElements(node: Root | Element): Element[] {
  return (node.children as RootContent[]).filter((child): child is Element => child.type === 'element');
}

/**
 * A release made of attacks: every vector sets `window.__pwned` or opens a
 * dialog if it ever runs, in the Markdown and in the front matter.
 */
export const HOSTILE_RELEASE = `---
profile: vn-press-release
title: "<script>window.__pwned = 'title'</script>Tiêu đề"
agency: "\\"><img src=x onerror=\\"window.__pwned='agency'\\">"
parentAgency: "<iframe src=\\"javascript:alert('parent')\\"></iframe>"
number: "<svg onload=\\"alert('number')\\"></svg>"
place: "<style>body{background:url(https://attacker.example/p)}</style>"
date: 2026-04-10
signer:
  head: "<a href=\\"javascript:alert('head')\\">Giám đốc</a>"
  name: "<b onmouseover=\\"alert('name')\\">Nguyễn Văn A</b>"
recipients:
  - "<script>alert('recipient')</script>"
  - "Lưu: VT."
contact:
  name: "<img src=x onerror=alert('contact')>"
---

# Tiêu đề <script>window.__pwned = 'heading'</script>

Đoạn mở đầu <img src="x" onerror="window.__pwned = 'inline-img'"> có <b onclick="alert('b')">chữ đậm</b>.

<script>window.__pwned = 'script-block'</script>

<iframe src="javascript:window.__pwned = 'iframe'"></iframe>

<style>body { background: url("https://attacker.example/track.png") } .gp-doc::after { content: url(javascript:alert('style')) }</style>

<svg xmlns="http://www.w3.org/2000/svg" onload="window.__pwned = 'svg-onload'"><script>window.__pwned = 'svg-script'</script></svg>

<object data="data:text/html,<script>alert('object')</script>"></object><embed src="javascript:alert('embed')">

<form action="javascript:alert('form')"><input type="submit" formaction="javascript:alert('input')"><button>Gửi</button></form>

<a href="javascript:window.__pwned = 'raw-link'">liên kết thô</a> <math><mi xlink:href="javascript:alert('math')">x</mi></math>

Liên kết [javascript](javascript:window.__pwned='md-link'), [hoa thường](JaVaScRiPt:alert('case')), [thực thể](&#106;avascript:alert('entity')),
[có khoảng trắng]( javascript:alert('space')), [data](data:text/html;base64,PHNjcmlwdD5hbGVydCgnZGF0YScpPC9zY3JpcHQ+),
[vbscript](vbscript:msgbox('vb')), <javascript:alert('autolink')> và [tham chiếu][evil].

![ảnh javascript](javascript:alert('img-src'))
*Chú thích ảnh <script>alert('caption')</script>*

![ảnh svg](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9ImFsZXJ0KCdzdmcnKSIvPg== "tiêu đề\\" onerror=\\"alert('title')")

![ảnh html](data:text/html,<script>alert('data-img')</script>)

<p style="background:url(javascript:alert('style-attr'))" onmouseover="alert('p')">Đoạn HTML</p>

<details open ontoggle="window.__pwned = 'details'"><summary>Tóm tắt</summary></details>

<meta http-equiv="refresh" content="0;url=javascript:alert('meta')"><base href="javascript:alert('base')//"><link rel="stylesheet" href="https://attacker.example/x.css">

<noscript><p title="</noscript><img src=x onerror=alert('noscript')>"></p></noscript>

Kết thúc./.

[evil]: javascript:alert('reference')
`;

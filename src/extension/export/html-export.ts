/**
 * A release as one standalone HTML page: the style's CSS inlined, no script,
 * local images embedded as data URIs or copied into `<name>_files/` beside
 * the page (as browsers save pages), web images left as links.
 */
import * as vscode from 'vscode';
import type { PressRelease } from '../../core/model/types';
import { renderDocument, type RenderOptions } from '../../core/render/html';
import { imageDataUri } from '../../core/render/image-info';
import type { RenderStyle } from '../../core/render/layout';
import { safeImageSource } from '../../core/render/sanitize-schema';
import { stylesheetUris } from '../preview/render-context';
import type { LocalImage, LocalImages } from './local-images';

export type ImageMode = 'embed' | 'copy';

export interface HtmlExport {
  html: string;
  /** Images to write beside the page (`copy` mode). */
  copies: Array<{ uri: vscode.Uri; bytes: Uint8Array }>;
  /** Image URLs (as written) left out. */
  missingImages: string[];
}

export interface HtmlExportOptions {
  extensionUri: vscode.Uri;
  target: vscode.Uri;
  style: RenderStyle;
  profile: RenderOptions['profile'];
  lang: RenderOptions['lang'];
  mode: ImageMode;
  images: LocalImages;
}

export async function exportHtml(model: PressRelease, options: HtmlExportOptions): Promise<HtmlExport> {
  const css = await readStylesheets(options.extensionUri, options.style);
  const placer = new ImagePlacer(options.mode, options.images, options.target);
  const html = renderDocument(model, {
    style: options.style,
    profile: options.profile,
    lang: options.lang,
    css,
    resolveImage: (url) => placer.source(url),
    imageSources: placer.cspSources(),
  });
  return { html, copies: placer.copies, missingImages: placer.missing };
}

async function readStylesheets(extensionUri: vscode.Uri, style: RenderStyle): Promise<string> {
  const decoder = new TextDecoder();
  const sheets = await Promise.all(stylesheetUris(extensionUri, style).map((uri) => vscode.workspace.fs.readFile(uri)));
  return sheets.map((bytes) => decoder.decode(bytes)).join('\n');
}

/** Gives each image its `src` in the page and notes what to copy and what is left out. */
class ImagePlacer {
  readonly missing: string[] = [];
  readonly copies: HtmlExport['copies'] = [];
  /** File names in the copy folder by image file, and the names taken. */
  private readonly copyNames = new Map<string, string>();
  private readonly takenNames = new Set<string>();
  private readonly folderName: string;

  constructor(
    private readonly mode: ImageMode,
    private readonly images: LocalImages,
    private readonly target: vscode.Uri,
  ) {
    const fileName = target.path.split('/').pop() ?? 'export.html';
    this.folderName = `${fileName.replace(/\.[^.]*$/, '')}_files`;
  }

  /** What the page's Content-Security-Policy lets images load from: copies sit beside the page. */
  cspSources(): string[] {
    const web = ['data:', 'https:', 'http:'];
    return this.mode === 'embed' ? web : [...web, "'self'", 'file:'];
  }

  source(url: string): string | undefined {
    if (!this.images.isLocal(url)) {
      // Not a local file: a web image stays a link; what the renderer would refuse is reported.
      const safe = safeImageSource(url);
      if (safe === undefined) this.missing.push(url);
      return safe;
    }
    const image = this.images.get(url);
    if (!image) {
      this.missing.push(url);
      return undefined;
    }
    return this.mode === 'embed' ? imageDataUri(image.bytes, image.info) : this.copy(image);
  }

  private copy(image: LocalImage): string {
    const key = image.uri.toString();
    let fileName = this.copyNames.get(key);
    if (fileName === undefined) {
      const original = image.uri.path.split('/').pop() ?? 'image';
      const dot = original.lastIndexOf('.');
      const [stem, extension] = dot > 0 ? [original.slice(0, dot), original.slice(dot)] : [original, ''];
      fileName = original;
      for (let suffix = 2; this.takenNames.has(fileName); suffix++) fileName = `${stem}-${suffix}${extension}`;
      this.takenNames.add(fileName);
      this.copyNames.set(key, fileName);
      this.copies.push({ uri: vscode.Uri.joinPath(this.target, '..', this.folderName, fileName), bytes: image.bytes });
    }
    return `${encodeURIComponent(this.folderName)}/${encodeURIComponent(fileName)}`;
  }
}

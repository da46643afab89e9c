/**
 * The images a document names, read from disk for an export. Only files
 * whose bytes are a PNG, JPEG or GIF are used, whatever path the Markdown
 * gives, so a hostile image URL cannot pull another file into an export.
 */
import { readFileSync, statSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readImageInfo, type ImageInfo } from '../core/render/image-info';
import { imageReference, MAX_IMAGE_BYTES } from '../core/render/image-reference';

export interface LocalImage {
  path: string;
  bytes: Uint8Array;
  info: ImageInfo;
}

/** Reads a document's images once each, relative to the document's folder. */
export class LocalImages {
  private readonly cache = new Map<string, LocalImage | undefined>();

  constructor(private readonly documentFolder: string) {}

  /** The file an image URL names (a path, or a `file:` URL); undefined for `https:`, `data:`, `//host/…` and other schemes. */
  pathOf(url: string): string | undefined {
    const reference = imageReference(url);
    if (!reference) return undefined;
    if (reference.kind === 'file-url') {
      try {
        return fileURLToPath(reference.url);
      } catch {
        return undefined;
      }
    }
    return reference.kind === 'absolute' || isAbsolute(reference.path) ? reference.path : resolve(this.documentFolder, reference.path);
  }

  /** The image, or undefined when it is not a local file, missing, too large, or not a PNG, JPEG or GIF. */
  load(url: string): LocalImage | undefined {
    if (this.cache.has(url)) return this.cache.get(url);
    const image = this.read(url);
    this.cache.set(url, image);
    return image;
  }

  private read(url: string): LocalImage | undefined {
    const path = this.pathOf(url);
    if (path === undefined) return undefined;
    try {
      const stats = statSync(path);
      if (!stats.isFile() || stats.size > MAX_IMAGE_BYTES) return undefined;
      const bytes = new Uint8Array(readFileSync(path));
      const info = readImageInfo(bytes);
      return info ? { path, bytes, info } : undefined;
    } catch {
      return undefined;
    }
  }
}

/**
 * The images a document names, read from disk for an export. Only files
 * whose bytes are a PNG, JPEG or GIF are used, whatever path the Markdown
 * gives, so a hostile image URL cannot pull another file into an export.
 */
import { readFileSync, statSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readImageInfo, type ImageInfo } from '../core/render/image-info';

/** Larger files are not photos an article needs; they are left out rather than read. */
const MAX_IMAGE_BYTES = 25 * 1024 * 1024;
const URL_SCHEME = /^[a-z][a-z0-9+.-]*:/i;
const WINDOWS_DRIVE = /^[a-z]:[\\/]/i;

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
    if (/^file:/i.test(url)) {
      try {
        return fileURLToPath(url);
      } catch {
        return undefined;
      }
    }
    if (url.startsWith('//') || (URL_SCHEME.test(url) && !WINDOWS_DRIVE.test(url))) return undefined;
    const withoutQuery = url.replace(/[?#].*$/s, '');
    let decoded = withoutQuery;
    try {
      decoded = decodeURI(withoutQuery);
    } catch {
      // A stray `%` is part of the file name.
    }
    return isAbsolute(decoded) || WINDOWS_DRIVE.test(decoded) ? decoded : resolve(this.documentFolder, decoded);
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

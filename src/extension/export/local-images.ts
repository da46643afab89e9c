/**
 * The images a document names, located and read through `vscode.workspace.fs`
 * (the extension also runs in a web worker, where there is no `fs`). As in
 * the CLI (src/cli/local-images.ts), only bytes that are a PNG, JPEG or GIF
 * are used, whatever the URL says, so an image URL cannot pull another file
 * into an export.
 */
import * as vscode from 'vscode';
import { readImageInfo, type ImageInfo } from '../../core/render/image-info';
import { imageReference, MAX_IMAGE_BYTES } from '../../core/render/image-reference';

export interface LocalImage {
  uri: vscode.Uri;
  bytes: Uint8Array;
  info: ImageInfo;
}

/**
 * The file an image URL names, on the document's own file system: a path
 * relative to the document, an absolute path, or a `file:` URL. Undefined
 * for web and `data:` URLs, and for relative paths in an untitled document.
 */
export function localImageUri(documentUri: vscode.Uri, url: string): vscode.Uri | undefined {
  const onDocumentFileSystem = (path: string): vscode.Uri => documentUri.with({ path, query: '', fragment: '' });
  const reference = imageReference(url);
  if (!reference) return undefined;
  if (reference.kind === 'file-url') {
    try {
      return onDocumentFileSystem(vscode.Uri.parse(reference.url, true).path);
    } catch {
      return undefined;
    }
  }
  if (reference.kind === 'absolute') return onDocumentFileSystem(vscode.Uri.file(reference.path).path);
  if (documentUri.scheme === 'untitled') return undefined;
  return vscode.Uri.joinPath(documentUri, '..', reference.path);
}

/** A document's local images, read once each before a rendering asks for them (the renderer asks synchronously). */
export class LocalImages {
  private constructor(
    private readonly documentUri: vscode.Uri,
    private readonly byUri: Map<string, LocalImage | undefined>,
  ) {}

  /** Reads the local images among `urls`; web and `data:` URLs are skipped. */
  static async load(documentUri: vscode.Uri, urls: Iterable<string>): Promise<LocalImages> {
    const uris = new Map<string, vscode.Uri>();
    for (const url of urls) {
      const uri = localImageUri(documentUri, url);
      if (uri) uris.set(uri.toString(), uri);
    }
    const entries = await Promise.all([...uris].map(async ([key, uri]) => [key, await readImage(uri)] as const));
    return new LocalImages(documentUri, new Map(entries));
  }

  /** Whether the URL names a file rather than a web or `data:` image. */
  isLocal(url: string): boolean {
    return localImageUri(this.documentUri, url) !== undefined;
  }

  /** The image a URL names; undefined when it is not local, was not loaded, or is not a usable image. */
  get(url: string): LocalImage | undefined {
    const uri = localImageUri(this.documentUri, url);
    return uri && this.byUri.get(uri.toString());
  }
}

async function readImage(uri: vscode.Uri): Promise<LocalImage | undefined> {
  try {
    const stat = await vscode.workspace.fs.stat(uri);
    if (!(stat.type & vscode.FileType.File) || stat.size > MAX_IMAGE_BYTES) return undefined;
    const bytes = await vscode.workspace.fs.readFile(uri);
    const info = readImageInfo(bytes);
    return info ? { uri, bytes, info } : undefined;
  } catch {
    return undefined;
  }
}

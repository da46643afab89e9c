/**
 * `govpress render`: a release as a standalone HTML page, as clean HTML for
 * a portal's editor, or as a Word document. Exit codes as for `lint`: 0
 * written, 2 usage or I/O error with a message naming the file.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join, relative, resolve, sep } from 'node:path';
import { buildModel } from '../core/model/build';
import { configInputs } from '../core/config/inputs';
import { localize } from '../core/i18n/localize';
import { resolveProfile } from '../core/profiles/index';
import { defaultStyle, stylesheetFiles, RENDER_STYLES, type RenderStyle } from '../core/render/layout';
import { renderDocument, renderPortalHtml, type RenderOptions } from '../core/render/html';
import { imageDataUri } from '../core/render/image-info';
import { safeImageSource } from '../core/render/sanitize-schema';
import type { Lang, Localized } from '../core/types';
import { ConfigLoader } from './config-loader';
import { decodeDocument } from './read-document';
import { describeError } from './files';
import { LocalImages } from './local-images';
import { UsageError, type Output } from './output';
import { writeFileAtomic } from './write-atomic';

export const RENDER_FORMATS = ['html', 'portal-html', 'docx'] as const;
export type RenderFormat = (typeof RENDER_FORMATS)[number];

/** How an HTML export shows local images: inside the file, copied into `<name>_files/`, or linked where they are. */
export const IMAGE_MODES = ['embed', 'copy', 'link'] as const;
export type ImageMode = (typeof IMAGE_MODES)[number];

export interface RenderCommandOptions {
  file?: string;
  format?: string;
  style?: string;
  /** `-o`: the file to write; HTML goes to standard output without it. */
  output?: string;
  images?: string;
  profile?: string;
  config?: string;
  lang: Lang;
  cwd: string;
  /** The package's `media/` folder, holding the stylesheets. */
  mediaFolder: string;
}

/** An I/O failure on a named file: reported as `govpress: <file>: <reason>`, exit 2. */
class FileFailure extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
  }
}

/** The option's value when it is one of `allowed`; undefined when not given. */
function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], what: Localized): T | undefined {
  if (value === undefined) return undefined;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError({ vi: `${what.vi} "${value}" không hỗ trợ: dùng ${allowed.join(', ')}.`, en: `Unknown ${what.en} "${value}": use ${allowed.join(', ')}.` });
}

export async function runRender(options: RenderCommandOptions, output: Output): Promise<number> {
  const { file, lang, cwd } = options;
  if (!file) throw new UsageError({ vi: 'Cần tên tệp: govpress render <tệp.md> -o <tệp ra>.', en: 'A file name is needed: govpress render <file.md> -o <output>.' });
  const format = oneOf(options.format, RENDER_FORMATS, { vi: 'Định dạng', en: 'format' }) ?? 'html';
  const images = oneOf(options.images, IMAGE_MODES, { vi: 'Cách xử lý ảnh', en: 'image mode' }) ?? (format === 'html' ? 'embed' : 'link');
  const chosenStyle = oneOf(options.style, RENDER_STYLES, { vi: 'Kiểu trình bày', en: 'style' });
  const source = resolve(cwd, file);
  const target = options.output === undefined ? undefined : resolve(cwd, options.output);
  if (target === source) throw new UsageError({ vi: 'Tệp ra trùng tệp nguồn: chọn tên khác cho -o.', en: 'The output is the source file itself: choose another name for -o.' });
  if (target === undefined && format === 'docx') throw new UsageError({ vi: 'Xuất Word cần tên tệp ra: -o <tệp.docx>.', en: 'A Word export needs an output file: -o <file.docx>.' });
  if (target === undefined && images === 'copy') throw new UsageError({ vi: '--images copy cần tên tệp ra (-o) để chép ảnh bên cạnh.', en: '--images copy needs an output file (-o) to copy the images beside.' });

  const name = (path: string): string => relative(cwd, path) || path;
  try {
    const text = readDocument(source, name(source), lang);
    const model = buildModel(text);
    const fallbackProfile = options.profile ?? new ConfigLoader(configInputs(), options.config ? { explicitPath: options.config } : {}).forFile(source).config.profile;
    const profile = resolveProfile(model.profileName, fallbackProfile).id;
    const style = chosenStyle ?? defaultStyle(profile);
    const localImages = new LocalImages(dirname(source));
    const renderOptions = { style, profile, lang };

    let bytes: Uint8Array;
    let missingImages: string[];
    if (format === 'docx') {
      // Loaded only here: the Word writer and its dependency are large.
      const { renderDocx } = await import('../core/render/docx');
      const result = await renderDocx(model, { ...renderOptions, loadImage: (url) => localImages.load(url)?.bytes });
      ({ bytes, missingImages } = result);
    } else {
      const linker = new ImageLinker(images, localImages, target, lang);
      const htmlOptions: RenderOptions = { ...renderOptions, resolveImage: (url) => linker.source(url) };
      const html =
        format === 'html'
          ? renderDocument(model, { ...htmlOptions, css: readStylesheets(options.mediaFolder, style, lang), imageSources: linker.cspSources() })
          : renderPortalHtml(model, htmlOptions);
      missingImages = linker.missing;
      bytes = new TextEncoder().encode(html);
    }
    for (const url of missingImages) {
      output.stderr(`govpress: ${name(source)}: ${localize({ vi: 'không đưa được ảnh vào (không có, hoặc không phải PNG, JPEG, GIF): {url}', en: 'image left out (missing, or not a PNG, JPEG or GIF): {url}' }, lang, { url })}`);
    }
    if (target === undefined) {
      output.stdout(new TextDecoder().decode(bytes));
      return 0;
    }
    writeOutput(target, bytes, name(target), lang);
    output.stdout(localize({ vi: 'Đã ghi {file}.\n', en: 'Wrote {file}.\n' }, lang, { file: name(target) }));
    return 0;
  } catch (error) {
    if (!(error instanceof FileFailure)) throw error;
    output.stderr(`govpress: ${error.file}: ${error.reason}`);
    return 2;
  }
}

function readDocument(path: string, displayName: string, lang: Lang): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new FileFailure(displayName, localize(describeError(error), lang));
  }
  const decoded = decodeDocument(bytes);
  if (!decoded.ok) throw new FileFailure(`${displayName}:${decoded.line}:${decoded.column}`, localize(decoded.problem, lang));
  return decoded.text;
}

function readStylesheets(mediaFolder: string, style: RenderStyle, lang: Lang): string {
  return stylesheetFiles(style)
    .map((file) => {
      const path = join(mediaFolder, file);
      try {
        return readFileSync(path, 'utf8');
      } catch (error) {
        throw new FileFailure(path, localize(describeError(error), lang));
      }
    })
    .join('\n');
}

/** Writes in place atomically when the file exists (keeping its permissions); a new file is created, never half-replacing one. */
function writeOutput(path: string, bytes: Uint8Array, displayName: string, lang: Lang): void {
  try {
    mkdirSync(dirname(path), { recursive: true });
    if (existsSync(path)) writeFileAtomic(path, bytes);
    else writeFileSync(path, bytes, { flag: 'wx' });
  } catch (error) {
    throw new FileFailure(displayName, localize(describeError(error), lang));
  }
}

/** Gives each image of an HTML export its `src` in the chosen mode, and records those that cannot be shown. */
class ImageLinker {
  readonly missing: string[] = [];
  /** Copied files by source path, and the names taken in the copy folder. */
  private readonly copies = new Map<string, string>();
  private readonly takenNames = new Set<string>();

  constructor(
    private readonly mode: ImageMode,
    private readonly images: LocalImages,
    private readonly target: string | undefined,
    private readonly lang: Lang,
  ) {}

  /** What the page's Content-Security-Policy lets images load from. */
  cspSources(): string[] {
    const web = ['data:', 'https:', 'http:'];
    return this.mode === 'embed' ? web : [...web, "'self'", 'file:'];
  }

  source(url: string): string | undefined {
    if (this.images.pathOf(url) === undefined) {
      // Not a local file: a web image stays a link; what the renderer would refuse is reported here.
      const safe = safeImageSource(url);
      if (safe === undefined) this.missing.push(url);
      return safe;
    }
    const image = this.images.load(url);
    if (!image) {
      this.missing.push(url);
      return undefined;
    }
    switch (this.mode) {
      case 'embed':
        return imageDataUri(image.bytes, image.info);
      case 'link':
        return this.target === undefined ? url : encodeURI(relative(dirname(this.target), image.path).split(sep).join('/'));
      case 'copy':
        return this.copy(image.path, image.bytes);
    }
  }

  /** Copies an image into `<output name>_files/` beside the output, as browsers save a page. */
  private copy(path: string, bytes: Uint8Array): string {
    const target = this.target!;
    const folderName = `${basename(target, extname(target))}_files`;
    let fileName = this.copies.get(path);
    if (fileName === undefined) {
      const extension = extname(path);
      const stem = basename(path, extension);
      fileName = basename(path);
      for (let suffix = 2; this.takenNames.has(fileName); suffix++) fileName = `${stem}-${suffix}${extension}`;
      this.takenNames.add(fileName);
      this.copies.set(path, fileName);
      writeOutput(join(dirname(target), folderName, fileName), bytes, join(folderName, fileName), this.lang);
    }
    return `${encodeURIComponent(folderName)}/${encodeURIComponent(fileName)}`;
  }
}

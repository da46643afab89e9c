/**
 * A Word draft (`.docx`) as a draft, through mammoth: headings from the
 * paragraph styles, bold and italics, pictures in order, tables as
 * paragraphs. Text typed in a legacy font — `.VnTime` (TCVN3), `.VnTimeH`
 * (TCVN3 capitals), `VNI-Times` (VNI) — is converted to Unicode by its font,
 * which mammoth gives for a run's own formatting; fonts that come from a
 * style or the document defaults are read from `word/styles.xml`. Works on
 * bytes only, so the same code runs in the CLI and in both extension hosts
 * (mammoth's browser build replaces its Node file access).
 */
import mammoth from 'mammoth';
import { strFromU8, unzipSync } from 'fflate';
import { convertLegacy, type LegacyEncoding } from '../lang/legacy-encodings';
import { legacyNotes } from './notes';
import { readHtml } from './read-html';
import type { Draft, ImageAsset, ImportNote } from './types';

/** The encoding a legacy Vietnamese font stores, and whether it is a capitals-only (`…H`) font. */
interface LegacyFont {
  encoding: LegacyEncoding;
  uppercase: boolean;
}

/** The subset of mammoth's document model the conversion walks (mammoth types it as `any`). */
interface DocxElement {
  type: string;
  children?: DocxElement[];
  styleId?: string | null;
  font?: string | null;
  value?: string;
}

/** Mammoth's `src` for the n-th picture, resolved to its bytes after conversion. */
const IMAGE_SOURCE = 'govpress-image:';
/** Word styles mammoth does not map by default that carry structure in news drafts. */
const STYLE_MAP = ["p[style-name='Title'] => h1:fresh", "p[style-name='Subtitle'] => h2:fresh", "p[style-name='Caption'] => p.caption:fresh"];
const EXTENSION_BY_TYPE: Record<string, string> = { 'image/jpeg': 'jpg', 'image/png': 'png', 'image/gif': 'gif', 'image/bmp': 'bmp', 'image/tiff': 'tif', 'image/webp': 'webp', 'image/x-emf': 'emf', 'image/x-wmf': 'wmf' };
const MODIFIED = /<dcterms:modified\b[^>]*>(\d{4}-\d{2}-\d{2})/;

export async function readDocx(bytes: Uint8Array): Promise<Draft> {
  const parts = unzipSync(bytes, { filter: (file) => file.name === 'word/styles.xml' || file.name === 'docProps/core.xml' });
  const fonts = new StyleFonts(parts['word/styles.xml'] ? strFromU8(parts['word/styles.xml']) : '');
  const conversion = new LegacyRunConversion(fonts);
  const assets: ImageAsset[] = [];
  const arrayBuffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  // Mammoth's Node build reads `buffer`, its browser build `arrayBuffer`; both take the bytes as they are.
  const input = { buffer: bytes, arrayBuffer } as unknown as Parameters<typeof mammoth.convertToHtml>[0];
  const { value: html } = await mammoth.convertToHtml(
    input,
    {
      styleMap: STYLE_MAP,
      transformDocument: (document: DocxElement) => conversion.apply(document),
      convertImage: mammoth.images.imgElement(async (image) => {
        assets.push({ data: new Uint8Array(await image.readAsArrayBuffer()), extension: EXTENSION_BY_TYPE[image.contentType] ?? 'bin' });
        return { src: `${IMAGE_SOURCE}${assets.length - 1}` };
      }),
    },
  );
  const draft = readHtml(html);
  draft.format = 'docx';
  draft.blocks = draft.blocks.map((block) => {
    if (block.kind !== 'image' || !block.src.startsWith(IMAGE_SOURCE)) return block;
    const asset = assets[Number(block.src.slice(IMAGE_SOURCE.length))];
    return asset ? { kind: 'image', src: '', alt: block.alt, asset } : block;
  });
  draft.notes.push(...conversion.notes());
  const modified = parts['docProps/core.xml'] ? MODIFIED.exec(strFromU8(parts['docProps/core.xml']))?.[1] : undefined;
  if (modified) draft.modified = modified;
  return draft;
}

/** `.VnTime`, `.VnArial` → TCVN3; `.VnTimeH`, `.VnArialH` → TCVN3 capitals; `VNI-Times` → VNI. */
function legacyFont(font: string | undefined): LegacyFont | undefined {
  if (!font) return undefined;
  if (/^\.vn/i.test(font)) return { encoding: 'tcvn3', uppercase: /H$/.test(font) };
  if (/^vni[- ]/i.test(font)) return { encoding: 'vni', uppercase: false };
  return undefined;
}

/**
 * The fonts runs inherit: from their character style, their paragraph's
 * style (or the default paragraph style), each through its `basedOn` chain,
 * then the document defaults. Theme fonts are never legacy ones and are
 * not followed.
 */
class StyleFonts {
  private readonly styles = new Map<string, { font?: string; basedOn?: string }>();
  private readonly documentFont: string | undefined;
  private readonly defaultParagraphStyle: string | undefined;

  constructor(xml: string) {
    this.documentFont = asciiFont(/<w:rPrDefault>([\s\S]*?)<\/w:rPrDefault>/.exec(xml)?.[1] ?? '');
    let defaultParagraphStyle: string | undefined;
    for (const [, attributes = '', body = ''] of xml.matchAll(/<w:style\b([^>]*)>([\s\S]*?)<\/w:style>/g)) {
      const id = /w:styleId="([^"]*)"/.exec(attributes)?.[1];
      if (id === undefined) continue;
      const font = asciiFont(/<w:rPr>([\s\S]*?)<\/w:rPr>/.exec(body)?.[1] ?? '');
      const basedOn = /<w:basedOn w:val="([^"]*)"/.exec(body)?.[1];
      this.styles.set(id, { ...(font ? { font } : {}), ...(basedOn ? { basedOn } : {}) });
      if (/w:type="paragraph"/.test(attributes) && /w:default="(?:1|true)"/.test(attributes)) defaultParagraphStyle = id;
    }
    this.defaultParagraphStyle = defaultParagraphStyle;
  }

  /** The font a run is shown in when it names none itself. */
  inherited(runStyle: string | null | undefined, paragraphStyle: string | null | undefined): string | undefined {
    return this.styleFont(runStyle) ?? this.styleFont(paragraphStyle ?? this.defaultParagraphStyle) ?? this.documentFont;
  }

  private styleFont(id: string | null | undefined): string | undefined {
    const seen = new Set<string>();
    for (let current = id ?? undefined; current !== undefined && !seen.has(current); current = this.styles.get(current)?.basedOn) {
      seen.add(current);
      const font = this.styles.get(current)?.font;
      if (font) return font;
    }
    return undefined;
  }
}

function asciiFont(runProperties: string): string | undefined {
  return /<w:rFonts\b[^>]*\bw:ascii="([^"]*)"/.exec(runProperties)?.[1];
}

interface TextPiece {
  element: DocxElement;
  font: LegacyFont | undefined;
}

/**
 * Converts the text of legacy-font runs in place. Word splits runs at any
 * formatting or revision change, also inside a word: pieces of one word in
 * the same font are converted together (the word keeps the first piece's
 * formatting); at spaces the runs keep their own.
 */
class LegacyRunConversion {
  private readonly converted = new Map<LegacyEncoding, number>();
  private unconverted = 0;

  constructor(private readonly fonts: StyleFonts) {}

  apply(document: DocxElement): DocxElement {
    for (const paragraph of descendants(document, 'paragraph')) this.convertParagraph(paragraph);
    return document;
  }

  notes(): ImportNote[] {
    return legacyNotes(this.converted, this.unconverted);
  }

  private convertParagraph(paragraph: DocxElement): void {
    const pieces: TextPiece[] = [];
    for (const run of descendants(paragraph, 'run')) {
      const font = legacyFont(run.font ?? this.fonts.inherited(run.styleId, paragraph.styleId));
      for (const child of run.children ?? []) if (child.type === 'text') pieces.push({ element: child, font });
    }
    for (const word of wordGroups(pieces)) {
      const font = word[0]!.font;
      if (!font) continue;
      const text = word.map((piece) => piece.element.value ?? '').join('');
      const converted = convertLegacy(text, font.encoding, { uppercase: font.uppercase });
      if (converted === undefined) {
        this.unconverted += word.length;
        continue;
      }
      word.forEach((piece, index) => (piece.element.value = index === 0 ? converted : ''));
      if (converted !== text) this.converted.set(font.encoding, (this.converted.get(font.encoding) ?? 0) + word.length);
    }
  }
}

/** The elements of a type under `element`, in document order. */
function descendants(element: DocxElement, type: string): DocxElement[] {
  return (element.children ?? []).flatMap((child) => (child.type === type ? [child] : descendants(child, type)));
}

/** Consecutive pieces in one font, cut where the text has a space between them. */
function wordGroups(pieces: readonly TextPiece[]): TextPiece[][] {
  const groups: TextPiece[][] = [];
  for (const piece of pieces) {
    const group = groups[groups.length - 1];
    const previous = group?.[group.length - 1];
    const sameFont = previous && previous.font?.encoding === piece.font?.encoding && previous.font?.uppercase === piece.font?.uppercase;
    const joined = sameFont && !/\s$/u.test(previous.element.value ?? '') && !/^\s/u.test(piece.element.value ?? '');
    if (group && joined) group.push(piece);
    else groups.push([piece]);
  }
  return groups;
}

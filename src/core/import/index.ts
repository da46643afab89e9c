/**
 * Importing a draft into a GovPress release: pick the reader by the file's
 * name (or its bytes), read, structure. Pure: the CLI and the extension
 * read and write the files.
 */
import type { Localized } from '../types';
import { note } from './notes';
import { readHtml } from './read-html';
import { readText } from './read-text';
import type { Draft, DraftFormat, ImportNote } from './types';
import { withoutDiacritics } from '../text/diacritics';

export { importDraft } from './structure';
export { formatImportReport, summarizeImport } from './report';
export { readHtml } from './read-html';
export { readText } from './read-text';
export type * from './types';

const FORMAT_BY_EXTENSION: Record<string, DraftFormat> = { docx: 'docx', html: 'html', htm: 'html', xhtml: 'html', txt: 'text', text: 'text', md: 'text', markdown: 'text' };
const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
const LOOKS_LIKE_HTML = /^\s*(?:<!doctype\s+html|<html\b|<(?:head|body|meta|article|section|div|p|h[1-6]|span|table|figure)\b)/i;

export const UNSUPPORTED_DRAFT: Localized = {
  vi: 'Chỉ nhập được tệp Word .docx, trang HTML và văn bản thuần (.txt). Với tệp .doc, .rtf, .odt hay .pdf: mở bằng Word rồi lưu thành .docx.',
  en: 'Only Word .docx files, HTML pages and plain text (.txt) can be imported. For a .doc, .rtf, .odt or .pdf file: open it in Word and save it as .docx.',
};

/** The reader for a file: by its extension, else by its first bytes (a zip is a .docx); undefined for formats GovPress cannot read. */
export function draftFormat(fileName: string, bytes: Uint8Array): DraftFormat | undefined {
  const extension = /\.([^./\\]+)$/.exec(fileName)?.[1]?.toLowerCase();
  if (extension !== undefined) return FORMAT_BY_EXTENSION[extension];
  if (ZIP_SIGNATURE.every((byte, index) => bytes[index] === byte)) return 'docx';
  return LOOKS_LIKE_HTML.test(decodeText(bytes.subarray(0, 1024)).text) ? 'html' : 'text';
}

export async function readDraft(format: DraftFormat, bytes: Uint8Array): Promise<Draft> {
  if (format === 'docx') {
    // Mammoth is large: loaded for Word drafts only.
    const { readDocx } = await import('./docx');
    return readDocx(bytes);
  }
  const { text, notes } = decodeText(bytes);
  const draft = format === 'html' ? readHtml(text) : readText(text);
  draft.notes.unshift(...notes);
  return draft;
}

/**
 * Text bytes: UTF-8 (BOM or not) or UTF-16 with a BOM. Other bytes are read
 * as Windows-1252, as Windows shows a legacy file: the TCVN3 or VNI text in
 * it is then converted like a paste of it.
 */
function decodeText(bytes: Uint8Array): { text: string; notes: ImportNote[] } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), notes: [] };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), notes: [] };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), notes: [] };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), notes: [note('not-utf8')] };
  }
}

/** A name for figure files from a document's name: `Dự thảo tin.docx` → `du-thao-tin`; `anh` when nothing is left. */
export function imageStem(fileName: string): string {
  const base = fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '');
  return withoutDiacritics(base).replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'anh';
}

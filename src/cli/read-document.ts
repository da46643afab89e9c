import { isUtf8 } from 'node:buffer';
import iconv from 'iconv-lite';
import type { Localized } from '../core/types';

/** How a document's bytes were stored, so a fix writes them back the same way. */
export type StoredEncoding = 'utf8' | 'utf8-bom' | 'utf16le' | 'utf16be';

export type DecodedDocument =
  | { ok: true; text: string; encoding: StoredEncoding }
  | { ok: false; problem: Localized; line: number; column: number };

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

const MEGABYTE = 1024 * 1024;
/**
 * The largest document read: four times the 5 MB file of the benchmark, which a lint takes about 400 MB of
 * memory for. A file far beyond it is no release (an export, a log, a dump): reading it could exhaust the
 * memory of a CI runner and fail the whole run, where a message fails one file.
 */
export const MAX_DOCUMENT_BYTES = 20 * MEGABYTE;

/**
 * 1-based line and column of a byte offset, counting lines in the bytes
 * before it as the linted text does: CRLF, a lone CR and LF each end one.
 */
function bytePosition(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let index = 0; index < offset; index++) {
    const byte = bytes[index];
    if (byte === 0x0a || (byte === 0x0d && bytes[index + 1] !== 0x0a)) {
      line++;
      lineStart = index + 1;
    }
  }
  const column = Buffer.from(bytes.subarray(lineStart, offset)).toString('utf8').length + 1;
  return { line, column };
}

const lenientUtf8 = new TextDecoder('utf-8', { ignoreBOM: true });
const REPLACEMENT = '\uFFFD';
const REPLACEMENT_BYTES = [0xef, 0xbf, 0xbd];

/**
 * Offset of the first byte that is not valid UTF-8: where lenient decoding
 * first yields a U+FFFD that the bytes do not spell out themselves. One pass
 * in native code, however late the bad byte comes in a large file.
 */
function firstInvalidUtf8(bytes: Uint8Array): number {
  const text = lenientUtf8.decode(bytes);
  let offset = 0;
  let decodedUpTo = 0;
  for (let index = text.indexOf(REPLACEMENT); index !== -1; index = text.indexOf(REPLACEMENT, index + 1)) {
    // Everything before the first bad byte was valid, so it re-encodes to the same bytes.
    offset += Buffer.byteLength(text.slice(decodedUpTo, index));
    if (REPLACEMENT_BYTES.some((byte, position) => bytes[offset + position] !== byte)) return offset;
    offset += REPLACEMENT_BYTES.length;
    decodedUpTo = index + 1;
  }
  return bytes.length;
}

/** How a document's bytes are stored, as its byte order mark says (UTF-8 without one), and the bytes after the mark. */
export function storedForm<Bytes extends Uint8Array>(bytes: Bytes): { encoding: StoredEncoding; body: Bytes } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf16le', body: bytes.subarray(2) as Bytes };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf16be', body: bytes.subarray(2) as Bytes };
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf8-bom', body: bytes.subarray(3) as Bytes };
  return { encoding: 'utf8', body: bytes };
}

/**
 * Decodes a document's bytes. UTF-8 (with or without BOM) and UTF-16 with a
 * BOM are read; anything else is reported with the line of the first bad
 * byte, never guessed, so that no fix can corrupt it. A file over
 * `MAX_DOCUMENT_BYTES` is reported, not read.
 */
export function decodeDocument(bytes: Uint8Array): DecodedDocument {
  if (bytes.length > MAX_DOCUMENT_BYTES) {
    const size = (bytes.length / MEGABYTE).toFixed(0);
    const limit = MAX_DOCUMENT_BYTES / MEGABYTE;
    return {
      ok: false,
      line: 1,
      column: 1,
      problem: {
        vi: `Tệp lớn ${size} MB, quá giới hạn ${limit} MB của một văn bản (một bài tin hay thông cáo chỉ vài chục KB): không đọc tệp này. Nếu đây đúng là văn bản, hãy tách thành nhiều tệp.`,
        en: `The file is ${size} MB, over the ${limit} MB limit for one document (a news item or press release is a few tens of KB): the file is not read. If it is a document, split it into several files.`,
      },
    };
  }
  const { encoding, body } = storedForm(bytes);
  if (encoding === 'utf16le' || encoding === 'utf16be') return { ok: true, text: iconv.decode(Buffer.from(body), encoding), encoding };
  // Positions count from the text after the byte order mark, as the linted text does.
  const nul = body.indexOf(0);
  if (nul !== -1) {
    return {
      ok: false,
      ...bytePosition(body, nul),
      problem: {
        vi: 'Tệp chứa byte NUL: đây là tệp nhị phân (ảnh, tài liệu Word…), không phải văn bản Markdown.',
        en: 'The file contains NUL bytes: it is a binary file (an image, a Word document…), not Markdown text.',
      },
    };
  }
  try {
    const text = utf8.decode(body);
    return { ok: true, text, encoding };
  } catch {
    return {
      ok: false,
      ...bytePosition(body, firstInvalidUtf8(body)),
      problem: {
        vi: 'Tệp không phải UTF-8 hợp lệ (có thể lưu bằng bảng mã cũ TCVN3, VNI hay Windows-1258): lưu lại tệp với bảng mã UTF-8.',
        en: 'The file is not valid UTF-8 (it may be saved in a legacy encoding such as TCVN3, VNI or Windows-1258): save it again as UTF-8.',
      },
    };
  }
}

/**
 * The bytes of a document that `decodeDocument` reads as UTF-8, after any
 * byte order mark: the UTF-8 of its text, which a report can copy without
 * decoding it; undefined for any other document.
 */
export function utf8TextBytes(bytes: Uint8Array): Uint8Array | undefined {
  if (bytes.length > MAX_DOCUMENT_BYTES) return undefined;
  const { encoding, body } = storedForm(bytes);
  return (encoding === 'utf8' || encoding === 'utf8-bom') && body.indexOf(0) === -1 && isUtf8(body) ? body : undefined;
}

/** Encodes text back into the bytes of its original storage. */
export function encodeDocument(text: string, encoding: StoredEncoding): Buffer {
  switch (encoding) {
    case 'utf8':
      return Buffer.from(text, 'utf8');
    case 'utf8-bom':
      return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
    case 'utf16le':
      return Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf16le')]);
    case 'utf16be':
      return Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(text, 'utf16be')]);
  }
}

/**
 * The type and pixel size of a PNG, JPEG or GIF from its first bytes: enough
 * to embed a photo in an export at the right aspect ratio, without an image
 * library. The type comes from the bytes, never from the file name.
 */

export type ImageType = 'png' | 'jpg' | 'gif';

export interface ImageInfo {
  type: ImageType;
  mime: 'image/png' | 'image/jpeg' | 'image/gif';
  width: number;
  height: number;
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Start-of-frame markers (baseline, progressive, lossless, arithmetic); C4, C8 and CC are not frames. */
function isStartOfFrame(marker: number): boolean {
  return marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((byte, index) => bytes[index] === byte);
}

function uint16BE(bytes: Uint8Array, at: number): number {
  return (bytes[at]! << 8) | bytes[at + 1]!;
}

function uint32BE(bytes: Uint8Array, at: number): number {
  return ((bytes[at]! << 24) >>> 0) + (bytes[at + 1]! << 16) + (bytes[at + 2]! << 8) + bytes[at + 3]!;
}

/** Returns undefined for anything that is not a well-formed PNG, JPEG or GIF header. */
export function readImageInfo(bytes: Uint8Array): ImageInfo | undefined {
  const size = (type: ImageType, mime: ImageInfo['mime'], width: number, height: number): ImageInfo | undefined =>
    width > 0 && height > 0 ? { type, mime, width, height } : undefined;

  if (startsWith(bytes, PNG_SIGNATURE)) {
    // The IHDR chunk comes first: length, "IHDR", width, height.
    if (bytes.length < 24 || String.fromCharCode(...bytes.subarray(12, 16)) !== 'IHDR') return undefined;
    return size('png', 'image/png', uint32BE(bytes, 16), uint32BE(bytes, 20));
  }
  if (bytes.length >= 10 && /^GIF8[79]a$/.test(String.fromCharCode(...bytes.subarray(0, 6)))) {
    return size('gif', 'image/gif', bytes[6]! | (bytes[7]! << 8), bytes[8]! | (bytes[9]! << 8));
  }
  if (startsWith(bytes, [0xff, 0xd8])) return jpegInfo(bytes, size);
  return undefined;
}

/** Walks the JPEG segments to the first start-of-frame, which holds the size. */
function jpegInfo(
  bytes: Uint8Array,
  size: (type: ImageType, mime: ImageInfo['mime'], width: number, height: number) => ImageInfo | undefined,
): ImageInfo | undefined {
  let at = 2;
  while (at + 4 <= bytes.length) {
    if (bytes[at] !== 0xff) return undefined;
    const marker = bytes[at + 1]!;
    if (marker === 0xff) {
      at += 1; // fill byte
      continue;
    }
    // Markers without a length: TEM and the restart markers.
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      at += 2;
      continue;
    }
    const length = uint16BE(bytes, at + 2);
    if (length < 2) return undefined;
    if (isStartOfFrame(marker)) {
      if (at + 9 > bytes.length) return undefined;
      return size('jpg', 'image/jpeg', uint16BE(bytes, at + 7), uint16BE(bytes, at + 5));
    }
    if (marker === 0xd9 || marker === 0xda) return undefined; // end of image, or scan data before any frame
    at += 2 + length;
  }
  return undefined;
}

/** A `data:` URI of an image, for self-contained HTML. */
export function imageDataUri(bytes: Uint8Array, info: ImageInfo): string {
  let binary = '';
  const chunk = 0x8000;
  for (let at = 0; at < bytes.length; at += chunk) binary += String.fromCharCode(...bytes.subarray(at, at + chunk));
  return `data:${info.mime};base64,${btoa(binary)}`;
}

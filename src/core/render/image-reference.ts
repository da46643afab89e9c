/**
 * Which file an image URL in a release names. Shared by the CLI (Node paths)
 * and the extension (`vscode.workspace.fs`), which only adapt the result to
 * their own file access.
 */

/** Larger files are not photos an article needs; they are left out rather than read. */
export const MAX_IMAGE_BYTES = 25 * 1024 * 1024;

const URL_SCHEME = /^[a-z][a-z0-9+.-]*:/i;
const WINDOWS_DRIVE = /^[a-z]:[\\/]/i;

export type ImageReference =
  /** A `file:` URL, as written. */
  | { kind: 'file-url'; url: string }
  /** An absolute path (POSIX or a Windows drive), decoded. */
  | { kind: 'absolute'; path: string }
  /** A path relative to the document's folder, decoded. */
  | { kind: 'relative'; path: string };

/** The local file an image URL names; undefined for `https:`, `data:`, `//host/…` and other schemes. */
export function imageReference(url: string): ImageReference | undefined {
  if (/^file:/i.test(url)) return { kind: 'file-url', url };
  if (url.startsWith('//') || (URL_SCHEME.test(url) && !WINDOWS_DRIVE.test(url))) return undefined;
  const withoutQuery = url.replace(/[?#].*$/s, '');
  let decoded = withoutQuery;
  try {
    decoded = decodeURI(withoutQuery);
  } catch {
    // A stray `%` is part of the file name.
  }
  return decoded.startsWith('/') || WINDOWS_DRIVE.test(decoded) ? { kind: 'absolute', path: decoded } : { kind: 'relative', path: decoded };
}

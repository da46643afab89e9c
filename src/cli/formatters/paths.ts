import { relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The file path of results linted from standard input. */
export const STDIN_PATH = '<stdin>';

/** A result's path relative to `cwd`, with `/` separators on every OS (CI tools and URIs want them). */
export function relativePath(filePath: string, cwd: string): string {
  if (filePath === STDIN_PATH) return filePath;
  return relative(cwd, filePath).split(sep).join('/');
}

/** A directory as a `file:` URI with a trailing slash, so that relative URIs resolve inside it. */
export function directoryUri(directory: string): string {
  const href = pathToFileURL(directory).href;
  return href.endsWith('/') ? href : `${href}/`;
}

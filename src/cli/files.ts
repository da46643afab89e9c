import { lstatSync, readdirSync, readFileSync, realpathSync, statSync, openSync, readSync, closeSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { frontMatterNamesProfile } from '../core/declares-profile';
import type { Localized } from '../core/types';
import { storedForm } from './read-document';

/** Folders never searched: dependencies and version control. */
const ALWAYS_SKIPPED = new Set(['node_modules', '.git', '.hg', '.svn']);
const MARKDOWN = /\.(?:md|markdown)$/i;
/** The front matter's `profile:` key is near the top; a press release is recognized from this many bytes. */
const SNIFF_BYTES = 4096;

export interface FoundFile {
  path: string;
  /** Named on the command line: always linted, whatever its front matter. */
  explicit: boolean;
}

export interface DiscoveryProblem {
  path: string;
  message: Localized;
}

/** The head of each file sniffed, one buffer for all. */
const sniffed = Buffer.allocUnsafe(SNIFF_BYTES);

/**
 * Whether a Markdown file's front matter names a profile; undefined when the
 * file has no front matter (or cannot be read). What decides it is ASCII
 * (the fences, the line endings, the `profile:` key), so the head is read
 * as Latin-1, one character per byte: decoding it as UTF-8 cost more than
 * reading it, and a warm `--cache` run sniffs every file.
 */
export function fileNamesProfile(path: string): boolean | undefined {
  let descriptor: number | undefined;
  try {
    descriptor = openSync(path, 'r');
    const length = readSync(descriptor, sniffed, 0, SNIFF_BYTES, 0);
    return frontMatterNamesProfile(headText(sniffed.subarray(0, length)));
  } catch {
    return undefined;
  } finally {
    if (descriptor !== undefined) closeSync(descriptor);
  }
}

/** The head of a file as text enough to find its front matter: UTF-16 (with its byte order mark) decoded, anything else read one character per byte. */
function headText(head: Buffer): string {
  const { encoding, body } = storedForm(head);
  // A head cut mid-character loses that character only.
  const whole = body.subarray(0, body.length - (body.length % 2));
  if (encoding === 'utf16le') return whole.toString('utf16le');
  if (encoding === 'utf16be') return Buffer.from(whole).swap16().toString('utf16le');
  return body.toString('latin1');
}

/** Reads `.gitignore` files down a folder tree so that ignored files are never linted. */
class GitignoreStack {
  private readonly matchers = new Map<string, Ignore | null>();

  constructor(private readonly root: string) {}

  ignores(path: string, isDirectory: boolean): boolean {
    let folder = this.root;
    const parts = relative(this.root, path).split(sep);
    for (let depth = 0; depth < parts.length; depth++) {
      const matcher = this.matcher(folder);
      const rest = parts.slice(depth).join('/') + (isDirectory ? '/' : '');
      if (matcher?.ignores(rest)) return true;
      folder = join(folder, parts[depth]!);
    }
    return false;
  }

  private matcher(folder: string): Ignore | null {
    if (!this.matchers.has(folder)) {
      let matcher: Ignore | null = null;
      try {
        matcher = ignore().add(readFileSync(join(folder, '.gitignore'), 'utf8'));
      } catch {
        matcher = null;
      }
      this.matchers.set(folder, matcher);
    }
    return this.matchers.get(folder) ?? null;
  }
}

/**
 * Expands the command line's paths, folders and globs into files to lint.
 * Folders are searched recursively with `.gitignore` honoured and symlink
 * loops cut; folders and globs yield only Markdown files that
 * `isPressRelease` accepts. Problems (missing paths, unreadable folders) are
 * returned, not thrown, so the run goes on with the other files.
 */
export async function discoverFiles(
  inputs: readonly string[],
  cwd: string,
  isPressRelease: (path: string) => boolean,
): Promise<{ files: FoundFile[]; problems: DiscoveryProblem[] }> {
  const files = new Map<string, FoundFile>();
  const problems: DiscoveryProblem[] = [];
  const add = (path: string, explicit: boolean): void => {
    const existing = files.get(path);
    if (!existing || (explicit && !existing.explicit)) files.set(path, { path, explicit });
  };

  for (const input of inputs) {
    const absolute = resolve(cwd, input);
    let stats;
    try {
      stats = statSync(absolute);
    } catch (error) {
      // The glob library loads only for a glob: a file named on the command line (a pre-commit hook's) needs none.
      const { glob, isDynamicPattern } = await import('tinyglobby');
      if (isDynamicPattern(input)) {
        const matches = await glob(input, { cwd, absolute: true, onlyFiles: true, ignore: ['**/node_modules/**', '**/.git/**'] });
        for (const match of matches.sort()) if (MARKDOWN.test(match) && isPressRelease(match)) add(resolve(match), false);
        continue;
      }
      problems.push({ path: absolute, message: isSymbolicLink(absolute) ? describeBrokenLink(error) : describeError(error) });
      continue;
    }
    if (stats.isDirectory()) walk(absolute, new GitignoreStack(absolute), new Set(), (path) => isPressRelease(path) && add(path, false), problems);
    // Reading a FIFO waits for a writer forever, and a device may never end.
    else if (!stats.isFile()) problems.push({ path: absolute, message: NOT_A_REGULAR_FILE });
    else add(absolute, true);
  }
  return { files: [...files.values()], problems };
}

function walk(folder: string, gitignore: GitignoreStack, visited: Set<string>, visit: (path: string) => void, problems: DiscoveryProblem[]): void {
  let real: string;
  try {
    real = realpathSync(folder);
  } catch (error) {
    problems.push({ path: folder, message: describeError(error) });
    return;
  }
  if (visited.has(real)) return;
  visited.add(real);
  let entries;
  try {
    entries = readdirSync(folder, { withFileTypes: true });
  } catch (error) {
    problems.push({ path: folder, message: describeError(error) });
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(folder, entry.name);
    let isDirectory = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      try {
        const target = statSync(path);
        isDirectory = target.isDirectory();
        isFile = target.isFile();
      } catch (error) {
        // A broken link is a problem only where a document was expected, not beside one (`latest -> build/`).
        if (MARKDOWN.test(entry.name) && !gitignore.ignores(path, false)) problems.push({ path, message: describeBrokenLink(error) });
        continue;
      }
    }
    if (isDirectory) {
      if (ALWAYS_SKIPPED.has(entry.name) || gitignore.ignores(path, true)) continue;
      walk(path, gitignore, visited, visit, problems);
    } else if (isFile && MARKDOWN.test(entry.name) && !gitignore.ignores(path, false)) {
      visit(path);
    }
  }
}

function isSymbolicLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

const NOT_A_REGULAR_FILE: Localized = { vi: 'không phải tệp thường (ống, socket hay thiết bị), không đọc', en: 'not a regular file (a pipe, socket or device), not read' };

function describeBrokenLink(error: unknown): Localized {
  return (error as NodeJS.ErrnoException)?.code === 'ENOENT' ? { vi: 'liên kết tượng trưng hỏng (tệp đích không tồn tại)', en: 'broken symbolic link (its target does not exist)' } : describeError(error);
}

/** A plain sentence for a file-system error, naming what happened. */
export function describeError(error: unknown): Localized {
  switch ((error as NodeJS.ErrnoException)?.code) {
    case 'ENOENT':
      return { vi: 'không có tệp hay thư mục này', en: 'no such file or folder' };
    case 'EACCES':
    case 'EPERM':
      return { vi: 'không có quyền truy cập', en: 'permission denied' };
    case 'ELOOP':
      return { vi: 'liên kết tượng trưng lặp vòng', en: 'too many levels of symbolic links (a link loop)' };
    case 'EISDIR':
      return { vi: 'là thư mục, không phải tệp', en: 'is a folder, not a file' };
    case 'EREADONLY':
      return { vi: 'tệp chỉ đọc, không ghi được', en: 'read-only file, not written' };
    default: {
      // The system's own words, in English either way.
      const message = error instanceof Error ? error.message : String(error);
      return { vi: message, en: message };
    }
  }
}

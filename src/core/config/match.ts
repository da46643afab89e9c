/**
 * Matching of the config's `files` and `ignores` globs, with .gitignore
 * semantics: a pattern without a slash (other than a trailing one) matches
 * at any depth, a leading slash anchors it to the config's folder, a
 * trailing slash matches folders only, and a pattern matching a folder
 * matches everything inside it. Pure: paths are posix and relative.
 */
import picomatch from 'picomatch';
import type { GovpressConfig } from './types';

interface PatternParts {
  /** The glob without its leading and trailing slash. */
  body: string;
  /** Relative to the config's folder only, rather than at any depth. */
  anchored: boolean;
  /** Ends with a slash: matches folders, never a file of that name. */
  folderOnly: boolean;
}

function partsOf(pattern: string): PatternParts {
  const folderOnly = pattern.endsWith('/');
  const trimmed = folderOnly ? pattern.slice(0, -1) : pattern;
  return {
    body: trimmed.startsWith('/') ? trimmed.slice(1) : trimmed,
    anchored: trimmed.includes('/'),
    folderOnly,
  };
}

type PathTest = (relativePath: string) => boolean;

/** Compiled patterns, kept because the same few patterns are tested against every file. */
const compiledPatterns = new Map<string, PathTest>();

function compile(pattern: string): PathTest {
  const cached = compiledPatterns.get(pattern);
  if (cached) return cached;
  const { body, anchored, folderOnly } = partsOf(pattern);
  const isMatch = picomatch(anchored ? body : `**/${body}`, { dot: true });
  const test: PathTest = (relativePath) => {
    const segments = relativePath.split('/');
    // The folders containing the path, then (unless only folders match) the path itself.
    const lastCandidate = folderOnly ? segments.length - 1 : segments.length;
    for (let length = 1; length <= lastCandidate; length++) {
      if (isMatch(segments.slice(0, length).join('/'))) return true;
    }
    return false;
  };
  compiledPatterns.set(pattern, test);
  return test;
}

/** A path inside the config's folder, without a leading `./`; undefined for paths outside it. */
function insidePath(relativePath: string): string | undefined {
  const path = relativePath.replace(/^(\.\/)+/, '');
  return path === '' || path === '..' || path.startsWith('../') || path.startsWith('/') ? undefined : path;
}

function matchesAny(relativePath: string, patterns: readonly string[] | undefined): boolean {
  const path = insidePath(relativePath);
  return path !== undefined && (patterns ?? []).some((pattern) => compile(pattern)(path));
}

/** True when `relativePath` (posix, relative to the config's folder) is matched by the config's `files` globs and not by `ignores`. Without `files`, nothing matches. */
export function matchesFiles(relativePath: string, config: Pick<GovpressConfig, 'files' | 'ignores'>): boolean {
  return matchesAny(relativePath, config.files) && !isIgnored(relativePath, config);
}

/** True when `relativePath` (posix, relative to the config's folder) is matched by the config's `ignores` globs. */
export function isIgnored(relativePath: string, config: Pick<GovpressConfig, 'ignores'>): boolean {
  return matchesAny(relativePath, config.ignores);
}

/**
 * Rewrites patterns written in a config in `subfolder` (posix, relative to
 * an outer folder) so that they mean the same relative to the outer folder.
 * Lets configs at several levels share one base folder.
 */
export function rebasePatterns(patterns: readonly string[], subfolder: string): string[] {
  if (subfolder === '') return [...patterns];
  return patterns.map((pattern) => {
    const { body, anchored, folderOnly } = partsOf(pattern);
    return `${escapeGlob(subfolder)}/${anchored ? '' : '**/'}${body}${folderOnly ? '/' : ''}`;
  });
}

/** A literal path as a glob: folder names such as "Tin (2024)" must not be read as glob syntax. */
function escapeGlob(literal: string): string {
  return literal.replace(/[\\*?[\]{}()!+@]/g, '\\$&');
}

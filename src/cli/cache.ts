import type { Hash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { GovpressConfig } from '../core/config/types';
import type { Lang, LintMessage } from '../core/types';
import { writeFileAtomic } from './write-atomic';

/** Where `--cache` keeps its file when `--cache-location` is not given, relative to the working folder. */
export const DEFAULT_CACHE_FOLDER = join('node_modules', '.cache', 'govpress');
const CACHE_FILE_NAME = 'lint-cache.json';
/** Bump when the shape of the file changes: a file of another format is ignored. */
const CACHE_FORMAT = 1;

/** What `--cache` keeps for one file: enough to report it again without parsing. */
export interface CacheEntry {
  /** Hash of the file's bytes. */
  content: string;
  /** Hash of everything else its result depends on (see `settingsHash`). */
  settings: string;
  messages: LintMessage[];
}

interface CacheFile {
  format: typeof CACHE_FORMAT;
  /** By absolute path. */
  entries: Record<string, CacheEntry>;
}

/**
 * SHA-1 of a file's bytes. Measured on the benchmark archive (20,000
 * releases, 130 MB): about 1 GB/s, 0.15 s in all, under 1% of a cold
 * lint; a JavaScript FNV-1a was slower than this native hash.
 */
export function contentHash(bytes: Uint8Array): string {
  return sha1().update(bytes).digest('base64url');
}

/**
 * Hash of what a result depends on besides the document: GovPress itself,
 * the language of the messages, `--profile` and the file's resolved config.
 * The core is pure, so nothing else (not even the file's path) matters.
 */
export function settingsHash(settings: { tool: string; lang: Lang; profile: string | null; config: GovpressConfig }): string {
  return sha1().update(JSON.stringify(settings)).digest('base64url');
}

/** `node:crypto` takes 5–10 ms to load, which a one-file lint without `--cache` should not pay: it loads on the first hash. */
function sha1(): Hash {
  return (require('node:crypto') as typeof import('node:crypto')).createHash('sha1');
}

/**
 * GovPress's version, and the size and time of the running build: in the
 * bundle `__filename` is dist/cli.js, which holds every rule, so a rebuilt
 * GovPress with a changed rule invalidates the cache even at one version.
 */
export function toolIdentity(version: string): string {
  const build = statSync(__filename);
  return `${version}+${build.size}-${Math.trunc(build.mtimeMs)}`;
}

/**
 * The `--cache` file: results by absolute path, each valid while the file's
 * content hash and settings hash are unchanged. Written atomically and only
 * when something changed; a missing, unreadable or corrupt file counts as
 * empty, so a bad cache never breaks a run.
 */
export class LintCache {
  private readonly visited = new Set<string>();
  private changed = false;

  private constructor(
    readonly file: string,
    private readonly entries: Map<string, CacheEntry>,
  ) {}

  static load(folder: string): LintCache {
    const file = join(folder, CACHE_FILE_NAME);
    return new LintCache(file, new Map(Object.entries(readEntries(file))));
  }

  get(path: string): CacheEntry | undefined {
    this.visited.add(path);
    return this.entries.get(path);
  }

  set(path: string, entry: CacheEntry): void {
    this.visited.add(path);
    const previous = this.entries.get(path);
    if (previous && previous.content === entry.content && previous.settings === entry.settings) return;
    this.entries.set(path, entry);
    this.changed = true;
  }

  /** Writes the file if an entry changed, dropping entries of files that no longer exist. */
  save(): void {
    if (!this.changed) return;
    for (const path of this.entries.keys()) if (!this.visited.has(path) && !existsSync(path)) this.entries.delete(path);
    const contents: CacheFile = { format: CACHE_FORMAT, entries: Object.fromEntries(this.entries) };
    mkdirSync(join(this.file, '..'), { recursive: true });
    writeFileAtomic(this.file, Buffer.from(JSON.stringify(contents)));
    this.changed = false;
  }
}

function readEntries(file: string): Record<string, CacheEntry> {
  try {
    const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
    return isCacheFile(parsed) ? parsed.entries : {};
  } catch {
    return {};
  }
}

/** Checks every field the report reads, so that a damaged file is ignored rather than crashing a formatter. */
function isCacheFile(value: unknown): value is CacheFile {
  if (!isRecord(value) || value['format'] !== CACHE_FORMAT || !isRecord(value['entries'])) return false;
  return Object.values(value['entries']).every(
    (entry) => isRecord(entry) && typeof entry['content'] === 'string' && typeof entry['settings'] === 'string' && Array.isArray(entry['messages']) && entry['messages'].every(isLintMessage),
  );
}

function isLintMessage(value: unknown): value is LintMessage {
  if (!isRecord(value)) return false;
  const numbers = ['line', 'column', 'endLine', 'endColumn', 'start', 'end'].every((key) => typeof value[key] === 'number');
  const fix = value['fix'];
  const fixIsValid = fix === undefined || (isRecord(fix) && typeof fix['start'] === 'number' && typeof fix['end'] === 'number' && typeof fix['text'] === 'string');
  return (
    numbers &&
    fixIsValid &&
    typeof value['ruleId'] === 'string' &&
    typeof value['message'] === 'string' &&
    typeof value['messageId'] === 'string' &&
    (value['severity'] === 1 || value['severity'] === 2) &&
    isRecord(value['data'])
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

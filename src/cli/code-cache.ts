/**
 * Runs the CLI bundle from a V8 code cache: the bytecode of the functions a
 * run compiled, written when it ends and reused by the next run, which then
 * neither parses the bundle nor compiles those functions again. Compiling is
 * most of what a `govpress lint` of one file costs (the pre-commit case): on
 * Node 20 the cache takes such a run from about 1.9 to 1.4 times the time
 * Node takes to start and load the Markdown parser. Node 20 has no cache for
 * modules, and Node 22's (`module.enableCompileCache`) is written before a
 * module runs, so it lacks the functions compiled while linting: this one is
 * written after.
 *
 * The cache is per user, outside the project: in `$NODE_COMPILE_CACHE` when
 * set, else in the temporary folder; in a folder (not a link) that only its
 * owner may write, as cached bytecode runs as code.
 * `NODE_DISABLE_COMPILE_CACHE=1` turns it off, as it does Node's. A missing,
 * damaged or stale cache only costs the compile; failing to write one is
 * silent. This module loads before the bundle, on every start: it uses only
 * built-ins that load in a fraction of a millisecond (not `node:crypto`).
 */
import { lstatSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { cachedDataVersionTag } from 'node:v8';
import { Script } from 'node:vm';

/**
 * Runs the CommonJS bundle `file` as `require` would, from the code cache
 * of `command` (by default the one on the command line) when there is a
 * usable one; with `writes`, makes or replaces the cache when the run ends.
 */
export function runWithCodeCache(file: string, { command = commandOf(process.argv.slice(2)), writes = true }: { command?: string; writes?: boolean } = {}): void {
  const folder = cacheFolder();
  // Code compiled by `vm` has no source maps: with --enable-source-maps, stack traces need the plain loader.
  if (folder === undefined || process.sourceMapsEnabled) {
    require(file);
    return;
  }
  const cacheFile = join(folder, cacheName(file, command));
  const identity = bundleIdentity(file);
  const cachedData = readCache(cacheFile, identity);
  // Wrapped as Node's loader wraps a module; the wrapper leaves line numbers unchanged.
  const script = new Script(`(function (exports, require, module, __filename, __dirname) { ${readFileSync(file, 'utf8')}\n})`, {
    filename: file,
    ...(cachedData ? { cachedData } : {}),
  });
  // A run that stopped at a usage, configuration or I/O error (exit code 2) compiled too little to be worth caching.
  if (writes && (!cachedData || script.cachedDataRejected)) process.once('exit', (code) => code < 2 && writeCache(cacheFile, identity, script));
  const bundleModule = { exports: {} };
  (script.runInThisContext() as (...parameters: unknown[]) => void)(bundleModule.exports, createRequire(file), bundleModule, file, dirname(file));
}

/** The cache folder, made if missing; undefined when caching is off or the folder cannot be trusted. */
function cacheFolder(): string | undefined {
  if (process.env['NODE_DISABLE_COMPILE_CACHE']) return undefined;
  const uid = process.getuid?.();
  const folder = process.env['NODE_COMPILE_CACHE'] || join(tmpdir(), `govpress-code-cache${uid === undefined ? '' : `-${uid}`}`);
  try {
    mkdirSync(folder, { recursive: true, mode: 0o700 });
    // In a shared temporary folder, another user could have made it (or a link by its name) first, or left it writable to others.
    const stats = lstatSync(folder);
    const othersMayWrite = uid !== undefined && (stats.uid !== uid || (stats.mode & 0o022) !== 0);
    return stats.isDirectory() && !othersMayWrite ? folder : undefined;
  } catch {
    return undefined;
  }
}

/**
 * One cache per bundle path, command and V8 flags: a run caches what it
 * compiled, and `lint` compiles other functions than `render` does; V8
 * takes a cache only under the flags it was made with, and a lint of
 * folders on several threads sets flags of its own (`lint-workers.ts`), so
 * it keeps a cache of its own rather than replacing that of one-file runs.
 * The lint workers of a run load the bundle from its cache too, and never
 * write it. A new build at the same path replaces the cache of the old one.
 */
function cacheName(file: string, command: string): string {
  // FNV-1a: a collision only costs cache misses, as the identity check keeps another bundle's cache out.
  let pathHash = 0x811c9dc5;
  for (let index = 0; index < file.length; index++) pathHash = Math.imul(pathHash ^ file.charCodeAt(index), 0x01000193);
  return `${basename(file, '.js')}-${(pathHash >>> 0).toString(16)}-${command}-${cachedDataVersionTag().toString(16)}.cache`;
}

/** The command of a command line, as far as the cache cares: `lint` or any other. */
function commandOf(args: readonly string[]): string {
  return args.find((arg) => !arg.startsWith('-')) === 'lint' ? 'lint' : 'other';
}

/**
 * What a cache file starts with: the Node version and the bundle file's
 * inode, size, modification and change times, which a rebuild or a
 * reinstall changes. V8 itself checks only the source's length (and its own
 * version and flags); hashing the bundle would cost a millisecond or more.
 */
function bundleIdentity(file: string): Buffer {
  const { ino, size, mtimeMs, ctimeMs } = statSync(file);
  return Buffer.from(`${process.version} ${process.arch} ${ino} ${size} ${mtimeMs} ${ctimeMs}\n`);
}

function readCache(cacheFile: string, identity: Buffer): Buffer | undefined {
  try {
    const contents = readFileSync(cacheFile);
    return contents.subarray(0, identity.length).equals(identity) ? contents.subarray(identity.length) : undefined;
  } catch {
    return undefined;
  }
}

/** Written whole under a temporary name, then renamed: a concurrent run reads the old cache or the new one, never a part. */
function writeCache(cacheFile: string, identity: Buffer, script: Script): void {
  const temporary = `${cacheFile}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, Buffer.concat([identity, script.createCachedData()]), { mode: 0o600 });
    renameSync(temporary, cacheFile);
  } catch {
    // Only a faster start is lost; no half-written file is left behind.
    try {
      rmSync(temporary, { force: true });
    } catch {
      // The temporary folder's own cleaning will take it.
    }
  }
}

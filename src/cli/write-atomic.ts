import { closeSync, fsyncSync, openSync, readdirSync, realpathSync, renameSync, statSync, unlinkSync, writeFileSync, chmodSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { threadId } from 'node:worker_threads';

/** `.<name>.govpress-<pid>-<thread>-<ms>.tmp`: the temporary file beside `<name>` while it is replaced. */
const TEMPORARY_NAME = /^\..+\.govpress-\d+-\d+-\d+\.tmp$/;

/**
 * A temporary file older than this was left by a killed run, not written by
 * a running one: writing even a large file takes seconds.
 */
export const STALE_TEMPORARY_AGE_MS = 10 * 60 * 1000;

/**
 * Writes a file so that readers see either the old or the new content, never
 * a partial one: write a temporary file beside it, flush it, then rename it
 * over the original. The original's permission bits are kept; a symbolic
 * link is followed, so the link stays a link. A missing file is created.
 */
export function writeFileAtomic(path: string, data: Uint8Array): void {
  const target = existingTarget(path);
  const mode = target === undefined ? undefined : statSync(target).mode & 0o7777;
  // Renaming over a file ignores its own permissions, so a read-only file must be refused here.
  if (mode !== undefined && (mode & 0o222) === 0) throw Object.assign(new Error(`${path}: the file is read-only; it was not changed`), { code: 'EREADONLY' });
  const destination = target ?? path;
  // Worker threads share the process id, hence the thread id.
  const temporary = join(dirname(destination), `.${basename(destination)}.govpress-${process.pid}-${threadId}-${Date.now()}.tmp`);
  const descriptor = openSync(temporary, 'wx', mode);
  try {
    try {
      // writeFileSync on a descriptor loops until every byte is written; a single writeSync may write fewer.
      writeFileSync(descriptor, data);
      fsyncSync(descriptor);
    } finally {
      closeSync(descriptor);
    }
    // The mode given to open is reduced by the umask.
    if (mode !== undefined) chmodSync(temporary, mode);
    renameSync(temporary, destination);
  } catch (error) {
    try {
      unlinkSync(temporary);
    } catch {
      // Already renamed or never created: nothing to clean.
    }
    throw error;
  }
}

/** The real path of an existing file, or undefined when nothing is there yet. */
function existingTarget(path: string): string | undefined {
  try {
    return realpathSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/**
 * Removes the temporary files that killed runs left in these folders (a
 * killed run never leaves a partial document, only these). Young ones may
 * belong to a run going on now and are kept. Returns the paths removed;
 * folders that cannot be read are skipped, as the files in them will be
 * reported when read.
 */
export function removeStaleTemporaries(folders: Iterable<string>, now = Date.now()): string[] {
  const removed: string[] = [];
  for (const folder of folders) {
    let names: string[];
    try {
      names = readdirSync(folder);
    } catch {
      continue;
    }
    for (const name of names) {
      if (!TEMPORARY_NAME.test(name)) continue;
      const path = join(folder, name);
      try {
        if (now - statSync(path).mtimeMs < STALE_TEMPORARY_AGE_MS) continue;
        unlinkSync(path);
        removed.push(path);
      } catch {
        // Gone already (another run cleaned it): nothing to do.
      }
    }
  }
  return removed;
}

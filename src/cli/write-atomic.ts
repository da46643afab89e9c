import { closeSync, fsyncSync, openSync, renameSync, statSync, unlinkSync, writeSync, chmodSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * Writes a file so that readers see either the old or the new content, never
 * a partial one: write a temporary file beside it, flush it, then rename it
 * over the original. The original's permission bits are kept.
 */
export function writeFileAtomic(path: string, data: Uint8Array): void {
  const mode = statSync(path).mode & 0o7777;
  // Renaming over a file ignores its own permissions, so a read-only file must be refused here.
  if ((mode & 0o222) === 0) throw Object.assign(new Error(`${path}: the file is read-only; it was not changed`), { code: 'EREADONLY' });
  const temporary = join(dirname(path), `.${basename(path)}.govpress-${process.pid}-${Date.now()}.tmp`);
  const descriptor = openSync(temporary, 'wx', mode);
  try {
    try {
      writeSync(descriptor, data);
      fsyncSync(descriptor);
    } finally {
      closeSync(descriptor);
    }
    chmodSync(temporary, mode);
    renameSync(temporary, path);
  } catch (error) {
    try {
      unlinkSync(temporary);
    } catch {
      // Already renamed or never created: nothing to clean.
    }
    throw error;
  }
}

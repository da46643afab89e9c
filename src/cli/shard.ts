import { relative, sep } from 'node:path';
import { UsageError } from './output';

/** `--shard i/n`: this machine lints the i-th of n parts (1-based). */
export interface Shard {
  index: number;
  count: number;
}

export function parseShard(text: string): Shard {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim());
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || count < 1 || index < 1 || index > count) {
    throw new UsageError({
      vi: `--shard cần dạng i/n với 1 ≤ i ≤ n, ví dụ 2/4 (nhận được "${text}").`,
      en: `--shard needs i/n with 1 ≤ i ≤ n, e.g. 2/4 (got "${text}").`,
    });
  }
  return { index, count };
}

/**
 * The files of one shard. Every machine of a CI matrix discovers the same
 * files, sorts them the same way (by path relative to `cwd`, `/`-separated,
 * code unit order: no locale) and takes its own contiguous run of the list;
 * runs differ in length by one at most, and together cover every file
 * once. Contiguous runs rather than every n-th file: adding a file then
 * moves at most one file per shard boundary, so per-shard caches stay warm.
 */
export function shardPaths(paths: readonly string[], shard: Shard, cwd: string): string[] {
  const sorted = paths
    .map((path) => ({ path, key: relative(cwd, path).split(sep).join('/') }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const start = Math.floor(((shard.index - 1) * sorted.length) / shard.count);
  const end = Math.floor((shard.index * sorted.length) / shard.count);
  return sorted.slice(start, end).map(({ path }) => path);
}

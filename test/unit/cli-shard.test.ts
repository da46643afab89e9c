/**
 * `govpress lint --shard i/n`: the machines of a CI matrix split the files
 * deterministically; together the shards cover every file exactly once.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CLEAN, govpress, resultsByFile, workspace } from './cli-support';

/** 23 releases in nested folders, names chosen so that path order differs from a naive string order of names. */
function archive(): string {
  const files: Record<string, string> = {};
  for (let index = 0; index < 23; index++) files[`news/${2020 + (index % 4)}/${index % 3 === 0 ? 'Đ' : 'b'}-${index}.md`] = CLEAN;
  return workspace(files);
}

async function shardFiles(folder: string, shard: string, paths = ['news']): Promise<string[]> {
  const run = await govpress(['lint', ...paths, '--format', 'json', '--shard', shard], folder);
  assert.equal(run.stderr, '');
  assert.equal(run.code, 0);
  return [...resultsByFile(run.stdout, folder).keys()];
}

describe('govpress lint --shard', () => {
  it('covers every file exactly once, in shards whose sizes differ by one at most', async () => {
    const folder = archive();
    const all = (await shardFiles(folder, '1/1')).sort();
    assert.equal(all.length, 23);
    for (const count of [2, 3, 4, 7, 23, 30]) {
      const shards: string[][] = [];
      for (let index = 1; index <= count; index++) shards.push(await shardFiles(folder, `${index}/${count}`));
      assert.deepEqual(shards.flat().sort(), all, `${count} shards: every file once`);
      const sizes = shards.map((shard) => shard.length);
      assert.ok(Math.max(...sizes) - Math.min(...sizes) <= 1, `${count} shards: sizes ${sizes.join(', ')}`);
    }
  });

  it('does not depend on the order of the paths on the command line', async () => {
    const folder = archive();
    const forward = await shardFiles(folder, '2/3', ['news/2020', 'news/2021', 'news/2022', 'news/2023']);
    const backward = await shardFiles(folder, '2/3', ['news/2023', 'news/2022', 'news/2021', 'news/2020']);
    assert.deepEqual(backward, forward);
  });

  it('moves at most one file per shard boundary when a file is added, so per-shard caches stay warm', async () => {
    const folder = archive();
    const before = await Promise.all([1, 2, 3, 4].map((index) => shardFiles(folder, `${index}/4`)));
    writeFileSync(join(folder, 'news', '2021', 'a-new.md'), CLEAN);
    const after = await Promise.all([1, 2, 3, 4].map((index) => shardFiles(folder, `${index}/4`)));
    after.forEach((files, index) => {
      const moved = files.filter((file) => !before[index]!.includes(file) && file !== 'news/2021/a-new.md');
      assert.ok(moved.length <= 1, `shard ${index + 1} gained ${moved.join(', ')}`);
    });
  });

  it('rejects a malformed shard, and --shard with --stdin', async () => {
    const folder = archive();
    for (const shard of ['0/3', '4/3', '1/0', 'a/b', '1', '1/2/3', '-1/2']) {
      const run = await govpress(['lint', 'news', `--shard=${shard}`], folder);
      assert.equal(run.code, 2, shard);
      assert.match(run.stderr, /--shard needs i\/n|--shard cần dạng i\/n/, shard);
    }
    const stdin = await govpress(['lint', '--stdin', '--shard', '1/2'], folder);
    assert.equal(stdin.code, 2);
  });
});

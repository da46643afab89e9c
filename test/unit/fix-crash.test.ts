/**
 * `govpress lint --fix` killed mid-run (SIGKILL, at seeded random moments
 * while it writes): every file holds either its old or its new content,
 * never a mix; the only leftovers are `.<name>.govpress-*.tmp` files, which
 * a later `--fix` run removes once they are stale.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, utimesSync, watch, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { STALE_TEMPORARY_AGE_MS } from '../../src/cli/write-atomic';
import { FIXABLE, GOVPRESS_BIN, govpress, spawnGovpress, workspace } from './cli-support';

const FILE_COUNT = 200;
const ROUNDS = 5;
const TEMPORARY = /^\.\d{3}\.md\.govpress-\d+-\d+-\d+\.tmp$/;

/** Distinct fixable releases, long enough that writing one takes a moment. */
function original(index: number): string {
  const paragraph = `Hội nghị lần thứ ${index} thống nhất kế hoạch phối hợp giữa hai đơn vị trong năm 2026.`;
  return FIXABLE.replace('Bích Ngọc – Sở', `${`${paragraph}\n\n`.repeat(40)}Bích Ngọc – Sở`);
}

const name = (index: number): string => `${String(index).padStart(3, '0')}.md`;

/** mulberry32: the kill points are random but the same on every run. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let mixed = Math.imul(state ^ (state >>> 15), state | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}

/** Starts `govpress lint news --fix` and kills it (SIGKILL) at the `killAt`-th change in news/; resolves when it is gone. */
function fixAndKill(folder: string, killAt: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [GOVPRESS_BIN, 'lint', 'news', '--fix'], { cwd: folder, stdio: 'ignore' });
    let changes = 0;
    // Each temporary file's creation and rename is a change: the kill lands while files are being written.
    const watcher = watch(join(folder, 'news'), () => {
      if (++changes === killAt) child.kill('SIGKILL');
    });
    child.once('error', reject);
    child.once('exit', () => {
      watcher.close();
      resolve();
    });
  });
}

describe('govpress lint --fix killed mid-write', () => {
  it('leaves every file old or new, and a later --fix run removes the stale temporary files', { timeout: 60_000 }, async () => {
    const originals = Array.from({ length: FILE_COUNT }, (_, index) => original(index));
    const folder = workspace(Object.fromEntries(originals.map((text, index) => [`news/${name(index)}`, text])));
    // The new contents: what an uninterrupted run writes.
    const reference = workspace({});
    cpSync(join(folder, 'news'), join(reference, 'news'), { recursive: true });
    const complete = await spawnGovpress(['lint', 'news', '--fix'], reference);
    assert.equal(complete.stderr, '');
    const fixed = originals.map((_, index) => readFileSync(join(reference, 'news', name(index)), 'utf8'));
    assert.ok(fixed.every((text, index) => text !== originals[index]), 'every file has something to fix');

    const random = seededRandom(20_260_415);
    const fixedPerRound: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      originals.forEach((text, index) => writeFileSync(join(folder, 'news', name(index)), text));
      await fixAndKill(folder, 1 + Math.floor(random() * FILE_COUNT));
      let fixedCount = 0;
      for (let index = 0; index < FILE_COUNT; index++) {
        const text = readFileSync(join(folder, 'news', name(index)), 'utf8');
        assert.ok(text === originals[index] || text === fixed[index], `round ${round + 1}: ${name(index)} is neither old nor new`);
        if (text === fixed[index]) fixedCount++;
      }
      fixedPerRound.push(fixedCount);
      const strays = readdirSync(join(folder, 'news')).filter((entry) => !/^\d{3}\.md$/.test(entry) && !TEMPORARY.test(entry));
      assert.deepEqual(strays, [], `round ${round + 1}: only documents and temporary files`);
    }
    assert.ok(
      fixedPerRound.some((count) => count > 0 && count < FILE_COUNT),
      `at least one kill lands between the first and the last write (files fixed per round: ${fixedPerRound.join(', ')})`,
    );

    // Whatever the kills left, plus one temporary file surely stale and one young enough to belong to a running fix.
    const stale = join(folder, 'news', `.${name(0)}.govpress-1-0-1.tmp`);
    const young = join(folder, 'news', `.${name(1)}.govpress-2-0-2.tmp`);
    writeFileSync(stale, 'partial');
    writeFileSync(young, 'partial');
    const longAgo = (Date.now() - 2 * STALE_TEMPORARY_AGE_MS) / 1000;
    for (const entry of readdirSync(join(folder, 'news'))) {
      if (TEMPORARY.test(entry) && join(folder, 'news', entry) !== young) utimesSync(join(folder, 'news', entry), longAgo, longAgo);
    }
    const final = await govpress(['lint', 'news', '--fix', '--concurrency', '1'], folder);
    assert.equal(final.stderr, '');
    assert.deepEqual(readdirSync(join(folder, 'news')).filter((entry) => TEMPORARY.test(entry)), [`.${name(1)}.govpress-2-0-2.tmp`]);
    fixed.forEach((text, index) => assert.equal(readFileSync(join(folder, 'news', name(index)), 'utf8'), text, name(index)));
  });
});

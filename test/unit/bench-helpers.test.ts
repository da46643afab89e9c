/**
 * The pure helpers of `npm run bench`: the budget verdicts, the options that
 * pick sections, the percentiles, the check of remark-cli's report and the
 * typing simulation of the editor measurements.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { BUDGETS, formatBudgetTable, isMet, type Budget } from '../../bench/budgets';
import { summarizeRemarkReport } from '../../bench/contenders';
import { typingSimulator } from '../../bench/in-process';
import { SECTION_IDS, isFullRun, parseBenchArguments } from '../../bench/options';
import { percentileOf, rotate } from '../../bench/stats';

function budget(id: Budget['id']): Budget {
  const found = BUDGETS.find((candidate) => candidate.id === id);
  assert.ok(found, id);
  return found;
}

describe('bench budgets', () => {
  it('meets a bar at its limit for "at most" and "at least", not for "below"', () => {
    assert.equal(isMet(budget('releases-vs-floor'), 1.5), true);
    assert.equal(isMet(budget('releases-vs-floor'), 1.51), false);
    assert.equal(isMet(budget('archive-speedup'), 1.6), true);
    assert.equal(isMet(budget('archive-speedup'), 1.59), false);
    assert.equal(isMet(budget('archive-memory'), 399.9), true);
    assert.equal(isMet(budget('archive-memory'), 400), false);
  });

  it('gives every budget one row, in order, with a computed verdict or why there is none', () => {
    const rows = formatBudgetTable([
      { id: 'language-overhead', value: 0.42, detail: 'CPU +40%' },
      { id: 'cache-warm-vs-cold', value: 0.05 },
      { id: 'archive-memory', missing: 'the default-concurrency run failed' },
    ]).slice(2);
    assert.equal(rows.length, BUDGETS.length);
    const rowOf = (id: Budget['id']): string => rows[BUDGETS.findIndex((candidate) => candidate.id === id)] ?? '';
    assert.match(rowOf('language-overhead'), /\| ≤ 30\.0% \| 42\.0% \(CPU \+40%\) \| \*\*not met\*\* \|$/);
    assert.match(rowOf('cache-warm-vs-cold'), /\| < 10\.0% \| 5\.0% \| met \|$/);
    assert.match(rowOf('archive-memory'), /\| < 400 MB \| — \| not measured: the default-concurrency run failed \|$/);
    assert.match(rowOf('releases-vs-floor'), /\| ≤ 1\.50× \| — \| not run \|$/);
  });

  it('shows the digits that tell a value from the limit it rounds to', () => {
    const [row] = formatBudgetTable([{ id: 'editor-lint-vs-parse', value: 2.004 }]).slice(2).filter((line) => line.includes('5,000-word'));
    assert.match(row ?? '', /\| ≤ 2\.00× \| 2\.004× \| \*\*not met\*\* \|$/);
  });
});

describe('bench options', () => {
  it('runs every section with its own repetitions by default: a full run', () => {
    const options = parseBenchArguments([]);
    assert.deepEqual(options.sections, SECTION_IDS);
    assert.equal(isFullRun(options), true);
  });

  it('runs the sections of --only in run order, as a partial run', () => {
    const options = parseBenchArguments(['--only', 'cache, archive']);
    assert.deepEqual(options.sections, ['archive', 'cache']);
    assert.equal(isFullRun(options), false);
  });

  it('makes a run with fewer rounds or iterations partial', () => {
    assert.equal(isFullRun(parseBenchArguments(['--rounds', '1'])), false);
    assert.equal(isFullRun(parseBenchArguments(['--iterations', '20'])), false);
    assert.equal(parseBenchArguments(['--out', 'x.md']).out, 'x.md');
  });

  it('refuses unknown sections, empty lists, counts below 1 and unknown options', () => {
    assert.throws(() => parseBenchArguments(['--only', 'archive,cahce']), /unknown section cahce/);
    assert.throws(() => parseBenchArguments(['--only', ',']), /at least one section/);
    assert.throws(() => parseBenchArguments(['--rounds', '0']), /--rounds needs a whole number/);
    assert.throws(() => parseBenchArguments(['--iterations', '2.5']), /--iterations needs a whole number/);
    assert.throws(() => parseBenchArguments(['--fast']));
  });
});

describe('bench statistics', () => {
  it('takes nearest-rank percentiles: the lower middle of an even count', () => {
    assert.equal(percentileOf([4, 1, 3, 2], 50), 2);
    assert.equal(percentileOf([4, 1, 3, 2], 95), 4);
    assert.equal(percentileOf([7], 50), 7);
    assert.throws(() => percentileOf([], 50), /no samples/);
  });

  it('rotates the order of contenders round by round', () => {
    assert.deepEqual(rotate(['a', 'b', 'c'], 4), ['b', 'c', 'a']);
    assert.deepEqual(rotate([], 3), []);
  });
});

describe("bench check of remark-cli's report", () => {
  const report = [
    '\u001b[4m\u001b[33mreleases/0001.md\u001b[39m\u001b[24m',
    '3:9-3:12    \u001b[33mwarning\u001b[39m Unexpected emphasis marker `_`, expected `*`   emphasis-marker   remark-lint',
    '9:9         \u001b[33mwarning\u001b[39m Unexpected missing final newline character   final-newline   remark-lint',
    '',
    '\u001b[4m\u001b[32mreleases/0002.md\u001b[39m\u001b[24m: no issues found',
    '',
    '\u001b[33m⚠\u001b[39m 2 warnings',
    '',
  ].join('\n');

  it('counts the files it names, clean or not, and the warnings', () => {
    assert.equal(summarizeRemarkReport(report, 2), '2 warnings, 1 of 2 files with no issues');
  });

  it('fails a run that did not report every file', () => {
    assert.throws(() => summarizeRemarkReport(report, 3), /2 files linted, 3 expected/);
    assert.throws(() => summarizeRemarkReport('', 1), /0 files linted, 1 expected/);
  });
});

describe('bench typing simulation', () => {
  it('types each keystroke before the full stop of the first paragraph past the middle of the text', () => {
    const text = '# Title\n\nFirst paragraph.\n\nSecond paragraph.\n\nThird.\n';
    const typed = typingSimulator(text);
    assert.equal(typed(0), text);
    assert.equal(typed(2), '# Title\n\nFirst paragraph.\n\nSecond paragraphaa.\n\nThird.\n');
  });
});

/**
 * GovPress benchmark: govpress lint against a bare-parse floor and two peer
 * linters (markdownlint-cli2, remark-cli with the recommended and consistent
 * presets), on one generated corpus, in one run.
 *
 * The machine is small and noisy, so only ratios measured in the same run
 * are meaningful: repetitions of all contenders are interleaved (rotating
 * order) and medians are compared. Absolute times are reported for context.
 *
 * Usage: `npm run bench` (builds first) or `node --import tsx bench/run.ts`.
 * Writes bench/results.md and prints it.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { LintResult } from '../src/core/types';
import { GENERATOR_VERSION, countWords, generateCorpus, type CorpusPaths } from './generate';

const BENCH_DIR = import.meta.dirname;
const REPO_ROOT = path.resolve(BENCH_DIR, '..');
const CORPUS_DIR = path.join(BENCH_DIR, 'corpus');
const RESULTS_FILE = path.join(BENCH_DIR, 'results.md');
const GOVPRESS_BIN = path.join(REPO_ROOT, 'bin', 'govpress.js');
const GOVPRESS_BUILD_DIR = path.join(REPO_ROOT, 'dist');
const GOVPRESS_LIBRARY = path.join(GOVPRESS_BUILD_DIR, 'index.js');
const GNU_TIME = '/usr/bin/time';

/** Short runs are noisier, so the small-file case gets more repetitions. */
const REPETITIONS = { corpus: 5, large: 5, small: 15 };
const IN_PROCESS_WARMUP_ITERATIONS = 30;
const IN_PROCESS_ITERATIONS = 200;

type Role = 'floor' | 'govpress' | 'peer';

/** A whole `node …` process, run with the corpus directory as cwd. */
interface ProcessContender {
  label: string;
  role: Role;
  /** Arguments after `node`; paths are relative to the corpus directory. */
  args: string[];
  /** Exit codes of a successful run: linters exit 1 when they report problems. */
  acceptedExitCodes: readonly number[];
  /**
   * Reads the output of the validation run and says what was linted; throws
   * when it is not a real lint (a crash also exits 1, like "problems found").
   */
  summarizeOutput?: (output: { stdout: string; stderr: string }) => string;
  /** What the validation run found, for the report. */
  outputSummary?: string;
  /** Set when the contender cannot be measured ("not built", a failure). */
  skipReason?: string;
}

interface ProcessScenario {
  title: string;
  note: string;
  repetitions: number;
  contenders: ProcessContender[];
}

interface ProcessSample {
  wallMs: number;
  /** User + system CPU time: on 2 cores, worker threads can cut wall time but not CPU. */
  cpuMs: number;
  peakRssMb: number;
}

interface ProcessResult {
  contender: ProcessContender;
  samples: ProcessSample[];
}

/** The library contract of dist/index.js. */
type GovpressLint = (text: string, options?: { filePath?: string }) => LintResult;

/** One in-process lint of the 1,500-word release; returns the problems found. */
interface InProcessContender {
  label: string;
  role: Role;
  lintOnce?: () => number;
  skipReason?: string;
}

interface InProcessResult {
  contender: InProcessContender;
  samplesMs: number[];
  problemCount?: number;
}

async function main(): Promise<void> {
  const benchStart = performance.now();
  const loadAverageAtStart = os.loadavg();
  const corpus = generateCorpus(CORPUS_DIR);
  const workDir = mkdtempSync(path.join(os.tmpdir(), 'govpress-bench-'));
  try {
    const scenarios = processScenarios(corpus);
    const processResults: ProcessResult[][] = [];
    for (const scenario of scenarios) processResults.push(measureProcessScenario(scenario, workDir));
    const inProcessResults = await measureInProcess(corpus);
    const report = formatReport({
      corpus,
      scenarios,
      processResults,
      inProcessResults,
      loadAverageAtStart,
      benchSeconds: (performance.now() - benchStart) / 1000,
    });
    writeFileSync(RESULTS_FILE, report);
    console.log(report);
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------
// Contenders

function processScenarios(corpus: CorpusPaths): ProcessScenario[] {
  const releases = relativeToCorpus(corpus.releasesDir);
  const large = relativeToCorpus(corpus.largeFile);
  const small = relativeToCorpus(corpus.smallFile);
  return [
    {
      title: '1,000 releases (~1,000 words each)',
      note: 'floor: read and parse every file in one process',
      repetitions: REPETITIONS.corpus,
      contenders: [floorParse(releases), govpressLint(releases), ...peers(releases, `${releases}/**/*.md`)],
    },
    {
      title: 'One 5 MB release',
      note: 'floor: read and parse the file',
      repetitions: REPETITIONS.large,
      contenders: [floorParse(large), govpressLint(large), ...peers(large, large)],
    },
    {
      title: 'One short release (~300 words): the pre-commit case',
      note: 'floor: start Node and import unified and remark-parse, nothing else',
      repetitions: REPETITIONS.small,
      contenders: [
        {
          label: 'floor: start-up',
          role: 'floor',
          args: [benchScript('floor-startup.mjs')],
          acceptedExitCodes: [0],
        },
        govpressLint(small),
        ...peers(small, small),
      ],
    },
  ];
}

function floorParse(target: string): ProcessContender {
  return {
    label: 'floor: bare parse',
    role: 'floor',
    args: [benchScript('floor-parse.mjs'), target],
    acceptedExitCodes: [0],
    summarizeOutput: ({ stdout }) => stdout.trim(),
  };
}

function govpressLint(target: string): ProcessContender {
  const contender: ProcessContender = {
    label: 'govpress lint',
    role: 'govpress',
    args: [relativeToCorpus(GOVPRESS_BIN), 'lint', target, '--format', 'json'],
    acceptedExitCodes: [0, 1],
    summarizeOutput: ({ stdout }) => summarizeEslintJson(stdout),
  };
  const isBuilt = existsSync(GOVPRESS_BIN) && existsSync(GOVPRESS_BUILD_DIR);
  return isBuilt ? contender : { ...contender, skipReason: 'not built' };
}

/** `--format json` is ESLint-compatible: one entry per linted file, each with its messages. */
function summarizeEslintJson(stdout: string): string {
  const results: unknown = JSON.parse(stdout);
  if (!Array.isArray(results)) throw new Error('JSON output is not an array of results');
  let messageCount = 0;
  for (const result of results) {
    if (!isRecord(result) || !Array.isArray(result.messages)) throw new Error('a JSON result has no messages array');
    messageCount += result.messages.length;
  }
  return `${results.length} file results, ${messageCount} messages`;
}

/**
 * Peers run from their JS entry (no npx) with the corpus as cwd, so no
 * configuration of this repository can reach them: markdownlint-cli2 reads
 * configuration only from cwd down, and remark-cli gets `--no-config`.
 * remark-cli still resolves its `--use` plugins from cwd, upward to our
 * node_modules.
 */
function peers(target: string, markdownlintGlob: string): ProcessContender[] {
  return [
    {
      label: 'markdownlint-cli2',
      role: 'peer',
      args: [relativeToCorpus(packageBin('markdownlint-cli2', 'markdownlint-cli2')), markdownlintGlob],
      acceptedExitCodes: [0, 1],
      summarizeOutput: ({ stdout }) => {
        const summary = ['Linting', 'Summary'].map((field) => new RegExp(`^${field}: .*$`, 'm').exec(stdout)?.[0]);
        if (summary.includes(undefined)) throw new Error('no "Linting:" and "Summary:" lines on stdout');
        return summary.join('; ');
      },
    },
    {
      label: 'remark-cli',
      role: 'peer',
      args: [
        relativeToCorpus(packageBin('remark-cli', 'remark')),
        target,
        '--no-config',
        '--no-ignore',
        // Lint only: without it, a single file is also serialized to stdout.
        '--no-stdout',
        '--use',
        'remark-frontmatter',
        '--use',
        'remark-preset-lint-recommended',
        '--use',
        'remark-preset-lint-consistent',
      ],
      // Warnings do not change the exit code without --frail; 1 means a plugin or file failed.
      acceptedExitCodes: [0],
      summarizeOutput: ({ stderr }) => {
        const warnings = /(\d+) warnings?/.exec(stderr)?.[1] ?? '0';
        const cleanFiles = (stderr.match(/no issues found/g) ?? []).length;
        return `${warnings} warnings, ${cleanFiles} files with no issues`;
      },
    },
  ];
}

function packageBin(packageName: string, binName: string): string {
  const packageDir = path.join(REPO_ROOT, 'node_modules', packageName);
  const manifest: unknown = JSON.parse(readFileSync(path.join(packageDir, 'package.json'), 'utf8'));
  const bin = isRecord(manifest) && isRecord(manifest.bin) ? manifest.bin[binName] : undefined;
  if (typeof bin !== 'string') throw new Error(`${packageName} has no "${binName}" bin`);
  return path.join(packageDir, bin);
}

function benchScript(fileName: string): string {
  return relativeToCorpus(path.join(BENCH_DIR, fileName));
}

function relativeToCorpus(absolutePath: string): string {
  return path.relative(CORPUS_DIR, absolutePath);
}

// ---------------------------------------------------------------------------
// Whole-process measurement

function measureProcessScenario(scenario: ProcessScenario, workDir: string): ProcessResult[] {
  const devNull = openSync('/dev/null', 'w');
  try {
    // An untimed first run validates each contender and warms the file cache.
    for (const contender of scenario.contenders) {
      if (contender.skipReason === undefined) validateContender(contender, workDir);
    }
    const results: ProcessResult[] = scenario.contenders.map((contender) => ({ contender, samples: [] }));
    const measurable = results.filter((result) => result.contender.skipReason === undefined);
    for (let round = 0; round < scenario.repetitions; round++) {
      progress(`${scenario.title}: round ${round + 1}/${scenario.repetitions}`);
      // Rotating the order spreads slow phases of the machine over all contenders.
      const stillRunning = measurable.filter((result) => result.contender.skipReason === undefined);
      for (const result of rotate(stillRunning, round)) {
        const run = runProcess(result.contender, devNull, devNull, workDir);
        // Others rebuild dist/ in this shared tree: drop a contender that breaks, keep the rest.
        if (!result.contender.acceptedExitCodes.includes(run.exitCode)) {
          result.contender.skipReason = `failed (exit ${run.exitCode}) in timed run ${round + 1}`;
          continue;
        }
        result.samples.push(run.sample);
      }
    }
    return results;
  } finally {
    closeSync(devNull);
  }
}

/** Runs the contender once, untimed, and sets its output summary or why it cannot be measured. */
function validateContender(contender: ProcessContender, workDir: string): void {
  const stdoutPath = path.join(workDir, 'stdout.txt');
  const stderrPath = path.join(workDir, 'stderr.txt');
  const stdoutFd = openSync(stdoutPath, 'w');
  const stderrFd = openSync(stderrPath, 'w');
  let exitCode: number;
  try {
    exitCode = runProcess(contender, stdoutFd, stderrFd, workDir).exitCode;
  } finally {
    closeSync(stdoutFd);
    closeSync(stderrFd);
  }
  const output = { stdout: readFileSync(stdoutPath, 'utf8'), stderr: readFileSync(stderrPath, 'utf8') };
  // The first line naming an error says more than a stack frame.
  const stderrLines = output.stderr.split('\n').map((line) => line.trim()).filter((line) => line !== '');
  const errorLine = (stderrLines.find((line) => /error/i.test(line)) ?? stderrLines[0] ?? '').slice(0, 160);
  if (!contender.acceptedExitCodes.includes(exitCode)) {
    contender.skipReason = `failed (exit ${exitCode}): ${errorLine}`;
    return;
  }
  try {
    contender.outputSummary = contender.summarizeOutput?.(output);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    contender.skipReason = `failed (exit ${exitCode}, ${reason}): ${errorLine}`;
  }
}

/** Wall time from spawn to exit; CPU time and peak RSS from GNU time, which reads the child's rusage. */
function runProcess(
  contender: ProcessContender,
  stdoutFd: number,
  stderrFd: number,
  workDir: string,
): { sample: ProcessSample; exitCode: number } {
  const timeOutput = path.join(workDir, 'time.txt');
  const start = performance.now();
  const child = spawnSync(GNU_TIME, ['-f', '%U %S %M', '-o', timeOutput, process.execPath, ...contender.args], {
    cwd: CORPUS_DIR,
    stdio: ['ignore', stdoutFd, stderrFd],
  });
  const wallMs = performance.now() - start;
  if (child.error !== undefined) throw child.error;
  // GNU time writes "Command exited with non-zero status N" before the format line.
  const [userSeconds, systemSeconds, peakRssKb] = (readFileSync(timeOutput, 'utf8').trim().split('\n').at(-1) ?? '')
    .split(' ')
    .map(Number);
  if (userSeconds === undefined || systemSeconds === undefined || peakRssKb === undefined || Number.isNaN(peakRssKb)) {
    throw new Error(`unexpected GNU time output for ${contender.label}`);
  }
  const sample = { wallMs, cpuMs: (userSeconds + systemSeconds) * 1000, peakRssMb: peakRssKb / 1024 };
  return { sample, exitCode: child.status ?? -1 };
}

// ---------------------------------------------------------------------------
// In-process latency

async function measureInProcess(corpus: CorpusPaths): Promise<InProcessResult[]> {
  const text = readFileSync(corpus.singleFile, 'utf8');
  const filePath = corpus.singleFile;
  const { unified } = await import('unified');
  const { default: remarkParse } = await import('remark-parse');
  const { default: remarkFrontmatter } = await import('remark-frontmatter');
  const { default: presetRecommended } = await import('remark-preset-lint-recommended');
  const { default: presetConsistent } = await import('remark-preset-lint-consistent');
  const { VFile } = await import('vfile');
  const markdownlint = await import('markdownlint/sync');

  // Processors are built once, as an editor or a CLI would hold them.
  const parser = unified().use(remarkParse).use(remarkFrontmatter).freeze();
  const remarkLinter = unified()
    .use(remarkParse)
    .use(remarkFrontmatter)
    .use(presetRecommended)
    .use(presetConsistent)
    .freeze();

  const contenders: InProcessContender[] = [
    {
      label: 'floor: bare parse',
      role: 'floor',
      lintOnce: () => {
        parser.parse(text);
        return 0;
      },
    },
    loadGovpressLibrary(text, filePath),
    {
      label: 'markdownlint (sync API)',
      role: 'peer',
      lintOnce: () => markdownlint.lint({ strings: { [filePath]: text } })[filePath]?.length ?? 0,
    },
    {
      label: 'remark-lint (recommended + consistent)',
      role: 'peer',
      lintOnce: () => {
        const file = new VFile({ path: filePath, value: text });
        remarkLinter.runSync(remarkLinter.parse(file), file);
        return file.messages.length;
      },
    },
  ];

  const results: InProcessResult[] = contenders.map((contender) => ({ contender, samplesMs: [] }));
  const measurable = results.filter((result) => result.contender.lintOnce !== undefined);
  for (const result of measurable) {
    for (let iteration = 0; iteration < IN_PROCESS_WARMUP_ITERATIONS; iteration++) {
      result.problemCount = result.contender.lintOnce?.();
    }
  }
  progress(`in-process: ${IN_PROCESS_ITERATIONS} interleaved iterations`);
  for (let iteration = 0; iteration < IN_PROCESS_ITERATIONS; iteration++) {
    for (const result of rotate(measurable, iteration)) {
      const start = performance.now();
      result.contender.lintOnce?.();
      result.samplesMs.push(performance.now() - start);
    }
  }
  return results;
}

/** The built library is CommonJS: `lint(text, { filePath }) => LintResult`. */
function loadGovpressLibrary(text: string, filePath: string): InProcessContender {
  const contender: InProcessContender = { label: 'govpress lint()', role: 'govpress' };
  if (!existsSync(GOVPRESS_LIBRARY)) return { ...contender, skipReason: 'not built' };
  try {
    const library: unknown = createRequire(import.meta.url)(GOVPRESS_LIBRARY);
    const lint = isRecord(library) ? library.lint : undefined;
    if (typeof lint !== 'function') return { ...contender, skipReason: 'failed: dist/index.js exports no lint()' };
    const govpressLint = lint as GovpressLint;
    const lintOnce = (): number => govpressLint(text, { filePath }).messages.length;
    lintOnce();
    return { ...contender, lintOnce };
  } catch (error) {
    return { ...contender, skipReason: `failed: ${error instanceof Error ? error.message : String(error)}` };
  }
}

// ---------------------------------------------------------------------------
// Report

interface ReportInput {
  corpus: CorpusPaths;
  scenarios: ProcessScenario[];
  processResults: ProcessResult[][];
  inProcessResults: InProcessResult[];
  loadAverageAtStart: number[];
  benchSeconds: number;
}

function formatReport(input: ReportInput): string {
  const lines: string[] = [
    '# GovPress benchmark results',
    '',
    `Measured ${new Date().toISOString()} by \`node --import tsx bench/run.ts\`; the whole bench took ${input.benchSeconds.toFixed(0)} s.`,
    'Ratios compare contenders measured in this one run, with interleaved repetitions; absolute times are for context only.',
    '',
    `- Machine: ${machineDescription()}`,
    `- Load average at start / end: ${formatLoad(input.loadAverageAtStart)} / ${formatLoad(os.loadavg())}`,
    `- Corpus (${GENERATOR_VERSION}): ${corpusDescription(input.corpus)}`,
    '- Whole-process rows: wall time from spawn to exit, CPU time (user + system) and peak RSS from GNU time, each the median of the runs; cwd `bench/corpus`, stdout and stderr to /dev/null.',
    '- The floors parse CommonMark + YAML front matter only: no remark-gfm, no rules, no output.',
    '',
  ];
  input.scenarios.forEach((scenario, index) => {
    lines.push(...formatProcessScenario(index + 1, scenario, input.processResults[index] ?? []));
  });
  lines.push(...formatInProcess(input.scenarios.length + 1, input.inProcessResults));
  return `${lines.join('\n')}\n`;
}

function formatProcessScenario(number: number, scenario: ProcessScenario, results: ProcessResult[]): string[] {
  const floor = results.find((result) => result.contender.role === 'floor');
  const floorMedians = floor === undefined || floor.samples.length === 0 ? undefined : mediansOf(floor.samples);
  const lines = [
    `## ${number}. ${scenario.title}`,
    '',
    `Median of ${scenario.repetitions} interleaved runs; ${scenario.note}.`,
    '',
    '| contender | wall ms | wall ms (min–max) | CPU ms | peak RSS MB | wall × floor | CPU × floor | memory × floor |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const { contender, samples } of results) {
    if (contender.skipReason !== undefined) {
      lines.push(`| ${contender.label} | ${contender.skipReason} | | | | | | |`);
      continue;
    }
    const wallTimes = samples.map((sample) => sample.wallMs);
    const { wallMs, cpuMs, peakRssMb } = mediansOf(samples);
    lines.push(
      `| ${contender.label} | ${wallMs.toFixed(0)} | ${Math.min(...wallTimes).toFixed(0)}–${Math.max(...wallTimes).toFixed(0)} | ` +
        `${cpuMs.toFixed(0)} | ${peakRssMb.toFixed(0)} | ${formatRatio(wallMs, floorMedians?.wallMs)} | ` +
        `${formatRatio(cpuMs, floorMedians?.cpuMs)} | ${formatRatio(peakRssMb, floorMedians?.peakRssMb)} |`,
    );
  }
  lines.push('', ...formatGovpressVersusPeers(results), '', 'Commands (cwd `bench/corpus`):', '');
  for (const { contender } of results) {
    const found = contender.outputSummary === undefined ? '' : ` (validation run: ${contender.outputSummary})`;
    lines.push(`- ${contender.label}: \`${commandLine(contender)}\`${found}`);
  }
  lines.push('');
  return lines;
}

function formatGovpressVersusPeers(results: ProcessResult[]): string[] {
  const govpress = results.find((result) => result.contender.role === 'govpress');
  if (govpress === undefined || govpress.contender.skipReason !== undefined) {
    return [`govpress ÷ peers: govpress ${govpress?.contender.skipReason ?? 'missing'}.`];
  }
  const ours = mediansOf(govpress.samples);
  const lines = ['| govpress ÷ peer | wall | CPU | memory |', '| --- | ---: | ---: | ---: |'];
  for (const peer of results.filter((result) => result.contender.role === 'peer')) {
    if (peer.contender.skipReason !== undefined) {
      lines.push(`| ${peer.contender.label} | ${peer.contender.skipReason} | | |`);
      continue;
    }
    const theirs = mediansOf(peer.samples);
    lines.push(
      `| ${peer.contender.label} | ${formatRatio(ours.wallMs, theirs.wallMs)} | ` +
        `${formatRatio(ours.cpuMs, theirs.cpuMs)} | ${formatRatio(ours.peakRssMb, theirs.peakRssMb)} |`,
    );
  }
  return lines;
}

/** Each measure's own median: the runs are too few and too noisy to pair them up. */
function mediansOf(samples: ProcessSample[]): ProcessSample {
  return {
    wallMs: medianOf(samples.map((sample) => sample.wallMs)),
    cpuMs: medianOf(samples.map((sample) => sample.cpuMs)),
    peakRssMb: medianOf(samples.map((sample) => sample.peakRssMb)),
  };
}

function formatInProcess(number: number, results: InProcessResult[]): string[] {
  const floor = results.find((result) => result.contender.role === 'floor');
  const floorP50 = floor === undefined ? undefined : percentileOf(floor.samplesMs, 50);
  const floorP95 = floor === undefined ? undefined : percentileOf(floor.samplesMs, 95);
  const lines = [
    `## ${number}. In-process latency on one 1,500-word release`,
    '',
    `${IN_PROCESS_ITERATIONS} interleaved iterations after ${IN_PROCESS_WARMUP_ITERATIONS} warm-up ones, in one process; ` +
      'processors built once; the floor is `parse` with remark-parse + remark-frontmatter. Problems: what each reports on this file.',
    '',
    '| contender | p50 ms | p95 ms | p50 × floor | p95 × floor | problems |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const { contender, samplesMs, problemCount } of results) {
    if (contender.skipReason !== undefined) {
      lines.push(`| ${contender.label} | ${contender.skipReason} | | | | |`);
      continue;
    }
    const p50 = percentileOf(samplesMs, 50);
    const p95 = percentileOf(samplesMs, 95);
    const problems = contender.role === 'floor' ? '—' : String(problemCount ?? '');
    lines.push(
      `| ${contender.label} | ${p50.toFixed(2)} | ${p95.toFixed(2)} | ${formatRatio(p50, floorP50)} | ${formatRatio(p95, floorP95)} | ${problems} |`,
    );
  }
  const govpress = results.find((result) => result.contender.role === 'govpress');
  lines.push('');
  if (govpress === undefined || govpress.contender.skipReason !== undefined) {
    lines.push(`govpress ÷ peers: govpress ${govpress?.contender.skipReason ?? 'missing'}.`, '');
    return lines;
  }
  lines.push('| govpress ÷ peer | p50 | p95 |', '| --- | ---: | ---: |');
  for (const peer of results.filter((result) => result.contender.role === 'peer')) {
    lines.push(
      `| ${peer.contender.label} | ${formatRatio(percentileOf(govpress.samplesMs, 50), percentileOf(peer.samplesMs, 50))} | ` +
        `${formatRatio(percentileOf(govpress.samplesMs, 95), percentileOf(peer.samplesMs, 95))} |`,
    );
  }
  lines.push('');
  return lines;
}

function machineDescription(): string {
  const cpus = os.cpus();
  const memoryGiB = os.totalmem() / 1024 ** 3;
  return `${cpus[0]?.model ?? 'unknown CPU'}, ${cpus.length} cores, ${memoryGiB.toFixed(1)} GiB RAM, Node ${process.version}, ${os.type()} ${os.release()}`;
}

function corpusDescription(corpus: CorpusPaths): string {
  const releaseFiles = readdirSync(corpus.releasesDir).map((name) => path.join(corpus.releasesDir, name));
  const releaseWords = releaseFiles.map((file) => countWords(readFileSync(file, 'utf8')));
  const releaseBytes = releaseFiles.reduce((total, file) => total + readFileSync(file).length, 0);
  const averageWords = releaseWords.reduce((total, words) => total + words, 0) / releaseWords.length;
  return (
    `${releaseFiles.length} releases, ${averageWords.toFixed(0)} words on average, ${formatMegabytes(releaseBytes)} in all; ` +
    `large.md ${formatMegabytes(readFileSync(corpus.largeFile).length)}; ` +
    `release-1500.md ${countWords(readFileSync(corpus.singleFile, 'utf8'))} words; ` +
    `small.md ${countWords(readFileSync(corpus.smallFile, 'utf8'))} words`
  );
}

/** The command as a user would type it in `bench/corpus` (globs quoted for the shell). */
function commandLine(contender: ProcessContender): string {
  const quoted = contender.args.map((arg) => (/[*\s]/.test(arg) ? `"${arg}"` : arg));
  return ['node', ...quoted].join(' ');
}

// ---------------------------------------------------------------------------
// Helpers

function medianOf(values: number[]): number {
  return percentileOf(values, 50);
}

/** Nearest-rank percentile (p50 of an even count is the lower middle). */
function percentileOf(values: number[], percentile: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((percentile / 100) * sorted.length));
  const value = sorted[rank - 1];
  if (value === undefined) throw new Error('percentile of no samples');
  return value;
}

function formatRatio(value: number, reference: number | undefined): string {
  return reference === undefined || reference === 0 ? '—' : `${(value / reference).toFixed(2)}×`;
}

function formatMegabytes(bytes: number): string {
  return `${(bytes / 1024 ** 2).toFixed(1)} MB`;
}

function formatLoad(loadAverage: number[]): string {
  return loadAverage.map((load) => load.toFixed(2)).join(' ');
}

function rotate<T>(items: readonly T[], offset: number): T[] {
  const shift = items.length === 0 ? 0 : offset % items.length;
  return [...items.slice(shift), ...items.slice(0, shift)];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function progress(message: string): void {
  process.stderr.write(`bench: ${message}\n`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});

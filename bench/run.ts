/**
 * GovPress benchmark: `govpress lint` and the library against bare-parse
 * floors and two peer linters (markdownlint-cli2, remark-cli with the
 * recommended and consistent presets), on one generated corpus, in one run;
 * then every performance budget of the issues checked against the values
 * measured (bench/budgets.ts).
 *
 * The machine is small and noisy, so only ratios measured in the same run
 * are meaningful: repetitions of all contenders are interleaved (rotating
 * order) and medians are compared. Absolute times are reported for context.
 *
 * Usage: `npm run bench` (builds first; `npm run bench -- --help` for the
 * options, such as `--only archive,cache`). A full run writes
 * bench/results.md and prints it.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { formatBudgetTable, type BudgetId, type BudgetMeasurement } from './budgets';
import { CORPUS_DIR, floorParse, floorStartup, govpressLint, peers, relativeToCorpus, type GovpressLintOptions, type Target } from './contenders';
import { GENERATOR_VERSION, countWords, generateCorpus, releaseOfWords, type CorpusPaths } from './generate';
import { floorParseContender, loadGovpressLibrary, loadPeerApis, measureInterleaved, typingSimulator, type GovpressLibrary, type InProcessContender, type InProcessResult, type PeerApis } from './in-process';
import { USAGE, isFullRun, parseBenchArguments, type BenchOptions, type SectionId } from './options';
import { PREVIEW_UPDATE_LABEL, measurePreviewUpdate } from './preview';
import { measureProcessScenario, mediansOfResult, runAndCheck, type ProcessContender, type ProcessResult, type ProcessSample, type ProcessScenario, type RunPlaces } from './process';
import { formatInProcessResults, formatProcessResults } from './report';
import { formatLoad, formatMegabytes, formatRatio, isRecord, percentileOf } from './stats';

const RESULTS_FILE = path.join(import.meta.dirname, 'results.md');

/** Short runs are noisier, so they get more repetitions; an archive run takes a minute or more, so it gets few. */
const REPETITIONS = { releases: 5, large: 5, small: 15, archive: 2, cache: 5 };
const IN_PROCESS = { warmUpIterations: 30, iterations: 200 };
/** The editor case of issue 4: one document of this many words. */
const EDITOR_RELEASE_WORDS = 5000;
/** Appended to a message in a copy of the cache: a run reports it only if it really reads the cache. */
const CACHE_CANARY = '[bench: read from the cache]';

interface BenchContext {
  options: BenchOptions;
  corpus: CorpusPaths;
  places: RunPlaces;
  library: { library: GovpressLibrary } | { unavailable: string };
  apis: PeerApis;
  /** Ids of the rules whose `meta.group` is 'language' (none when the library cannot be loaded). */
  languageRules: ReadonlySet<string>;
  /** `--config` files: every GovPress run names one (see `GovpressLintOptions.config`). */
  configs: { allRules: string; languageRulesOff: string };
}

interface SectionReport {
  title: string;
  lines: string[];
  budgets: BudgetMeasurement[];
}

const SECTIONS: Record<SectionId, (context: BenchContext) => SectionReport> = {
  releases: releasesSection,
  large: largeSection,
  small: smallSection,
  archive: archiveSection,
  cache: cacheSection,
  'in-process': inProcessSection,
  editor: editorSection,
  preview: previewSection,
};

async function main(): Promise<void> {
  let options: BenchOptions;
  try {
    options = parseBenchArguments(process.argv.slice(2));
  } catch (error) {
    console.error(`bench: ${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    process.exitCode = 2;
    return;
  }
  if (options.help) {
    console.log(USAGE);
    return;
  }
  const benchStart = performance.now();
  const loadAverageAtStart = os.loadavg();
  const corpus = generateCorpus(CORPUS_DIR);
  const scratchDir = mkdtempSync(path.join(os.tmpdir(), 'govpress-bench-'));
  try {
    const context = benchContext(options, corpus, scratchDir, await loadPeerApis());
    const reports: SectionReport[] = [];
    for (const id of options.sections) {
      const sectionStart = performance.now();
      const loadAverage = os.loadavg()[0] ?? 0;
      const report = SECTIONS[id](context);
      const seconds = (performance.now() - sectionStart) / 1000;
      reports.push({ ...report, lines: [`Took ${seconds.toFixed(0)} s; 1-minute load average ${loadAverage.toFixed(2)} at its start.`, '', ...report.lines] });
    }
    const report = formatReport({ context, reports, loadAverageAtStart, benchSeconds: (performance.now() - benchStart) / 1000 });
    const reportFile = options.out ?? (isFullRun(options) ? RESULTS_FILE : undefined);
    if (reportFile !== undefined) writeFileSync(reportFile, report);
    console.log(report);
  } finally {
    rmSync(scratchDir, { recursive: true, force: true });
  }
}

function benchContext(options: BenchOptions, corpus: CorpusPaths, scratchDir: string, apis: PeerApis): BenchContext {
  const library = loadGovpressLibrary();
  const rules = 'library' in library ? library.library.allRules : [];
  const languageRules = new Set(rules.filter((rule) => rule.meta.group === 'language').map((rule) => rule.meta.id));
  const configs = { allRules: path.join(scratchDir, 'all-rules.json'), languageRulesOff: path.join(scratchDir, 'language-rules-off.json') };
  writeFileSync(configs.allRules, '{}\n');
  const rulesOff = Object.fromEntries([...languageRules].map((id) => [id, 'off']));
  writeFileSync(configs.languageRulesOff, `${JSON.stringify({ rules: rulesOff }, null, 2)}\n`);
  return { options, corpus, places: { cwd: CORPUS_DIR, scratchDir }, library, apis, languageRules, configs };
}

// ---------------------------------------------------------------------------
// Whole-process sections

function releasesSection(context: BenchContext): SectionReport {
  const releases = markdownTarget(context.corpus.releasesDir);
  const allRules = lintContender(context, { label: 'govpress lint', target: releases });
  const languageRulesOff = lintContender(context, {
    label: 'govpress lint, language rules off',
    target: releases,
    config: context.configs.languageRulesOff,
    languageRulesOff: true,
    ...(context.languageRules.size === 0 ? { unavailable: 'no language rules found in dist/index.js' } : {}),
  });
  const floor = floorParse(releases);
  const scenario: ProcessScenario = {
    title: '1,000 releases (~1,000 words each), cold',
    note:
      'floor: read and parse every file in one process. "Language rules off": the same lint with a config that turns off ' +
      `every rule of the \`language\` group (${context.languageRules.size}: ${[...context.languageRules].join(', ')})`,
    repetitions: context.options.rounds ?? REPETITIONS.releases,
    warmUpRound: true,
    contenders: [floor, allRules, languageRulesOff, ...peers(releases, `${releases.path}/**/*.md`)],
  };
  const { results, lines } = runScenario(context, scenario);
  const medians = mediansFinder(results);
  const [all, withoutLanguage] = [medians(allRules), medians(languageRulesOff)];
  return {
    title: scenario.title,
    lines,
    budgets: [
      wallRatioBudget('releases-vs-floor', all, medians(floor)),
      all === undefined || withoutLanguage === undefined
        ? { id: 'language-overhead', missing: 'a GovPress run failed' }
        : {
            id: 'language-overhead',
            value: all.wallMs / withoutLanguage.wallMs - 1,
            detail: `${all.wallMs.toFixed(0)} vs ${withoutLanguage.wallMs.toFixed(0)} ms; CPU +${((all.cpuMs / withoutLanguage.cpuMs - 1) * 100).toFixed(1)}%`,
          },
    ],
  };
}

function largeSection(context: BenchContext): SectionReport {
  const large = markdownTarget(context.corpus.largeFile);
  return oneFileSection(context, {
    title: 'One 5 MB release',
    note: 'floor: read and parse the file',
    file: large,
    floor: floorParse(large),
    repetitions: REPETITIONS.large,
    budgetId: 'large-vs-floor',
  });
}

function smallSection(context: BenchContext): SectionReport {
  return oneFileSection(context, {
    title: 'One short release (~300 words): the pre-commit case',
    note: 'floor: start Node and import unified and remark-parse, nothing else',
    file: markdownTarget(context.corpus.smallFile),
    floor: floorStartup(),
    repetitions: REPETITIONS.small,
    budgetId: 'small-vs-startup',
  });
}

/** `govpress lint` of one file against a floor and the peers, with the budget on its wall-time ratio. */
function oneFileSection(
  context: BenchContext,
  section: { title: string; note: string; file: Target; floor: ProcessContender; repetitions: number; budgetId: BudgetId },
): SectionReport {
  const govpress = lintContender(context, { label: 'govpress lint', target: section.file });
  const scenario: ProcessScenario = {
    title: section.title,
    note: section.note,
    repetitions: context.options.rounds ?? section.repetitions,
    warmUpRound: true,
    contenders: [section.floor, govpress, ...peers(section.file, section.file.path)],
  };
  const { results, lines } = runScenario(context, scenario);
  const medians = mediansFinder(results);
  return { title: scenario.title, lines, budgets: [wallRatioBudget(section.budgetId, medians(govpress), medians(section.floor))] };
}

/**
 * The 20,000-release archive, cold: the speed-up of a second thread, the
 * memory of the default concurrency (one thread per core:
 * `os.availableParallelism()`, src/cli/lint-pool.ts), the floor and the
 * peers. A run takes a minute or more, so there is no warm-up round: the
 * files are read once beforehand instead, to put them in the file cache.
 */
function archiveSection(context: BenchContext): SectionReport {
  const archive = markdownTarget(context.corpus.archiveDir);
  const cores = os.availableParallelism();
  const threads = (count: number): string[] => ['--concurrency', String(count)];
  const oneThread = lintContender(context, { label: 'govpress lint --concurrency 1', target: archive, extraArgs: threads(1) });
  const byDefault = lintContender(context, { label: `govpress lint (default: ${cores} threads)`, target: archive });
  // On 2 cores the default run is the 2-thread run: measured once, as users type it.
  const twoThreads = cores === 2 ? byDefault : lintContender(context, { label: 'govpress lint --concurrency 2', target: archive, extraArgs: threads(2) });
  const floor = floorParse(archive);
  readEveryFile(context.corpus.archiveDir);
  const scenario: ProcessScenario = {
    title: 'The 20,000-release archive, cold',
    note:
      `floor: read and parse every file in one process; ${cores} cores, so the default concurrency is ${cores} threads; ` +
      'every file was read once before the first run, so all runs find them in the file cache; the peers are timed once: their runs take minutes, and they set no budget',
    repetitions: context.options.rounds ?? REPETITIONS.archive,
    warmUpRound: false,
    contenders: [floor, oneThread, ...new Set([twoThreads, byDefault]), ...peers(archive, `${archive.path}/**/*.md`).map((peer) => ({ ...peer, maxTimedRuns: 1 }))],
  };
  const { results, lines } = runScenario(context, scenario);
  const medians = mediansFinder(results);
  const [one, two, defaultMedians] = [medians(oneThread), medians(twoThreads), medians(byDefault)];
  return {
    title: scenario.title,
    lines,
    budgets: [
      one === undefined || two === undefined
        ? { id: 'archive-speedup', missing: 'a GovPress run failed' }
        : { id: 'archive-speedup', value: one.wallMs / two.wallMs, detail: `${(one.wallMs / 1000).toFixed(1)} s vs ${(two.wallMs / 1000).toFixed(1)} s; ${speedUpCeiling(one, cores)}` },
      defaultMedians === undefined ? { id: 'archive-memory', missing: 'the default-concurrency run failed' } : { id: 'archive-memory', value: defaultMedians.peakRssMb },
    ],
  };
}

/**
 * One Node thread already keeps more than one core busy (V8 collects garbage
 * and compiles on helper threads), so `cores` threads can be at most
 * cores ÷ (cores the one-thread run kept busy) times faster.
 */
function speedUpCeiling(oneThread: { wallMs: number; cpuMs: number }, cores: number): string {
  const busyCores = oneThread.cpuMs / oneThread.wallMs;
  return `the one-thread run kept ${busyCores.toFixed(2)} cores busy, so ${cores} cores allow at most ${formatRatio(cores, busyCores)}`;
}

/**
 * `--cache` on the 1,000 releases: a cold run (an empty cache, which it
 * fills) against a warm one (the cache one priming run filled). The warm run
 * is checked three ways: a run with a copy of the cache in which one message
 * was altered reports the altered message; its output is the cold run's,
 * byte for byte; and no timed run rewrites the cache file (which a rebuilt
 * dist/ would cause).
 */
function cacheSection(context: BenchContext): SectionReport {
  const releases = markdownTarget(context.corpus.releasesDir);
  const { scratchDir } = context.places;
  const cacheDirs = { cold: path.join(scratchDir, 'cache-cold'), warm: path.join(scratchDir, 'cache-warm'), canary: path.join(scratchDir, 'cache-canary') };
  const withCache = (label: string, cacheDir: string, hooks: Pick<GovpressLintOptions, 'beforeRun' | 'checkAfterRun' | 'unavailable'> = {}): ProcessContender =>
    lintContender(context, { label, target: releases, extraArgs: ['--cache', '--cache-location', cacheDir], withOutputDigest: true, ...hooks });

  const cold = withCache('govpress lint --cache, cold (empty cache)', cacheDirs.cold, { beforeRun: () => rmSync(cacheDirs.cold, { recursive: true, force: true }) });
  progress('cache: priming run and canary run');
  const primed = primeCache(withCache('priming run', cacheDirs.warm), withCache('canary run', cacheDirs.canary), cacheDirs, context.places);
  const warm = withCache('govpress lint --cache, warm', cacheDirs.warm, {
    ...('unavailable' in primed ? { unavailable: primed.unavailable } : {}),
    checkAfterRun: () =>
      'cacheFile' in primed && fileVersion(primed.cacheFile) !== primed.version ? 'the run rewrote the cache file instead of reusing it (was dist/ rebuilt?)' : undefined,
  });
  const scenario: ProcessScenario = {
    title: 'Warm `--cache` against cold, 1,000 releases',
    note: 'cold: the cache folder is emptied before each run; warm: the cache was filled by one priming run before the first round',
    repetitions: context.options.rounds ?? REPETITIONS.cache,
    warmUpRound: true,
    contenders: [cold, warm],
  };
  const { results, lines } = runScenario(context, scenario, (measured) => {
    const [coldResult, warmResult] = [cold, warm].map((contender) => measured.find((result) => result.contender === contender));
    if (coldResult?.failure === undefined && warmResult !== undefined && warmResult.failure === undefined && warmResult.outputSummary !== coldResult?.outputSummary) {
      warmResult.failure = `output differs from the cold run's: ${warmResult.outputSummary ?? 'none'}`;
    }
  });
  const medians = mediansFinder(results);
  const [coldMedians, warmMedians] = [medians(cold), medians(warm)];
  if (warmMedians !== undefined && coldMedians !== undefined) {
    lines.push('', 'The warm run read its results from the cache: it reported a message altered in a copy of the cache, and its output is the cold run\'s, byte for byte (same sha1).');
  }
  return {
    title: scenario.title,
    lines,
    budgets: [
      coldMedians === undefined || warmMedians === undefined
        ? { id: 'cache-warm-vs-cold', missing: 'a run failed' }
        : { id: 'cache-warm-vs-cold', value: warmMedians.wallMs / coldMedians.wallMs, detail: `${warmMedians.wallMs.toFixed(0)} vs ${coldMedians.wallMs.toFixed(0)} ms` },
    ],
  };
}

/**
 * Fills the warm cache with one run, then proves that a run reads its cache:
 * with a copy in which one message is altered, the run must report the
 * altered message. The copy relies on the cache file's format
 * (src/cli/cache.ts): if that changes, this check fails rather than let a
 * run that ignores the cache pass for a warm one.
 */
function primeCache(
  primer: ProcessContender,
  canaryRun: ProcessContender,
  cacheDirs: { warm: string; canary: string },
  places: RunPlaces,
): { cacheFile: string; version: string } | { unavailable: string } {
  const priming = runAndCheck(primer, places);
  if ('failure' in priming) return { unavailable: `priming run ${priming.failure}` };
  const cacheFile = readdirSync(cacheDirs.warm).map((name) => path.join(cacheDirs.warm, name)).find((file) => file.endsWith('.json'));
  if (cacheFile === undefined) return { unavailable: 'the priming run wrote no cache file' };
  const cache: unknown = JSON.parse(readFileSync(cacheFile, 'utf8'));
  const entries = isRecord(cache) && isRecord(cache.entries) ? Object.values(cache.entries) : [];
  const message = entries.flatMap((entry) => (isRecord(entry) && Array.isArray(entry.messages) ? entry.messages : [])).find(isRecord);
  if (message === undefined || typeof message.message !== 'string') return { unavailable: 'no message in the cache file to alter' };
  message.message = `${message.message} ${CACHE_CANARY}`;
  mkdirSync(cacheDirs.canary, { recursive: true });
  writeFileSync(path.join(cacheDirs.canary, path.basename(cacheFile)), JSON.stringify(cache));
  const canary = runAndCheck(canaryRun, places);
  if ('failure' in canary) return { unavailable: `canary run ${canary.failure}` };
  if (!canary.output.stdout.includes(CACHE_CANARY)) return { unavailable: 'a run did not report the message altered in its cache: the cache is not read' };
  return { cacheFile, version: fileVersion(cacheFile) };
}

/** What changes when a file is rewritten, even with the same contents. */
function fileVersion(file: string): string {
  const stats = statSync(file, { bigint: true });
  return `${stats.size}:${stats.mtimeNs}:${stats.ino}`;
}

/** A `govpress lint` contender with the bench's defaults: all rules, language rules counted. */
function lintContender(context: BenchContext, options: Omit<GovpressLintOptions, 'config' | 'languageRules'> & { config?: string }): ProcessContender {
  return govpressLint({ config: context.configs.allRules, languageRules: context.languageRules, ...options });
}

/** Measures the scenario and formats its results; `crossCheck` may drop contenders first, on what only all results together show. */
function runScenario(
  context: BenchContext,
  scenario: ProcessScenario,
  crossCheck?: (results: ProcessResult[]) => void,
): { results: ProcessResult[]; lines: string[] } {
  const results = measureProcessScenario(scenario, context.places, progress);
  crossCheck?.(results);
  const count = scenario.repetitions;
  const medians = count === 1 ? 'One timed run' : `Medians of ${count} interleaved runs${count % 2 === 0 ? ' (of an even count, the lower middle one)' : ''}`;
  const warmUp = scenario.warmUpRound ? ', after one untimed round' : '';
  return { results, lines: [`${medians}${warmUp}; ${scenario.note}.`, '', ...formatProcessResults(results, context.places.scratchDir)] };
}

/** A contender's medians, if it has any. */
function mediansFinder(results: readonly ProcessResult[]): (contender: ProcessContender) => ProcessSample | undefined {
  return (contender) => mediansOfResult(results.find((result) => result.contender === contender));
}

function wallRatioBudget(id: BudgetId, govpress: ProcessSample | undefined, floor: ProcessSample | undefined): BudgetMeasurement {
  if (govpress === undefined || floor === undefined) return { id, missing: 'govpress lint or the floor failed' };
  return { id, value: govpress.wallMs / floor.wallMs, detail: `${govpress.wallMs.toFixed(0)} vs ${floor.wallMs.toFixed(0)} ms; CPU ${formatRatio(govpress.cpuMs, floor.cpuMs)}` };
}

/** The Markdown files under a corpus file or folder, and how many there are. */
function markdownTarget(absolutePath: string): Target {
  return { path: relativeToCorpus(absolutePath), files: markdownFiles(absolutePath).length };
}

function markdownFiles(target: string): string[] {
  if (!statSync(target).isDirectory()) return [target];
  return readdirSync(target, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.md'))
    .map((name) => path.join(target, name));
}

/** Reads every file once, so that the first timed run does not pay for the disk. */
function readEveryFile(folder: string): void {
  progress(`reading ${path.basename(folder)} into the file cache`);
  for (const file of markdownFiles(folder)) readFileSync(file);
}

// ---------------------------------------------------------------------------
// In-process sections

function govpressLintContender(context: BenchContext, filePath: string): InProcessContender {
  const label = 'govpress lint()';
  if ('unavailable' in context.library) return { label, role: 'govpress', unavailable: context.library.unavailable };
  const { lint } = context.library.library;
  return { label, role: 'govpress', run: (input) => lint(input, { filePath }).messages.length };
}

function inProcessPlan(context: BenchContext): { warmUpIterations: number; iterations: number } {
  return { warmUpIterations: IN_PROCESS.warmUpIterations, iterations: context.options.iterations ?? IN_PROCESS.iterations };
}

function inProcessSection(context: BenchContext): SectionReport {
  const filePath = context.corpus.singleFile;
  const text = readFileSync(filePath, 'utf8');
  const { apis } = context;
  const plan = inProcessPlan(context);
  progress(`in-process: ${plan.iterations} iterations on the 1,500-word release`);
  const govpress = govpressLintContender(context, filePath);
  const results = measureInterleaved(
    [
      floorParseContender(apis),
      govpress,
      { label: 'markdownlint (sync API)', role: 'peer', run: (input) => apis.markdownlint(input, filePath) },
      { label: 'remark-lint (recommended + consistent)', role: 'peer', run: (input) => apis.remarkLint(input, filePath) },
    ],
    { ...plan, inputFor: () => text },
  );
  const title = `In-process latency on one ${formatCount(countWords(text))}-word release`;
  return {
    title,
    lines: [
      `${plan.iterations} interleaved iterations after ${plan.warmUpIterations} warm-up ones, on the same text, in one process; processors built once; ` +
        'the floor is `parse` with remark-parse + remark-frontmatter. Problems: what each reports on this file.',
      '',
      ...formatInProcessResults(results),
    ],
    budgets: [latencyBudget('in-process-vs-parse', results, govpress.label)],
  };
}

/** Issue 4's editor case: `lint()` of one version of a 5,000-word release, each iteration a new version (one more character typed). */
function editorSection(context: BenchContext): SectionReport {
  const text = releaseOfWords(EDITOR_RELEASE_WORDS);
  const typed = typingSimulator(text);
  const plan = inProcessPlan(context);
  progress(`editor: ${plan.iterations} versions of the ${EDITOR_RELEASE_WORDS}-word release`);
  const govpress = govpressLintContender(context, 'release-5000.md');
  const results = measureInterleaved([floorParseContender(context.apis), govpress], { ...plan, inputFor: (iteration) => typed(iteration + 1) });
  return {
    title: `Lint of one version of a ${formatCount(countWords(text))}-word release (the editor case)`,
    lines: [
      `${plan.iterations} interleaved iterations after ${plan.warmUpIterations} warm-up ones, in one process; each iteration types one more character ` +
        'in the middle of the body, so every call sees a new version of the document, as in the editor. ' +
        'The release is generated in memory from the corpus pools (`releaseOfWords` in bench/generate.ts).',
      '',
      ...formatInProcessResults(results),
    ],
    budgets: [latencyBudget('editor-lint-vs-parse', results, govpress.label)],
  };
}

function previewSection(context: BenchContext): SectionReport {
  const text = readFileSync(context.corpus.singleFile, 'utf8');
  const title = `Preview update after a keystroke, ${formatCount(countWords(text))}-word release`;
  if ('unavailable' in context.library) {
    return { title, lines: [`GovPress library ${context.library.unavailable}.`], budgets: [{ id: 'preview-vs-parse', missing: `library ${context.library.unavailable}` }] };
  }
  const plan = inProcessPlan(context);
  progress(`preview: ${plan.iterations} keystrokes`);
  const { results, patchedBlocks, blockCount } = measurePreviewUpdate(context.library.library, context.apis, text, plan);
  return {
    title,
    lines: [
      `${plan.iterations} keystrokes after ${plan.warmUpIterations} warm-up ones, steps interleaved in one process; each step works on the text after one more character typed ` +
        'in the body. The update is what the extension does: build the model, render it, cut the article into blocks and diff them against the previous rendering.',
      '',
      ...formatInProcessResults(results),
      '',
      `A keystroke re-sends ${patchedBlocks} of ${blockCount} blocks.`,
    ],
    budgets: [latencyBudget('preview-vs-parse', results, PREVIEW_UPDATE_LABEL)],
  };
}

/** p50 of the contender ÷ p50 of the floor; its p95 ÷ the same p50 as detail. */
function latencyBudget(id: BudgetId, results: readonly InProcessResult[], label: string): BudgetMeasurement {
  const floor = results.find((result) => result.contender.role === 'floor');
  const measured = results.find((result) => result.contender.label === label);
  if (floor === undefined || measured === undefined || floor.samplesMs.length === 0 || measured.samplesMs.length === 0) {
    return { id, missing: measured?.failure ?? measured?.contender.unavailable ?? floor?.failure ?? 'no samples' };
  }
  const floorP50 = percentileOf(floor.samplesMs, 50);
  const [p50, p95] = [percentileOf(measured.samplesMs, 50), percentileOf(measured.samplesMs, 95)];
  return { id, value: p50 / floorP50, detail: `${p50.toFixed(2)} vs ${floorP50.toFixed(2)} ms; p95 ${p95.toFixed(2)} ms = ${formatRatio(p95, floorP50)} the parse p50` };
}

// ---------------------------------------------------------------------------
// Report

interface ReportInput {
  context: BenchContext;
  reports: SectionReport[];
  loadAverageAtStart: number[];
  benchSeconds: number;
}

function formatReport({ context, reports, loadAverageAtStart, benchSeconds }: ReportInput): string {
  const args = process.argv.slice(2);
  const command = ['npm run bench', ...(args.length > 0 ? ['--', ...args] : [])].join(' ');
  const partial = isFullRun(context.options) ? '' : ' A partial run, for development: not every section, or fewer repetitions than the full bench.';
  const lines: string[] = [
    '# GovPress benchmark results',
    '',
    `Measured ${new Date().toISOString()} by \`${command}\`; the whole bench took ${formatDuration(benchSeconds)}.${partial}`,
    'Ratios compare contenders measured in this one run, with interleaved repetitions; absolute times are for context only.',
    '',
    `- Machine: ${machineDescription()}`,
    `- Load average (1, 5, 15 min) at start / end: ${formatLoad(loadAverageAtStart)} / ${formatLoad(os.loadavg())}`,
    `- Corpus (${GENERATOR_VERSION}): ${corpusDescription(context.corpus)}`,
    '- Whole-process rows: wall time from spawn to exit, CPU time (user + system) and peak RSS from GNU time; cwd `bench/corpus`; ' +
      'every run\'s output is captured and checked (files linted, no crash), and a contender whose output changes between runs is dropped. ' +
      '`$BENCH_TMP` is the bench\'s temporary folder; `all-rules.json` in it is `{}`.',
    '- The floors parse CommonMark + YAML front matter only: no remark-gfm, no rules, no output.',
    '',
    '## Budgets',
    '',
    'Each bar of the issues, checked against the values measured below in this run.',
    '',
    ...formatBudgetTable(reports.flatMap((report) => report.budgets)),
    '',
  ];
  reports.forEach((report, index) => lines.push(`## ${index + 1}. ${report.title}`, '', ...report.lines, ''));
  return `${lines.join('\n')}\n`;
}

/** "1,559", as the report writes numbers. */
function formatCount(count: number): string {
  return count.toLocaleString('en-US');
}

function formatDuration(seconds: number): string {
  return seconds < 120 ? `${seconds.toFixed(0)} s` : `${(seconds / 60).toFixed(1)} min`;
}

function machineDescription(): string {
  const cpus = os.cpus();
  const memoryGiB = os.totalmem() / 1024 ** 3;
  return `${cpus[0]?.model ?? 'unknown CPU'}, ${cpus.length} cores, ${memoryGiB.toFixed(1)} GiB RAM, Node ${process.version}, ${os.type()} ${os.release()}`;
}

function corpusDescription(corpus: CorpusPaths): string {
  const releaseFiles = markdownFiles(corpus.releasesDir);
  const releaseWords = releaseFiles.reduce((total, file) => total + countWords(readFileSync(file, 'utf8')), 0);
  const archiveFiles = markdownFiles(corpus.archiveDir);
  const bytesOf = (files: readonly string[]): number => files.reduce((total, file) => total + statSync(file).size, 0);
  const archiveFolders = readdirSync(corpus.archiveDir, { withFileTypes: true }).filter((entry) => entry.isDirectory()).length;
  const wordsOf = (file: string): string => formatCount(countWords(readFileSync(file, 'utf8')));
  return (
    `${formatCount(releaseFiles.length)} releases, ${formatCount(Math.round(releaseWords / releaseFiles.length))} words on average, ${formatMegabytes(bytesOf(releaseFiles))} in all; ` +
    `archive: ${formatCount(archiveFiles.length)} releases in ${archiveFolders} folders, ${formatMegabytes(bytesOf(archiveFiles))}; ` +
    `large.md ${formatMegabytes(statSync(corpus.largeFile).size)}; release-1500.md ${wordsOf(corpus.singleFile)} words; small.md ${wordsOf(corpus.smallFile)} words`
  );
}

function progress(message: string): void {
  process.stderr.write(`bench: ${message}\n`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});

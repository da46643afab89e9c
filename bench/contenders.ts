/**
 * The whole-process contenders: the bare-parse floors, `govpress lint` and
 * the two peers, each with a check of its output that says how many files it
 * really linted.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { ProcessContender } from './process';
import { isRecord, withoutColors } from './stats';

export const BENCH_DIR = import.meta.dirname;
export const REPO_ROOT = path.resolve(BENCH_DIR, '..');
export const CORPUS_DIR = path.join(BENCH_DIR, 'corpus');
const GOVPRESS_BIN = path.join(REPO_ROOT, 'bin', 'govpress.js');
const GOVPRESS_CLI_BUNDLE = path.join(REPO_ROOT, 'dist', 'cli.js');

/** A file or folder to lint, relative to the corpus directory, and how many Markdown files it holds. */
export interface Target {
  path: string;
  files: number;
}

export function floorParse(target: Target): ProcessContender {
  return {
    label: 'floor: bare parse',
    role: 'floor',
    args: [benchScript('floor-parse.mjs'), target.path],
    acceptedExitCodes: [0],
    summarizeOutput: ({ stdout }) => {
      const parsed = /^parsed (\d+) files/.exec(stdout)?.[1];
      expectFileCount(Number(parsed), target.files);
      return stdout.trim();
    },
  };
}

export function floorStartup(): ProcessContender {
  return {
    label: 'floor: start-up',
    role: 'floor',
    args: [benchScript('floor-startup.mjs')],
    acceptedExitCodes: [0],
    summarizeOutput: ({ stdout }) => {
      if (stdout.trim() === '') throw new Error('the start-up floor printed nothing');
      return stdout.trim();
    },
  };
}

/** The run hooks pass through to the contender; `unavailable` is overridden when GovPress is not built. */
export interface GovpressLintOptions extends Pick<ProcessContender, 'beforeRun' | 'checkAfterRun' | 'unavailable'> {
  label: string;
  target: Target;
  /**
   * `--config` file: every GovPress run names one, so that no
   * `.govpressrc.json` above the corpus can change what is measured.
   */
  config: string;
  extraArgs?: readonly string[];
  /** Ids of the language rules, to count their messages. */
  languageRules: ReadonlySet<string>;
  /** The run must report nothing from the language rules (they are turned off). */
  languageRulesOff?: boolean;
  /** Adds a hash of the whole output to the summary, to compare two contenders' output. */
  withOutputDigest?: boolean;
}

export function govpressLint({ label, target, config, extraArgs = [], languageRules, languageRulesOff, withOutputDigest, ...hooks }: GovpressLintOptions): ProcessContender {
  const isBuilt = existsSync(GOVPRESS_BIN) && existsSync(GOVPRESS_CLI_BUNDLE);
  return {
    ...hooks,
    ...(isBuilt ? {} : { unavailable: 'not built' }),
    label,
    role: 'govpress',
    args: [relativeToCorpus(GOVPRESS_BIN), 'lint', target.path, '--format', 'json', '--config', config, ...extraArgs],
    acceptedExitCodes: [0, 1],
    summarizeOutput: ({ stdout, stderr }) => {
      // A worker that fails is reported on stderr, and its files are linted on the main thread: not the run to measure.
      if (stderr.trim() !== '') throw new Error('output on stderr');
      const { files, messages, languageMessages } = readEslintJson(stdout, languageRules);
      expectFileCount(files, target.files);
      if (languageRulesOff && languageMessages > 0) throw new Error(`${languageMessages} messages from language rules that are off`);
      const digest = withOutputDigest ? `, output sha1 ${createHash('sha1').update(stdout).digest('hex').slice(0, 12)}` : '';
      return `${files} file results, ${messages} messages (${languageMessages} from language rules)${digest}`;
    },
  };
}

/** `--format json` is ESLint-compatible: one entry per linted file, each with its messages. */
function readEslintJson(stdout: string, languageRules: ReadonlySet<string>): { files: number; messages: number; languageMessages: number } {
  const results: unknown = JSON.parse(stdout);
  if (!Array.isArray(results)) throw new Error('JSON output is not an array of results');
  let messages = 0;
  let languageMessages = 0;
  for (const result of results) {
    if (!isRecord(result) || !Array.isArray(result.messages)) throw new Error('a JSON result has no messages array');
    messages += result.messages.length;
    for (const message of result.messages) {
      if (isRecord(message) && typeof message.ruleId === 'string' && languageRules.has(message.ruleId)) languageMessages++;
    }
  }
  return { files: results.length, messages, languageMessages };
}

/**
 * Peers run from their JS entry (no npx) with the corpus as cwd, so no
 * configuration of this repository can reach them: markdownlint-cli2 reads
 * configuration only from cwd down, and remark-cli gets `--no-config`.
 * remark-cli still resolves its `--use` plugins from cwd, upward to our
 * node_modules.
 */
export function peers(target: Target, markdownlintGlob: string): ProcessContender[] {
  return [
    {
      label: 'markdownlint-cli2',
      role: 'peer',
      args: [relativeToCorpus(packageBin('markdownlint-cli2', 'markdownlint-cli2')), markdownlintGlob],
      acceptedExitCodes: [0, 1],
      summarizeOutput: ({ stdout }) => {
        const summary = ['Linting', 'Summary'].map((field) => new RegExp(`^${field}: .*$`, 'm').exec(stdout)?.[0]);
        if (summary.includes(undefined)) throw new Error('no "Linting:" and "Summary:" lines on stdout');
        expectFileCount(Number(/^Linting: (\d+) files?$/m.exec(stdout)?.[1]), target.files);
        return summary.join('; ');
      },
    },
    {
      label: 'remark-cli',
      role: 'peer',
      args: [
        relativeToCorpus(packageBin('remark-cli', 'remark')),
        target.path,
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
      summarizeOutput: ({ stderr }) => summarizeRemarkReport(stderr, target.files),
    },
  ];
}

/**
 * remark-cli's report names every file: "path: no issues found", or the path
 * alone on its line followed by its warnings, then "⚠ N warnings".
 */
export function summarizeRemarkReport(stderr: string, expectedFiles: number): string {
  const lines = withoutColors(stderr).split('\n');
  const cleanFiles = lines.filter((line) => /^\S+\.md: no issues found$/.test(line)).length;
  const filesWithWarnings = lines.filter((line) => /^\S+\.md$/.test(line)).length;
  expectFileCount(cleanFiles + filesWithWarnings, expectedFiles);
  const warnings = /(\d+) warnings?/.exec(lines.filter((line) => /^[⚠✖]/.test(line)).join('\n'))?.[1] ?? '0';
  return `${warnings} warnings, ${cleanFiles} of ${cleanFiles + filesWithWarnings} files with no issues`;
}

function expectFileCount(actual: number, expected: number): void {
  if (actual !== expected) throw new Error(`${Number.isNaN(actual) ? 'no' : actual} files linted, ${expected} expected`);
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

export function relativeToCorpus(absolutePath: string): string {
  return path.relative(CORPUS_DIR, absolutePath);
}

/** The command as a user would type it in `bench/corpus` (globs quoted for the shell), with the bench's temporary folder abbreviated. */
export function commandLine(contender: ProcessContender, scratchDir: string): string {
  const quoted = contender.args.map((arg) => (/[*\s]/.test(arg) ? `"${arg}"` : arg).replaceAll(scratchDir, '$BENCH_TMP'));
  return ['node', ...quoted].join(' ');
}

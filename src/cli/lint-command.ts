import { readFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { createTwoFilesPatch } from 'diff';
import { summarize } from '../core/lint/engine';
import { allRules } from '../core/rules/index';
import { matchesFiles, isIgnored } from '../core/config/match';
import type { Lang } from '../core/types';
import { localize } from '../core/i18n/localize';
import { decodeDocument } from './read-document';
import { describeError, discoverFiles, fileNamesProfile } from './files';
import { FileLinter, fileError, withSourceReadBack, type FileJobSettings, type FileOutcome } from './lint-file';
import { lintFiles } from './lint-pool';
import { LintCache, toolIdentity } from './cache';
import { shardPaths, type Shard } from './shard';
import { removeStaleTemporaries } from './write-atomic';
import { printsSourcesAsResultsCome, reportFormats, type FormatName, type ReportedResult } from './formatters/index';
import { UsageError, type Output } from './output';

export interface LintCommandOptions {
  paths: string[];
  format: FormatName;
  fix: boolean;
  fixDryRun: boolean;
  profile?: string;
  config?: string;
  maxWarnings?: number;
  quiet: boolean;
  lang: Lang;
  stdin: boolean;
  stdinFilename?: string;
  color: boolean;
  cwd: string;
  version: string;
  /** Threads to lint on (this one included). */
  concurrency: number;
  /** The script lint workers run. */
  workerScript: string;
  /** With `--cache`: the folder of the cache file. */
  cacheFolder?: string;
  /** With `--shard i/n`: lint only this part of the files. */
  shard?: Shard;
}

/** `govpress lint`: returns the exit code (0 clean, 1 errors or too many warnings, 2 usage or I/O). */
export async function runLint(options: LintCommandOptions, output: Output): Promise<number> {
  const settings: FileJobSettings = {
    mode: options.fix ? 'fix' : options.fixDryRun ? 'fix-dry-run' : 'lint',
    lang: options.lang,
    cwd: options.cwd,
    ...(options.profile ? { profile: options.profile } : {}),
    ...(options.config ? { config: options.config } : {}),
    ...(options.cacheFolder !== undefined ? { cacheIdentity: toolIdentity(options.version) } : {}),
    ...(printsSourcesAsResultsCome.has(options.format) && !options.fixDryRun ? { keepSource: true } : {}),
  };
  const linter = new FileLinter(settings);
  let ioFailure = false;
  let errors = 0;
  let warnings = 0;
  const report = reportFormats[options.format]({ cwd: options.cwd, lang: options.lang, color: options.color, rules: allRules, toolVersion: options.version });
  // With --fix-dry-run the patches, printed as they come, precede the report, which waits for the end.
  const heldReport: (string | Uint8Array)[] | undefined = options.fixDryRun ? [] : undefined;
  const addResult = (result: ReportedResult): void => {
    errors += result.errorCount;
    warnings += result.warningCount;
    const piece = report.add(options.quiet ? onlyErrors(result) : result);
    if (!piece) return;
    if (heldReport) heldReport.push(piece);
    else output.stdout(piece);
  };

  if (options.stdin) {
    const filePath = options.stdinFilename ?? '<stdin>';
    const decoded = decodeDocument(readFileSync(0));
    if (!decoded.ok) addResult(fileError(filePath, localize(decoded.problem, options.lang), decoded.line, decoded.column));
    else {
      const { result, fixed } = linter.lintText(decoded.text, filePath);
      const name = relative(options.cwd, filePath) || filePath;
      if (options.fix) output.stdout(fixed ?? decoded.text);
      else if (options.fixDryRun && fixed !== undefined) output.stdout(createTwoFilesPatch(`a/${name}`, `b/${name}`, decoded.text, fixed));
      addResult({ ...result, filePath });
    }
  } else {
    if (options.paths.length === 0) throw new UsageError({ vi: 'Chưa chỉ định tệp hay thư mục cần kiểm tra.', en: 'No files or folders to lint were given.' });
    /** Markdown files of the folders and globs given with front matter but no profile, which no `files` pattern names: releases written without `profile:`, maybe. */
    const skipped: string[] = [];
    const isPressRelease = (path: string): boolean => {
      const loaded = linter.configs.forFile(path);
      const relativePath = loaded.directory ? relative(loaded.directory, path).split('\\').join('/') : path;
      if (loaded.directory && isIgnored(relativePath, loaded.config)) return false;
      const namesProfile = fileNamesProfile(path);
      if (namesProfile || (loaded.directory && loaded.config.files?.length && matchesFiles(relativePath, loaded.config))) return true;
      // Plain Markdown (a README) has no front matter: it is no release left out.
      if (namesProfile === false) skipped.push(path);
      return false;
    };
    const { files, problems } = await discoverFiles(options.paths, options.cwd, isPressRelease);
    // A writer reads the stylish report: say that files were left out, or a folder of releases without `profile:` lints silently to nothing.
    if (skipped.length > 0 && options.format === 'stylish' && !options.quiet) output.stderr(skippedNote(skipped, options));
    for (const problem of problems) {
      output.stderr(`govpress: ${relative(options.cwd, problem.path) || problem.path}: ${localize(problem.message, options.lang)}`);
      ioFailure = true;
    }
    const paths = options.shard ? shardPaths(files.map((file) => file.path), options.shard, options.cwd) : files.map((file) => file.path);
    // Config errors are reported here, with their file and line, whichever thread lints the file.
    for (const path of paths) linter.configs.forFile(path);
    if (options.fix) removeStaleTemporaries(new Set(paths.map((path) => dirname(path))));
    const cache = options.cacheFolder === undefined ? undefined : LintCache.load(options.cacheFolder);
    await lintOrReuse(paths, cache, linter, settings, options, output, (index, outcome) => {
      if (outcome.patch) output.stdout(outcome.patch);
      if (outcome.result) addResult(outcome.sourceOnDisk ? withSourceReadBack(outcome.result, outcome.bytesOnDisk) : outcome.result);
      for (const line of outcome.errors) output.stderr(line);
      if (outcome.errors.length > 0) ioFailure = true;
      if (outcome.cacheEntry) cache?.set(paths[index]!, outcome.cacheEntry);
    });
    if (cache) {
      try {
        cache.save();
      } catch (error) {
        const reason = localize({ vi: 'không ghi được bộ nhớ đệm: {reason}', en: 'cache not written: {reason}' }, options.lang, { reason: localize(describeError(error), options.lang) });
        output.stderr(`govpress: ${relative(options.cwd, cache.file) || cache.file}: ${reason}`);
        ioFailure = true;
      }
    }
  }

  for (const piece of [...(heldReport ?? []), report.end()]) if (piece) output.stdout(piece);

  if (ioFailure) return 2;
  if (errors > 0) return 1;
  if (options.maxWarnings !== undefined && warnings > options.maxWarnings) {
    output.stderr(
      localize(
        { vi: 'govpress: có {count} cảnh báo, vượt mức --max-warnings {max}.', en: 'govpress: {count} warnings, more than --max-warnings {max}.' },
        options.lang,
        { count: warnings, max: options.maxWarnings },
      ),
    );
    return 1;
  }
  return 0;
}

/**
 * The outcome of each file, handed to `onOutcome` in the order of `paths`
 * as soon as those of the files before it are in (so that the report is
 * written while the rest is linted, and each result is let go once
 * reported): reused from the cache where the file is unchanged, linted (on
 * worker threads) otherwise.
 */
async function lintOrReuse(
  paths: readonly string[],
  cache: LintCache | undefined,
  linter: FileLinter,
  settings: FileJobSettings,
  options: LintCommandOptions,
  output: Output,
  onOutcome: (index: number, outcome: FileOutcome) => void,
): Promise<void> {
  const waiting = new Map<number, FileOutcome>();
  let next = 0;
  const arrived = (index: number, outcome: FileOutcome): void => {
    waiting.set(index, outcome);
    for (let ready = waiting.get(next); ready !== undefined; ready = waiting.get(next)) {
      waiting.delete(next);
      onOutcome(next++, ready);
    }
  };
  const toLint: number[] = [];
  paths.forEach((path, index) => {
    const stored = cache?.get(path);
    const reused = stored && linter.reuse(path, stored);
    if (reused) arrived(index, reused);
    else toLint.push(index);
  });
  await lintFiles(
    toLint.map((index) => paths[index]!),
    settings,
    options.concurrency,
    options.workerScript,
    (lintedIndex, outcome) => arrived(toLint[lintedIndex]!, outcome),
    linter,
    (reason) => output.stderr(`govpress: ${reason}`),
  );
}

function onlyErrors(result: ReportedResult): ReportedResult {
  const errors: ReportedResult = summarize(result.filePath, '', result.messages.filter((message) => message.severity === 2));
  // The source as it is, read back from disk only if a formatter asks for it.
  Object.defineProperty(errors, 'source', Object.getOwnPropertyDescriptor(result, 'source')!);
  if (result.sourceBytes) Object.defineProperty(errors, 'sourceBytes', { value: result.sourceBytes });
  return errors;
}

/** The note on Markdown files left out that may be releases, with one of them named and how to include them. */
function skippedNote(skipped: readonly string[], options: LintCommandOptions): string {
  const example = relative(options.cwd, skipped[0]!) || skipped[0]!;
  return localize(
    {
      vi: 'govpress: bỏ qua {count} tệp Markdown có front matter nhưng không có "profile:" và không khớp "files" của .govpressrc.json, ví dụ {example}. Nếu đó là tin bài, thêm "profile: vn-news" (hoặc hồ sơ khác) vào front matter, hoặc khai báo chúng trong "files" của .govpressrc.json.',
      en: `govpress: {count} Markdown ${skipped.length === 1 ? 'file' : 'files'} with front matter but no "profile:", not matched by "files" in .govpressrc.json, skipped, e.g. {example}. If they are press releases, add "profile: vn-news" (or another profile) to their front matter, or list them in "files" in .govpressrc.json.`,
    },
    options.lang,
    { count: skipped.length, example },
  );
}

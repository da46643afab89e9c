import { readFileSync, statSync } from 'node:fs';
import { relative } from 'node:path';
import { createTwoFilesPatch } from 'diff';
import { lint, lintAndFix, summarize } from '../core/lint/engine';
import { allRules } from '../core/rules/index';
import { matchesFiles, isIgnored } from '../core/config/match';
import type { Lang, LintResult } from '../core/types';
import { localize } from '../core/i18n/localize';
import { ConfigLoader } from './config-loader';
import { configInputs } from '../core/config/inputs';
import { decodeDocument, encodeDocument } from './read-document';
import { writeFileAtomic } from './write-atomic';
import { declaresProfile, describeError, discoverFiles } from './files';
import { formatters, type FormatName } from './formatters/index';
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
}

/** Pseudo rule id of problems that stop a file from being read at all. */
export const FILE_ERROR_RULE = 'file-unreadable';

function fileError(filePath: string, message: string, line = 1, column = 1): LintResult {
  return summarize(filePath, '', [
    { ruleId: FILE_ERROR_RULE, severity: 2, message, messageId: 'unreadable', data: {}, line, column, endLine: line, endColumn: column, start: 0, end: 0 },
  ]);
}

/** `govpress lint`: returns the exit code (0 clean, 1 errors or too many warnings, 2 usage or I/O). */
export async function runLint(options: LintCommandOptions, output: Output): Promise<number> {
  const loader = new ConfigLoader(configInputs(), options.config ? { explicitPath: options.config } : {});
  let ioFailure = false;
  const results: LintResult[] = [];
  const patches: string[] = [];

  const lintText = (text: string, filePath: string): { result: LintResult; fixed?: string } => {
    const loaded = loader.forFile(filePath);
    const lintOptions = { filePath, config: loaded.config, lang: options.lang, ...(options.profile ? { defaultProfile: options.profile } : {}) };
    if (!options.fix && !options.fixDryRun) return { result: lint(text, lintOptions) };
    const outcome = lintAndFix(text, lintOptions);
    const { model: _model, profile: _profile, output: fixed, ...result } = outcome;
    return fixed === undefined ? { result } : { result, fixed };
  };

  if (options.stdin) {
    const filePath = options.stdinFilename ? relative(options.cwd, options.stdinFilename) || options.stdinFilename : '<stdin>';
    const decoded = decodeDocument(readFileSync(0));
    if (!decoded.ok) results.push(fileError(filePath, localize(decoded.problem, options.lang), decoded.line, decoded.column));
    else {
      const { result, fixed } = lintText(decoded.text, options.stdinFilename ?? filePath);
      results.push({ ...result, filePath: options.stdinFilename ?? filePath });
      if (options.fix) output.stdout(fixed ?? decoded.text);
      else if (options.fixDryRun && fixed !== undefined) patches.push(createTwoFilesPatch(filePath, filePath, decoded.text, fixed));
    }
  } else {
    if (options.paths.length === 0) throw new UsageError({ vi: 'Chưa chỉ định tệp hay thư mục cần kiểm tra.', en: 'No files or folders to lint were given.' });
    const isPressRelease = (path: string): boolean => {
      const loaded = loader.forFile(path);
      const relativePath = loaded.directory ? relative(loaded.directory, path).split('\\').join('/') : path;
      if (loaded.directory && isIgnored(relativePath, loaded.config)) return false;
      if (declaresProfile(path)) return true;
      return Boolean(loaded.directory && loaded.config.files?.length && matchesFiles(relativePath, loaded.config));
    };
    const { files, problems } = await discoverFiles(options.paths, options.cwd, isPressRelease);
    for (const problem of problems) {
      output.stderr(`govpress: ${relative(options.cwd, problem.path) || problem.path}: ${problem.message}`);
      ioFailure = true;
    }
    for (const file of files) {
      let bytes: Buffer;
      try {
        if (statSync(file.path).isDirectory()) continue;
        bytes = readFileSync(file.path);
      } catch (error) {
        output.stderr(`govpress: ${relative(options.cwd, file.path)}: ${describeError(error)}`);
        ioFailure = true;
        continue;
      }
      const decoded = decodeDocument(bytes);
      if (!decoded.ok) {
        results.push(fileError(file.path, localize(decoded.problem, options.lang), decoded.line, decoded.column));
        continue;
      }
      const { result, fixed } = lintText(decoded.text, file.path);
      results.push({ ...result, filePath: file.path });
      if (fixed === undefined) continue;
      if (options.fixDryRun) {
        const name = relative(options.cwd, file.path);
        patches.push(createTwoFilesPatch(`a/${name}`, `b/${name}`, decoded.text, fixed));
        continue;
      }
      try {
        writeFileAtomic(file.path, encodeDocument(fixed, decoded.encoding));
      } catch (error) {
        output.stderr(`govpress: ${relative(options.cwd, file.path)}: ${(error as NodeJS.ErrnoException).code === 'EREADONLY' ? 'read-only file, fixes not written' : describeError(error)}`);
        ioFailure = true;
      }
    }
  }

  const shown = options.quiet ? results.map((result) => onlyErrors(result)) : results;
  const report = formatters[options.format](shown, { cwd: options.cwd, lang: options.lang, color: options.color, rules: allRules, toolVersion: options.version });
  if (patches.length > 0) output.stdout(patches.join(''));
  if (report) output.stdout(report.endsWith('\n') ? report : `${report}\n`);

  if (ioFailure) return 2;
  const errors = results.reduce((sum, result) => sum + result.errorCount, 0);
  const warnings = results.reduce((sum, result) => sum + result.warningCount, 0);
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

function onlyErrors(result: LintResult): LintResult {
  const messages = result.messages.filter((message) => message.severity === 2);
  return { ...summarize(result.filePath, result.source, messages) };
}

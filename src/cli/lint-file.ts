import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { createTwoFilesPatch } from 'diff';
import { lint, lintAndFix, summarize } from '../core/lint/engine';
import { configInputs } from '../core/config/inputs';
import { localize } from '../core/i18n/localize';
import type { Lang, LintResult } from '../core/types';
import { ConfigLoader } from './config-loader';
import { decodeDocument, encodeDocument } from './read-document';
import { writeFileAtomic } from './write-atomic';
import { describeError } from './files';

/** What every file of one run is linted with; plain data, so workers receive it too. */
export interface FileJobSettings {
  mode: 'lint' | 'fix' | 'fix-dry-run';
  lang: Lang;
  cwd: string;
  profile?: string;
  config?: string;
}

/** The outcome of one file: its result, a diff for --fix-dry-run, and I/O problems for standard error. */
export interface FileOutcome {
  result?: LintResult;
  patch?: string;
  errors: string[];
}

/** Pseudo rule id of problems that stop a file from being read at all. */
export const FILE_ERROR_RULE = 'file-unreadable';

export function fileError(filePath: string, message: string, line = 1, column = 1): LintResult {
  return summarize(filePath, '', [
    { ruleId: FILE_ERROR_RULE, severity: 2, message, messageId: 'unreadable', data: {}, line, column, endLine: line, endColumn: column, start: 0, end: 0 },
  ]);
}

/** Lints (and fixes) documents; one per thread, so each keeps its own config cache. */
export class FileLinter {
  private readonly loader: ConfigLoader;

  constructor(private readonly settings: FileJobSettings) {
    this.loader = new ConfigLoader(configInputs(), settings.config ? { explicitPath: settings.config } : {});
  }

  get configs(): ConfigLoader {
    return this.loader;
  }

  /** Lints a text; with fixing on, also returns the fixed text when it changed. */
  lintText(text: string, filePath: string): { result: LintResult; fixed?: string } {
    const { config } = this.loader.forFile(filePath);
    const options = { filePath, config, lang: this.settings.lang, ...(this.settings.profile ? { defaultProfile: this.settings.profile } : {}) };
    if (this.settings.mode === 'lint') {
      const { model: _model, profile: _profile, ...result } = lint(text, options);
      return { result };
    }
    const { model: _model, profile: _profile, output: fixed, ...result } = lintAndFix(text, options);
    return fixed === undefined ? { result } : { result, fixed };
  }

  /** Reads, lints and (when fixing) atomically rewrites one file. */
  lintFile(path: string): FileOutcome {
    const name = relative(this.settings.cwd, path) || path;
    let bytes: Buffer;
    try {
      bytes = readFileSync(path);
    } catch (error) {
      return { errors: [`govpress: ${name}: ${describeError(error)}`] };
    }
    const decoded = decodeDocument(bytes);
    if (!decoded.ok) return { result: fileError(path, localize(decoded.problem, this.settings.lang), decoded.line, decoded.column), errors: [] };
    const { result, fixed } = this.lintText(decoded.text, path);
    const outcome: FileOutcome = { result: { ...result, filePath: path }, errors: [] };
    if (fixed === undefined) return outcome;
    if (this.settings.mode === 'fix-dry-run') return { ...outcome, patch: createTwoFilesPatch(`a/${name}`, `b/${name}`, decoded.text, fixed) };
    try {
      writeFileAtomic(path, encodeDocument(fixed, decoded.encoding));
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code === 'EREADONLY' ? 'read-only file, fixes not written' : describeError(error);
      outcome.errors.push(`govpress: ${name}: ${reason}`);
    }
    return outcome;
  }
}

import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { createTwoFilesPatch } from 'diff';
import { lint, lintAndFix, summarize } from '../core/lint/engine';
import { configInputs } from '../core/config/inputs';
import type { GovpressConfig } from '../core/config/types';
import { localize } from '../core/i18n/localize';
import type { Lang, LintMessage, LintResult, Localized } from '../core/types';
import { ConfigLoader } from './config-loader';
import { decodeDocument, encodeDocument } from './read-document';
import { writeFileAtomic } from './write-atomic';
import { describeError } from './files';
import { contentHash, settingsHash, type CacheEntry } from './cache';

/** What every file of one run is linted with; plain data, so workers receive it too. */
export interface FileJobSettings {
  mode: 'lint' | 'fix' | 'fix-dry-run';
  lang: Lang;
  cwd: string;
  profile?: string;
  config?: string;
  /** Set with `--cache`: the tool's identity, part of every entry's settings hash; outcomes then carry cache entries. */
  cacheIdentity?: string;
}

/** The outcome of one file: its result, a diff for --fix-dry-run, I/O problems for standard error, and what to cache. */
export interface FileOutcome {
  result?: LintResult;
  patch?: string;
  errors: string[];
  cacheEntry?: CacheEntry;
}

/** Pseudo rule id of problems that stop a file from being read at all. */
export const FILE_ERROR_RULE = 'file-unreadable';
/** Pseudo rule id of a document on which linting itself failed (a bug, or a document beyond the parser's limits). */
export const INTERNAL_ERROR_RULE = 'internal-error';

export function fileError(filePath: string, message: string, line = 1, column = 1, ruleId = FILE_ERROR_RULE): LintResult {
  return summarize(filePath, '', [
    { ruleId, severity: 2, message, messageId: ruleId, data: {}, line, column, endLine: line, endColumn: column, start: 0, end: 0 },
  ]);
}

/** Lints (and fixes) documents; one per thread, so each keeps its own config cache. */
export class FileLinter {
  private readonly loader: ConfigLoader;
  /** Settings hash per resolved config: the loader returns one config object per folder. */
  private readonly settingsHashes = new WeakMap<GovpressConfig, string>();

  constructor(private readonly settings: FileJobSettings) {
    this.loader = new ConfigLoader(configInputs(), settings.config ? { explicitPath: settings.config } : {});
  }

  get configs(): ConfigLoader {
    return this.loader;
  }

  /**
   * Lints a text; with fixing on, also returns the fixed text when it
   * changed. A document on which linting throws (stack overflow on extreme
   * nesting, a rule's bug) gets an `internal-error` result, so that a run
   * goes on with the other files.
   */
  lintText(text: string, filePath: string): { result: LintResult; fixed?: string } {
    const { config } = this.loader.forFile(filePath);
    const options = { filePath, config, lang: this.settings.lang, ...(this.settings.profile ? { defaultProfile: this.settings.profile } : {}) };
    try {
      if (this.settings.mode === 'lint') {
        const { model: _model, profile: _profile, ...result } = lint(text, options);
        return { result };
      }
      const { model: _model, profile: _profile, output: fixed, ...result } = lintAndFix(text, options);
      return fixed === undefined ? { result } : { result, fixed };
    } catch (error) {
      return { result: fileError(filePath, localize(internalErrorMessage(error), this.settings.lang), 1, 1, INTERNAL_ERROR_RULE) };
    }
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
    const outcome: FileOutcome = { result: resultFor(path, result.messages, result.source), errors: [] };
    const lintFailed = result.messages.some((message) => message.ruleId === INTERNAL_ERROR_RULE);
    if (fixed === undefined) return lintFailed ? outcome : this.withCacheEntry(outcome, path, bytes, result.messages);
    // The cache describes the file on disk: a dry run leaves the unfixed text there, so nothing is stored.
    if (this.settings.mode === 'fix-dry-run') return { ...outcome, patch: createTwoFilesPatch(`a/${name}`, `b/${name}`, decoded.text, fixed) };
    const written = encodeDocument(fixed, decoded.encoding);
    try {
      writeFileAtomic(path, written);
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code === 'EREADONLY' ? 'read-only file, fixes not written' : describeError(error);
      outcome.errors.push(`govpress: ${name}: ${reason}`);
      return outcome;
    }
    return this.withCacheEntry(outcome, path, written, result.messages);
  }

  /**
   * The outcome `stored` gives this file, when the file's bytes and settings
   * are still those it was stored for; undefined when the file must be
   * linted (including when it cannot be read: linting reports that).
   */
  reuse(path: string, stored: CacheEntry): FileOutcome | undefined {
    // Fixing changes a file that has fixable problems, so only results without fixes are reused then.
    if (this.settings.mode !== 'lint' && stored.messages.some((message) => message.fix)) return undefined;
    let bytes: Buffer;
    try {
      bytes = readFileSync(path);
    } catch {
      return undefined;
    }
    if (contentHash(bytes) !== stored.content || this.settingsHashFor(path) !== stored.settings) return undefined;
    if (stored.messages.length === 0) return { result: resultFor(path, [], ''), errors: [] };
    const decoded = decodeDocument(bytes);
    // Only decodable files are stored; the check keeps the types honest.
    return decoded.ok ? { result: resultFor(path, stored.messages, decoded.text), errors: [] } : undefined;
  }

  private withCacheEntry(outcome: FileOutcome, path: string, bytes: Uint8Array, messages: LintMessage[]): FileOutcome {
    if (this.settings.cacheIdentity === undefined) return outcome;
    return { ...outcome, cacheEntry: { content: contentHash(bytes), settings: this.settingsHashFor(path), messages } };
  }

  private settingsHashFor(path: string): string {
    const { config } = this.loader.forFile(path);
    let hash = this.settingsHashes.get(config);
    if (hash === undefined) {
      hash = settingsHash({ tool: this.settings.cacheIdentity ?? '', lang: this.settings.lang, profile: this.settings.profile ?? null, config });
      this.settingsHashes.set(config, hash);
    }
    return hash;
  }
}

/**
 * A file's result. The source is kept only when there are messages: the
 * formatters read it for nothing else, and on a large archive the sources
 * of clean files would hold the whole archive in memory until the report.
 */
function resultFor(path: string, messages: LintMessage[], source: string): LintResult {
  return summarize(path, messages.length > 0 ? source : '', messages);
}

function internalErrorMessage(error: unknown): Localized {
  const reason = error instanceof Error ? error.message : String(error);
  if (error instanceof RangeError && /call stack/i.test(reason)) {
    return {
      vi: `GovPress không kiểm tra được tệp này: văn bản lồng danh sách, trích dẫn quá sâu hoặc có dòng quá dài (${reason}). Các tệp khác vẫn được kiểm tra.`,
      en: `GovPress could not check this file: it nests lists or block quotes too deeply, or has too long a line (${reason}). The other files were still checked.`,
    };
  }
  return {
    vi: `GovPress gặp lỗi khi kiểm tra tệp này (${reason}). Các tệp khác vẫn được kiểm tra; xin báo lỗi kèm tệp này.`,
    en: `GovPress failed while checking this file (${reason}). The other files were still checked; please report this bug with the file.`,
  };
}

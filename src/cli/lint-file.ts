import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { createTwoFilesPatch } from 'diff';
import { lint, lintAndFix, RULE_FAILED, summarize } from '../core/lint/engine';
import { configInputs } from '../core/config/inputs';
import type { GovpressConfig } from '../core/config/types';
import { localize } from '../core/i18n/localize';
import type { Lang, LintMessage, LintResult, Localized } from '../core/types';
import { ConfigLoader } from './config-loader';
import { decodeDocument, encodeDocument, utf8TextBytes } from './read-document';
import type { ReportedResult } from './formatters/types';
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
  /** The report prints the text of each file with problems as its result comes (JSON): outcomes then carry the file's bytes, see `FileOutcome.bytesOnDisk`. */
  keepSource?: boolean;
}

/** The outcome of one file: its result, a diff for --fix-dry-run, I/O problems for standard error, and what to cache. */
export interface FileOutcome {
  result?: LintResult;
  /** The result's source was left out because it is the text of the file on disk: see `withSourceReadBack`. */
  sourceOnDisk?: true;
  /**
   * The file's bytes, for a report that prints its source, so that it does
   * not read the file again: as linted (or written) with `keepSource`, or as
   * the cache check read them (within `KEPT_BYTES_LIMIT`).
   */
  bytesOnDisk?: Uint8Array;
  patch?: string;
  errors: string[];
  cacheEntry?: CacheEntry;
}

/** Pseudo rule id of problems that stop a file from being read at all. */
export const FILE_ERROR_RULE = 'file-unreadable';
/** Pseudo rule id (and message id) of a document on which linting itself failed (a document beyond the parser's limits): a failure as a failing rule's is, not cached. */
export const INTERNAL_ERROR_RULE = RULE_FAILED;

export function fileError(filePath: string, message: string, line = 1, column = 1, ruleId = FILE_ERROR_RULE): LintResult {
  return summarize(filePath, '', [
    { ruleId, severity: 2, message, messageId: ruleId, data: {}, line, column, endLine: line, endColumn: column, start: 0, end: 0 },
  ]);
}

/**
 * The most bytes of reused files kept from the cache check to the report: a
 * warm run of 1,000 releases keeps them all (6 MB) and reads no file twice;
 * one of a 20,000-release archive reads the rest back, as a cold run does.
 */
const KEPT_BYTES_LIMIT = 32 * 1024 * 1024;

/** Lints (and fixes) documents; one per thread, so each keeps its own config cache. */
export class FileLinter {
  private readonly loader: ConfigLoader;
  /** Settings hash per resolved config: the loader returns one config object per folder. */
  private readonly settingsHashes = new WeakMap<GovpressConfig, string>();
  /** Bytes kept on reused outcomes so far. */
  private keptBytes = 0;

  constructor(private readonly settings: FileJobSettings) {
    this.loader = new ConfigLoader(configInputs(), settings.config ? { explicitPath: settings.config } : {});
  }

  get configs(): ConfigLoader {
    return this.loader;
  }

  /**
   * Lints a text; with fixing on, also returns the fixed text when it
   * changed. A rule that fails leaves the other rules' messages and an error
   * naming it; a document on which linting itself throws (stack overflow on
   * extreme nesting) gets an `internal-error` result, so that a run goes on
   * with the other files.
   */
  lintText(text: string, filePath: string): { result: LintResult; fixed?: string } {
    const { config } = this.loader.forFile(filePath);
    const options = { filePath, config, lang: this.settings.lang, ruleFailures: 'report' as const, ...(this.settings.profile ? { defaultProfile: this.settings.profile } : {}) };
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
      return { errors: [`govpress: ${name}: ${localize(describeError(error), this.settings.lang)}`] };
    }
    const decoded = decodeDocument(bytes);
    if (!decoded.ok) return { result: fileError(path, localize(decoded.problem, this.settings.lang), decoded.line, decoded.column), errors: [] };
    const { result, fixed } = this.lintText(decoded.text, path);
    // A failure (of a rule, or of the whole lint) is not cached: the next run tries again.
    if (result.messages.some((message) => message.messageId === RULE_FAILED)) return { result, errors: [] };
    if (fixed === undefined) return this.withCacheEntry(this.lintedOnDisk(path, detached(result.messages), bytes), path, bytes);
    // The fixed text is not on disk after a dry run, so it is kept, and nothing is cached: the cache describes the file.
    if (this.settings.mode === 'fix-dry-run') return { result: inMemory(result), patch: createTwoFilesPatch(`a/${name}`, `b/${name}`, decoded.text, fixed), errors: [] };
    const written = encodeDocument(fixed, decoded.encoding);
    try {
      writeFileAtomic(path, written);
    } catch (error) {
      const reason = localize((error as NodeJS.ErrnoException).code === 'EREADONLY' ? { vi: 'tệp chỉ đọc, không ghi các chỗ sửa', en: 'read-only file, fixes not written' } : describeError(error), this.settings.lang);
      return { result: inMemory(result), errors: [`govpress: ${name}: ${reason}`] };
    }
    return this.withCacheEntry(this.lintedOnDisk(path, detached(result.messages), written), path, written);
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
    const outcome = onDisk(path, stored.messages);
    // A report prints the source of a file with messages only.
    if (stored.messages.length > 0 && this.keptBytes + bytes.length <= KEPT_BYTES_LIMIT) {
      this.keptBytes += bytes.length;
      outcome.bytesOnDisk = bytes;
    }
    return outcome;
  }

  /** The outcome of a file whose bytes on disk, `bytes`, are what was linted: the source is read back only if the report needs it and `keepSource` is off. */
  private lintedOnDisk(path: string, messages: LintMessage[], bytes: Uint8Array): FileOutcome {
    const outcome = onDisk(path, messages);
    if (this.settings.keepSource && messages.length > 0) outcome.bytesOnDisk = bytes;
    return outcome;
  }

  private withCacheEntry(outcome: FileOutcome, path: string, bytes: Uint8Array): FileOutcome {
    if (this.settings.cacheIdentity === undefined) return outcome;
    return { ...outcome, cacheEntry: { content: contentHash(bytes), settings: this.settingsHashFor(path), messages: outcome.result!.messages } };
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

/** The outcome of a file whose text on disk is what was linted: the source is left out of the result, see `withSourceReadBack`. */
function onDisk(path: string, messages: LintMessage[]): FileOutcome {
  return { result: summarize(path, '', messages), sourceOnDisk: true, errors: [] };
}

/**
 * Copies of messages kept until the report: their strings (`data` values,
 * fix texts) may be slices of the document, which would keep all of its
 * text in memory (measured: twice the retained memory per file).
 */
function detached(messages: LintMessage[]): LintMessage[] {
  return messages.length === 0 ? messages : structuredClone(messages);
}

/** A result whose linted text is not on disk: its source is kept, where a formatter may print it (with messages). */
function inMemory(result: LintResult): LintResult {
  return summarize(result.filePath, result.messages.length > 0 ? result.source : '', result.messages);
}

/**
 * The result of a `sourceOnDisk` outcome with its source: decoded from the
 * bytes kept with the outcome, or else read from the file, when a formatter
 * asks (JSON prints the source of files with problems, SARIF places fixes
 * with it); JSON takes the bytes themselves when they are the source's UTF-8
 * (`sourceBytes`). Held from lint to a report written at the end, the
 * sources of a 20,000-release archive would take hundreds of megabytes. No
 * formatter reads the source of a file without messages: it stays empty.
 */
export function withSourceReadBack(result: LintResult, bytesOnDisk?: Uint8Array): ReportedResult {
  if (result.messages.length === 0) return result;
  const bytes = (): Uint8Array | undefined => {
    try {
      return bytesOnDisk ?? readFileSync(result.filePath);
    } catch {
      return undefined;
    }
  };
  return Object.defineProperties({ ...result } as ReportedResult, {
    source: { enumerable: true, get: () => readSource(bytes()) },
    sourceBytes: {
      value: () => {
        const read = bytes();
        return read && utf8TextBytes(read);
      },
    },
  });
}

/** The text of a file's bytes as linted; empty if they can no longer be read or decoded. */
function readSource(bytes: Uint8Array | undefined): string {
  if (bytes === undefined) return '';
  const decoded = decodeDocument(bytes);
  return decoded.ok ? decoded.text : '';
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

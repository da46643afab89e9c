import type { AnyRule, Lang, LintResult } from '../../core/types';

export type FormatName = 'stylish' | 'json' | 'sarif' | 'github' | 'junit' | 'codequality';

/** What a formatter needs beside the results; passed in so that output is deterministic. */
export interface FormatContext {
  /** Directory that relative paths in the output are relative to. */
  cwd: string;
  lang: Lang;
  /** Whether to emit ANSI colours (only the stylish format has any). */
  color: boolean;
  /** Every known rule, for formats that describe rules (SARIF). */
  rules: readonly AnyRule[];
  toolVersion: string;
}

/** Turns lint results into the text of one output format; non-empty output ends with a newline. */
export type Formatter = (results: readonly LintResult[], context: FormatContext) => string;

/**
 * A result as the CLI reports it. `sourceBytes`, when there, gives the UTF-8
 * of its `source` (or undefined when the source is not UTF-8 on disk): the
 * JSON report copies those bytes rather than decoding the text to encode it
 * again (a warm `--cache` run of 1,000 releases spent a quarter of its time
 * so).
 */
export interface ReportedResult extends LintResult {
  sourceBytes?: () => Uint8Array | undefined;
}

/**
 * A report written while the files are linted, in their order: `add` gives
 * the text a result adds now (nothing, for a format that is one document
 * written at the end), `end` the rest. Joined, the same text as the
 * format's `Formatter`.
 */
export interface ReportWriter {
  add(result: ReportedResult): string | Uint8Array;
  end(): string;
}

export type ReportFormat = (context: FormatContext) => ReportWriter;

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
 * A report written while the files are linted, in their order: `add` gives
 * the text a result adds now (nothing, for a format that is one document
 * written at the end), `end` the rest. Joined, the same text as the
 * format's `Formatter`.
 */
export interface ReportWriter {
  add(result: LintResult): string;
  end(): string;
}

export type ReportFormat = (context: FormatContext) => ReportWriter;

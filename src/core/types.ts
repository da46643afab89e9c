/**
 * Shared contracts of the GovPress core: messages, fixes, rules and lint
 * results. Nothing here imports `vscode` or Node-only modules.
 */
import type { PressRelease } from './model/types';

/** Display languages of messages and documentation. */
export type Lang = 'vi' | 'en';

/** A text in both display languages. */
export interface Localized {
  vi: string;
  en: string;
}

/** Severity as written in configuration files. */
export type SeveritySetting = 'off' | 'warn' | 'error';

/** Severity of a reported message, ESLint-compatible: 1 warning, 2 error. */
export type SeverityLevel = 1 | 2;

/** An edit to the source text: replace `[start, end)` (UTF-16 offsets) by `text`. */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

/** One problem found in a document. Lines and columns are 1-based. */
export interface LintMessage {
  ruleId: string;
  severity: SeverityLevel;
  /** The message in the requested language. */
  message: string;
  /** Key of the message in the rule's `messages`, for tools and tests. */
  messageId: string;
  /** Values interpolated into the message, kept for re-localization. */
  data: Record<string, string | number>;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** Offsets of the problem in the source (UTF-16 code units). */
  start: number;
  end: number;
  fix?: TextEdit;
}

/** The outcome of linting one document. */
export interface LintResult {
  filePath: string;
  messages: LintMessage[];
  errorCount: number;
  warningCount: number;
  fixableErrorCount: number;
  fixableWarningCount: number;
  /** The source that was linted (after fixes when fixing). */
  source: string;
  /** Set when fixes were applied and changed the text. */
  output?: string;
}

/** A documentation example of a rule; every example is also a test. */
export interface RuleExample {
  /** What the example shows, in both languages. */
  title: Localized;
  /** The Markdown document (front matter included when it matters). */
  text: string;
  /** Rule options used for this example. */
  options?: Record<string, unknown>;
  /** Profile used for this example (default `vn-news`). */
  profile?: string;
  /** Config lists the example needs (a people register, abbreviations, a tone style…). */
  settings?: Partial<import('./config/types').ProjectSettings>;
  /** For failing examples: the message ids expected, in order, with their 1-based lines. */
  expect?: Array<{ messageId: string; line: number }>;
  /** For fixable failing examples: the text after all fixes of this rule. */
  output?: string;
}

/** Metadata of a rule, beside its check in the rule's file. */
export interface RuleMeta<Options extends object = Record<string, never>> {
  id: string;
  group: 'structure' | 'language' | 'profile';
  /** Default severity when the profile says nothing. */
  severity: Exclude<SeveritySetting, 'off'>;
  fixable: boolean;
  docs: {
    summary: Localized;
    /** Why the rule exists and what the writer should do, in both languages. */
    rationale: Localized;
  };
  messages: Record<string, Localized>;
  /** Default options; the JSON Schema of the config is derived from their types. */
  defaults: Options;
  /** Documentation of each option, keyed by option name. */
  optionDocs?: Partial<Record<keyof Options & string, Localized>>;
  examples: { valid: RuleExample[]; invalid: RuleExample[] };
}

/** What a rule's check may do. */
export interface RuleContext<Options extends object> {
  doc: PressRelease;
  options: Options;
  profile: import('./profiles/types').Profile;
  settings: import('./config/types').ProjectSettings;
  report(problem: Problem): void;
}

/** A problem as a rule reports it: offsets into the source. */
export interface Problem {
  messageId: string;
  data?: Record<string, string | number>;
  start: number;
  end: number;
  fix?: TextEdit;
}

export interface Rule<Options extends object = Record<string, never>> {
  meta: RuleMeta<Options>;
  check(context: RuleContext<Options>): void;
}

// eslint-style erasure so that heterogeneous rules can live in one list.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyRule = Rule<any>;

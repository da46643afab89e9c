/**
 * One lint of a release too large to keep a model of on the extension host:
 * model, rules and summary in one go, returning plain data only, so that it
 * can run in a worker thread (lint-worker.ts) and post its result back. No
 * `vscode` here.
 */
import type { GovpressConfig } from '../core/config/types';
import { isUnsafeToFix, lint } from '../core/lint/engine';
import type { Lang, LintMessage } from '../core/types';
import { summarizeRelease, type ReleaseSummary } from './release-summary';

export interface EditorLintRequest {
  text: string;
  filePath: string;
  config: GovpressConfig;
  lang: Lang;
}

export interface EditorLintResult {
  messages: LintMessage[];
  profileId: string;
  summary: ReleaseSummary;
  /** False when the front matter cannot be read: no fix may touch the text then. */
  fixable: boolean;
}

export function lintForEditor({ text, filePath, config, lang }: EditorLintRequest): EditorLintResult {
  const outcome = lint(text, { filePath, config, lang, ruleFailures: 'report' });
  return { messages: outcome.messages, profileId: outcome.profile.id, summary: summarizeRelease(outcome.model), fixable: !isUnsafeToFix(outcome.model) };
}

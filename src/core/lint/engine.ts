import { buildModel } from '../model/build';
import type { PressRelease } from '../model/types';
import { allRules } from '../rules/index';
import { profiles, resolveProfile } from '../profiles/index';
import type { Profile, RuleSetting } from '../profiles/types';
import type { GovpressConfig } from '../config/types';
import { projectSettings } from '../config/parse';
import { localize } from '../i18n/localize';
import type { AnyRule, Lang, LintMessage, LintResult, Problem, SeverityLevel, SeveritySetting } from '../types';
import { Directives } from './directives';
import { applyEdits } from './edits';

export interface LintOptions {
  filePath?: string;
  config?: GovpressConfig;
  /** Profile for documents whose front matter names none (the CLI's `--profile`). */
  defaultProfile?: string;
  lang?: Lang;
  /** A model already built for this exact source (the editor shares one per version). */
  model?: PressRelease;
  /** Run only these rules, whatever the profile and config say (rule documentation tests). */
  onlyRules?: readonly string[];
  /** Options for rules run through `onlyRules`. */
  ruleOptions?: Record<string, Record<string, unknown>>;
  /**
   * A rule that throws (a bug): `throw` (the default, so that tests fail on
   * it) ends the lint; `report` keeps the other rules' messages and replaces
   * the failing rule's own (maybe partial) by one error at the top of the
   * document naming the rule (message id `RULE_FAILED`): the CLI and the
   * editor do so, as a writer should still see every other problem.
   */
  ruleFailures?: 'throw' | 'report';
}

/** The message id of a rule's failure (`LintOptions.ruleFailures`), and of a file the CLI could not lint at all. */
export const RULE_FAILED = 'internal-error';

export interface LintOutcome extends LintResult {
  model: PressRelease;
  profile: Profile;
}

interface ActiveRule {
  rule: AnyRule;
  severity: SeverityLevel;
  options: Record<string, unknown>;
}

const SEVERITY_LEVEL: Record<Exclude<SeveritySetting, 'off'>, SeverityLevel> = { warn: 1, error: 2 };

function splitSetting(setting: RuleSetting | undefined): { severity?: SeveritySetting; options?: Record<string, unknown> } {
  if (setting === undefined) return {};
  if (Array.isArray(setting)) return { severity: setting[0], options: setting[1] };
  return { severity: setting };
}

/** The rules to run for a profile and config, with their severities and merged options. */
export function activeRules(profile: Profile, config: GovpressConfig = NO_CONFIG, options: Pick<LintOptions, 'onlyRules' | 'ruleOptions'> = {}): readonly ActiveRule[] {
  if (options.onlyRules) {
    const only = options.onlyRules;
    return allRules
      .filter((rule) => only.includes(rule.meta.id))
      .map((rule) => activeRule(rule, SEVERITY_LEVEL[rule.meta.severity], { ...rule.meta.defaults, ...options.ruleOptions?.[rule.meta.id] }));
  }
  // The same for every document of a folder: worked out once per config and profile, not once per file
  // (a config object is read once, so it must not be changed after a lint).
  let byProfile = activeRulesByConfig.get(config);
  if (!byProfile) activeRulesByConfig.set(config, (byProfile = new Map()));
  let active = byProfile.get(profile);
  if (!active) byProfile.set(profile, (active = configuredRules(profile, config)));
  return active;
}

const NO_CONFIG: GovpressConfig = Object.freeze({});
const activeRulesByConfig = new WeakMap<GovpressConfig, Map<Profile, readonly ActiveRule[]>>();

function configuredRules(profile: Profile, config: GovpressConfig): readonly ActiveRule[] {
  const active: ActiveRule[] = [];
  for (const rule of allRules) {
    const id = rule.meta.id;
    const fromProfile = splitSetting(profile.rules[id]);
    const fromConfig = splitSetting(config.rules?.[id]);
    const severity = fromConfig.severity ?? fromProfile.severity ?? rule.meta.severity;
    if (severity === 'off') continue;
    active.push(activeRule(rule, SEVERITY_LEVEL[severity], { ...rule.meta.defaults, ...fromProfile.options, ...fromConfig.options }));
  }
  return active;
}

/** Options are shared by every document linted with them, so they are frozen: no rule may change them for the next one. */
function activeRule(rule: AnyRule, severity: SeverityLevel, options: Record<string, unknown>): ActiveRule {
  return { rule, severity, options: Object.freeze(options) };
}

/** Lints one document: one model, every active rule, inline directives applied. */
export function lint(source: string, options: LintOptions = {}): LintOutcome {
  const lang = options.lang ?? 'vi';
  const config = options.config ?? NO_CONFIG;
  const model = options.model ?? buildModel(source);
  const profile = resolveProfile(model.profileName, options.defaultProfile ?? config.profile);
  const settings = projectSettings(config);
  // Directives are HTML comments: a document without `<!--` has none, and its tree need not be walked.
  const directives = model.source.includes('<!--') ? new Directives(model.tree) : undefined;
  const messages: LintMessage[] = [];
  // One reporter for the whole lint, told which rule is running, rather than a closure per rule and file.
  let current: ActiveRule;
  const report = (problem: Problem): void => {
    const { rule, severity } = current;
    const ruleId = rule.meta.id;
    if (directives && !directives.isEmpty && directives.suppresses(ruleId, problem.start)) return;
    const template = rule.meta.messages[problem.messageId];
    if (!template) throw new Error(`Rule ${ruleId} reported unknown message id ${problem.messageId}`);
    const start = model.lines.position(problem.start);
    const end = model.lines.position(Math.max(problem.end, problem.start));
    const data = problem.data ?? {};
    const message: LintMessage = {
      ruleId,
      severity,
      message: localize(template, lang, data),
      messageId: problem.messageId,
      data,
      line: start.line,
      column: start.column,
      endLine: end.line,
      endColumn: end.column,
      start: problem.start,
      end: Math.max(problem.end, problem.start),
    };
    if (problem.fix) message.fix = problem.fix;
    messages.push(message);
  };

  for (const active of activeRules(profile, config, options)) {
    current = active;
    const before = messages.length;
    try {
      active.rule.check({ doc: model, options: active.options, profile, settings, report });
    } catch (error) {
      if (options.ruleFailures !== 'report') throw error;
      messages.length = before;
      messages.push(ruleFailure(active.rule.meta.id, error, lang));
    }
  }

  messages.sort(byPosition);
  return Object.assign(summarize(options.filePath ?? '<text>', source, messages), { model, profile });
}

function ruleFailure(ruleId: string, error: unknown, lang: Lang): LintMessage {
  const data = { rule: ruleId, reason: error instanceof Error ? error.message : String(error) };
  const text = {
    vi: 'Quy tắc {rule} gặp lỗi và không kiểm tra hết văn bản này ({reason}). Các quy tắc khác vẫn kiểm tra; xin báo lỗi kèm văn bản này.',
    en: 'The rule {rule} failed on this document ({reason}) and did not finish its check. The other rules still ran; please report this bug with the document.',
  };
  return { ruleId, severity: 2, message: localize(text, lang, data), messageId: RULE_FAILED, data, line: 1, column: 1, endLine: 1, endColumn: 1, start: 0, end: 0 };
}

/**
 * Messages in source order; at the same range, by rule id. Rule ids are ASCII,
 * so code-unit order is the collator's order, without the collator that
 * `localeCompare` loads on first use (about 17 ms).
 */
function byPosition(a: LintMessage, b: LintMessage): number {
  return a.start - b.start || a.end - b.end || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);
}

/** Counts errors, warnings and fixable ones, ESLint style. */
export function summarize(filePath: string, source: string, messages: LintMessage[]): LintResult {
  let errorCount = 0;
  let warningCount = 0;
  let fixableErrorCount = 0;
  let fixableWarningCount = 0;
  for (const message of messages) {
    if (message.severity === 2) {
      errorCount++;
      if (message.fix) fixableErrorCount++;
    } else {
      warningCount++;
      if (message.fix) fixableWarningCount++;
    }
  }
  return { filePath, messages, errorCount, warningCount, fixableErrorCount, fixableWarningCount, source };
}

/** True when the document's front matter cannot be read, so no fix may touch it. */
export function isUnsafeToFix(model: PressRelease): boolean {
  return Boolean(model.frontMatter?.error || model.frontMatter?.unclosed);
}

/** Largest number of lint-and-fix passes; fixes converge in two or three. */
const MAX_FIX_PASSES = 10;

/**
 * Lints, applies every non-overlapping fix, and repeats until nothing changes.
 * Returns the final lint of the fixed text with `output` set when it changed.
 */
export function lintAndFix(source: string, options: LintOptions = {}): LintOutcome {
  let current = source;
  let outcome = lint(current, options);
  if (isUnsafeToFix(outcome.model)) return outcome;
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    const edits = outcome.messages.flatMap((message) => (message.fix ? [message.fix] : []));
    if (edits.length === 0) break;
    const { output, applied } = applyEdits(current, edits);
    if (applied.length === 0 || output === current) break;
    current = output;
    const { model: _previous, ...rest } = options;
    outcome = lint(current, rest);
  }
  return current === source ? outcome : { ...outcome, output: current };
}

export { profiles };

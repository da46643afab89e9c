/**
 * Lints open press releases into the Problems panel: when a document opens, as it
 * changes (debounced, `govpress.run` `onType`) or when it is saved, and again when
 * a config or a setting changes. Each run is tied to one document version; a run
 * that a newer one superseded, or whose document changed meanwhile, publishes
 * nothing, so the squiggles never lag behind the text.
 *
 * The pause before a lint grows with the document's last lint. A large release
 * (large-documents.ts) is linted off the extension host's thread where the host
 * has worker threads, and a change terminates its lint under way.
 */
import * as vscode from 'vscode';
import type { LintOptions, LintOutcome } from '../core/lint/engine';
import { ruleDocsUrl } from '../core/rules/docs-url';
import type { LintMessage } from '../core/types';
import type { ConfigService, DocumentConfig } from './config';
import { loadLinterCore, type Release, type ReleaseDocuments, type ReleaseText } from './documents';
import type { EditorLintResult } from './editor-lint';
import { uiLanguage } from './l10n';
import { adaptiveDebounceMs, LargeDocumentLinter, type LargeLint } from './large-documents';
import { summarizeRelease, type ReleaseSummary } from './release-summary';

export const DIAGNOSTIC_SOURCE = 'govpress';

/** A release and its lint, of the same document version. */
export interface LintedRelease {
  release: Release;
  outcome: LintOutcome;
}

/** What came with a release's published problems, for the status bar. */
export interface PublishedLint {
  profileId: string;
  problemCount: number;
  summary: ReleaseSummary;
  settings: DocumentConfig;
}

/** A lint's problems and what comes with them. */
interface Publication {
  messages: readonly LintMessage[];
  lint: PublishedLint;
}

/** A large release's lint, of one version. */
interface LargeRun {
  version: number;
  lint: LargeLint;
  done: boolean;
}

type RunMode = 'onType' | 'onSave';

export class DiagnosticsService implements vscode.Disposable {
  readonly collection = vscode.languages.createDiagnosticCollection('govpress');
  private readonly subscriptions: vscode.Disposable[] = [this.collection];
  /** Debounced runs waiting, by document. */
  private readonly waiting = new Map<string, ReturnType<typeof setTimeout>>();
  /** The latest run started for each document. */
  private readonly latestRun = new Map<string, number>();
  private runCount = 0;
  /** The lint of each document's latest linted version, shared with the code actions. */
  private readonly lints = new Map<string, { version: number; linted: Promise<LintedRelease | undefined> }>();
  /** The large releases' lints, under way or done, of their latest linted versions. */
  private readonly largeRuns = new Map<string, LargeRun>();
  private readonly largeLinter = new LargeDocumentLinter(lintWorkerScript(), (error) =>
    this.log.warn('A lint worker failed: the release is linted on the extension host instead.', error),
  );
  /** How long each document's last lint took, in milliseconds. */
  private readonly lintDurations = new Map<string, number>();
  /** The lint whose problems each open release shows. */
  private readonly published = new Map<string, PublishedLint>();
  private readonly publishEmitter = new vscode.EventEmitter<vscode.Uri>();
  /** Fires when a document's problems were published or cleared. */
  readonly onDidPublish = this.publishEmitter.event;

  constructor(
    private readonly documents: ReleaseDocuments,
    configs: ConfigService,
    private readonly log: vscode.LogOutputChannel,
  ) {
    this.subscriptions.push(
      this.publishEmitter,
      vscode.workspace.onDidOpenTextDocument((document) => this.schedule(document, 0)),
      vscode.workspace.onDidChangeTextDocument(({ document, contentChanges }) => {
        if (contentChanges.length === 0) return;
        // Whatever runs next, a lint of an older version is of no use.
        this.terminateLargeRun(document.uri.toString());
        if (!this.documents.isCandidate(document) || setting<RunMode>(document, 'run', 'onType') !== 'onType') return;
        this.schedule(document, setting(document, 'debounceMs', 300));
      }),
      vscode.workspace.onDidSaveTextDocument((document) => this.schedule(document, 0)),
      vscode.workspace.onDidCloseTextDocument((document) => this.forget(document.uri)),
      configs.onDidChange(() => this.relintOpenDocuments()),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('govpress')) this.relintOpenDocuments();
      }),
    );
    vscode.workspace.textDocuments.forEach((document) => this.schedule(document, 0));
  }

  dispose(): void {
    this.waiting.forEach((timer) => clearTimeout(timer));
    this.largeRuns.forEach((_run, key) => this.terminateLargeRun(key));
    this.subscriptions.forEach((subscription) => subscription.dispose());
  }

  /**
   * The lint of the document's current version on the extension host, or undefined when
   * it is no release, or a large one, which is never modelled on the host as it changes.
   * Linted once per version, whoever asks first.
   */
  lint(document: vscode.TextDocument): Promise<LintedRelease | undefined> {
    if (this.documents.isLarge(document)) return Promise.resolve(undefined);
    const key = document.uri.toString();
    const cached = this.lints.get(key);
    if (cached?.version === document.version) return cached.linted;
    const linted = this.lintRelease(document);
    this.lints.set(key, { version: document.version, linted });
    return linted;
  }

  /**
   * The lint of a large release's current version, off the host's thread: the one under
   * way or done, else a new one. Undefined when the document is no large release, or when
   * a newer version superseded the lint before it ended.
   */
  async largeLint(document: vscode.TextDocument): Promise<EditorLintResult | undefined> {
    if (!this.documents.isLarge(document)) return undefined;
    const release = await this.documents.releaseText(document);
    return release && this.largeRun(release);
  }

  /** The lint whose problems the document shows, if it is a release. */
  publishedLint(uri: vscode.Uri): PublishedLint | undefined {
    return this.published.get(uri.toString());
  }

  /** Shows the problems of a release read from disk, for the workspace lint; open documents are linted live instead. */
  publishFile(uri: vscode.Uri, messages: readonly LintMessage[]): void {
    this.collection.set(
      uri,
      messages.map((message) => toDiagnostic(message, new vscode.Range(message.line - 1, message.column - 1, message.endLine - 1, message.endColumn - 1))),
    );
  }

  private schedule(document: vscode.TextDocument, delayMs: number): void {
    const key = document.uri.toString();
    this.cancelWaiting(key);
    if (!this.documents.isCandidate(document)) {
      this.forget(document.uri);
      return;
    }
    this.waiting.set(
      key,
      setTimeout(
        () => {
          this.waiting.delete(key);
          void this.run(document);
        },
        adaptiveDebounceMs(delayMs, this.lintDurations.get(key)),
      ),
    );
  }

  private async run(document: vscode.TextDocument): Promise<void> {
    const key = document.uri.toString();
    const run = ++this.runCount;
    this.latestRun.set(key, run);
    const version = document.version;
    try {
      const publication = this.documents.isLarge(document) ? await this.lintLarge(document) : await this.lintOnHost(document);
      // A terminated large lint (undefined) is always of a superseded run.
      const superseded = this.latestRun.get(key) !== run || document.isClosed || document.version !== version;
      if (superseded) return;
      if (publication) {
        this.collection.set(document.uri, publication.messages.map((message) => toDiagnostic(message, rangeIn(document, message))));
        this.published.set(key, publication.lint);
      } else {
        this.collection.delete(document.uri);
        this.published.delete(key);
      }
      this.publishEmitter.fire(document.uri);
    } catch (error) {
      this.log.error(`Linting ${document.uri.toString(true)} failed`, error);
    }
  }

  private async lintOnHost(document: vscode.TextDocument): Promise<Publication | undefined> {
    const linted = await this.lint(document);
    if (!linted) return undefined;
    const { release, outcome } = linted;
    return { messages: outcome.messages, lint: publishedLint(outcome.profile.id, outcome.messages, summarizeRelease(release.model), release.settings) };
  }

  private async lintRelease(document: vscode.TextDocument): Promise<LintedRelease | undefined> {
    const started = Date.now();
    const release = await this.documents.release(document);
    if (!release) return undefined;
    const { lint } = await loadLinterCore();
    const outcome = lint(release.text, lintOptions(release));
    this.lintDurations.set(document.uri.toString(), Date.now() - started);
    return { release, outcome };
  }

  private async lintLarge(document: vscode.TextDocument): Promise<Publication | undefined> {
    const release = await this.documents.releaseText(document);
    if (!release) {
      this.documents.rememberLargeSummary(document.uri, undefined);
      return undefined;
    }
    const result = await this.largeRun(release);
    if (!result) return undefined;
    this.documents.rememberLargeSummary(document.uri, result.summary);
    return { messages: result.messages, lint: publishedLint(result.profileId, result.messages, result.summary, release.settings) };
  }

  /** The lint of a large release's version: the one under way or done, else a new one, which ends the lint of an older version. */
  private largeRun({ document, version, text, settings }: ReleaseText): Promise<EditorLintResult | undefined> {
    const key = document.uri.toString();
    const current = this.largeRuns.get(key);
    if (current?.version === version) return current.lint.result;
    this.terminateLargeRun(key);
    const started = Date.now();
    const lint = this.largeLinter.start({ text, filePath: document.uri.toString(true), config: settings.config, lang: uiLanguage() });
    const run: LargeRun = { version, lint, done: false };
    this.largeRuns.set(key, run);
    this.documents.stats.largeLintsStarted++;
    void lint.result.then((result) => {
      run.done = true;
      if (result) this.lintDurations.set(key, Date.now() - started);
    });
    return lint.result;
  }

  /** Ends a large release's lint under way; only ever for a run that a newer one superseded, so that its result is never published. */
  private terminateLargeRun(key: string): void {
    const run = this.largeRuns.get(key);
    if (!run) return;
    this.largeRuns.delete(key);
    if (run.done) return;
    run.lint.terminate();
    this.documents.stats.largeLintsTerminated++;
  }

  private relintOpenDocuments(): void {
    // The versions are unchanged but the settings are not: every lint is stale, and so is every run.
    this.lints.clear();
    this.latestRun.clear();
    this.largeRuns.forEach((_run, key) => this.terminateLargeRun(key));
    vscode.workspace.textDocuments.forEach((document) => this.schedule(document, 0));
  }

  private forget(uri: vscode.Uri): void {
    const key = uri.toString();
    this.cancelWaiting(key);
    this.latestRun.delete(key);
    this.lints.delete(key);
    this.terminateLargeRun(key);
    this.lintDurations.delete(key);
    this.documents.forget(uri);
    // Only what was shown: every document of every language passes here once.
    if (this.collection.has(uri)) this.collection.delete(uri);
    if (this.published.delete(key)) this.publishEmitter.fire(uri);
  }

  private cancelWaiting(key: string): void {
    clearTimeout(this.waiting.get(key));
    this.waiting.delete(key);
  }
}

/** How a release is linted: its own model and config, messages in the interface language, a failing rule reported as a problem of its own. */
export function lintOptions(release: Release): LintOptions {
  return { filePath: release.document.uri.toString(true), config: release.settings.config, lang: uiLanguage(), model: release.model, ruleFailures: 'report' };
}

function publishedLint(profileId: string, messages: readonly LintMessage[], summary: ReleaseSummary, settings: DocumentConfig): PublishedLint {
  return { profileId, problemCount: messages.length, summary, settings };
}

/** dist/lint-worker.js, beside the Node host's bundle; the web worker host's bundle has no folder, nor worker threads. */
function lintWorkerScript(): string | undefined {
  return typeof __dirname === 'string' ? `${__dirname}/lint-worker.js` : undefined;
}

function setting<Value>(document: vscode.TextDocument, name: string, fallback: Value): Value {
  return vscode.workspace.getConfiguration('govpress', document).get<Value>(name, fallback);
}

export function rangeIn(document: vscode.TextDocument, span: { start: number; end: number }): vscode.Range {
  return new vscode.Range(document.positionAt(span.start), document.positionAt(span.end));
}

function toDiagnostic(message: LintMessage, range: vscode.Range): vscode.Diagnostic {
  const severity = message.severity === 2 ? vscode.DiagnosticSeverity.Error : vscode.DiagnosticSeverity.Warning;
  const diagnostic = new vscode.Diagnostic(range, message.message, severity);
  diagnostic.source = DIAGNOSTIC_SOURCE;
  diagnostic.code = { value: message.ruleId, target: vscode.Uri.parse(ruleDocsUrl(message.ruleId)) };
  return diagnostic;
}

/** The rule id of a GovPress diagnostic. */
export function ruleIdOf(diagnostic: vscode.Diagnostic): string | undefined {
  if (diagnostic.source !== DIAGNOSTIC_SOURCE) return undefined;
  const code = diagnostic.code;
  return typeof code === 'object' ? String(code.value) : code === undefined ? undefined : String(code);
}

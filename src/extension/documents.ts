/**
 * Which documents are press releases, and their models: one per document
 * version, built on first use and shared by diagnostics, code actions, the
 * outline, the status bar, hover and completion. A release too large to model
 * on the extension host (large-documents.ts) is modelled only by its lint, off
 * the host where it can be: its features use the summary that lint returned.
 *
 * A document is a release when its front matter has `profile:` or its path is
 * matched by the config's `files`, and not by its `ignores`. Deciding that reads
 * the front matter's text and the config, never parses the Markdown.
 */
import * as vscode from 'vscode';
import { declaresProfile } from '../core/declares-profile';
import type { PressRelease } from '../core/model/types';
import type { ConfigService, DocumentConfig, Listing } from './config';
import { DEFAULT_LARGE_DOCUMENT_SIZE, isLargeDocument } from './large-documents';
import { summarizeRelease, type ReleaseSummary } from './release-summary';

/** A release's text as of one version of its document, before any parsing. */
export interface ReleaseText {
  document: vscode.TextDocument;
  /** The version `text` is of; the document may have changed since. */
  version: number;
  text: string;
  settings: DocumentConfig;
}

/** A release as of one version of its document. */
export interface Release extends ReleaseText {
  model: PressRelease;
}

/** What the editor's features know of a release: its summary, of the latest version modelled, and its settings. */
export interface SummarizedRelease {
  summary: ReleaseSummary;
  settings: DocumentConfig;
}

/** What the extension has done that costs: tests check that a workspace without releases costs nothing. */
export interface ActivityStats {
  /** Models built here, for the features to share (a large release's lint builds its own). */
  modelsBuilt: number;
  /** Workspace files listed or read to lint them (the workspace lint). */
  filesScanned: number;
  /** Lints of large releases started, and those terminated because a newer version superseded them. */
  largeLintsStarted: number;
  largeLintsTerminated: number;
}

/** Schemes of documents that show another document (a Git version, a notebook cell, a chat block) or no file at all. */
const IGNORED_SCHEMES = new Set(['git', 'output', 'vscode-notebook-cell', 'vscode-chat-code-block']);


type LinterCore = Awaited<ReturnType<typeof importLinterCore>>;

async function importLinterCore() {
  const [build, engine] = await Promise.all([import('../core/model/build'), import('../core/lint/engine')]);
  return { buildModel: build.buildModel, lint: engine.lint, lintAndFix: engine.lintAndFix, isUnsafeToFix: engine.isUnsafeToFix };
}

let linterCore: Promise<LinterCore> | undefined;

/** The parser, model and rules: evaluated when the first release is opened, never in a workspace without releases. */
export function loadLinterCore(): Promise<LinterCore> {
  return (linterCore ??= importLinterCore());
}


export function isPressRelease(text: string, listing: Listing): boolean {
  return listing === 'matched' || (listing === 'unlisted' && declaresProfile(text));
}

export class ReleaseDocuments {
  readonly stats: ActivityStats = { modelsBuilt: 0, filesScanned: 0, largeLintsStarted: 0, largeLintsTerminated: 0 };
  /** The model of each document's latest modelled version. */
  private readonly models = new Map<string, { version: number; model: Promise<PressRelease> }>();
  /** What the latest lint of each large document found: its summary, or undefined when it is no release. */
  private readonly largeSummaries = new Map<string, ReleaseSummary | undefined>();
  /** Features waiting for a large document's first lint. */
  private readonly firstLargeLintWaiters = new Map<string, Array<(summary: ReleaseSummary | undefined) => void>>();

  constructor(readonly configs: ConfigService) {}

  /** Markdown in a document of its own with GovPress enabled: `release` decides whether it is a release. */
  isCandidate(document: vscode.TextDocument): boolean {
    return (
      document.languageId === 'markdown' &&
      !IGNORED_SCHEMES.has(document.uri.scheme) &&
      vscode.workspace.getConfiguration('govpress', document).get<boolean>('enable', true)
    );
  }

  /** True when the document is above `govpress.largeDocumentSize` characters: too large to model on the extension host as it changes. */
  isLarge(document: vscode.TextDocument): boolean {
    // The offset of the end, not the text's length: reading a large text costs.
    const length = document.offsetAt(document.lineAt(document.lineCount - 1).range.end);
    const largeDocumentSize = vscode.workspace.getConfiguration('govpress', document).get<number>('largeDocumentSize', DEFAULT_LARGE_DOCUMENT_SIZE);
    return isLargeDocument(length, largeDocumentSize);
  }

  /** The document's current version as a release's text, parsing nothing; undefined when it is not one. */
  async releaseText(document: vscode.TextDocument): Promise<ReleaseText | undefined> {
    if (!this.isCandidate(document)) return undefined;
    // Read together before anything awaits: the text is the version's.
    const version = document.version;
    const text = document.getText();
    const settings = await this.configs.forDocument(document.uri);
    return isPressRelease(text, settings.listing) ? { document, version, text, settings } : undefined;
  }

  /** The document's current version as a release, or undefined when it is not one. A large one is modelled each time it is asked for. */
  async release(document: vscode.TextDocument): Promise<Release | undefined> {
    const release = await this.releaseText(document);
    if (!release) return undefined;
    return { ...release, model: await this.model(release, !this.isLarge(document)) };
  }

  /**
   * What the editor's features show of a release: of its current version, or for a
   * large release, of its latest linted version. A large release is never modelled
   * here: before its first lint ends it has no summary, unless `awaitFirstLint`
   * waits for that lint's (the outline, which VS Code asks once per version).
   */
  async summary(document: vscode.TextDocument, { awaitFirstLint = false } = {}): Promise<SummarizedRelease | undefined> {
    if (!this.isLarge(document)) {
      const release = await this.release(document);
      return release && { summary: summarizeRelease(release.model), settings: release.settings };
    }
    if (!this.isCandidate(document)) return undefined;
    const key = document.uri.toString();
    const summary = this.largeSummaries.has(key) || !awaitFirstLint ? this.largeSummaries.get(key) : await this.firstLargeLint(key);
    return summary && { summary, settings: await this.configs.forDocument(document.uri) };
  }

  /** Keeps what a large document's lint found: the release's summary, or undefined when it is no release. */
  rememberLargeSummary(uri: vscode.Uri, summary: ReleaseSummary | undefined): void {
    const key = uri.toString();
    this.largeSummaries.set(key, summary);
    this.endWaitForFirstLargeLint(key, summary);
  }

  /** Drops a closed document's model and summary. */
  forget(uri: vscode.Uri): void {
    const key = uri.toString();
    this.models.delete(key);
    this.largeSummaries.delete(key);
    this.endWaitForFirstLargeLint(key, undefined);
  }

  private firstLargeLint(key: string): Promise<ReleaseSummary | undefined> {
    return new Promise((resolve) => this.firstLargeLintWaiters.set(key, [...(this.firstLargeLintWaiters.get(key) ?? []), resolve]));
  }

  private endWaitForFirstLargeLint(key: string, summary: ReleaseSummary | undefined): void {
    this.firstLargeLintWaiters.get(key)?.forEach((resolve) => resolve(summary));
    this.firstLargeLintWaiters.delete(key);
  }

  private model({ document, version, text }: ReleaseText, keep: boolean): Promise<PressRelease> {
    const key = document.uri.toString();
    const cached = this.models.get(key);
    if (cached?.version === version) return cached.model;
    const model = loadLinterCore().then(({ buildModel }) => {
      this.stats.modelsBuilt++;
      return buildModel(text);
    });
    // Only the newest version is worth keeping: older runs are dropped anyway. A large model
    // (a hundred megabytes for five of text) is not kept for requests that may never come.
    if (keep && (cached === undefined || cached.version < version)) this.models.set(key, { version, model });
    return model;
  }
}

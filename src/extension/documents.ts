/**
 * Which documents are press releases, and their models: one per document
 * version, built on first use and shared by diagnostics, code actions, the
 * outline, the status bar, hover and completion.
 *
 * A document is a release when its front matter has `profile:` or its path is
 * matched by the config's `files`, and not by its `ignores`. Deciding that reads
 * the front matter's text and the config, never parses the Markdown.
 */
import * as vscode from 'vscode';
import type { PressRelease } from '../core/model/types';
import type { ConfigService, DocumentConfig, Listing } from './config';

/** A release as of one version of its document. */
export interface Release {
  document: vscode.TextDocument;
  /** The version `text` and `model` are of; the document may have changed since. */
  version: number;
  text: string;
  model: PressRelease;
  settings: DocumentConfig;
}

/** What the extension has done that costs: tests check that a workspace without releases costs nothing. */
export interface ActivityStats {
  modelsBuilt: number;
  /** Workspace files listed or read to lint them (the workspace lint). */
  filesScanned: number;
}

/** Schemes of documents that show another document (a Git version, a notebook cell, a chat block) or no file at all. */
const IGNORED_SCHEMES = new Set(['git', 'output', 'vscode-notebook-cell', 'vscode-chat-code-block']);

/** A YAML front matter at the start of the text; its closing fence is optional so that one being typed counts. */
const FRONT_MATTER = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)(?:\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)|$)/;
const PROFILE_KEY = /^profile[ \t]*:/m;

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

/** True when a text's front matter names a profile. */
export function declaresProfile(text: string): boolean {
  const frontMatter = FRONT_MATTER.exec(text);
  return frontMatter !== null && PROFILE_KEY.test(frontMatter[1]!);
}

export function isPressRelease(text: string, listing: Listing): boolean {
  return listing === 'matched' || (listing === 'unlisted' && declaresProfile(text));
}

export class ReleaseDocuments {
  readonly stats: ActivityStats = { modelsBuilt: 0, filesScanned: 0 };
  /** The model of each document's latest modelled version. */
  private readonly models = new Map<string, { version: number; model: Promise<PressRelease> }>();

  constructor(readonly configs: ConfigService) {}

  /** Markdown in a document of its own with GovPress enabled: `release` decides whether it is a release. */
  isCandidate(document: vscode.TextDocument): boolean {
    return (
      document.languageId === 'markdown' &&
      !IGNORED_SCHEMES.has(document.uri.scheme) &&
      vscode.workspace.getConfiguration('govpress', document).get<boolean>('enable', true)
    );
  }

  /** The document's current version as a release, or undefined when it is not one. */
  async release(document: vscode.TextDocument): Promise<Release | undefined> {
    if (!this.isCandidate(document)) return undefined;
    // Read together before anything awaits: the text is the version's.
    const version = document.version;
    const text = document.getText();
    const settings = await this.configs.forDocument(document.uri);
    if (!isPressRelease(text, settings.listing)) return undefined;
    return { document, version, text, settings, model: await this.model(document.uri, version, text) };
  }

  /** Drops a closed document's model. */
  forget(uri: vscode.Uri): void {
    this.models.delete(uri.toString());
  }

  private model(uri: vscode.Uri, version: number, text: string): Promise<PressRelease> {
    const key = uri.toString();
    const cached = this.models.get(key);
    if (cached?.version === version) return cached.model;
    const model = loadLinterCore().then(({ buildModel }) => {
      this.stats.modelsBuilt++;
      return buildModel(text);
    });
    // Only the newest version is worth keeping: older runs are dropped anyway.
    if (cached === undefined || cached.version < version) this.models.set(key, { version, model });
    return model;
  }
}

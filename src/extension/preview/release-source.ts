/**
 * Where the preview and the exports get a document and its model. Nothing
 * here loads the core: activation stays light, the renderer is imported when
 * a preview opens or an export runs.
 */
import * as vscode from 'vscode';
import type { PressRelease } from '../../core/model/types';
import { loadLinterCore } from '../documents';

/** The extension's release service (documents.ts): one model per document version, shared with the linter. */
export interface ReleaseSource {
  release(document: vscode.TextDocument): Promise<{ version: number; model: PressRelease; settings: { config: { profile?: string } } } | undefined>;
  /** The release's text, undefined when the document is no release: decides that without parsing. */
  releaseText(document: vscode.TextDocument): Promise<{ version: number } | undefined>;
  /** True for a document too large to model as it changes: the preview then renders it only when asked. */
  isLarge(document: vscode.TextDocument): boolean;
}

export interface DocumentModel {
  /** The document version the model is of. */
  version: number;
  model: PressRelease;
  /** The config's profile, for a release whose front matter names none. */
  configProfile?: string;
}

/**
 * The model of the document's current version: the release's shared one, or
 * for Markdown that is no release (previewed or exported on request) one built here.
 */
export async function documentModel(source: ReleaseSource, document: vscode.TextDocument): Promise<DocumentModel> {
  const release = await source.release(document);
  if (release) return { version: release.version, model: release.model, configProfile: release.settings.config.profile };
  const version = document.version;
  const text = document.getText();
  const { buildModel } = await loadLinterCore();
  return { version, model: buildModel(text) };
}

/**
 * The document a preview or export command works on: the file it was given
 * (from a menu), else the active editor's, when that is Markdown.
 */
export async function markdownDocument(resource: unknown): Promise<vscode.TextDocument | undefined> {
  if (resource instanceof vscode.Uri) return vscode.workspace.openTextDocument(resource);
  const active = vscode.window.activeTextEditor?.document;
  return active?.languageId === 'markdown' ? active : undefined;
}

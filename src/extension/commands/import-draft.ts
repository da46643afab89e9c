/**
 * GovPress: Import Draft…. Makes a release of a Word (.docx), HTML or text
 * draft the writer picks. The draft's pictures are written at once into
 * `images/` beside the draft (never over a file); the release opens as an
 * untitled document that is to be saved beside the draft, where its figures
 * find their pictures: saving it proposes that place. The diagnostics
 * service lints it as any release; the preview opens beside it. Works in the
 * web worker host too: files go through `workspace.fs`, and mammoth's
 * browser build reads Word files there. The readers load on the first
 * import, from dist/draft-import.mjs.
 */
import * as vscode from 'vscode';
import type { ImportOptions, ImportResult } from '../../core/import/index';
import { localize } from '../../core/i18n/localize';
import { isProfileId, profiles } from '../../core/profiles/index';
import { uiLanguage } from '../l10n';

/** Answers that skip the prompts (for scripts and tests); the palette passes none. */
export interface ImportDraftArguments {
  file?: vscode.Uri;
  profile?: string;
}

export interface ImportedRelease {
  document: vscode.TextDocument;
  result: ImportResult;
}

const DRAFT_EXTENSIONS = ['docx', 'html', 'htm', 'txt'];
const IMAGE_FOLDER = 'images';
const PREVIEW_COMMAND = 'govpress.openPreviewToSide';

/** The draft readers and the importer: dist/draft-import.mjs (see draft-import.ts), imported by URL on first use in both hosts. */
export function loadDraftImport(extensionUri: vscode.Uri): Promise<typeof import('./draft-import')> {
  return import(vscode.Uri.joinPath(extensionUri, 'dist', 'draft-import.mjs').toString(true));
}

/** Imports the draft; resolves to the new release and the import's result, or undefined when the writer cancelled or the file cannot be read. */
export async function importDraftFile(extensionUri: vscode.Uri, answers: ImportDraftArguments = {}): Promise<ImportedRelease | undefined> {
  const file = answers.file ?? (await pickDraft());
  if (!file) return undefined;
  const [{ draftFormat, imageStem, importDraft, readDraft, summarizeImport, UNSUPPORTED_DRAFT }, bytes] = await Promise.all([
    loadDraftImport(extensionUri),
    vscode.workspace.fs.readFile(file),
  ]);
  const name = file.path.slice(file.path.lastIndexOf('/') + 1);
  const format = draftFormat(name, bytes);
  if (!format) {
    void vscode.window.showErrorMessage(localize(UNSUPPORTED_DRAFT, uiLanguage()));
    return undefined;
  }
  const draft = await readDraft(format, bytes);
  const folder = vscode.Uri.joinPath(file, '..');
  const options: ImportOptions = { imageFolder: IMAGE_FOLDER, ...profileOption(answers.profile) };

  // The release and its pictures take the draft's name, numbered when an earlier import took it.
  const stem = imageStem(name);
  for (let attempt = 1; ; attempt++) {
    const candidate = attempt === 1 ? stem : `${stem}-${attempt}`;
    const result = importDraft(draft, { ...options, imageStem: candidate });
    const release = vscode.Uri.joinPath(folder, `${candidate}.md`);
    const untitled = release.with({ scheme: 'untitled' });
    const files = [release, ...[...result.images.map((image) => image.path), ...result.missingPhotos].map((path) => vscode.Uri.joinPath(folder, path))];
    const isOpen = vscode.workspace.textDocuments.some((document) => document.uri.toString() === untitled.toString());
    if (isOpen || (await anyExists(files))) continue;
    for (const image of result.images) {
      const target = vscode.Uri.joinPath(folder, image.path);
      await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(target, '..'));
      await vscode.workspace.fs.writeFile(target, image.data);
    }
    const document = await openRelease(result, summarizeImport(result.report, uiLanguage()), untitled);
    return { document, result };
  }
}

export function profileOption(profile: string | undefined): Pick<ImportOptions, 'profile'> {
  if (profile === undefined) return {};
  if (!isProfileId(profile)) throw new Error(vscode.l10n.t('Unknown profile "{0}": use one of {1}.', profile, Object.keys(profiles).join(', ')));
  return { profile };
}

/**
 * Opens the release as an untitled Markdown document — at `untitled`, so that
 * saving proposes that path — lints it (the diagnostics service does), shows
 * it in the GovPress preview beside it when the preview is there, and says
 * what the import found (`summary`).
 */
export async function openRelease(result: ImportResult, summary: string, untitled?: vscode.Uri): Promise<vscode.TextDocument> {
  const document = untitled ? await vscode.workspace.openTextDocument(untitled) : await vscode.workspace.openTextDocument({ language: 'markdown' });
  const editor = await vscode.window.showTextDocument(document);
  await editor.edit((builder) => builder.insert(new vscode.Position(0, 0), result.markdown));
  if (document.languageId !== 'markdown') await vscode.languages.setTextDocumentLanguage(document, 'markdown');
  if ((await vscode.commands.getCommands(true)).includes(PREVIEW_COMMAND)) await vscode.commands.executeCommand(PREVIEW_COMMAND, document.uri);
  void vscode.window.showInformationMessage(summary);
  return document;
}

async function pickDraft(): Promise<vscode.Uri | undefined> {
  const picked = await vscode.window.showOpenDialog({
    title: vscode.l10n.t('Import Draft'),
    openLabel: vscode.l10n.t('Import'),
    canSelectMany: false,
    filters: { [vscode.l10n.t('Drafts (Word, HTML, text)')]: DRAFT_EXTENSIONS },
  });
  return picked?.[0];
}

async function anyExists(uris: readonly vscode.Uri[]): Promise<boolean> {
  for (const uri of uris) {
    try {
      await vscode.workspace.fs.stat(uri);
      return true;
    } catch (error) {
      if (!(error instanceof vscode.FileSystemError && error.code === 'FileNotFound')) throw error;
    }
  }
  return false;
}

/**
 * GovPress: Paste as Press Release. Makes a release of the text on the
 * clipboard — an article copied from a portal page, a draft copied from
 * Word — and opens it as an untitled document. VS Code gives extensions the
 * clipboard's text only, not its HTML: formatting and pictures are not
 * there; caption lines become figures whose photos are to be inserted, and
 * the report says where. To keep them, import the saved page or the Word
 * file with "Import Draft…".
 */
import * as vscode from 'vscode';
import { uiLanguage } from '../l10n';
import { loadDraftImport, openRelease, profileOption, type ImportedRelease } from './import-draft';

/** Answers that skip the prompts (for scripts and tests). */
export interface PasteAsPressReleaseArguments {
  profile?: string;
}

export async function pasteAsPressRelease(extensionUri: vscode.Uri, answers: PasteAsPressReleaseArguments = {}): Promise<ImportedRelease | undefined> {
  const text = await vscode.env.clipboard.readText();
  if (!text.trim()) {
    void vscode.window.showWarningMessage(vscode.l10n.t('The clipboard holds no text: copy the article or the draft first.'));
    return undefined;
  }
  const { importDraft, readText, summarizeImport } = await loadDraftImport(extensionUri);
  const result = importDraft(readText(text), profileOption(answers.profile));
  return { document: await openRelease(result, summarizeImport(result.report, uiLanguage())), result };
}

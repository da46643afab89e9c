/**
 * `govpress.lintWorkspace`: every press release in the workspace into the Problems
 * panel, behind a cancellable progress notification. Files are read, not opened,
 * so the editor's document list stays as the writer left it.
 */
import * as vscode from 'vscode';
import type { DiagnosticsService } from './diagnostics';
import { isPressRelease, loadLinterCore, type ReleaseDocuments } from './documents';
import { t, uiLanguage } from './l10n';

export const LINT_WORKSPACE_COMMAND = 'govpress.lintWorkspace';

export interface WorkspaceLintSummary {
  releases: number;
  problems: number;
  cancelled: boolean;
}

export function lintWorkspace(documents: ReleaseDocuments, diagnostics: DiagnosticsService, log: vscode.LogOutputChannel): Thenable<WorkspaceLintSummary> {
  return vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: t('GovPress: checking the press releases of the workspace'), cancellable: true },
    async (progress, token) => {
      const summary: WorkspaceLintSummary = { releases: 0, problems: 0, cancelled: false };
      const files = await vscode.workspace.findFiles('**/*.md', '**/node_modules/**', undefined, token);
      const openDocuments = new Map(vscode.workspace.textDocuments.map((document) => [document.uri.toString(), document]));
      for (const file of files) {
        if (token.isCancellationRequested) break;
        progress.report({ message: vscode.workspace.asRelativePath(file), increment: 100 / files.length });
        documents.stats.filesScanned++;
        try {
          const open = openDocuments.get(file.toString());
          // An open document is linted live, in its current text.
          const problems = open ? await problemsOfOpenDocument(diagnostics, open) : await lintFile(documents, diagnostics, file);
          if (problems === undefined) continue;
          summary.releases++;
          summary.problems += problems;
        } catch (error) {
          log.error(`Linting ${file.toString(true)} failed`, error);
        }
      }
      summary.cancelled = token.isCancellationRequested;
      if (!summary.cancelled) {
        await vscode.commands.executeCommand('workbench.actions.view.problems');
        vscode.window.setStatusBarMessage(t('GovPress: {0} press releases checked, {1} problems.', summary.releases, summary.problems), 10_000);
      }
      return summary;
    },
  );
}

async function problemsOfOpenDocument(diagnostics: DiagnosticsService, document: vscode.TextDocument): Promise<number | undefined> {
  const messages = (await diagnostics.lint(document))?.outcome.messages ?? (await diagnostics.largeLint(document))?.messages;
  return messages?.length;
}

/** Lints a release read from disk and shows its problems; undefined when the file is no release. */
async function lintFile(documents: ReleaseDocuments, diagnostics: DiagnosticsService, file: vscode.Uri): Promise<number | undefined> {
  const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(file));
  const settings = await documents.configs.forDocument(file);
  if (!isPressRelease(text, settings.listing)) {
    diagnostics.collection.delete(file);
    return undefined;
  }
  const { lint } = await loadLinterCore();
  documents.stats.modelsBuilt++;
  const { messages } = lint(text, { filePath: file.toString(true), config: settings.config, lang: uiLanguage(), ruleFailures: 'report' });
  diagnostics.publishFile(file, messages);
  return messages.length;
}

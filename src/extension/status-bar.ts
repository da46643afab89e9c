/**
 * The status bar item of the active press release: its profile, its problem count
 * and the words of its title, lead and body ("GovPress: vn-news · ⚠ 2 · 571 từ").
 * Hidden for any other editor, so that workspaces without releases see nothing.
 */
import * as vscode from 'vscode';
import type { DiagnosticsService } from './diagnostics';
import { t } from './l10n';

const CLICK_COMMAND = 'govpress.statusBarClick';
const PREVIEW_COMMAND = 'govpress.openPreview';

export class ReleaseStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('govpress.status', vscode.StatusBarAlignment.Right, 100);
  private readonly subscriptions: vscode.Disposable[] = [this.item];
  private shownText: string | undefined;

  constructor(private readonly diagnostics: DiagnosticsService) {
    this.item.name = 'GovPress';
    this.item.command = CLICK_COMMAND;
    this.subscriptions.push(
      vscode.commands.registerCommand(CLICK_COMMAND, openPreviewOrProblems),
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      diagnostics.onDidPublish((uri) => {
        if (uri.toString() === vscode.window.activeTextEditor?.document.uri.toString()) this.update();
      }),
    );
    this.update();
  }

  /** The text shown, or undefined while hidden. */
  get text(): string | undefined {
    return this.shownText;
  }

  dispose(): void {
    this.subscriptions.forEach((subscription) => subscription.dispose());
  }

  /** Shows what the Problems panel shows: the published lint, never one of its own. */
  private update(): void {
    const document = vscode.window.activeTextEditor?.document;
    const published = document && this.diagnostics.publishedLint(document.uri);
    if (!published) {
      this.item.hide();
      this.shownText = undefined;
      return;
    }
    const { profileId, problemCount, summary, settings } = published;
    const invalid = settings.invalid;
    const parts = [`GovPress: ${profileId}`, problemCount > 0 ? `⚠ ${problemCount}` : '✓', t('{0} words', summary.wordCount)];
    if (invalid) parts.push(t('invalid config'));
    this.shownText = parts.join(' · ');
    this.item.text = this.shownText;
    this.item.backgroundColor = invalid ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
    this.item.tooltip = invalid
      ? t('{0} is invalid: the release is checked with the profile defaults. See the Problems panel.', vscode.workspace.asRelativePath(invalid.file))
      : t('Profile {0}, {1} problems, {2} words in the title, lead and body.', profileId, problemCount, summary.wordCount);
    this.item.show();
  }
}

/** The preview when an extension part provides one, the Problems panel otherwise. */
async function openPreviewOrProblems(): Promise<void> {
  const commands = await vscode.commands.getCommands(true);
  await vscode.commands.executeCommand(commands.includes(PREVIEW_COMMAND) ? PREVIEW_COMMAND : 'workbench.actions.view.problems');
}

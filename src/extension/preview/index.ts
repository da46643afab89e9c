/**
 * The GovPress preview: one panel that shows the active press release as it
 * will be published, follows the editor, and updates as the writer types.
 * The panel and the renderer are imported when the first preview opens.
 */
import * as vscode from 'vscode';
import type { PreviewPanel } from './panel';
import type { PreviewState, QueryAction } from './protocol';
import { markdownDocument, type ReleaseSource } from './release-source';

const VIEW_TYPE = 'govpress.preview';

export function registerPreview(context: vscode.ExtensionContext, releases: ReleaseSource): void {
  const previews = new PreviewManager(context.extensionUri, releases);
  context.subscriptions.push(
    previews,
    vscode.commands.registerCommand('govpress.openPreview', (resource?: unknown) => previews.open(resource, false)),
    vscode.commands.registerCommand('govpress.openPreviewToSide', (resource?: unknown) => previews.open(resource, true)),
  );
  // Tests cannot read a webview's DOM: the webview answers with what it shows.
  if (context.extensionMode === vscode.ExtensionMode.Test) {
    context.subscriptions.push(vscode.commands.registerCommand('govpress.previewQuery', (action?: QueryAction) => previews.query(action)));
  }
}

class PreviewManager implements vscode.Disposable {
  private preview: PreviewPanel | undefined;
  private readonly followActiveEditor: vscode.Disposable;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly releases: ReleaseSource,
  ) {
    // Another release's editor brings it into the preview; other editors leave the preview as it is.
    this.followActiveEditor = vscode.window.onDidChangeActiveTextEditor(async (editor) => {
      if (!this.preview || !editor || editor.document === this.preview.document) return;
      const isRelease = (await this.releases.releaseText(editor.document)) !== undefined;
      // The active editor may have changed again while the release was decided.
      if (isRelease && vscode.window.activeTextEditor?.document === editor.document) this.preview?.show(editor.document);
    });
  }

  async open(resource: unknown, toSide: boolean): Promise<void> {
    const document = await markdownDocument(resource);
    if (!document) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Open a Markdown press release to preview it.'));
      return;
    }
    const viewColumn = toSide ? vscode.ViewColumn.Beside : vscode.ViewColumn.Active;
    if (this.preview) {
      this.preview.show(document);
      this.preview.panel.reveal(viewColumn, toSide);
      return;
    }
    const { PreviewPanel } = await import('./panel');
    const panel = vscode.window.createWebviewPanel(VIEW_TYPE, '', { viewColumn, preserveFocus: toSide }, { enableScripts: true, enableFindWidget: true });
    const preview = new PreviewPanel(panel, this.extensionUri, this.releases, document);
    this.preview = preview;
    panel.onDidDispose(() => {
      preview.dispose();
      if (this.preview === preview) this.preview = undefined;
    });
  }

  query(action?: QueryAction): Promise<PreviewState> {
    if (!this.preview) return Promise.reject(new Error('No preview is open'));
    return this.preview.query(action);
  }

  dispose(): void {
    this.followActiveEditor.dispose();
    this.preview?.panel.dispose();
  }
}
